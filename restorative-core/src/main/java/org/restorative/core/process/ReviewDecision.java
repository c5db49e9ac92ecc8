package org.restorative.core.process;

/**
 * The facilitator's decision on reviewing a message before passing it on (domain brief §1.2 S3, §6
 * "letter-review step"; STAFFS-TYPES).
 */
public enum ReviewDecision {
  /** May be passed on as it is. */
  APPROVED,
  /** Sent back to the sender to change before it can be passed on. */
  RETURNED_FOR_CHANGES,
  /** Will not be passed on. */
  WITHHELD
}
