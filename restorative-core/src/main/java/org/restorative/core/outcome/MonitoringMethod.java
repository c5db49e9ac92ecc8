package org.restorative.core.outcome;

/**
 * How the carrying out of an agreement or an action is monitored (domain brief §7.1, §7.2; the RJC
 * Service Provider Code A asks for procedures to monitor implementation).
 */
public enum MonitoringMethod {
  /** The monitor checks in with the parties. */
  CHECK_IN_WITH_PARTIES,
  /** A review meeting with the parties. */
  REVIEW_MEETING,
  /** The owner provides evidence, such as a copy of the letter sent. */
  EVIDENCE_PROVIDED,
  /** Staff observe conduct on the ward. */
  WARD_OBSERVATION,
  /** The organisation reports on a change it made. */
  ORGANISATIONAL_REPORT,
  /** Another method. */
  OTHER
}
