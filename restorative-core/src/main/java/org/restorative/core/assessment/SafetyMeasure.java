package org.restorative.core.assessment;

/**
 * A measure of a meeting's safety plan (domain brief §1.2 S2, rule 21): parties are never left
 * alone together [STAFFS-TYPES], and safety is a core restorative principle [RJC-PR2020].
 */
public enum SafetyMeasure {
  /** The parties arrive separately, at different times or by different routes. */
  SEPARATE_ARRIVAL,
  /** The parties wait in separate areas before the meeting. */
  SEPARATE_WAITING_AREAS,
  /** Staff are present, such as ward staff or an escort. */
  STAFF_PRESENT,
  /** The parties are never left alone together [STAFFS-TYPES]. */
  NEVER_LEFT_ALONE,
  /** An agreed way for anyone to leave, and for the facilitator to stop the meeting. */
  EXIT_AND_STOP_PROCEDURE,
  /** Support for each party after the meeting. */
  POST_MEETING_SUPPORT,
  /** A plan for a video or telephone meeting that is cut off. */
  DISCONNECTION_PLAN,
  /** A plan for a party who becomes distressed. */
  DISTRESS_PLAN;

  /**
   * Whether the measure is one that every scheduled direct meeting's safety plan must hold (rule
   * 21: "separate arrival and waiting, staff presence, exit and stop procedure, post-meeting
   * support").
   *
   * @return true for {@link #SEPARATE_ARRIVAL}, {@link #SEPARATE_WAITING_AREAS}, {@link
   *     #STAFF_PRESENT}, {@link #EXIT_AND_STOP_PROCEDURE} and {@link #POST_MEETING_SUPPORT}
   */
  public boolean isEssential() {
    return this == SEPARATE_ARRIVAL
        || this == SEPARATE_WAITING_AREAS
        || this == STAFF_PRESENT
        || this == EXIT_AND_STOP_PROCEDURE
        || this == POST_MEETING_SUPPORT;
  }
}
