package org.restorative.core.harm;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;
import org.restorative.core.internal.Invariants;

/**
 * When a harm happened: a moment, or a period from one moment to another, with how precisely it is
 * known (domain brief §2.3 {@code occurredAt}). Harm that went on over weeks, or that a person can
 * only place in a month, is recorded as a period with {@link OccurrencePrecision#MONTH} or {@link
 * OccurrencePrecision#APPROXIMATE}.
 */
@Value.Immutable
public abstract class Occurrence implements WithOccurrence {

  Occurrence() {}

  /**
   * The moment the harm happened, or the start of the period.
   *
   * @return the moment or start
   */
  public abstract Instant start();

  /**
   * The end of the period, when the harm is placed in a period rather than at a moment.
   *
   * @return the end, not before {@link #start()}
   */
  public abstract Optional<Instant> end();

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
    return new Builder().start(at).precision(precision).build();
  }

  /**
   * A harm placed in a period.
   *
   * @param start the start of the period
   * @param end the end of the period
   * @param precision how precisely it is known
   * @return the occurrence
   */
  public static Occurrence of(Instant start, Instant end, OccurrencePrecision precision) {
    return new Builder().start(start).end(end).precision(precision).build();
  }

  /**
   * Whether the harm is placed in a period rather than at a moment.
   *
   * @return true when {@link #end()} is present
   */
  public boolean isPeriod() {
    return end().isPresent();
  }

  /**
   * The latest moment the harm can have happened, against which later dates such as the report are
   * compared (rule 48).
   *
   * @return the end of the period, or the moment
   */
  public Instant latest() {
    return end().orElse(start());
  }

  @Value.Check
  void check() {
    Invariants.inOrder(Optional.of(start()), end(), "occurrence start", "occurrence end");
  }

  /** Builds an {@link Occurrence}. */
  public static final class Builder extends ImmutableOccurrence.Builder {
    /** An empty builder. */
    public Builder() {}
  }
}
