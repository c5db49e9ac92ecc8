package org.restorative.core.assessment;

/**
 * The facilitator's judgement at the end of a risk and strengths assessment: whether the process is
 * safe and suitable (domain brief §1.2 S1, rules 18–19; [RJC-SPCoP E], [SCOT-FW §20]).
 */
public enum RiskOutcome {
  /** The process may go ahead. */
  PROCEED,
  /** The process may go ahead under the conditions recorded on the assessment. */
  PROCEED_WITH_CONDITIONS,
  /** The process must not go ahead. */
  DO_NOT_PROCEED;

  /**
   * Whether the outcome lets the process go ahead.
   *
   * @return true for {@link #PROCEED} and {@link #PROCEED_WITH_CONDITIONS}
   */
  public boolean allowsProceeding() {
    return this != DO_NOT_PROCEED;
  }
}
