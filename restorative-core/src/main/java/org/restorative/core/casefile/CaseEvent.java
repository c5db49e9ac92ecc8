package org.restorative.core.casefile;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;
import org.restorative.core.internal.Invariants;
import org.restorative.core.party.ActorId;
import org.restorative.core.party.PartyId;

/**
 * One entry of a case's append-only history: who did what, when, from which stage to which, and
 * why.
 *
 * <p>Whether a pause or a not-proceeding decision names its reason is checked by the rules (rule
 * {@code NOT_PROCEEDING_REASON_REQUIRED}), not here, so that a record read from elsewhere is
 * reported with a code instead of being refused.
 */
@Value.Immutable
public abstract class CaseEvent implements WithCaseEvent {

  CaseEvent() {}

  /**
   * The event's id, unique within the case.
   *
   * @return the id
   */
  public abstract EventId id();

  /**
   * When it happened.
   *
   * @return the moment
   */
  public abstract Instant at();

  /**
   * Who did it.
   *
   * @return the acting person
   */
  public abstract ActorId by();

  /**
   * What happened.
   *
   * @return the event type
   */
  public abstract CaseEventType type();

  /**
   * The stage before the event, for events that change the stage.
   *
   * @return the stage before
   */
  public abstract Optional<Stage> fromStage();

  /**
   * The stage after the event, for events that change the stage.
   *
   * @return the stage after
   */
  public abstract Optional<Stage> toStage();

  /**
   * The reason of a pause.
   *
   * @return the pause reason
   */
  public abstract Optional<PauseReason> pauseReason();

  /**
   * The reason of a decision not to proceed.
   *
   * @return the not-proceeding reason
   */
  public abstract Optional<NotProceedingReason> notProceedingReason();

  /**
   * The party an event is about, such as the party who withdrew.
   *
   * @return the party
   */
  public abstract Optional<PartyId> party();

  /**
   * A free-text note; a withdrawal's reason, when the party chose to give one.
   *
   * @return the note; never printed by {@code toString()}
   */
  @Value.Redacted
  public abstract Optional<String> note();

  /**
   * Whether the event moved the case to another stage.
   *
   * @return true if both stages are known and differ
   */
  public boolean changesStage() {
    return fromStage().isPresent() && toStage().isPresent() && fromStage().get() != toStage().get();
  }

  @Value.Check
  void check() {
    Invariants.require(
        fromStage().isPresent() == toStage().isPresent(),
        "case event fromStage and toStage must be set together");
    Invariants.nonBlank(note(), "case event note");
  }

  /** Builds a {@link CaseEvent}. */
  public static final class Builder extends ImmutableCaseEvent.Builder {
    /** An empty builder. */
    public Builder() {}
  }
}
