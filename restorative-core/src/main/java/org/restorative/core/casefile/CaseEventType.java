package org.restorative.core.casefile;

/** What happened in an event of a case's history. */
public enum CaseEventType {
  /** The case was opened at referral. */
  REFERRED,
  /** The case moved from one main-line stage to another, forwards or back. */
  STAGE_CHANGED,
  /** The case was paused, with a reason. */
  PAUSED,
  /** The case resumed from a pause. */
  RESUMED,
  /**
   * A party's withdrawal was recorded; no reason is ever required. The event is dated when the
   * withdrawal was recorded; the withdrawal keeps when the party withdrew ({@link
   * org.restorative.core.consent.Withdrawal#at()}), which may be earlier.
   */
  WITHDRAWAL_RECORDED,
  /** The case closed without proceeding, with a reason. */
  CLOSED_NOT_PROCEEDING,
  /** The case closed because a core party withdrew. */
  CLOSED_WITHDRAWN,
  /** The case closed after closure, completed or partial. */
  CLOSED
}
