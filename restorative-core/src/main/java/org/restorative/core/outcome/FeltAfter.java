package org.restorative.core.outcome;

/**
 * How a participant felt after the restorative process, on three levels (domain brief §7.6; "62%
 * felt better, 2% felt worse", SHAPLAND-RJC, brief §9 claim 3).
 */
public enum FeltAfter {
  /** The process made them feel better. */
  BETTER,
  /** It made no difference to how they felt. */
  NO_DIFFERENCE,
  /** The process made them feel worse. */
  WORSE
}
