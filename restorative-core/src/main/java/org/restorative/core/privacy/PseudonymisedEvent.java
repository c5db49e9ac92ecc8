package org.restorative.core.privacy;

import java.time.YearMonth;
import java.util.Optional;
import org.immutables.value.Value;
import org.restorative.core.casefile.CaseEventType;
import org.restorative.core.casefile.Stage;

/**
 * An entry of a case's history in a {@link PseudonymisedCase}: what happened, between which stages
 * and in which month. No actor, no reason, no note.
 */
@Value.Immutable
public abstract class PseudonymisedEvent implements WithPseudonymisedEvent {

  PseudonymisedEvent() {}

  /**
   * What happened.
   *
   * @return the event type
   */
  public abstract CaseEventType type();

  /**
   * The stage before, when the event changed the stage.
   *
   * @return the stage before
   */
  public abstract Optional<Stage> fromStage();

  /**
   * The stage after, when the event changed the stage.
   *
   * @return the stage after
   */
  public abstract Optional<Stage> toStage();

  /**
   * The month it happened.
   *
   * @return the month
   */
  public abstract YearMonth month();

  /** Builds a {@link PseudonymisedEvent}. */
  public static final class Builder extends ImmutablePseudonymisedEvent.Builder {
    /** An empty builder. */
    public Builder() {}
  }
}
