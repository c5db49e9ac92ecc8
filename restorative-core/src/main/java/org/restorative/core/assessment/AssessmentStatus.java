package org.restorative.core.assessment;

/** Whether a risk and strengths assessment is finished (domain brief §1.2 S1). */
public enum AssessmentStatus {
  /** The assessment has started and has no outcome yet. */
  IN_PROGRESS,
  /** The assessment is finished, with a completion time and an outcome. */
  COMPLETED
}
