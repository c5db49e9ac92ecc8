package org.restorative.fhir;

/**
 * What a {@code Basic} resource of this library records: its {@code Basic.code}, a code of the
 * library's {@code record-kind} code system. Basic is R4's resource for a record that no other
 * resource fits; the record's attributes are the library's extensions on it. No SNOMED CT concept
 * is used: none names these records as the model holds them.
 */
public enum RecordKind {
  /** Leave of absence a party is granted under section 17 of the Mental Health Act 1983. */
  LEAVE_AUTHORISATION,
  /** A condition of a party's conditional discharge (for example no contact, an exclusion zone). */
  DISCHARGE_CONDITION,
  /** A safeguarding concern raised during the case, and the decision whether to pause it. */
  SAFEGUARDING_CONCERN,
  /**
   * A party's withdrawal from the whole process, a process type or a meeting, recorded on the case
   * (a consent's own withdrawal is on its Consent).
   */
  WITHDRAWAL
}
