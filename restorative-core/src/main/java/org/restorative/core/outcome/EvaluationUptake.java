package org.restorative.core.outcome;

/**
 * Whether a participant was offered an evaluation and answered it (domain brief §7.6, §9).
 *
 * <p>Kept so that the evaluated participants can be told apart from those never asked, for
 * intention-to-treat style analyses (brief §9 reproduction notes).
 */
public enum EvaluationUptake {
  /** The participant was not offered an evaluation. */
  NOT_OFFERED,
  /** Offered, and the participant declined. */
  OFFERED_DECLINED,
  /** Offered, and no answer came back. */
  OFFERED_NO_RESPONSE,
  /** Offered and answered. */
  COMPLETED;

  /**
   * Whether the participant was offered the evaluation.
   *
   * @return true for every uptake except {@link #NOT_OFFERED}
   */
  public boolean wasOffered() {
    return this != NOT_OFFERED;
  }
}
