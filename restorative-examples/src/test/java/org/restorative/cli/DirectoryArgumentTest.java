package org.restorative.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A directory named where a command wants a file — an input, a policy or key file, an output or a
 * chart — ends the command with exit code 2 and a line that names the directory and says it is a
 * directory, instead of saying only that input or output failed, or that the policy is malformed
 * JSON.
 */
class DirectoryArgumentTest {

  private static final String KEY = "research-key-0123456789abcdefXYZ";

  @TempDir Path dir;
  private Path folder;
  private Path cohort;
  private Path key;

  @BeforeEach
  void files() throws Exception {
    folder = Files.createDirectory(dir.resolve("folder"));
    cohort = CommandFixtures.write(dir.resolve("cohort.ndjson"), CommandFixtures.aCohort(2, 7));
    key = Files.writeString(dir.resolve("research.key"), KEY, StandardCharsets.US_ASCII);
  }

  /** Each command line, with {@code DIR} where the directory goes, and what the line says of it. */
  static Stream<Arguments> commandLines() {
    return Stream.of(
        Arguments.of("validate DIR", "DIR: cannot be read: "),
        Arguments.of("stats DIR", "DIR: cannot be read: "),
        Arguments.of("export --csv OUT DIR", "DIR: cannot be read: "),
        Arguments.of("fhir DIR", "DIR: cannot be read: "),
        Arguments.of("validate --policy DIR COHORT", "policy file DIR cannot be read: "),
        Arguments.of("pseudonymise --key-file DIR COHORT", "cannot read the key file DIR: "),
        Arguments.of("pseudonymise --key-file KEY --output DIR COHORT", "cannot write DIR: "),
        Arguments.of("fhir --output DIR COHORT", "cannot write DIR: "),
        Arguments.of("stats --chart DIR COHORT", "cannot write the chart DIR: "),
        Arguments.of("synth --cases 1 --seed 1 --output DIR", "cannot write DIR: "),
        Arguments.of("demo --output DIR", "cannot write DIR: "));
  }

  @ParameterizedTest
  @MethodSource("commandLines")
  void a_directory_where_a_file_is_wanted_is_named_as_a_directory(String line, String says) {
    List<String> args = new ArrayList<>();
    for (String word : line.split(" ")) {
      args.add(
          switch (word) {
            case "DIR" -> folder.toString();
            case "COHORT" -> cohort.toString();
            case "KEY" -> key.toString();
            case "OUT" -> dir.resolve("tables").toString();
            default -> word;
          });
    }

    Run run = Run.of(args.toArray(String[]::new));

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err)
        .contains(says.replace("DIR", folder.toString()) + "a directory, not a file")
        .doesNotContain("input or output failed")
        .doesNotContain("JSON_MALFORMED")
        .doesNotContain("Exception");
  }
}
