package org.restorative.core.privacy;

import java.time.LocalDate;
import java.util.Optional;
import org.restorative.core.party.AgeBand;
import org.restorative.core.party.Party;

/** The age band privacy keeps in place of a date of birth. */
final class AgeBands {

  private AgeBands() {}

  /**
   * The party's age band on a day of the case: from the date of birth when held, else the recorded
   * band. A date of birth after that day (an error of dates) gives no band.
   */
  static Optional<AgeBand> onReferral(Party party, LocalDate referredOn) {
    if (party.dateOfBirth().filter(born -> born.isAfter(referredOn)).isPresent()) {
      return Optional.empty();
    }
    return party.ageBandOn(referredOn);
  }
}
