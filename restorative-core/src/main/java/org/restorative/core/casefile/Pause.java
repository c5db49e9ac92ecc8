package org.restorative.core.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.restorative.core.internal.Invariants;

/** The pause a paused case is in (domain brief §1.3, §1.7). */
@Value.Immutable
public abstract class Pause implements WithPause {

  Pause() {}

  /**
   * The main-line stage the case was paused from, and may resume into.
   *
   * @return the stage before the pause
   */
  public abstract Stage pausedFrom();

  /**
   * Why the case is paused.
   *
   * @return the reason
   */
  public abstract PauseReason reason();

  /**
   * When the pause began.
   *
   * @return the moment
   */
  public abstract Instant since();

  /**
   * When the pause is to be reviewed, for example a capacity reassessment date.
   *
   * @return the review date
   */
  public abstract Optional<LocalDate> reviewOn();

  /**
   * The stage the case resumes into by default: assessment when the reason changes risk or
   * capacity, otherwise the stage it was paused from (domain brief §1.4). A case paused at referral
   * resumes into referral, whatever the reason. This is the only stage the case may resume into:
   * {@link RestorativeCase#movesTo()} offers it and no other.
   *
   * @return the resumption stage
   */
  public Stage resumesInto() {
    return reason().changesRiskOrCapacity() && pausedFrom().isAtOrAfter(Stage.ASSESSMENT)
        ? Stage.ASSESSMENT
        : pausedFrom();
  }

  @Value.Check
  void check() {
    Invariants.require(
        pausedFrom().canBePaused(), "pause pausedFrom must be a main-line stage before closure");
  }

  /** Builds a {@link Pause}. */
  public static final class Builder extends ImmutablePause.Builder {
    /** An empty builder. */
    public Builder() {}
  }
}
