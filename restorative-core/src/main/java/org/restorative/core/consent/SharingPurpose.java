package org.restorative.core.consent;

/** Why information is shared (domain brief §4.3, §4.8). */
public enum SharingPurpose {
  /** Delivering the restorative process itself. */
  DELIVERING_RESTORATIVE_PROCESS,
  /** Managing safety and risk. */
  SAFETY_AND_RISK_MANAGEMENT,
  /** The person's individual care. */
  INDIVIDUAL_CARE,
  /** Safeguarding an adult or child. */
  SAFEGUARDING,
  /** The Victim Contact Scheme or hospital managers' victim duties. */
  VICTIM_CONTACT_SCHEME,
  /** Evaluating and monitoring the service. */
  SERVICE_EVALUATION,
  /** Research. */
  RESEARCH,
  /** Another purpose. */
  OTHER
}
