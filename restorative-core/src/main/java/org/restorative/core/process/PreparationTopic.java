package org.restorative.core.process;

/**
 * What was covered with a participant in a preparation contact (domain brief §1.2 S1 step 1 and
 * S2).
 *
 * <p>The first four follow the RJC Service Provider Code A (explain the process, its possible
 * outcomes, how outcomes are monitored, and the right to withdraw); the others are the brief's
 * preparation activities.
 */
public enum PreparationTopic {
  /** How the chosen process works (RJC Service Provider Code A). */
  PROCESS_EXPLAINED,
  /** The possible outcomes and how they would be monitored (RJC Service Provider Code A). */
  OUTCOMES_AND_MONITORING,
  /** The right to withdraw at any time, without giving a reason (RJC Service Provider Code A). */
  RIGHT_TO_WITHDRAW,
  /** The limits of confidentiality, such as safeguarding disclosures (brief §4.8). */
  CONFIDENTIALITY_LIMITS,
  /** The participant's expectations, such as what happens if there is no apology in person. */
  EXPECTATIONS,
  /** The ground rules for the meeting or exchange. */
  GROUND_RULES,
  /** Who will support the participant, and who will support the other party. */
  SUPPORTERS,
  /** Venue, date, time, travel, s17 leave and escorts. */
  LOGISTICS,
  /**
   * The safety plan: separate arrival, staff presence, stopping the meeting, support afterwards.
   */
  SAFETY_PLAN,
  /** Reasonable adjustments, interpreters and intermediaries (brief §3.4). */
  ADJUSTMENTS,
  /**
   * How the participant would manage meeting the other person by accident, on the corridor or ward.
   */
  ACCIDENTAL_MEETING
}
