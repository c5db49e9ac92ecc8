/**
 * Metrics: the standard counting definitions of a restorative service, so that figures such as "85%
 * of victims satisfied" or "8% of referrals became direct interventions" are reproducible from case
 * records (domain brief §7.6, §9).
 *
 * <p>{@link org.restorative.core.metrics.StandardMetric} names each definition once, in words;
 * {@link org.restorative.core.metrics.CaseFlags} holds the intention-to-treat flags of one case;
 * {@link org.restorative.core.metrics.CohortMetrics} counts a cohort of any size in flat memory and
 * answers with {@link org.restorative.core.metrics.Proportion}s (numerator and denominator, never a
 * bare percentage), {@link org.restorative.core.metrics.DaySummary}s and the {@link
 * org.restorative.core.metrics.FunnelStep funnel}; {@link
 * org.restorative.core.metrics.MetricsCatalogue} writes the definitions out as {@code
 * docs/metrics.md}. Nothing here reads the clock: day counts use the time zone passed in.
 *
 * <p>This package sits above the case and the concept packages; nothing in core depends on it. All
 * values are immutable; absence is {@link java.util.Optional}, never {@code null}.
 */
@NullMarked
package org.restorative.core.metrics;

import org.jspecify.annotations.NullMarked;
