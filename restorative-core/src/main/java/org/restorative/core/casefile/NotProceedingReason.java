package org.restorative.core.casefile;

/**
 * Why a case closes without proceeding (domain brief §1.6). Restorative work with one party is a
 * process type ({@code SINGLE_PARTY_RESTORATIVE_WORK}), not a reason for not proceeding.
 */
public enum NotProceedingReason {
  /**
   * The person responsible shows no acknowledgement or understanding of the harm (SCOT-GUID2017
   * A1).
   */
  NO_ACKNOWLEDGEMENT,
  /** The person harmed chose not to take part. */
  HARMED_DECLINED,
  /** The person responsible chose not to take part. */
  RESPONSIBLE_DECLINED,
  /** The facilitator judged the process unsafe. */
  RISK_UNMANAGEABLE,
  /** Not in the interests of all parties (RJC Service Provider Code D). */
  NOT_IN_INTERESTS_OF_PARTIES,
  /** A party lacks capacity for the decision and is not expected to regain it. */
  LACKS_CAPACITY_NOT_EXPECTED_TO_REGAIN,
  /** An order or a discharge or leave condition prohibits contact. */
  CONTACT_PROHIBITED,
  /** The treating team judges contact would cause further harm. */
  CLINICAL_CONTRAINDICATION,
  /** A party cannot be reached or located. */
  PARTY_UNCONTACTABLE,
  /** A party has died. */
  PARTY_DECEASED,
  /** Live proceedings make contact inappropriate. */
  LEGAL_PROCEEDINGS_CONFLICT,
  /** A safeguarding concern takes precedence. */
  SAFEGUARDING,
  /** No trained facilitator or other resource is available. */
  SERVICE_CAPACITY,
  /** The referral is outside the service's scope. */
  OUT_OF_SCOPE,
  /** The referral duplicates another case. */
  DUPLICATE
}
