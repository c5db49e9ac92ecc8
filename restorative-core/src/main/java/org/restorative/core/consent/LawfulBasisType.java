package org.restorative.core.consent;

/**
 * A justification other than consent for disclosing information (domain brief §4.1, §4.8, rule 37;
 * common-law duty of confidentiality, UK GDPR Art 6 and 9).
 */
public enum LawfulBasisType {
  /** A statute that permits or requires the disclosure, such as the Crime and Disorder Act 1998. */
  STATUTE,
  /** An order of a court. */
  COURT_ORDER,
  /** An overriding public interest, such as preventing serious harm to others. */
  OVERRIDING_PUBLIC_INTEREST,
  /** Safeguarding an adult or child at risk. */
  SAFEGUARDING,
  /** Protecting someone's vital interests, where they cannot consent. */
  VITAL_INTERESTS,
  /** A legal obligation of the organisation. */
  LEGAL_OBLIGATION
}
