package org.restorative.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restorative.json.CaseSchema;

class SynthCommandTest {

  private static final Schema SCHEMA =
      SchemaRegistry.withDefaultDialect(
              SpecificationVersion.DRAFT_2020_12,
              builder ->
                  builder.schemaRegistryConfig(
                      SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()))
          .getSchema(CaseSchema.current());

  @Test
  void the_same_seed_gives_the_same_bytes() {
    byte[] first = CommandFixtures.aCohort(60, 7);
    byte[] second = CommandFixtures.aCohort(60, 7);

    assertThat(first).isNotEmpty().isEqualTo(second);
    assertThat(CommandFixtures.aCohort(60, 8)).isNotEqualTo(first);
  }

  @Test
  void a_cohort_is_one_case_per_line() {
    String ndjson = new String(CommandFixtures.aCohort(25, 7), StandardCharsets.UTF_8);

    assertThat(ndjson).endsWith("\n");
    // CaseJson.writeNdjson separates root values with Jackson's default " ", so lines after the
    // first start with a space: still one JSON text per line, as NDJSON requires.
    assertThat(ndjson.lines())
        .hasSize(25)
        .allSatisfy(line -> assertThat(line.strip()).startsWith("{").endsWith("}"));
  }

  @Test
  void every_line_of_a_cohort_passes_the_published_schema() {
    List<String> lines =
        new String(CommandFixtures.aCohort(60, 7), StandardCharsets.UTF_8).lines().toList();

    assertThat(lines).hasSize(60);
    for (String line : lines) {
      assertThat(SCHEMA.validate(line, InputFormat.JSON)).as("schema errors").isEmpty();
    }
  }

  @Test
  void a_cohort_passes_validate_with_exit_code_0(@TempDir Path dir) {
    Path file =
        CommandFixtures.write(dir.resolve("cohort.ndjson"), CommandFixtures.aCohort(120, 7));

    Run run = Run.of("validate", file.toString());

    assertThat(run.exitCode).as(run.out()).isZero();
    assertThat(run.out()).doesNotContain("ERROR");
    assertThat(run.err).contains("120 cases checked").contains("0 errors");
  }

  @Test
  void output_to_a_file_holds_the_same_bytes_as_standard_output(@TempDir Path dir) {
    Path file = dir.resolve("cohort.ndjson");

    Run run = Run.of("synth", "--cases", "10", "--seed", "3", "--output", file.toString());

    assertThat(run.exitCode).isZero();
    assertThat(run.outBytes).isEmpty();
    assertThat(CommandFixtures.read(file).getBytes(StandardCharsets.UTF_8))
        .isEqualTo(CommandFixtures.aCohort(10, 3));
  }

  @Test
  void a_negative_number_of_cases_is_refused_with_exit_code_2() {
    Run run = Run.of("synth", "--cases", "-1", "--seed", "7");

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).contains("--cases").doesNotContain("Exception");
  }

  @Test
  void the_seed_and_the_number_of_cases_are_required() {
    assertThat(Run.of("synth", "--seed", "7").exitCode).isEqualTo(2);
    assertThat(Run.of("synth", "--cases", "7").exitCode).isEqualTo(2);
  }
}
