package org.restorative.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.casefile.Stage;
import org.restorative.core.synthetic.SyntheticCases;
import org.restorative.json.CaseJson;

/**
 * A property name planted in the input — an unknown property at several depths, a repeated one, a
 * value read as a name after a lost byte — reaches no command's output, standard error or file,
 * strict or lenient; the good records around it are still read.
 */
class PlantedNamesTest {

  private static final String SENTINEL = "Zq7Sentinel";

  @TempDir Path dir;

  private Path hostile() {
    RestorativeCase closed = SyntheticCases.seeded(2026).caseAt(Stage.CLOSED_COMPLETED, 0);
    String line = CaseJson.strict().writeLine(closed);
    String named = line.replaceFirst("\"name\":\"[^\"]*\"", "\"name\":\"" + SENTINEL + "\"");
    List<String> lines = new ArrayList<>();
    lines.add(line);
    lines.add("{\"" + SENTINEL + "\":1," + line.substring(1));
    lines.add(line.replaceFirst("\"referral\":\\{", "\"referral\":{\"" + SENTINEL + "\":1,"));
    lines.add(line.replaceFirst("\"occurred\":\\{", "\"occurred\":{\"" + SENTINEL + "\":\"x\","));
    lines.add(
        line.replaceFirst(
            "\"referral\":\\{", "\"referral\":{\"" + SENTINEL + "\":1,\"" + SENTINEL + "\":2,"));
    lines.add(named.replace("\"name\":\"" + SENTINEL + "\"", "\"name\"\"" + SENTINEL + "\""));
    lines.add(line.replaceFirst("\"referral\":\\{", "\"referral\":{\"" + SENTINEL + "\" 1,"));
    lines.add(line);
    assertThat(lines.stream().distinct()).hasSize(lines.size() - 1);
    return CommandFixtures.write(dir.resolve("hostile.ndjson"), String.join("\n", lines) + "\n");
  }

  private static String everything(Run run, Path... outputs) throws IOException {
    StringBuilder text = new StringBuilder(run.out()).append(run.err);
    for (Path output : outputs) {
      if (Files.isDirectory(output)) {
        try (Stream<Path> files = Files.list(output)) {
          for (Path file : files.toList()) {
            text.append(Files.readString(file, StandardCharsets.UTF_8));
          }
        }
      } else if (Files.exists(output)) {
        text.append(Files.readString(output, StandardCharsets.UTF_8));
      }
    }
    return text.toString();
  }

  @Test
  void no_command_prints_or_writes_a_planted_property_name() throws IOException {
    Path input = hostile();
    Path key =
        Files.write(
            dir.resolve("research.key"),
            "research-key-0123456789abcdefXYZ".getBytes(StandardCharsets.US_ASCII));
    int run = 0;
    for (String lenient : List.of("--strict-is-default", "--lenient")) {
      List<String> flag = lenient.equals("--lenient") ? List.of(lenient) : List.of();
      Path csv = dir.resolve("csv-" + run);
      Path pseudonymised = dir.resolve("pseudonymised-" + run + ".ndjson");
      run++;
      List<List<String>> commands =
          List.of(
              List.of("validate", input.toString()),
              List.of("validate", "--format", "json", input.toString()),
              List.of("stats", input.toString()),
              List.of("export", "--csv", csv.toString(), input.toString()),
              List.of(
                  "pseudonymise",
                  "--key-file",
                  key.toString(),
                  "--output",
                  pseudonymised.toString(),
                  input.toString()));
      for (List<String> command : commands) {
        List<String> args = new ArrayList<>(command.subList(0, 1));
        args.addAll(flag);
        args.addAll(command.subList(1, command.size()));

        Run result = Run.of(args.toArray(String[]::new));

        assertThat(result.exitCode).as(args.toString()).isEqualTo(2);
        assertThat(result.err)
            .as(args.toString())
            .contains("could not be read")
            .doesNotContain("internal error");
        assertThat(everything(result, csv, pseudonymised))
            .as(args.toString())
            .doesNotContain(SENTINEL);
      }
    }
  }
}
