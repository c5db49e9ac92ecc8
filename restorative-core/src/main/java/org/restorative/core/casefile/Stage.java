package org.restorative.core.casefile;

import java.util.EnumSet;
import java.util.Set;

/**
 * The stage of a restorative case (domain brief §1.2, §1.3).
 *
 * <p>The main line runs {@link #REFERRAL} to {@link #CLOSURE}; a case may be {@link #PAUSED} from any
 * non-terminal stage, and ends in one of four closed states. Closed states are terminal: a reopened case
 * is a new case linked to the closed one.
 */
public enum Stage {
  /** S0: a referral is recorded and linked to at least one harm record. */
  REFERRAL,
  /** S1: suitability, acknowledgement, consent, capacity and risk are assessed. */
  ASSESSMENT,
  /** S2: each participant is prepared; logistics, adjustments and the safety plan are arranged. */
  PREPARATION,
  /** S3: the meeting or the indirect process takes place. */
  INTERVENTION,
  /** S4: the outcome agreement is drafted and each party's agreement recorded. */
  OUTCOME_AGREEMENT,
  /** S5: actions are monitored and the person harmed is kept informed. */
  FOLLOW_UP,
  /** S6: the closure outcome is recorded and evaluation offered. */
  CLOSURE,
  /** Paused with a reason (§1.7); resumes into the stage it was paused from, or into assessment. */
  PAUSED,
  /** Closed: the process was held and every action completed. */
  CLOSED_COMPLETED,
  /** Closed: the process was held but the agreement was not fully completed. */
  CLOSED_PARTIAL,
  /** Closed before an intervention, with a reason (§1.6). */
  CLOSED_NOT_PROCEEDING,
  /** Closed because a core party withdrew; no reason is ever required. */
  CLOSED_WITHDRAWN;

  /**
   * Whether this is one of the four terminal closed states.
   *
   * @return true for {@code CLOSED_*}
   */
  public boolean isClosed() {
    return this == CLOSED_COMPLETED
        || this == CLOSED_PARTIAL
        || this == CLOSED_NOT_PROCEEDING
        || this == CLOSED_WITHDRAWN;
  }

  /**
   * Whether this is a stage of the main line, from referral to closure.
   *
   * @return true for {@link #REFERRAL} to {@link #CLOSURE}
   */
  public boolean isMainLine() {
    return compareTo(CLOSURE) <= 0;
  }

  /**
   * Whether this main-line stage is the given stage or comes after it. Paused and closed states are
   * never "at or after" a main-line stage; ask about the stage a case was paused from instead.
   *
   * @param other a main-line stage
   * @return true if both are main-line stages and this one is not earlier
   */
  public boolean isAtOrAfter(Stage other) {
    return isMainLine() && other.isMainLine() && compareTo(other) >= 0;
  }

  /**
   * The stages a case may move to from this one, per the stage model (domain brief §1.3, §1.4): the
   * main line forwards through its gates; preparation back to assessment; an adjourned intervention
   * back to preparation; any non-terminal stage to {@link #PAUSED} (except closure) and to
   * {@link #CLOSED_WITHDRAWN}; referral, assessment, preparation and a pause to
   * {@link #CLOSED_NOT_PROCEEDING}; closure to {@link #CLOSED_COMPLETED} or {@link #CLOSED_PARTIAL}.
   * A paused case resumes into the stage it was paused from or into assessment; this set lists every
   * stage a pause may resume into, and the transition checks the pause itself. Closed states move
   * nowhere.
   *
   * @return the allowed targets
   */
  public Set<Stage> movesTo() {
    return switch (this) {
      case REFERRAL -> EnumSet.of(ASSESSMENT, PAUSED, CLOSED_NOT_PROCEEDING, CLOSED_WITHDRAWN);
      case ASSESSMENT -> EnumSet.of(PREPARATION, PAUSED, CLOSED_NOT_PROCEEDING, CLOSED_WITHDRAWN);
      case PREPARATION ->
          EnumSet.of(ASSESSMENT, INTERVENTION, PAUSED, CLOSED_NOT_PROCEEDING, CLOSED_WITHDRAWN);
      case INTERVENTION ->
          EnumSet.of(PREPARATION, OUTCOME_AGREEMENT, FOLLOW_UP, CLOSURE, PAUSED, CLOSED_WITHDRAWN);
      case OUTCOME_AGREEMENT -> EnumSet.of(FOLLOW_UP, CLOSURE, PAUSED, CLOSED_WITHDRAWN);
      case FOLLOW_UP -> EnumSet.of(CLOSURE, PAUSED, CLOSED_WITHDRAWN);
      case CLOSURE -> EnumSet.of(CLOSED_COMPLETED, CLOSED_PARTIAL, CLOSED_WITHDRAWN);
      case PAUSED ->
          EnumSet.of(
              REFERRAL,
              ASSESSMENT,
              PREPARATION,
              INTERVENTION,
              OUTCOME_AGREEMENT,
              FOLLOW_UP,
              CLOSED_NOT_PROCEEDING,
              CLOSED_WITHDRAWN);
      case CLOSED_COMPLETED, CLOSED_PARTIAL, CLOSED_NOT_PROCEEDING, CLOSED_WITHDRAWN ->
          EnumSet.noneOf(Stage.class);
    };
  }

  /**
   * Whether the stage model allows a move from this stage to another.
   *
   * @param target the stage to move to
   * @return true if {@link #movesTo()} holds it
   */
  public boolean canMoveTo(Stage target) {
    return movesTo().contains(target);
  }
}
