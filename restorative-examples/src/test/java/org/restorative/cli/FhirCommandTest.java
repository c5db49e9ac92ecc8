package org.restorative.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.fhir.FhirBundles;
import org.restorative.fhir.FhirReadResult;
import org.restorative.json.CaseJson;
import org.restorative.json.NdjsonReader;

class FhirCommandTest {

  private static final IParser PARSER = FhirContext.forR4Cached().newJsonParser();

  @TempDir Path dir;
  private Path cohort;

  @BeforeEach
  void a_synthetic_cohort() {
    cohort = CommandFixtures.write(dir.resolve("cohort.ndjson"), CommandFixtures.aCohort(24, 5));
  }

  private List<RestorativeCase> cases(Path file) {
    List<RestorativeCase> cases = new ArrayList<>();
    try (NdjsonReader lines = CaseJson.strict().readNdjson(Files.newInputStream(file))) {
      while (lines.hasNext()) {
        cases.add(lines.next().result().restorativeCase().orElseThrow());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return cases;
  }

  private static List<Bundle> bundles(String ndjson) {
    return ndjson.lines().map(line -> PARSER.parseResource(Bundle.class, line)).toList();
  }

  @Test
  void each_case_is_one_line_a_bundle_that_reads_back_to_the_case() {
    Run run = Run.of("fhir", cohort.toString());

    assertThat(run.exitCode).as(run.err).isZero();
    List<RestorativeCase> cases = cases(cohort);
    List<Bundle> bundles = bundles(run.out());
    assertThat(bundles).hasSameSizeAs(cases);
    long notCarried = 0;
    for (int i = 0; i < cases.size(); i++) {
      assertThat(bundles.get(i).getType()).isEqualTo(Bundle.BundleType.COLLECTION);
      FhirReadResult read = FhirBundles.read(bundles.get(i));
      assertThat(read.errors()).isEmpty();
      assertThat(read.restorativeCase().orElseThrow().id()).isEqualTo(cases.get(i).id());
      assertThat(run.out().lines().toList().get(i))
          .isEqualTo(PARSER.encodeResourceToString(FhirBundles.collection(cases.get(i))));
      notCarried += FhirBundles.notCarried(bundles.get(i)).size();
    }
    assertThat(run.err)
        .isEqualTo(
            "restorative fhir: 24 Bundles written; "
                + notCarried
                + " attributes not carried (each Bundle lists its own)\n");
  }

  @Test
  void transaction_writes_transaction_bundles() {
    Run run = Run.of("fhir", "--transaction", cohort.toString());

    assertThat(run.exitCode).as(run.err).isZero();
    assertThat(bundles(run.out()))
        .hasSize(24)
        .allSatisfy(b -> assertThat(b.getType()).isEqualTo(Bundle.BundleType.TRANSACTION));
  }

  @Test
  void the_output_is_the_same_on_one_thread_and_on_three() {
    Run one = Run.of("fhir", "--threads", "1", cohort.toString());
    Run three = Run.of("fhir", "--threads", "3", cohort.toString());

    assertThat(three.exitCode).isZero();
    assertThat(three.out()).isEqualTo(one.out());
    assertThat(three.err).isEqualTo(one.err);
  }

  @Test
  void output_goes_to_a_file_and_never_over_an_input() {
    Path file = dir.resolve("bundles.ndjson");
    Run run = Run.of("fhir", "--output", file.toString(), cohort.toString());

    assertThat(run.exitCode).as(run.err).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(bundles(CommandFixtures.read(file))).hasSize(24);
    assertThat(run.err).contains("24 Bundles written to " + file);

    String before = CommandFixtures.read(cohort);
    Run refused = Run.of("fhir", "--output", cohort.toString(), cohort.toString());
    assertThat(refused.exitCode).isEqualTo(RestorativeCommand.UNREADABLE);
    assertThat(refused.err).contains("is also an input; nothing written");
    assertThat(CommandFixtures.read(cohort)).isEqualTo(before);
  }

  @Test
  void an_unreadable_record_is_reported_and_the_others_are_written() {
    String text = CommandFixtures.read(cohort);
    Path broken =
        CommandFixtures.write(
            dir.resolve("broken.ndjson"), "{\"format\": \"restorative-case\"\n" + text);

    Run run = Run.of("fhir", broken.toString());

    assertThat(run.exitCode).isEqualTo(RestorativeCommand.UNREADABLE);
    assertThat(bundles(run.out())).hasSize(24);
    assertThat(run.err).contains("broken.ndjson").contains("JSON_MALFORMED");
  }

  @Test
  void a_fresh_process_prints_only_the_summary_on_standard_error() throws Exception {
    // SLF4J reports on the process's own standard error once per JVM, so a JVM of its own.
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process =
        new ProcessBuilder(
                java.toString(),
                "-cp",
                System.getProperty("java.class.path"),
                RestorativeCommand.class.getName(),
                "fhir",
                "--output",
                dir.resolve("out.ndjson").toString(),
                cohort.toString())
            .redirectErrorStream(false)
            .start();
    process.getOutputStream().close();
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    process.getInputStream().readAllBytes();

    assertThat(process.waitFor()).as(err).isZero();
    assertThat(err.lines().toList())
        .singleElement()
        .satisfies(line -> assertThat(line).startsWith("restorative fhir: 24 Bundles written to "));
  }

  @Test
  void the_other_commands_load_no_hapi_class() throws Exception {
    // picocli makes every subcommand at start-up: fhir's own code must not pull HAPI in.
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process =
        new ProcessBuilder(
                java.toString(),
                "-Xlog:class+load=info:stdout",
                "-cp",
                System.getProperty("java.class.path"),
                RestorativeCommand.class.getName(),
                "validate",
                "--as-of",
                "2026-12-01T00:00:00Z",
                cohort.toString())
            .redirectErrorStream(true)
            .start();
    process.getOutputStream().close();
    List<String> loaded =
        new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
            .lines()
            .filter(l -> l.contains("[class,load]"))
            .toList();
    process.waitFor();

    assertThat(loaded).anyMatch(l -> l.contains("org.restorative.cli.FhirCommand "));
    assertThat(loaded).noneMatch(l -> l.contains(" ca.uhn.") || l.contains(" org.hl7."));
  }
}
