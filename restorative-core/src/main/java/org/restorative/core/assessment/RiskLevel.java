package org.restorative.core.assessment;

/** The level of risk the facilitator finds for one attendee (domain brief §1.2 S1 activity 4). */
public enum RiskLevel {
  /** Low risk. */
  LOW,
  /** Medium risk. */
  MEDIUM,
  /** High risk. */
  HIGH
}
