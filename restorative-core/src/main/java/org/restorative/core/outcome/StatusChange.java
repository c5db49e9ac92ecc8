package org.restorative.core.outcome;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;
import org.restorative.core.internal.Invariants;
import org.restorative.core.party.ActorId;

/**
 * One entry of an action's status history: the status it moved to, when, why and who recorded it
 * (domain brief §7.2, {@code statusHistory[]}).
 */
@Value.Immutable
public abstract class StatusChange implements WithStatusChange {

  StatusChange() {}

  /**
   * The status the action moved to.
   *
   * @return the new status
   */
  public abstract ActionStatus to();

  /**
   * When the action moved to it.
   *
   * @return the moment of the change
   */
  public abstract Instant at();

  /**
   * Why the action was not, or only partly, completed.
   *
   * @return the reason; only with {@link ActionStatus#NOT_COMPLETED} or {@link
   *     ActionStatus#PARTIALLY_COMPLETED}
   */
  public abstract Optional<NotCompletedReason> reason();

  /**
   * Who recorded the change.
   *
   * @return the member of staff or user, if recorded
   */
  public abstract Optional<ActorId> by();

  /**
   * A change to a status at a moment, with no reason and no recorder.
   *
   * @param to the new status
   * @param at when
   * @return the change
   */
  public static StatusChange of(ActionStatus to, Instant at) {
    return new Builder().to(to).at(at).build();
  }

  @Value.Check
  void check() {
    Invariants.require(
        reason().isEmpty() || to().allowsNotCompletedReason(),
        "status change reason is allowed only with NOT_COMPLETED or PARTIALLY_COMPLETED");
  }

  /** Builds a {@link StatusChange}. */
  public static final class Builder extends ImmutableStatusChange.Builder {
    /** An empty builder. */
    public Builder() {}
  }
}
