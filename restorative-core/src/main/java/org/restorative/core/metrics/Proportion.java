package org.restorative.core.metrics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.immutables.value.Value;
import org.restorative.core.internal.Invariants;

/**
 * A count out of a count: how many records met a measure's numerator among those in its denominator
 * (domain brief §9: "store satisfaction as per-role counts, with the denominator").
 *
 * <p>The counts are the data; the rate is derived and never divides by zero. Report both: "17 of 20
 * (85.0%)" can be checked and pooled, "85%" cannot.
 */
@Value.Immutable
public abstract class Proportion implements WithProportion {

  /** Decimal places of {@link #rate()}. */
  public static final int RATE_SCALE = 4;

  /** Decimal places of {@link #percent()}. */
  public static final int PERCENT_SCALE = 1;

  Proportion() {}

  /**
   * How many records met the measure.
   *
   * @return the numerator, from 0 to the denominator
   */
  public abstract long numerator();

  /**
   * How many records the measure was counted among.
   *
   * @return the denominator, 0 or more
   */
  public abstract long denominator();

  /**
   * A proportion from its two counts.
   *
   * @param numerator how many met the measure
   * @param denominator how many were counted
   * @return the proportion
   * @throws IllegalArgumentException if a count is negative or the numerator exceeds the
   *     denominator
   */
  public static Proportion of(long numerator, long denominator) {
    return new Builder().numerator(numerator).denominator(denominator).build();
  }

  /**
   * Whether there was anything to count.
   *
   * @return true when the denominator is above zero
   */
  public boolean hasDenominator() {
    return denominator() > 0;
  }

  /**
   * The numerator over the denominator, rounded half up to {@value #RATE_SCALE} decimal places.
   *
   * @return the rate from 0 to 1; empty when the denominator is zero
   */
  public Optional<BigDecimal> rate() {
    if (!hasDenominator()) {
      return Optional.empty();
    }
    return Optional.of(
        BigDecimal.valueOf(numerator())
            .divide(BigDecimal.valueOf(denominator()), RATE_SCALE, RoundingMode.HALF_UP));
  }

  /**
   * The rate as a percentage, rounded half up to {@value #PERCENT_SCALE} decimal place.
   *
   * @return the percentage from 0 to 100; empty when the denominator is zero
   */
  public Optional<BigDecimal> percent() {
    if (!hasDenominator()) {
      return Optional.empty();
    }
    return Optional.of(
        BigDecimal.valueOf(numerator())
            .multiply(BigDecimal.valueOf(100))
            .divide(BigDecimal.valueOf(denominator()), PERCENT_SCALE, RoundingMode.HALF_UP));
  }

  /**
   * Pools two proportions of the same measure, adding numerators and denominators, as when roles or
   * cohorts are combined.
   *
   * @param other the other proportion
   * @return the pooled proportion
   */
  public Proportion plus(Proportion other) {
    return of(numerator() + other.numerator(), denominator() + other.denominator());
  }

  /**
   * The proportion as a reader would quote it: {@code "17 of 20 (85.0%)"}, or {@code "0 of 0"} when
   * there was nothing to count.
   *
   * @return the text
   */
  public String display() {
    return percent()
        .map(p -> numerator() + " of " + denominator() + " (" + p.toPlainString() + "%)")
        .orElse(numerator() + " of " + denominator());
  }

  @Value.Check
  void check() {
    Invariants.require(numerator() >= 0, "proportion numerator must not be negative");
    Invariants.require(denominator() >= 0, "proportion denominator must not be negative");
    Invariants.require(
        numerator() <= denominator(), "proportion numerator must not exceed the denominator");
  }

  /** Builds a {@link Proportion}. */
  public static final class Builder extends ImmutableProportion.Builder {
    /** An empty builder. */
    public Builder() {}
  }
}
