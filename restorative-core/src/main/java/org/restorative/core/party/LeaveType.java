package org.restorative.core.party;

/**
 * Where s17 leave of absence lets a detained patient go (domain brief §3.2, §3.3; MHLO-LEAVE). For
 * a restricted patient ground leave is exempt from the Secretary of State's consent unless the
 * order names a unit (MHLO-MOJ).
 */
public enum LeaveType {
  /** Leave within the hospital grounds. */
  GROUND,
  /** Leave into the community, beyond the hospital grounds. */
  COMMUNITY
}
