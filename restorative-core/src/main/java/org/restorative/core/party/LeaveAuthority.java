package org.restorative.core.party;

/** Who authorised s17 leave of absence (domain brief §3.2, §3.3; MHLO-LEAVE, MHLO-MOJ). */
public enum LeaveAuthority {
  /** The responsible clinician alone, as for an unrestricted detained patient. */
  RC,
  /**
   * The responsible clinician with the consent of the Secretary of State for Justice, as a
   * restricted patient needs.
   */
  RC_AND_SOSJ,
  /**
   * The responsible clinician with the agreement of the court, as a patient remanded under s35 or
   * s36 or under an interim hospital order (s38) needs (brief §3.3; {@link
   * MhaStatus#leaveNeedsTheCourt()}).
   */
  RC_AND_COURT;

  /**
   * Whether the Secretary of State for Justice approved the leave.
   *
   * @return true for {@link #RC_AND_SOSJ}
   */
  public boolean includesSecretaryOfState() {
    return this == RC_AND_SOSJ;
  }

  /**
   * Whether the court agreed to the leave.
   *
   * @return true for {@link #RC_AND_COURT}
   */
  public boolean includesTheCourt() {
    return this == RC_AND_COURT;
  }
}
