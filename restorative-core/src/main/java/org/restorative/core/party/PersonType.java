package org.restorative.core.party;

/**
 * What kind of person or body a party is, independent of their role in the case (domain brief §3.1,
 * §3.2).
 */
public enum PersonType {
  /** A patient of a mental health service. */
  PATIENT,
  /** A member of staff. */
  STAFF_MEMBER,
  /** A relative, friend or unpaid carer. */
  FAMILY_MEMBER_OR_CARER,
  /** A member of the public. */
  MEMBER_OF_PUBLIC,
  /** An organisation, such as the trust. */
  ORGANISATION
}
