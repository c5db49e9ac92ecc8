package org.restorative.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restorative.core.rules.Policy;

/** The README's policy example, compiled and run; the README must show it verbatim. */
class PolicyReadmeExampleTest {

  @TempDir Path dir;

  @Test
  void the_readme_policy_example_runs() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("policy.json"),
            "{\"consentReconfirmationWindow\": \"P14D\", \"colour\": \"red\"}");
    // README-POLICY-EXAMPLE-START
    PolicyReadResult result = PolicyJson.strict().read(Files.readAllBytes(file));
    List<String> problems =
        result.problems().stream()
            .map(p -> p.code() + " at " + p.path() + ": " + p.message())
            .toList();
    Policy policy = result.policy().orElse(Policy.standard());
    String written = PolicyJson.strict().write(policy);
    // README-POLICY-EXAMPLE-END
    assertThat(problems)
        .containsExactly(
            "JSON_UNKNOWN_PROPERTY at : Member 2 of this object is a property the format does not define.");
    assertThat(policy).isEqualTo(Policy.standard());
    assertThat(written).contains("\"format\": \"restorative-policy\"");
    Files.writeString(file, "{\"consentReconfirmationWindow\": \"P14D\"}");
    assertThat(
            PolicyJson.strict()
                .read(Files.readAllBytes(file))
                .policy()
                .orElseThrow()
                .consentReconfirmationWindow())
        .contains(Duration.ofDays(14));
  }

  @Test
  void the_readme_shows_the_policy_example_verbatim() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    List<String> source =
        Files.readAllLines(
            Path.of("src/test/java/org/restorative/json/PolicyReadmeExampleTest.java"),
            StandardCharsets.UTF_8);
    int start = source.indexOf("    // README-POLICY-EXAMPLE-" + "START") + 1;
    int end = source.indexOf("    // README-POLICY-EXAMPLE-" + "END");
    assertThat(end).isGreaterThan(start);
    for (String line : source.subList(start, end)) {
      assertThat(readme).contains(line.length() >= 4 ? line.substring(4) : line.strip());
    }
  }
}
