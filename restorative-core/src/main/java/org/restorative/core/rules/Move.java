package org.restorative.core.rules;

import java.util.Optional;
import org.immutables.value.Value;
import org.restorative.core.casefile.NotProceedingReason;
import org.restorative.core.casefile.PauseReason;
import org.restorative.core.casefile.Stage;
import org.restorative.core.consent.Withdrawal;
import org.restorative.core.internal.Invariants;

/**
 * A requested change to a case: a move to another stage (forwards, back, into a pause, out of it,
 * or closed), a withdrawal, or both. {@link CaseTransitions} carries it out or says why not.
 *
 * <pre>{@code
 * Move.to(Stage.PREPARATION)
 * Move.pause(PauseReason.MENTAL_STATE_CHANGE)
 * Move.notProceeding(NotProceedingReason.RISK_UNMANAGEABLE)
 * Move.withdrawal(withdrawal)                 // the case stays where it is
 * Move.to(Stage.CLOSED_WITHDRAWN)             // never needs a reason
 * }</pre>
 *
 * <p>The reasons are optional in the value, so that a request built from a form that lacks one is
 * answered with the code {@code NOT_PROCEEDING_REASON_REQUIRED} rather than an exception.
 *
 * <p>A move holds no moment of its own: it is recorded at the moment given to {@link
 * CaseTransitions#apply}, which is refused ({@code DATES_IN_ORDER}) when it is before the last
 * event of the case's history, when a close it makes is before a part the case records later, or
 * when its withdrawal is dated after it. A withdrawal keeps the moment the party withdrew, which
 * may be earlier; only its history event is dated when it is recorded.
 */
@Value.Immutable
public abstract class Move implements WithMove {

  Move() {}

  /**
   * The stage to move to; empty for a withdrawal that leaves the stage as it is.
   *
   * @return the target stage
   */
  public abstract Optional<Stage> target();

  /**
   * Why the case is paused, for a move to {@link Stage#PAUSED}.
   *
   * @return the pause reason
   */
  public abstract Optional<PauseReason> pauseReason();

  /**
   * Why the case does not proceed, for a move to {@link Stage#CLOSED_NOT_PROCEEDING}.
   *
   * @return the not-proceeding reason
   */
  public abstract Optional<NotProceedingReason> notProceedingReason();

  /**
   * A withdrawal to record with the move. It takes effect as of its own moment ({@link
   * Withdrawal#at()}); the {@code WITHDRAWAL_RECORDED} event of the history is dated when the move
   * is recorded.
   *
   * @return the withdrawal
   */
  public abstract Optional<Withdrawal> withdrawal();

  /**
   * A note for the history.
   *
   * @return the note; never printed by {@code toString()}
   */
  @Value.Redacted
  public abstract Optional<String> note();

  /**
   * A move to a stage.
   *
   * @param target the stage
   * @return the move
   */
  public static Move to(Stage target) {
    return new Builder().target(target).build();
  }

  /**
   * A pause with its reason.
   *
   * @param reason the reason
   * @return the move
   */
  public static Move pause(PauseReason reason) {
    return new Builder().target(Stage.PAUSED).pauseReason(reason).build();
  }

  /**
   * A decision not to proceed, with its reason.
   *
   * @param reason the reason
   * @return the move
   */
  public static Move notProceeding(NotProceedingReason reason) {
    return new Builder().target(Stage.CLOSED_NOT_PROCEEDING).notProceedingReason(reason).build();
  }

  /**
   * A withdrawal that leaves the stage as it is.
   *
   * @param withdrawal the withdrawal; its reason is optional and never required
   * @return the move
   */
  public static Move withdrawal(Withdrawal withdrawal) {
    return new Builder().withdrawal(withdrawal).build();
  }

  @Value.Check
  void check() {
    Invariants.require(
        target().isPresent() || withdrawal().isPresent(),
        "a move needs a target stage or a withdrawal");
    Invariants.nonBlank(note(), "move note");
  }

  /** Builds a {@link Move}. */
  public static final class Builder extends ImmutableMove.Builder {
    /** An empty builder. */
    public Builder() {}
  }
}
