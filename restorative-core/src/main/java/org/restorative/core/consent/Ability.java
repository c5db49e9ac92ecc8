package org.restorative.core.consent;

/**
 * The finding on one limb of the functional test of capacity (domain brief §4.5, MCA 2005 s3(1)).
 */
public enum Ability {
  /** The person is able to do what the limb asks. */
  ABLE,
  /**
   * The person is unable to do what the limb asks, even with all practicable help (MCA 2005 s1(3)).
   */
  UNABLE
}
