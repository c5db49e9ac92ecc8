package org.restorative.core.harm;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;
import org.restorative.core.internal.Invariants;

/**
 * When a harm happened: a moment, or a period from one moment to another, with how precisely it is
 * known (domain brief §2.3 {@code occurredAt}). Harm that went on over weeks, or that a person can
 * only place in a month, is recorded as a period with {@link OccurrencePrecision#MONTH} or
 * {@link OccurrencePrecision#APPROXIMATE}.
 */
@Value.Immutable
@SuppressWarnings("immutables:from") // the attribute 'from' is the practice's word; no builder from()
public abstract class Occurrence implements WithOccurrence {

  Occurrence() {}

  /**
   * The moment the harm happened, or the start of the period.
   *
   * @return the moment or start
   */
  public abstract Instant from();

  /**
   * The end of the period, when the harm is placed in a period rather than at a moment.
   *
   * @return the end, not before {@link #from()}
   */
  public abstract Optional<Instant> to();

  /**
   * How precisely the time is known.
   *
   * @return the precision
   */
  public abstract OccurrencePrecision precision();

  /**
   * A harm placed at one moment.
   *
   * @param at the moment
   * @param precision how precisely it is known
   * @return the occurrence
   */
  public static Occurrence of(Instant at, OccurrencePrecision precision) {
    return new Builder().from(at).precision(precision).build();
  }

  /**
   * A harm placed in a period.
   *
   * @param from the start of the period
   * @param to the end of the period
   * @param precision how precisely it is known
   * @return the occurrence
   */
  public static Occurrence of(Instant from, Instant to, OccurrencePrecision precision) {
    return new Builder().from(from).to(to).precision(precision).build();
  }

  /**
   * Whether the harm is placed in a period rather than at a moment.
   *
   * @return true when {@link #to()} is present
   */
  public boolean isPeriod() {
    return to().isPresent();
  }

  /**
   * The latest moment the harm can have happened, against which later dates such as the report are
   * compared (rule 48).
   *
   * @return the end of the period, or the moment
   */
  public Instant latest() {
    return to().orElse(from());
  }

  @Value.Check
  void check() {
    Invariants.inOrder(Optional.of(from()), to(), "occurrence from", "occurrence to");
  }

  /** Builds an {@link Occurrence}. */
  public static final class Builder extends ImmutableOccurrence.Builder {
    /** An empty builder. */
    public Builder() {}
  }
}
