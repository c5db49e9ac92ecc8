package org.restorative.core.casefile;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;
import org.restorative.core.internal.Invariants;

/** How and when a closed case was closed (domain brief §1.2 S6). */
@Value.Immutable
public abstract class Closure implements WithClosure {

  Closure() {}

  /**
   * When the case was closed.
   *
   * @return the moment of closure
   */
  public abstract Instant closedAt();

  /**
   * Why the case did not proceed, for a case closed as not proceeding.
   *
   * @return the reason
   */
  public abstract Optional<NotProceedingReason> notProceedingReason();

  /**
   * A closing summary.
   *
   * @return the summary; never printed by {@code toString()}
   */
  @Value.Redacted
  public abstract Optional<String> summary();

  @Value.Check
  void check() {
    Invariants.nonBlank(summary(), "closure summary");
  }

  /** Builds a {@link Closure}. */
  public static final class Builder extends ImmutableClosure.Builder {
    /** An empty builder. */
    public Builder() {}
  }
}
