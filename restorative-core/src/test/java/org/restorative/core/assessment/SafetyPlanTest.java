package org.restorative.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.restorative.core.assessment.AssessmentFixtures.SENTINEL;
import static org.restorative.core.assessment.AssessmentFixtures.aWardConferenceSafetyPlan;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.restorative.core.process.MeetingId;

class SafetyPlanTest {

  private static final Set<SafetyMeasure> ESSENTIALS =
      EnumSet.of(
          SafetyMeasure.SEPARATE_ARRIVAL,
          SafetyMeasure.SEPARATE_WAITING_AREAS,
          SafetyMeasure.STAFF_PRESENT,
          SafetyMeasure.EXIT_AND_STOP_PROCEDURE,
          SafetyMeasure.POST_MEETING_SUPPORT);

  @Test
  void the_safety_plan_for_a_ward_conference_names_its_meeting_and_measures() {
    SafetyPlan plan = aWardConferenceSafetyPlan();

    assertThat(plan.id()).isEqualTo(SafetyPlanId.of("sp-2026-031"));
    assertThat(plan.meeting()).isEqualTo(MeetingId.of("m-2026-031-1"));
    assertThat(plan.agreedAt()).isEqualTo(Instant.parse("2026-04-01T11:00:00Z"));
    assertThat(plan.measures()).contains(SafetyMeasure.NEVER_LEFT_ALONE);
    assertThat(plan.notes()).isPresent();
  }

  @Test
  void the_essential_measures_are_those_of_rule_21() {
    assertThat(Arrays.stream(SafetyMeasure.values()).filter(SafetyMeasure::isEssential))
        .containsExactlyInAnyOrderElementsOf(ESSENTIALS);
  }

  @Test
  void a_plan_with_every_essential_measure_covers_the_essentials() {
    SafetyPlan plan = aWardConferenceSafetyPlan();

    assertThat(plan.coversEssentials()).isTrue();
    assertThat(plan.missingEssentials()).isEmpty();
  }

  @Test
  void a_plan_with_exactly_the_essential_measures_covers_the_essentials() {
    assertThat(aWardConferenceSafetyPlan().withMeasures(ESSENTIALS).coversEssentials()).isTrue();
  }

  @Test
  void a_plan_missing_any_essential_measure_does_not_cover_the_essentials() {
    for (SafetyMeasure missing : ESSENTIALS) {
      EnumSet<SafetyMeasure> measures = EnumSet.allOf(SafetyMeasure.class);
      measures.remove(missing);

      SafetyPlan plan = aWardConferenceSafetyPlan().withMeasures(measures);

      assertThat(plan.coversEssentials()).as("without %s", missing).isFalse();
      assertThat(plan.missingEssentials()).containsExactly(missing);
    }
  }

  @Test
  void an_empty_plan_misses_every_essential_measure() {
    SafetyPlan plan = aWardConferenceSafetyPlan().withMeasures(List.of());

    assertThat(plan.coversEssentials()).isFalse();
    assertThat(plan.missingEssentials()).isEqualTo(ESSENTIALS);
  }

  @Test
  void the_notes_must_not_be_blank_when_given() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> aWardConferenceSafetyPlan().withNotes(" "))
        .withMessageContaining("notes");
  }

  @Test
  void the_notes_are_redacted_from_the_printed_form() {
    SafetyPlan plan = aWardConferenceSafetyPlan().withNotes(SENTINEL + " waits in the quiet room");

    assertThat(plan.toString())
        .doesNotContain(SENTINEL)
        .contains("notes=***")
        .contains("sp-2026-031");
  }

  @Test
  void adding_a_distress_plan_changes_only_the_measures() {
    SafetyPlan original = aWardConferenceSafetyPlan();
    EnumSet<SafetyMeasure> more = EnumSet.copyOf(original.measures());
    more.add(SafetyMeasure.DISTRESS_PLAN);

    SafetyPlan extended = original.withMeasures(more);

    assertThat(extended.measures()).contains(SafetyMeasure.DISTRESS_PLAN);
    assertThat(extended).isNotEqualTo(original);
    assertThat(extended.withMeasures(original.measures())).isEqualTo(original);
  }

  @Test
  void two_plans_built_alike_are_equal() {
    assertThat(aWardConferenceSafetyPlan())
        .isEqualTo(aWardConferenceSafetyPlan())
        .hasSameHashCodeAs(aWardConferenceSafetyPlan());
  }
}
