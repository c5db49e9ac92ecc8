package org.restorative.core.party;

/** Whether s17 leave is taken with staff escort (domain brief §3.2; MHLO-LEAVE). */
public enum Escort {
  /** Accompanied by staff or another named escort. */
  ESCORTED,
  /** Unaccompanied. */
  UNESCORTED
}
