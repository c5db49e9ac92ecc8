package org.restorative.core.harm;

/** A grade on the Duty of Candour scale, regulation 20 (domain brief §2.4 [DUTY-CANDOUR]). */
public enum DutyOfCandourGrade {
  /** The death of the person. */
  DEATH,
  /**
   * Severe harm: a permanent lessening of bodily, sensory, motor, physiological or intellectual
   * function.
   */
  SEVERE,
  /** Moderate harm: a moderate increase in treatment; significant but not permanent harm. */
  MODERATE,
  /** Prolonged psychological harm. */
  PROLONGED_PSYCHOLOGICAL,
  /** Harm below the Duty of Candour threshold. */
  BELOW_THRESHOLD;

  /**
   * Whether the grade reaches the threshold at which the statutory Duty of Candour applies.
   *
   * @return true for every grade except {@link #BELOW_THRESHOLD}
   */
  public boolean meetsThreshold() {
    return this != BELOW_THRESHOLD;
  }
}
