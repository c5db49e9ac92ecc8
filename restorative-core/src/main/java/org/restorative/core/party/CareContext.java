package org.restorative.core.party;

/**
 * Where a patient is in the service (domain brief §3.2, §3.4). Forensic patients are "a complex,
 * vulnerable and potentially unstable client group" that needs containment and a high level of
 * facilitator skill (COOK2015); an external facilitator is recommended in forensic mental health
 * (POWER2017).
 */
public enum CareContext {
  /** An inpatient on an acute or other non-forensic ward. */
  INPATIENT,
  /** An inpatient of a secure (forensic) service. */
  FORENSIC_INPATIENT,
  /** A patient of a community forensic team. */
  COMMUNITY_FORENSIC,
  /** A patient of a community mental health team. */
  COMMUNITY_MENTAL_HEALTH,
  /** Not currently in the service. */
  NOT_IN_SERVICE;

  /**
   * Whether the patient is an inpatient or in a forensic service, where detention, leave and ward
   * arrangements shape how a restorative process can run.
   *
   * @return true for {@link #INPATIENT}, {@link #FORENSIC_INPATIENT} and {@link
   *     #COMMUNITY_FORENSIC}
   */
  public boolean isInpatientOrForensic() {
    return this == INPATIENT || this == FORENSIC_INPATIENT || this == COMMUNITY_FORENSIC;
  }
}
