package org.restorative.core.assessment;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;
import org.restorative.core.internal.Invariants;
import org.restorative.core.party.ActorId;

/**
 * The decision, recorded either way, whether a safeguarding concern pauses the case for a
 * safeguarding enquiry (domain brief rule 55, §1.7 {@code SAFEGUARDING_ENQUIRY}).
 */
@Value.Immutable
public abstract class PauseDecision implements WithPauseDecision {

  PauseDecision() {}

  /**
   * When the decision was made.
   *
   * @return the moment decided
   */
  public abstract Instant decidedAt();

  /**
   * Whether the case is paused.
   *
   * @return true when the case is paused for a safeguarding enquiry
   */
  public abstract boolean pause();

  /**
   * Why the case was or was not paused, in free text.
   *
   * @return the rationale
   */
  @Value.Redacted
  public abstract Optional<String> rationale();

  /**
   * Who made the decision.
   *
   * @return the decision maker
   */
  public abstract ActorId decidedBy();

  @Value.Check
  void check() {
    Invariants.nonBlank(rationale(), "pauseDecision rationale");
  }

  /** Builds a {@link PauseDecision}. */
  public static final class Builder extends ImmutablePauseDecision.Builder {
    /** An empty builder. */
    public Builder() {}
  }
}
