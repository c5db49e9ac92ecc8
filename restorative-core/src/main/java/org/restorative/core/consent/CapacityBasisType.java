package org.restorative.core.consent;

/**
 * On what footing a consent treats the person as having capacity (domain brief §4.3, MCA 2005
 * s1(2)).
 */
public enum CapacityBasisType {
  /** Capacity presumed, as MCA 2005 s1(2) requires, because there is no reason to doubt it. */
  PRESUMED_NO_REASON_TO_DOUBT,
  /** A capacity assessment for this decision found that the person has capacity. */
  ASSESSED_HAS_CAPACITY
}
