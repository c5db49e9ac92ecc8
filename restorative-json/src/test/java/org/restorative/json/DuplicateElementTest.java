package org.restorative.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.casefile.Stage;
import org.restorative.core.harm.HarmType;
import org.restorative.core.rules.Severity;
import org.restorative.core.rules.Violation;

/**
 * A repeated element of a set-valued array is reported, never dropped in silence: an error when
 * strict, a warning when lenient (which reads the set without the repeat), at the repeated
 * element's pointer, with a message that does not echo the element. The schema says the same with
 * {@code uniqueItems}.
 */
class DuplicateElementTest {

  static String completed() {
    return JsonFixtures.read(JsonFixtures.goldenFile(Stage.CLOSED_COMPLETED));
  }

  /** Harm 0's types repeat their first code; process 0's participants repeat their first party. */
  static String withRepeats() {
    return completed()
        .replace(
            "\"types\": [ \"PHYSICAL\", \"PSYCHOLOGICAL_EMOTIONAL\" ]",
            "\"types\": [ \"PHYSICAL\", \"PSYCHOLOGICAL_EMOTIONAL\", \"PHYSICAL\" ]")
        .replace(
            "\"participants\": [ \"party-1\", \"party-2\" ]",
            "\"participants\": [ \"party-1\", \"party-2\", \"party-1\" ]");
  }

  @Test
  void the_fixture_plants_both_repeats() {
    assertThat(withRepeats()).isNotEqualTo(completed());
    assertThat(withRepeats().length() - completed().length())
        .isEqualTo(", \"PHYSICAL\"".length() + ", \"party-1\"".length());
  }

  @Test
  void strict_refuses_each_repeat_at_its_pointer() {
    ReadResult result = CaseJson.strict().read(withRepeats());

    assertThat(result.problems())
        .extracting(Violation::code, Violation::severity, Violation::path)
        .containsExactly(
            tuple(ProblemCode.JSON_DUPLICATE_ELEMENT.name(), Severity.ERROR, "/harms/0/types/2"),
            tuple(
                ProblemCode.JSON_DUPLICATE_ELEMENT.name(),
                Severity.ERROR,
                "/processes/0/participants/2"));
    assertThat(result.isRead()).isFalse();
    assertThat(result.problems())
        .extracting(Violation::message)
        .allSatisfy(m -> assertThat(m).doesNotContain("PHYSICAL").doesNotContain("party-1"));
  }

  @Test
  void lenient_warns_of_each_repeat_and_reads_the_set_without_it() {
    ReadResult result = CaseJson.lenient().read(withRepeats());

    assertThat(result.problems())
        .extracting(Violation::code, Violation::severity, Violation::path)
        .containsExactly(
            tuple(ProblemCode.JSON_DUPLICATE_ELEMENT.name(), Severity.WARNING, "/harms/0/types/2"),
            tuple(
                ProblemCode.JSON_DUPLICATE_ELEMENT.name(),
                Severity.WARNING,
                "/processes/0/participants/2"));
    RestorativeCase read = result.restorativeCase().orElseThrow();
    RestorativeCase original = CaseJson.strict().read(completed()).restorativeCase().orElseThrow();
    assertThat(read).isEqualTo(original);
    assertThat(read.harms().get(0).types())
        .containsExactly(HarmType.PHYSICAL, HarmType.PSYCHOLOGICAL_EMOTIONAL);
  }

  @Test
  void sets_without_repeats_give_no_problem() {
    assertThat(CaseJson.strict().read(completed()).problems()).isEmpty();
    assertThat(CaseJson.lenient().read(completed()).problems()).isEmpty();
  }

  @Test
  void the_schema_refuses_the_repeats_too() {
    assertThat(SchemaTest.validate(completed())).isEmpty();
    assertThat(SchemaTest.validate(withRepeats()))
        .extracting(e -> e.getKeyword())
        .containsExactly("uniqueItems", "uniqueItems");
  }

  @Test
  void a_list_that_is_not_a_set_may_repeat() {
    // A risk assessment's conditions are a list, not a set: both entries are kept, nothing
    // reported.
    String condition = "\"Two staff present throughout and a break after thirty minutes\"";
    String original = JsonFixtures.read(JsonFixtures.goldenFile(Stage.CLOSED_PARTIAL));
    String json =
        original.replace(
            "\"conditions\": [ " + condition + " ]",
            "\"conditions\": [ " + condition + ", " + condition + " ]");
    assertThat(json).isNotEqualTo(original);

    ReadResult result = CaseJson.strict().read(json);

    assertThat(result.problems()).isEmpty();
    assertThat(result.restorativeCase().orElseThrow().riskAssessments())
        .anySatisfy(a -> assertThat(a.conditions()).hasSize(2));
  }
}
