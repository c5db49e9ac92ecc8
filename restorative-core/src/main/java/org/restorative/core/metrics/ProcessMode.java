package org.restorative.core.metrics;

/**
 * How the restorative process chosen for a case brings the parties into contact, for the brief's
 * referral conversion measure "referrals → direct / indirect / none" (domain brief §7.6;
 * WHYME-ECON2023 models 8% direct and 19% indirect).
 */
public enum ProcessMode {
  /** The parties meet: face to face, by video or in a group. */
  DIRECT,
  /** The parties do not meet; messages, letters or recordings pass through the facilitator. */
  INDIRECT,
  /** No process bringing the parties into contact was chosen. */
  NONE
}
