package org.restorative.core.harm;

/**
 * The named scale a harm's severity is graded on; trusts use different scales, so the scale is
 * always recorded with the grade (domain brief §2.4). Crime-harm scales are out of scope.
 */
public enum SeverityScale {
  /**
   * The Duty of Candour scale of regulation 20 of the Health and Social Care Act 2008 (Regulated
   * Activities) Regulations 2014; grades are {@link DutyOfCandourGrade} [DUTY-CANDOUR].
   */
  DUTY_OF_CANDOUR_REG20,
  /**
   * The National Reporting and Learning System grading of patient safety incidents; grades are
   * {@link NrlsGrade} [BEING-OPEN] [R].
   */
  NRLS_GRADING,
  /** A trust's own local scale, named on the severity record. */
  LOCAL
}
