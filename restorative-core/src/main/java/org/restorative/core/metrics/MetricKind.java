package org.restorative.core.metrics;

/** What a {@link StandardMetric} gives back, and so which question a cohort answers for it. */
public enum MetricKind {
  /** A numerator and a denominator: ask {@link CohortMetrics#proportion(StandardMetric)}. */
  PROPORTION,
  /** A distribution of day counts: ask {@link CohortMetrics#days(StandardMetric)}. */
  DAYS,
  /**
   * A numerator and a denominator for each participant role: ask {@link
   * CohortMetrics#byRole(StandardMetric)}, or {@link CohortMetrics#proportion(StandardMetric)} for
   * every role together.
   */
  BY_ROLE
}
