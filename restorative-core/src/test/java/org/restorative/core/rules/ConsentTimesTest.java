package org.restorative.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.restorative.core.rules.ConsentCapacityFixtures.aHeldMeetingWithADoubtedCapacityPatient;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.consent.Consent;
import org.restorative.core.consent.ConsentKind;
import org.restorative.core.consent.ConsentMethod;
import org.restorative.core.consent.ConsentStatus;
import org.restorative.core.consent.Reconfirmation;
import org.restorative.core.consent.Withdrawal;
import org.restorative.core.consent.WithdrawalScope;
import org.restorative.core.party.ActorId;

/**
 * A consent's moments: the last confirmation is the latest, and a withdrawal never precedes the
 * giving.
 */
class ConsentTimesTest {

  private final Consent given = given();
  private final Instant obtained = given.obtainedAt().orElseThrow();

  private static Consent given() {
    RestorativeCase c = aHeldMeetingWithADoubtedCapacityPatient();
    Consent participation =
        c.consents().stream()
            .filter(x -> x.kind() == ConsentKind.PARTICIPATION && x.obtainedAt().isPresent())
            .findFirst()
            .orElseThrow();
    return new Consent.Builder()
        .from(participation)
        .reconfirmations(List.of())
        .status(ConsentStatus.GIVEN)
        .build();
  }

  @Test
  void theLastConfirmationIsTheLatestReconfirmation() {
    assertThat(given.lastConfirmedAt()).contains(obtained);
    Instant later = obtained.plus(Duration.ofHours(1));
    Consent reconfirmed =
        new Consent.Builder()
            .from(given)
            .status(ConsentStatus.RECONFIRMED)
            .addReconfirmations(
                new Reconfirmation.Builder()
                    .at(later)
                    .by(ActorId.of("staff-rp-lead"))
                    .method(ConsentMethod.values()[0])
                    .build())
            .build();
    assertThat(reconfirmed.lastConfirmedAt()).contains(later);
  }

  @Test
  void aWithdrawalBeforeTheConsentWasObtainedIsRefusedByName() {
    Withdrawal early =
        new Withdrawal.Builder()
            .party(given.party())
            .at(obtained.minusSeconds(1))
            .scope(WithdrawalScope.WHOLE_PROCESS)
            .build();
    assertThatThrownBy(
            () ->
                new Consent.Builder()
                    .from(given)
                    .status(ConsentStatus.WITHDRAWN)
                    .withdrawal(early)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("consent withdrawal at must not be before consent obtainedAt");
  }
}
