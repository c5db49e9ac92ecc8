package org.restorative.core.outcome;

/**
 * Where an action of an outcome agreement stands (domain brief §7.4).
 *
 * <p>An action goes from {@link #PENDING} to {@link #IN_PROGRESS} and ends in one of the terminal
 * states. {@code OVERDUE} is deliberately not a state: it is derived from the due date and the
 * status ({@link Action#isOverdueAt}).
 */
public enum ActionStatus {
  /** Agreed but not yet started. */
  PENDING,
  /** Being carried out. */
  IN_PROGRESS,
  /** Done as agreed. */
  COMPLETED,
  /** Done in part; the reason the rest was not done may be recorded. */
  PARTIALLY_COMPLETED,
  /** Not done; the reason may be recorded as a {@link NotCompletedReason}. */
  NOT_COMPLETED,
  /** Cancelled by a fresh agreement of the parties. */
  CANCELLED_BY_AGREEMENT,
  /** Replaced by a varied action agreed afresh by the parties. */
  VARIED;

  /**
   * Whether the action has come to an end; a terminal action is never overdue and the person harmed
   * should be told of it (rule 47).
   *
   * @return true for every status except {@link #PENDING} and {@link #IN_PROGRESS}
   */
  public boolean isTerminal() {
    return this != PENDING && this != IN_PROGRESS;
  }

  /**
   * Whether a {@link NotCompletedReason} may be recorded with this status.
   *
   * @return true for {@link #NOT_COMPLETED} and {@link #PARTIALLY_COMPLETED}
   */
  public boolean allowsNotCompletedReason() {
    return this == NOT_COMPLETED || this == PARTIALLY_COMPLETED;
  }
}
