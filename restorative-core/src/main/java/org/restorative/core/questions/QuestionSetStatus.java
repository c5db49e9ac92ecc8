package org.restorative.core.questions;

/**
 * Whether a question set may be used in a process (domain brief §5.1; REFERENCE_ONLY from §5.2, for
 * Dekker's retributive questions, shipped "only as a contrasting reference"). Rule 50 reports each
 * recorded use of a set that is {@link #REFERENCE_ONLY} or {@link #UNVERIFIED}.
 */
public enum QuestionSetStatus {
  /** Current wording, usable in a process. */
  ACTIVE,
  /** Replaced by a later version or withdrawn by the trust; kept so past uses can be read. */
  DEPRECATED,
  /** Kept as a contrasting reference only; never to be used in a process. */
  REFERENCE_ONLY,
  /**
   * Wording not checked against its source (brief tag [R]), or not yet checked for the people it is
   * used with, as the agreement-phase set written for a school and still to be checked for adults
   * (brief §5.2); not to be used until it is. A trust that has checked it replaces the set in its
   * catalogue with the status {@link #ACTIVE}.
   */
  UNVERIFIED;

  /**
   * Whether a set with this status may be used in a process.
   *
   * @return true only for {@link #ACTIVE}
   */
  public boolean isUsableInProcess() {
    return this == ACTIVE;
  }
}
