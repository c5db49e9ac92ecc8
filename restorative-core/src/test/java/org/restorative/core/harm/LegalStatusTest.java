package org.restorative.core.harm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class LegalStatusTest {

  @Test
  void only_the_three_court_outcomes_trigger_statutory_victim_rights() {
    assertThat(Arrays.stream(LegalStatus.values()).filter(LegalStatus::triggersVictimRights))
        .containsExactlyInAnyOrder(
            LegalStatus.CONVICTED,
            LegalStatus.NOT_GUILTY_BY_REASON_OF_INSANITY,
            LegalStatus.UNFIT_TO_PLEAD_ACT_FOUND);
  }

  @Test
  void a_charge_awaiting_trial_does_not_yet_trigger_victim_rights() {
    assertThat(LegalStatus.CHARGED_AWAITING_TRIAL.triggersVictimRights()).isFalse();
    assertThat(LegalStatus.DIVERTED.triggersVictimRights()).isFalse();
  }

  @Test
  void proceedings_are_pending_under_investigation_and_awaiting_trial_only() {
    assertThat(Arrays.stream(LegalStatus.values()).filter(LegalStatus::isProceedingsPending))
        .containsExactlyInAnyOrder(
            LegalStatus.UNDER_INVESTIGATION, LegalStatus.CHARGED_AWAITING_TRIAL);
  }
}
