package org.restorative.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.restorative.core.assessment.AssessmentFixtures.SAFEGUARDING_LEAD;
import static org.restorative.core.assessment.AssessmentFixtures.SENTINEL;
import static org.restorative.core.assessment.AssessmentFixtures.aDecisionToPause;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PauseDecisionTest {

  @Test
  void the_safeguarding_lead_decides_to_pause_the_case() {
    PauseDecision decision = aDecisionToPause();

    assertThat(decision.decidedAt()).isEqualTo(Instant.parse("2026-03-25T15:00:00Z"));
    assertThat(decision.pause()).isTrue();
    assertThat(decision.decidedBy()).isEqualTo(SAFEGUARDING_LEAD);
    assertThat(decision.rationale()).isPresent();
  }

  @Test
  void the_rationale_must_not_be_blank_when_given() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> aDecisionToPause().withRationale(" "))
        .withMessageContaining("rationale");
  }

  @Test
  void the_rationale_is_redacted_from_the_printed_form() {
    PauseDecision decision =
        aDecisionToPause().withRationale(SENTINEL + " disclosed abuse at home");

    assertThat(decision.toString()).doesNotContain(SENTINEL).contains("rationale=***");
  }

  @Test
  void a_decision_not_to_pause_changes_only_the_pause() {
    PauseDecision original = aDecisionToPause();

    PauseDecision carryOn = original.withPause(false);

    assertThat(carryOn.pause()).isFalse();
    assertThat(carryOn).isNotEqualTo(original);
    assertThat(carryOn.withPause(true)).isEqualTo(original);
  }

  @Test
  void two_decisions_built_alike_are_equal() {
    assertThat(aDecisionToPause())
        .isEqualTo(aDecisionToPause())
        .hasSameHashCodeAs(aDecisionToPause());
  }
}
