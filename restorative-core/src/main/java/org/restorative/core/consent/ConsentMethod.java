package org.restorative.core.consent;

/** How a consent, reconfirmation or agreement was recorded (domain brief §4.3). */
public enum ConsentMethod {
  /** Written and signed. */
  WRITTEN_SIGNED,
  /** Written, signed electronically. */
  WRITTEN_ELECTRONIC,
  /**
   * Spoken and recorded, with the reason why it was not written; acceptable only with a warning.
   */
  VERBAL_RECORDED_WITH_REASON,
  /** An approved alternative format, such as easy read or a BSL recording. */
  ALTERNATIVE_FORMAT;

  /**
   * Whether the method counts as consent in writing (RJC Service Provider Code C).
   *
   * @return true for written methods and approved alternative formats
   */
  public boolean isWrittenOrApproved() {
    return this != VERBAL_RECORDED_WITH_REASON;
  }
}
