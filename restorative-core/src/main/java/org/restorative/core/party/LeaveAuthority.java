package org.restorative.core.party;

/** Who authorised s17 leave of absence (domain brief §3.2, §3.3; MHLO-LEAVE, MHLO-MOJ). */
public enum LeaveAuthority {
  /** The responsible clinician alone, as for an unrestricted detained patient. */
  RC,
  /**
   * The responsible clinician with the consent of the Secretary of State for Justice, as a
   * restricted patient needs.
   */
  RC_AND_SOSJ;

  /**
   * Whether the Secretary of State for Justice approved the leave.
   *
   * @return true for {@link #RC_AND_SOSJ}
   */
  public boolean includesSecretaryOfState() {
    return this == RC_AND_SOSJ;
  }
}
