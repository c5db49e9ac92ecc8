package org.restorative.core.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.restorative.core.consent.ConsentFixtures.ZEBEDEE;
import static org.restorative.core.consent.ConsentFixtures.assertOnlyChanged;
import static org.restorative.core.consent.ConsentFixtures.assertRejected;

import org.junit.jupiter.api.Test;

class PracticableStepTest {

  @Test
  void a_step_records_what_kind_of_help_was_given_and_what_was_done() {
    PracticableStep step =
        PracticableStep.of(
            PracticableStepType.INTERPRETER, "Polish interpreter booked for the visit");

    assertThat(step.type()).isEqualTo(PracticableStepType.INTERPRETER);
    assertThat(step.detail()).isPresent();
  }

  @Test
  void a_step_may_be_recorded_without_detail() {
    assertThat(PracticableStep.of(PracticableStepType.TIMING).detail()).isEmpty();
  }

  @Test
  void copying_with_another_type_changes_only_the_type() {
    PracticableStep step = PracticableStep.of(PracticableStepType.VISUAL_AIDS, "Picture cards");

    assertOnlyChanged(
        PracticableStep.class, step, step.withType(PracticableStepType.COMMUNICATION_AIDS), "type");
  }

  @Test
  void two_identical_steps_are_equal() {
    assertThat(PracticableStep.of(PracticableStepType.ENVIRONMENT))
        .isEqualTo(PracticableStep.of(PracticableStepType.ENVIRONMENT))
        .hasSameHashCodeAs(PracticableStep.of(PracticableStepType.ENVIRONMENT))
        .isNotEqualTo(PracticableStep.of(PracticableStepType.SUPPORT_PERSON));
  }

  @Test
  void the_detail_when_given_cannot_be_blank() {
    assertRejected(
        () -> PracticableStep.of(PracticableStepType.OTHER, " "), "practicable step detail");
  }

  @Test
  void the_detail_is_redacted() {
    assertThat(PracticableStep.of(PracticableStepType.SUPPORT_PERSON, ZEBEDEE).toString())
        .doesNotContain(ZEBEDEE)
        .contains("***");
  }
}
