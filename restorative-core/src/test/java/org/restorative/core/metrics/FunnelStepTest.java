package org.restorative.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

/** One step of the referral funnel, counted alone and along the path. */
class FunnelStepTest {

  private static FunnelStep.Builder agreementStep() {
    return new FunnelStep.Builder()
        .stage(FunnelStage.AGREEMENT)
        .count(40)
        .inOrder(30)
        .previousInOrder(50)
        .referrals(100);
  }

  @Test
  void a_step_is_read_against_the_referrals_and_against_the_previous_step() {
    FunnelStep step = agreementStep().build();

    assertThat(step.ofReferrals()).isEqualTo(Proportion.of(40, 100));
    assertThat(step.conversion()).isEqualTo(Proportion.of(30, 50));
  }

  @Test
  void the_counts_along_the_path_never_exceed_the_counts_alone() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> agreementStep().inOrder(41).build())
        .withMessageContaining("inOrder");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> agreementStep().previousInOrder(20).build())
        .withMessageContaining("previousInOrder");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> agreementStep().count(101).build())
        .withMessageContaining("referrals");
  }

  @Test
  void each_stage_names_the_measure_it_counts_and_reads_its_flag() {
    CaseFlags consentedOnly =
        new CaseFlags.Builder()
            .caseId(org.restorative.core.casefile.CaseId.of("case-1"))
            .stage(org.restorative.core.casefile.Stage.PREPARATION)
            .responsibleSideConsented(true)
            .build();

    assertThat(FunnelStage.CONSENT.metric()).isEqualTo(StandardMetric.CONSENT_OBTAINED);
    assertThat(FunnelStage.FULFILLED.metric()).isEqualTo(StandardMetric.AGREEMENT_COMPLETED);
    assertThat(FunnelStage.REFERRAL.isReachedBy(consentedOnly)).isTrue();
    assertThat(FunnelStage.CONTACT.isReachedBy(consentedOnly)).isFalse();
    assertThat(FunnelStage.CONSENT.isReachedBy(consentedOnly)).isTrue();
    assertThat(FunnelStage.MEETING.isReachedBy(consentedOnly)).isFalse();
  }

  @Test
  void equal_steps_are_equal() {
    assertThat(agreementStep().build())
        .isEqualTo(agreementStep().build())
        .hasSameHashCodeAs(agreementStep().build());
    assertThat(agreementStep().build().withCount(35)).isNotEqualTo(agreementStep().build());
  }
}
