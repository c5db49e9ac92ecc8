package org.restorative.core.questions;

/** When in a restorative process a question set is used (domain brief §5.1). */
public enum Phase {
  /** In a preparation contact, before any meeting or exchange. */
  PREPARATION,
  /** In the meeting, conversation or exchange itself. */
  MEETING,
  /** While reaching the outcome agreement. */
  AGREEMENT,
  /** At the close of the meeting or process. */
  CLOSING,
  /**
   * Afterwards, in review or reflection, such as an organisation's review of a just-culture case.
   */
  REFLECTION
}
