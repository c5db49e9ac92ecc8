package org.restorative.core.party;

/**
 * A person harmed's place in the Victim Contact Scheme (domain brief §3.2, §3.8; Victims' Code
 * Right 11: the victim may opt in and out at any time).
 */
public enum VcsStatus {
  /** Not eligible for the scheme. */
  NOT_ELIGIBLE,
  /** Eligible but has not opted in. */
  ELIGIBLE_NOT_OPTED_IN,
  /** In the scheme. */
  OPTED_IN,
  /** Eligible and has opted out. */
  OPTED_OUT;

  /**
   * Whether the person is eligible for the scheme, whatever their choice.
   *
   * @return false only for {@link #NOT_ELIGIBLE}
   */
  public boolean isEligible() {
    return this != NOT_ELIGIBLE;
  }
}
