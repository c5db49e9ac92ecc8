package org.restorative.core.outcome;

/**
 * A participant's satisfaction with the restorative process, on a five-point Likert scale (domain
 * brief §7.6; the measure behind the "85% of victims satisfied" figure, SHAPLAND-RJC, brief §9
 * claim 1).
 */
public enum Satisfaction {
  /** Very dissatisfied. */
  VERY_DISSATISFIED,
  /** Dissatisfied. */
  DISSATISFIED,
  /** Neither satisfied nor dissatisfied. */
  NEUTRAL,
  /** Satisfied. */
  SATISFIED,
  /** Very satisfied. */
  VERY_SATISFIED;

  /**
   * Whether the answer counts as satisfied when the scale is reduced to yes or no, as the published
   * satisfaction figures do.
   *
   * @return true for {@link #SATISFIED} and {@link #VERY_SATISFIED}
   */
  public boolean isSatisfied() {
    return this == SATISFIED || this == VERY_SATISFIED;
  }
}
