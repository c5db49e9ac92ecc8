package org.restorative.core.metrics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Optional;
import org.immutables.value.Value;
import org.restorative.core.internal.Invariants;

/**
 * A summary of day counts, such as the days from referral to intervention across a cohort (domain
 * brief §7.6): how many cases were included, and the median, mean, shortest and longest. With no
 * case included every statistic is empty, never zero.
 */
@Value.Immutable
public abstract class DaySummary implements WithDaySummary {

  /** Decimal places of {@link #median()} and {@link #mean()}. */
  public static final int SCALE = 1;

  DaySummary() {}

  /**
   * How many cases were included.
   *
   * @return the count
   */
  public abstract long count();

  /**
   * The sum of the included day counts, so that means can be recomputed exactly and pooled.
   *
   * @return the total; 0 when no case was included
   */
  public abstract long total();

  /**
   * The median: the middle day count, or the mean of the two middle ones, to {@value #SCALE}
   * decimal place (exact, since it ends in .0 or .5).
   *
   * @return the median; empty when no case was included
   */
  public abstract Optional<BigDecimal> median();

  /**
   * The mean, the total over the count, rounded half up to {@value #SCALE} decimal place.
   *
   * @return the mean; empty when no case was included
   */
  public abstract Optional<BigDecimal> mean();

  /**
   * The shortest.
   *
   * @return the fewest days; empty when no case was included
   */
  public abstract Optional<Integer> min();

  /**
   * The longest.
   *
   * @return the most days; empty when no case was included
   */
  public abstract Optional<Integer> max();

  /**
   * Summarises day counts in any order.
   *
   * @param days the day counts
   * @return the summary
   */
  public static DaySummary of(Collection<Integer> days) {
    int[] sorted = days.stream().mapToInt(Integer::intValue).sorted().toArray();
    return ofSorted(sorted);
  }

  /** Summarises day counts already sorted in ascending order; the array is not kept. */
  static DaySummary ofSorted(int[] sorted) {
    int n = sorted.length;
    long total = 0;
    for (int day : sorted) {
      total += day;
    }
    if (n == 0) {
      return new Builder().count(0).total(0).build();
    }
    long middleTwice = n % 2 == 1 ? 2L * sorted[n / 2] : (long) sorted[n / 2 - 1] + sorted[n / 2];
    return of(n, total, sorted[0], sorted[n - 1], middleTwice);
  }

  /**
   * Summarises day counts given by their count (above zero), total, least, most, and the sum of the
   * middle two (twice the middle one, for an odd count).
   */
  static DaySummary of(long count, long total, int min, int max, long middleTwice) {
    return new Builder()
        .count(count)
        .total(total)
        .median(
            BigDecimal.valueOf(middleTwice)
                .divide(BigDecimal.valueOf(2), SCALE, RoundingMode.UNNECESSARY))
        .mean(
            BigDecimal.valueOf(total)
                .divide(BigDecimal.valueOf(count), SCALE, RoundingMode.HALF_UP))
        .min(min)
        .max(max)
        .build();
  }

  /**
   * Whether no case was included.
   *
   * @return true when the count is zero
   */
  public boolean isEmpty() {
    return count() == 0;
  }

  @Value.Check
  void check() {
    Invariants.require(count() >= 0, "day summary count must not be negative");
    boolean empty = count() == 0;
    Invariants.require(
        median().isEmpty() == empty
            && mean().isEmpty() == empty
            && min().isEmpty() == empty
            && max().isEmpty() == empty,
        "day summary median, mean, min and max must be present exactly when count is above zero");
    Invariants.require(!empty || total() == 0, "day summary total must be 0 when count is 0");
    if (!empty) {
      int low = min().orElseThrow();
      int high = max().orElseThrow();
      Invariants.require(low <= high, "day summary min must not exceed max");
      BigDecimal median = median().orElseThrow();
      Invariants.require(
          median.compareTo(BigDecimal.valueOf(low)) >= 0
              && median.compareTo(BigDecimal.valueOf(high)) <= 0,
          "day summary median must lie between min and max");
      Invariants.require(
          total() >= (long) low * count() && total() <= (long) high * count(),
          "day summary total must lie between count times min and count times max");
    }
  }

  /** Builds a {@link DaySummary}. */
  public static final class Builder extends ImmutableDaySummary.Builder {
    /** An empty builder. */
    public Builder() {}
  }
}
