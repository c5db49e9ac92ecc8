package org.restorative.core.harm;

/**
 * A grade of the National Reporting and Learning System for patient safety incidents (domain brief
 * §2.4 [R]); NRLS has since been replaced by the Learn From Patient Safety Events service.
 */
public enum NrlsGrade {
  /** The incident caused no harm. */
  NO_HARM,
  /** Low harm. */
  LOW,
  /** Moderate harm. */
  MODERATE,
  /** Severe harm. */
  SEVERE,
  /** The incident caused a death. */
  DEATH;

  /**
   * Whether the grade reaches the Duty of Candour threshold of moderate harm or above
   * [DUTY-CANDOUR].
   *
   * @return true for {@link #MODERATE}, {@link #SEVERE} and {@link #DEATH}
   */
  public boolean meetsDutyOfCandourThreshold() {
    return this == MODERATE || this == SEVERE || this == DEATH;
  }
}
