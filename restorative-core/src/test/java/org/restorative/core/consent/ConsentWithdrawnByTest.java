package org.restorative.core.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.restorative.core.consent.ConsentFixtures.THE_NURSE;
import static org.restorative.core.consent.ConsentFixtures.THE_PATIENT;
import static org.restorative.core.consent.ConsentFixtures.daysAfterConsent;
import static org.restorative.core.consent.ConsentFixtures.writtenConsentOfADetainedPatientToAConference;

import org.junit.jupiter.api.Test;

class ConsentWithdrawnByTest {

  @Test
  void withdrawing_a_consent_sets_its_status_and_keeps_the_withdrawal_without_a_reason() {
    Consent consent = writtenConsentOfADetainedPatientToAConference();
    Withdrawal withdrawal =
        new Withdrawal.Builder()
            .party(THE_PATIENT)
            .at(daysAfterConsent(3))
            .scope(WithdrawalScope.WHOLE_PROCESS)
            .build();

    Consent withdrawn = consent.withdrawnBy(withdrawal);

    assertThat(withdrawn.status()).isEqualTo(ConsentStatus.WITHDRAWN);
    assertThat(withdrawn.withdrawal()).contains(withdrawal);
    assertThat(withdrawn.isActive()).isFalse();
    assertThat(withdrawn.party()).isEqualTo(consent.party());
    assertThat(withdrawn.participation()).isEqualTo(consent.participation());
  }

  @Test
  void a_withdrawal_by_another_party_cannot_withdraw_this_consent() {
    Consent consent = writtenConsentOfADetainedPatientToAConference();
    Withdrawal byTheNurse =
        new Withdrawal.Builder()
            .party(THE_NURSE)
            .at(daysAfterConsent(3))
            .scope(WithdrawalScope.WHOLE_PROCESS)
            .build();

    assertThatIllegalArgumentException()
        .isThrownBy(() -> consent.withdrawnBy(byTheNurse))
        .withMessageNotContaining(THE_NURSE.value());
  }
}
