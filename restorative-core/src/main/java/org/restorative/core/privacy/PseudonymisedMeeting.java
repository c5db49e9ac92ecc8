package org.restorative.core.privacy;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.restorative.core.internal.Invariants;
import org.restorative.core.process.Medium;
import org.restorative.core.process.MeetingStatus;
import org.restorative.core.process.VenueType;

/**
 * A meeting in a {@link PseudonymisedCase}: status, kind of venue, medium, month, and who attended
 * by pseudonym. No venue description, no notes, no day or hour.
 */
@Value.Immutable
public abstract class PseudonymisedMeeting implements WithPseudonymisedMeeting {

  PseudonymisedMeeting() {}

  /**
   * Where the meeting has got to.
   *
   * @return the status
   */
  public abstract MeetingStatus status();

  /**
   * The kind of venue: on the ward, in the hospital grounds, off site or online.
   *
   * @return the venue type
   */
  public abstract VenueType venueType();

  /**
   * How the meeting is held.
   *
   * @return the medium
   */
  public abstract Medium medium();

  /**
   * The month the meeting starts, once scheduled.
   *
   * @return the month, when a start is recorded
   */
  public abstract Optional<YearMonth> month();

  /**
   * The pseudonyms of the parties expected or present, in the meeting's order.
   *
   * @return the attendees' pseudonyms
   */
  public abstract List<String> attendees();

  /**
   * The pseudonyms of the facilitators of the meeting.
   *
   * @return the facilitators' pseudonyms
   */
  public abstract Set<String> facilitators();

  @Value.Check
  void check() {
    Invariants.allNonBlank(attendees(), "pseudonymised meeting attendees");
    Invariants.allNonBlank(facilitators(), "pseudonymised meeting facilitators");
  }

  /** Builds a {@link PseudonymisedMeeting}. */
  public static final class Builder extends ImmutablePseudonymisedMeeting.Builder {
    /** An empty builder. */
    public Builder() {}
  }
}
