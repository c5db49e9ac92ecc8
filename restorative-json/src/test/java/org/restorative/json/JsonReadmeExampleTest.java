package org.restorative.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.casefile.Stage;
import org.restorative.core.rules.Violation;
import org.restorative.core.synthetic.SyntheticCases;

/** The README's JSON example, compiled and run; the README must show it verbatim. */
class JsonReadmeExampleTest {

  @Test
  void the_readme_json_example_runs() {
    RestorativeCase restorativeCase = SyntheticCases.seeded(7).caseAt(Stage.FOLLOW_UP, 0);
    // README-JSON-EXAMPLE-START
    String json = CaseJson.strict().write(restorativeCase);

    ReadResult result = CaseJson.lenient().read(json);
    RestorativeCase read = result.restorativeCase().orElseThrow();
    List<String> problems =
        result.problems().stream().map(p -> p.code() + " at " + p.path()).toList();
    // README-JSON-EXAMPLE-END
    assertThat(read).isEqualTo(restorativeCase);
    assertThat(problems).isEmpty();
    assertThat(result.problems()).extracting(Violation::code).isEmpty();
  }

  @Test
  void the_readme_shows_the_json_example_verbatim() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    List<String> source =
        Files.readAllLines(
            Path.of("src/test/java/org/restorative/json/JsonReadmeExampleTest.java"),
            StandardCharsets.UTF_8);
    int start = source.indexOf("    // README-JSON-EXAMPLE-" + "START") + 1;
    int end = source.indexOf("    // README-JSON-EXAMPLE-" + "END");
    assertThat(end).isGreaterThan(start);
    for (String line : source.subList(start, end)) {
      assertThat(readme).contains(line.length() >= 4 ? line.substring(4) : line.strip());
    }
  }
}
