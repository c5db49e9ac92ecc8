package org.restorative.core.process;

/**
 * Where one message of an indirect process stands (domain brief §1.2 S3, indirect sub-states).
 *
 * <p>The brief's rounds run {@code MESSAGE_DRAFTED → MESSAGE_REVIEWED_BY_FACILITATOR →
 * MESSAGE_DELIVERED}; the facilitator reviews every letter before passing it on (STAFFS-TYPES).
 * {@link #WITHHELD} is added for a message the facilitator decides not to pass on.
 */
public enum MessageStatus {
  /** Written or recorded by the sender; not yet reviewed, or returned for changes. */
  MESSAGE_DRAFTED,
  /** Reviewed and approved by the facilitator; not yet delivered. */
  MESSAGE_REVIEWED_BY_FACILITATOR,
  /** Passed on to the recipients. */
  MESSAGE_DELIVERED,
  /** Reviewed and not passed on, for example because it could cause further harm. */
  WITHHELD;

  /**
   * Whether the facilitator has reviewed the message.
   *
   * @return true for every status but {@link #MESSAGE_DRAFTED}
   */
  public boolean isReviewed() {
    return this != MESSAGE_DRAFTED;
  }
}
