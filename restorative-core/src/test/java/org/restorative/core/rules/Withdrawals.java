package org.restorative.core.rules;

import java.time.Instant;
import org.restorative.core.consent.Withdrawal;
import org.restorative.core.consent.WithdrawalScope;
import org.restorative.core.party.PartyId;

/** Withdrawals the rule tests record. */
final class Withdrawals {

  private Withdrawals() {}

  /** A party's withdrawal from the whole process at a moment, with no reason given. */
  static Withdrawal fromTheWholeProcess(PartyId party, Instant at) {
    return new Withdrawal.Builder()
        .party(party)
        .at(at)
        .scope(WithdrawalScope.WHOLE_PROCESS)
        .build();
  }
}
