package org.restorative.core.process;

import org.immutables.value.Value;
import org.restorative.core.party.PartyId;

/**
 * A party expected at, or present at, a meeting (domain brief §1.2 S3), with whether a detained
 * patient comes under escort (§3.3).
 */
@Value.Immutable
public abstract class Attendee implements WithAttendee {

  Attendee() {}

  /**
   * The attending party.
   *
   * @return the party
   */
  public abstract PartyId party();

  /**
   * Whether the party attends under escort, as a detained patient's leave may require.
   *
   * @return true when escorted; false by default
   */
  @Value.Default
  public boolean escorted() {
    return false;
  }

  /**
   * Whether the party came.
   *
   * @return the attendance; {@link AttendanceStatus#EXPECTED} by default
   */
  @Value.Default
  public AttendanceStatus attendance() {
    return AttendanceStatus.EXPECTED;
  }

  /**
   * An attendee expected to come, unescorted.
   *
   * @param party the party
   * @return the attendee
   */
  public static Attendee of(PartyId party) {
    return new Builder().party(party).build();
  }

  /**
   * Whether the party was present for at least part of the meeting.
   *
   * @return true when attended or left early
   */
  public boolean wasPresent() {
    return attendance().wasPresent();
  }

  /** Builds an {@link Attendee}. */
  public static final class Builder extends ImmutableAttendee.Builder {
    /** An empty builder. */
    public Builder() {}
  }
}
