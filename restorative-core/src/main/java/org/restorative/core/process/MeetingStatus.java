package org.restorative.core.process;

/**
 * Where a direct meeting stands (domain brief §1.2 S3, direct sub-states).
 *
 * <p>The brief's sub-states run {@code SCHEDULED → IN_PROGRESS → HELD}, or {@code ADJOURNED} (to
 * resume later) or {@code ABANDONED}. {@link #PLANNED} is added for the meeting being arranged but
 * not yet given a date, because the rules guard entry to {@link #SCHEDULED} (consent, risk
 * assessment, preparation contacts, safety plan).
 */
public enum MeetingStatus {
  /** Being arranged; no date fixed yet. */
  PLANNED(0),
  /** Date, time and venue fixed. */
  SCHEDULED(1),
  /** Taking place now. */
  IN_PROGRESS(2),
  /** Held to its end. */
  HELD(3),
  /** Stopped part-way, to resume later after further preparation. */
  ADJOURNED(3),
  /** Stopped for good: for safety, or because a party withdrew. */
  ABANDONED(3);

  private final int stage;

  MeetingStatus(int stage) {
    this.stage = stage;
  }

  /**
   * Whether the meeting has a date: scheduled, in progress, or over (held, adjourned or abandoned).
   *
   * @return true for every status but {@link #PLANNED}
   */
  public boolean isScheduledOrLater() {
    return stage >= SCHEDULED.stage;
  }

  /**
   * Whether the meeting is over, however it ended: held, adjourned or abandoned. The three are
   * alternatives at the same stage; use {@code == HELD} to ask whether it was held to its end.
   *
   * @return true for {@link #HELD}, {@link #ADJOURNED} and {@link #ABANDONED}
   */
  public boolean isHeldOrLater() {
    return stage >= HELD.stage;
  }

  /**
   * Whether the meeting was stopped before its end.
   *
   * @return true for {@link #ADJOURNED} and {@link #ABANDONED}
   */
  public boolean isStopped() {
    return this == ADJOURNED || this == ABANDONED;
  }
}
