package org.restorative.core.process;

/** Whether an expected attendee came to a meeting (domain brief §1.2 S3). */
public enum AttendanceStatus {
  /** Expected to attend; the meeting has not yet taken place. */
  EXPECTED,
  /** Attended. */
  ATTENDED,
  /** Expected but did not attend. */
  DID_NOT_ATTEND,
  /** Attended but left before the end, as every participant may (IIRP-SCRIPT preamble). */
  LEFT_EARLY;

  /**
   * Whether the attendee was present for at least part of the meeting.
   *
   * @return true for {@link #ATTENDED} and {@link #LEFT_EARLY}
   */
  public boolean wasPresent() {
    return this == ATTENDED || this == LEFT_EARLY;
  }
}
