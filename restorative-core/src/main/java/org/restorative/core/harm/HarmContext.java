package org.restorative.core.harm;

/**
 * The kind of harm, seen from who harmed whom, as it typically arises in mental-health settings
 * (domain brief §2.1).
 */
public enum HarmContext {
  /**
   * Assault, threats, bullying, theft, sexual harassment or hate-motivated abuse between
   * co-patients; the parties often must go on living on the same ward [POWER2017].
   */
  PATIENT_ON_PATIENT,
  /**
   * Physical violence, verbal, online or digital abuse, sexual assault or sexual harassment by a
   * patient against staff [NHSE-PISF].
   */
  PATIENT_ON_STAFF,
  /**
   * Harm in care: restraint injury, a patient safety incident, abuse or neglect; Duty of Candour
   * applies at moderate harm or above [DUTY-CANDOUR], with PSIRF engagement [PSIRF].
   */
  STAFF_ON_PATIENT,
  /**
   * Bullying, incivility, conflict, or harm from disciplinary processes between staff [KAUR2019].
   */
  STAFF_ON_STAFF,
  /**
   * Harm by a patient to relatives, partners or carers, often the index offence [LONDONTERMPAPERS].
   */
  PATIENT_ON_FAMILY_CARER,
  /**
   * An offence against a member of the public by a person with a mental-health condition, such as
   * the index offence of a hospital order; Victim Contact Scheme rights may apply [DVCVA-s36].
   */
  COMMUNITY_OFFENCE,
  /**
   * Systemic or organisational harm to patients, families or staff, the first and second victims of
   * restorative just culture [RJC-CHECKLIST].
   */
  ORGANISATION_ON_PERSON,
  /** Any other kind of harm, described in free text on the harm record. */
  OTHER
}
