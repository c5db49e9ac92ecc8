package org.restorative.core.casefile;

/** Who made a referral (domain brief §1.2 S0). Either party can start a process. */
public enum ReferralSource {
  /** The person harmed referred themselves. */
  SELF_PERSON_HARMED,
  /** The person responsible referred themselves. */
  SELF_PERSON_RESPONSIBLE,
  /** Ward staff. */
  WARD_STAFF,
  /** The clinical team. */
  CLINICAL_TEAM,
  /** The police. */
  POLICE,
  /** Probation, or a Victim Liaison Officer. */
  PROBATION_OR_VLO,
  /** Human resources. */
  HR,
  /** A patient safety (PSIRF) learning response. */
  PATIENT_SAFETY_LEARNING_RESPONSE,
  /** Another source. */
  OTHER
}
