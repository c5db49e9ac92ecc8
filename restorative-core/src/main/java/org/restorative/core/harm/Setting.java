package org.restorative.core.harm;

/** Where the harm happened (domain brief §2.3, practice consensus [PC]). */
public enum Setting {
  /** An acute adult inpatient ward. */
  INPATIENT_ACUTE,
  /** A psychiatric intensive care unit. */
  PICU,
  /** A low secure forensic unit. */
  LOW_SECURE,
  /** A medium secure forensic unit. */
  MEDIUM_SECURE,
  /** A high secure hospital, such as Broadmoor, Rampton or Ashworth. */
  HIGH_SECURE,
  /** An inpatient unit for people with a learning disability or autistic people. */
  LD_AUTISM_INPATIENT,
  /** A child and adolescent mental-health inpatient unit. */
  CAMHS_INPATIENT,
  /** A community mental health team. */
  CMHT,
  /** A crisis resolution and home treatment team. */
  CRISIS_HOME_TREATMENT,
  /** A community forensic team. */
  COMMUNITY_FORENSIC,
  /** The patient's home. */
  PATIENT_HOME,
  /** A public place. */
  PUBLIC_PLACE,
  /** A workplace that is not a clinical area, such as offices. */
  WORKPLACE_NON_CLINICAL,
  /** Any other setting. */
  OTHER;

  /**
   * Whether the setting is an inpatient unit, where the parties may have to go on sharing a ward.
   *
   * @return true for acute, intensive care, secure, learning disability and autism, and CAMHS
   *     inpatient settings
   */
  public boolean isInpatient() {
    return switch (this) {
      case INPATIENT_ACUTE,
          PICU,
          LOW_SECURE,
          MEDIUM_SECURE,
          HIGH_SECURE,
          LD_AUTISM_INPATIENT,
          CAMHS_INPATIENT ->
          true;
      default -> false;
    };
  }

  /**
   * Whether the setting is a secure (forensic) unit.
   *
   * @return true for low, medium and high secure settings
   */
  public boolean isSecure() {
    return this == LOW_SECURE || this == MEDIUM_SECURE || this == HIGH_SECURE;
  }
}
