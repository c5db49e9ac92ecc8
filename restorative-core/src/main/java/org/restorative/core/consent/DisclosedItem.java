package org.restorative.core.consent;

/** What kind of information a disclosure passed on (domain brief §4.8, rules 36, 39). */
public enum DisclosedItem {
  /** Who the person is. */
  IDENTITY,
  /** How to contact the person. */
  CONTACT_DETAILS,
  /** The narrative of the harm. */
  NARRATIVE,
  /** The party's own account; never shown to another party without their agreement (§4.8). */
  PARTY_ACCOUNT,
  /** Clinical information about a patient's treatment or mental state. */
  CLINICAL_INFORMATION,
  /**
   * Facts about a patient's leave or discharge planning; confidential medical information (rule
   * 36).
   */
  LEAVE_OR_DISCHARGE,
  /** Risk information. */
  RISK_INFORMATION,
  /**
   * An outcome agreement; sharing it outside the participants needs every party's consent (rule
   * 41).
   */
  OUTCOME_AGREEMENT,
  /** Other information. */
  OTHER
}
