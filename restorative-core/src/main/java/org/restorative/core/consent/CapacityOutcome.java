package org.restorative.core.consent;

/**
 * The outcome of a capacity assessment for one decision at one time (domain brief §4.5, MCA 2005
 * s2).
 */
public enum CapacityOutcome {
  /** The person has capacity to make this decision now. */
  HAS_CAPACITY,
  /** The person lacks capacity to make this decision now (MCA 2005 s2(1)). */
  LACKS_CAPACITY,
  /** No conclusion could be reached; the assessment should be repeated. */
  INCONCLUSIVE
}
