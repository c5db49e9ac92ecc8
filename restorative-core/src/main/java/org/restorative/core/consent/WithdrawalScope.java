package org.restorative.core.consent;

/** What a party withdraws from (domain brief §1.5). */
public enum WithdrawalScope {
  /** The whole restorative process. */
  WHOLE_PROCESS,
  /** One process type, such as a face-to-face conference; another type may still be offered. */
  PROCESS_TYPE,
  /** One specific meeting. */
  MEETING,
  /** Information sharing: no further consent-based disclosures (rule 40). */
  INFORMATION_SHARING
}
