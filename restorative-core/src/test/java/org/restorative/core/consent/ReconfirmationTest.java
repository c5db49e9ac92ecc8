package org.restorative.core.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.restorative.core.consent.ConsentFixtures.THE_FACILITATOR;
import static org.restorative.core.consent.ConsentFixtures.THE_PSYCHIATRIST;
import static org.restorative.core.consent.ConsentFixtures.assertOnlyChanged;
import static org.restorative.core.consent.ConsentFixtures.daysAfterConsent;
import static org.restorative.core.consent.ConsentFixtures.reconfirmedDaysLater;

import org.junit.jupiter.api.Test;

class ReconfirmationTest {

  @Test
  void a_reconfirmation_records_when_by_whom_and_how() {
    Reconfirmation reconfirmation = reconfirmedDaysLater(7);

    assertThat(reconfirmation.at()).isEqualTo(daysAfterConsent(7));
    assertThat(reconfirmation.by()).isEqualTo(THE_FACILITATOR);
    assertThat(reconfirmation.method()).isEqualTo(ConsentMethod.WRITTEN_SIGNED);
  }

  @Test
  void copying_with_another_recorder_changes_only_the_recorder() {
    Reconfirmation reconfirmation = reconfirmedDaysLater(7);

    assertOnlyChanged(
        Reconfirmation.class, reconfirmation, reconfirmation.withBy(THE_PSYCHIATRIST), "by");
  }

  @Test
  void copying_with_another_method_changes_only_the_method() {
    Reconfirmation reconfirmation = reconfirmedDaysLater(7);

    assertOnlyChanged(
        Reconfirmation.class,
        reconfirmation,
        reconfirmation.withMethod(ConsentMethod.ALTERNATIVE_FORMAT),
        "method");
  }

  @Test
  void two_reconfirmations_at_the_same_moment_by_the_same_person_are_equal() {
    assertThat(reconfirmedDaysLater(7))
        .isEqualTo(reconfirmedDaysLater(7))
        .hasSameHashCodeAs(reconfirmedDaysLater(7))
        .isNotEqualTo(reconfirmedDaysLater(8));
  }
}
