package org.restorative.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.restorative.core.casefile.Stage;
import org.restorative.core.rules.Policy;
import org.restorative.core.rules.RuleSet;
import org.restorative.core.rules.Violation;

/** Reading and checking in one step gives one list: reading problems, then rule violations. */
class ReadAndCheckTest {

  static final Instant AS_OF = Instant.parse("2030-01-01T00:00:00Z");

  @Test
  void a_readable_record_that_breaks_a_rule_gives_the_rules_violation() {
    String json =
        CaseJson.strict()
            .write(JsonFixtures.goldenCase(Stage.ASSESSMENT))
            .replaceAll("\"role\": \"PERSON_RESPONSIBLE\"", "\"role\": \"AFFECTED_OTHER\"");

    ReadResult result =
        CaseJson.strict().readAndCheck(json, RuleSet.standard(), Policy.standard(), AS_OF);

    assertThat(result.restorativeCase()).isPresent();
    assertThat(result.errors()).extracting(Violation::code).containsExactly("CORE_PARTIES_PRESENT");
  }

  @Test
  void an_unreadable_record_gives_the_reading_problems_only() {
    ReadResult result =
        CaseJson.strict()
            .readAndCheck("{\"format\": 1}", RuleSet.standard(), Policy.standard(), AS_OF);

    assertThat(result.restorativeCase()).isEmpty();
    assertThat(result.errors())
        .extracting(Violation::code)
        .containsExactly(ProblemCode.JSON_UNSUPPORTED_FORMAT.name());
  }

  @Test
  void a_lenient_read_keeps_its_warnings_beside_the_rules() {
    String json =
        CaseJson.strict()
            .write(JsonFixtures.goldenCase(Stage.PREPARATION))
            .replace("\"stage\":", "\"extra\": true,\n  \"stage\":");

    ReadResult result =
        CaseJson.lenient().readAndCheck(json, RuleSet.standard(), Policy.standard(), AS_OF);

    assertThat(result.errors()).isEmpty();
    assertThat(result.warnings())
        .extracting(Violation::code)
        .containsExactly(ProblemCode.JSON_UNKNOWN_PROPERTY.name());
  }
}
