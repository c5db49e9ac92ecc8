package org.restorative.core.assessment;

/**
 * The treating team's advice from a clinical consultation (domain brief §1.2 S1 activity 6, rule
 * 23). It informs the facilitator's decision; it never replaces the patient's own consent.
 */
public enum ConsultationAdvice {
  /** The team supports the patient taking part now. */
  SUPPORTS_PROCEEDING,
  /** The team supports taking part, with caution. */
  PROCEED_WITH_CAUTION,
  /** The team advises waiting, for example until the patient's mental state is settled. */
  ADVISES_DELAY,
  /** The team advises against the patient taking part. */
  ADVISES_AGAINST;

  /**
   * Whether the team advises the process not to go ahead now.
   *
   * @return true for {@link #ADVISES_DELAY} and {@link #ADVISES_AGAINST}
   */
  public boolean isCautionAgainstProceeding() {
    return this == ADVISES_DELAY || this == ADVISES_AGAINST;
  }
}
