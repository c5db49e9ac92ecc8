package org.restorative.core.process;

/**
 * Where a meeting takes place, as it matters for a detained patient's leave (domain brief §1.2 S2,
 * §3.3; MHA 1983 s17).
 *
 * <p>A meeting off the ward needs s17 leave for a detained patient: ground leave for the hospital
 * grounds, community leave for anywhere outside them. For a restricted patient, community leave
 * needs the Secretary of State's approval; ground leave does not, unless the order names a unit
 * (brief rule 33; MHLO-LEAVE, MHLO-MOJ). {@link #ONLINE} is added for video meetings, which need no
 * leave.
 */
public enum VenueType {
  /** On the patient's own ward or unit. */
  ON_WARD,
  /** Elsewhere within the hospital grounds, such as a meeting room in another building. */
  HOSPITAL_GROUNDS,
  /** Outside the hospital, such as a community venue or an RJ service's office. */
  OFF_SITE,
  /** Online, by video; each party joins from where they are. */
  ONLINE;

  /**
   * Whether a detained patient would need s17 ground leave to attend here.
   *
   * @return true for {@link #HOSPITAL_GROUNDS}
   */
  public boolean needsGroundLeave() {
    return this == HOSPITAL_GROUNDS;
  }

  /**
   * Whether a detained patient would need s17 community leave to attend here (for a restricted
   * patient, approved by the Secretary of State for Justice).
   *
   * @return true for {@link #OFF_SITE}
   */
  public boolean needsCommunityLeave() {
    return this == OFF_SITE;
  }

  /**
   * Whether a detained patient would need any s17 leave to attend here.
   *
   * @return true for {@link #HOSPITAL_GROUNDS} and {@link #OFF_SITE}
   */
  public boolean requiresLeave() {
    return needsGroundLeave() || needsCommunityLeave();
  }
}
