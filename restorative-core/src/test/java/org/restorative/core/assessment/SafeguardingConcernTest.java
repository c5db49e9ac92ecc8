package org.restorative.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.restorative.core.assessment.AssessmentFixtures.PATIENT;
import static org.restorative.core.assessment.AssessmentFixtures.SENTINEL;
import static org.restorative.core.assessment.AssessmentFixtures.WARD_MANAGER;
import static org.restorative.core.assessment.AssessmentFixtures.aDecisionToPause;
import static org.restorative.core.assessment.AssessmentFixtures.aSafeguardingConcern;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SafeguardingConcernTest {

  private static final Instant RAISED_AT = Instant.parse("2026-03-25T10:15:00Z");

  @Test
  void a_concern_raised_in_preparation_records_who_raised_it_and_about_whom() {
    SafeguardingConcern concern = aSafeguardingConcern();

    assertThat(concern.id()).isEqualTo(SafeguardingConcernId.of("sg-2026-031"));
    assertThat(concern.raisedAt()).isEqualTo(RAISED_AT);
    assertThat(concern.raisedBy()).isEqualTo(WARD_MANAGER);
    assertThat(concern.about()).containsExactly(PATIENT);
    assertThat(concern.referralRef()).contains("LA-SG-2026-0771");
    assertThat(concern.pauseDecision()).contains(aDecisionToPause());
  }

  @Test
  void a_concern_with_a_decision_to_pause_pauses_the_case() {
    SafeguardingConcern concern = aSafeguardingConcern();

    assertThat(concern.hasPauseDecision()).isTrue();
    assertThat(concern.pausesCase()).isTrue();
  }

  @Test
  void a_decision_not_to_pause_is_recorded_and_does_not_pause_the_case() {
    SafeguardingConcern concern =
        aSafeguardingConcern().withPauseDecision(aDecisionToPause().withPause(false));

    assertThat(concern.hasPauseDecision()).isTrue();
    assertThat(concern.pausesCase()).isFalse();
  }

  @Test
  void a_concern_awaiting_a_decision_has_none_and_does_not_pause_the_case() {
    SafeguardingConcern concern = aSafeguardingConcern().withPauseDecision(Optional.empty());

    assertThat(concern.hasPauseDecision()).isFalse();
    assertThat(concern.pausesCase()).isFalse();
  }

  @Test
  void the_pause_decision_cannot_come_before_the_concern_was_raised() {
    PauseDecision tooEarly = aDecisionToPause().withDecidedAt(RAISED_AT.minusSeconds(3600));

    assertThatIllegalArgumentException()
        .isThrownBy(() -> aSafeguardingConcern().withPauseDecision(tooEarly))
        .withMessageContaining("decidedAt")
        .withMessageContaining("raisedAt")
        .withMessageNotContaining("2026");
  }

  @Test
  void the_pause_decision_may_be_made_the_moment_the_concern_is_raised() {
    SafeguardingConcern concern =
        aSafeguardingConcern().withPauseDecision(aDecisionToPause().withDecidedAt(RAISED_AT));

    assertThat(concern.hasPauseDecision()).isTrue();
  }

  @Test
  void the_referral_reference_must_not_be_blank_when_given() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> aSafeguardingConcern().withReferralRef(" "))
        .withMessageContaining("referralRef");
  }

  @Test
  void the_description_must_not_be_blank_when_given() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> aSafeguardingConcern().withDescription(""))
        .withMessageContaining("description");
  }

  @Test
  void the_description_and_rationale_are_redacted_from_the_printed_form() {
    SafeguardingConcern concern =
        aSafeguardingConcern()
            .withDescription(SENTINEL + " is being pressured by a visitor")
            .withPauseDecision(aDecisionToPause().withRationale(SENTINEL + " is at risk"));

    assertThat(concern.toString())
        .doesNotContain(SENTINEL)
        .contains("description=***")
        .contains("rationale=***")
        .contains("sg-2026-031");
  }

  @Test
  void a_corrected_referral_reference_changes_only_the_reference() {
    SafeguardingConcern original = aSafeguardingConcern();

    SafeguardingConcern corrected = original.withReferralRef("LA-SG-2026-0772");

    assertThat(corrected.referralRef()).contains("LA-SG-2026-0772");
    assertThat(corrected).isNotEqualTo(original);
    assertThat(corrected.withReferralRef("LA-SG-2026-0771")).isEqualTo(original);
  }

  @Test
  void two_concerns_built_alike_are_equal() {
    assertThat(aSafeguardingConcern())
        .isEqualTo(aSafeguardingConcern())
        .hasSameHashCodeAs(aSafeguardingConcern());
  }
}
