package org.restorative.core.assessment;

/** A case supervisor's decision on a sign-off (domain brief rule 22, rule 46). */
public enum SignOffDecision {
  /** Approved. */
  APPROVED,
  /** Approved under conditions, recorded in the sign-off's notes. */
  APPROVED_WITH_CONDITIONS,
  /** Not approved. */
  NOT_APPROVED;

  /**
   * Whether the decision approves.
   *
   * @return true for {@link #APPROVED} and {@link #APPROVED_WITH_CONDITIONS}
   */
  public boolean isApproval() {
    return this != NOT_APPROVED;
  }
}
