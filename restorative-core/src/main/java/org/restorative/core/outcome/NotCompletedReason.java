package org.restorative.core.outcome;

/**
 * Why an action was not, or only partly, completed (domain brief §7.4, the sub-reasons of {@code
 * NOT_COMPLETED}).
 *
 * <p>Non-completion must not count against the person responsible in a punitive way, for example at
 * a tribunal or in leave decisions (UN Basic Principles 2002 para 17).
 */
public enum NotCompletedReason {
  /** The owner of the action withdrew from it. */
  OWNER_WITHDREW,
  /** Circumstances changed so that the action can no longer be done, such as after a transfer. */
  NO_LONGER_POSSIBLE,
  /** The owner declined to carry it out, or the beneficiary declined to receive it. */
  DECLINED,
  /** Closed because it stayed overdue and was not going to be done. */
  OVERDUE_CLOSED
}
