package org.restorative.core.casefile;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The stage of a restorative case (domain brief §1.2, §1.3).
 *
 * <p>The main line runs {@link #REFERRAL} to {@link #CLOSURE}; a case may be {@link #PAUSED} from
 * any non-terminal stage, and ends in one of four closed states. Closed states are terminal: a
 * reopened case is a new case linked to the closed one.
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
   * Whether a case at this stage may be paused: every main-line stage before {@link #CLOSURE}
   * (domain brief §1.3, §1.4, §1.7).
   *
   * <p>Closure is not paused, by decision: the brief's table of allowed moves (§1.4) gives closure
   * no row, and at closure the process is over; what remains is to record the outcome and offer
   * evaluation, which no pause reason of §1.7 interrupts. A paused case is already paused, and a
   * closed one never moves.
   *
   * @return true for {@link #REFERRAL} to {@link #FOLLOW_UP}
   */
  public boolean canBePaused() {
    return isMainLine() && this != CLOSURE;
  }

  /**
   * The stages the stage model lets a case at this stage move to (domain brief §1.3, §1.4): this is
   * the brief's table, stage by stage.
   *
   * <ul>
   *   <li>forwards along the main line through its gates, and the three moves back: preparation to
   *       assessment, an adjourned intervention to preparation, and (from a pause) into assessment;
   *   <li>intervention and outcome agreement straight to follow-up or closure, and closure to
   *       {@link #CLOSED_COMPLETED} or {@link #CLOSED_PARTIAL};
   *   <li>{@link #PAUSED} from every stage that {@link #canBePaused() can be paused};
   *   <li>{@link #CLOSED_WITHDRAWN} from every stage that is not closed;
   *   <li>{@link #CLOSED_NOT_PROCEEDING} from referral, assessment, preparation and a pause;
   *   <li>from {@link #PAUSED}, every stage a pause can resume into. Which one a given case resumes
   *       into is a fact of its pause ({@link Pause#resumesInto()}), so the moves of one case are
   *       {@link RestorativeCase#movesTo()}, the one answer the transitions and the planner use.
   * </ul>
   *
   * <p>Closed states move nowhere.
   *
   * @return the allowed targets, a set that cannot be changed
   */
  public Set<Stage> movesTo() {
    if (isClosed()) {
      return Collections.emptySet();
    }
    Set<Stage> targets =
        switch (this) {
          case REFERRAL -> EnumSet.of(ASSESSMENT);
          case ASSESSMENT -> EnumSet.of(PREPARATION);
          case PREPARATION -> EnumSet.of(ASSESSMENT, INTERVENTION);
          case INTERVENTION -> EnumSet.of(PREPARATION, OUTCOME_AGREEMENT, FOLLOW_UP, CLOSURE);
          case OUTCOME_AGREEMENT -> EnumSet.of(FOLLOW_UP, CLOSURE);
          case FOLLOW_UP -> EnumSet.of(CLOSURE);
          case CLOSURE -> EnumSet.of(CLOSED_COMPLETED, CLOSED_PARTIAL);
          default -> resumptions();
        };
    if (canBePaused()) {
      targets.add(PAUSED);
    }
    if (this == REFERRAL || this == ASSESSMENT || this == PREPARATION || this == PAUSED) {
      targets.add(CLOSED_NOT_PROCEEDING);
    }
    targets.add(CLOSED_WITHDRAWN);
    return Collections.unmodifiableSet(targets);
  }

  /** Every stage a pause can resume into: the stages that can be paused. */
  private static Set<Stage> resumptions() {
    Set<Stage> stages = EnumSet.noneOf(Stage.class);
    for (Stage stage : values()) {
      if (stage.canBePaused()) {
        stages.add(stage);
      }
    }
    return stages;
  }
}
