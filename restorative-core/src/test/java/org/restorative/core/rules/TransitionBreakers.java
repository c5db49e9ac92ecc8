package org.restorative.core.rules;

import static org.restorative.core.rules.StandardCode.ILLEGAL_TRANSITION;
import static org.restorative.core.rules.StandardCode.NOT_PROCEEDING_REASON_REQUIRED;
import static org.restorative.core.rules.StandardCode.TERMINAL_STATUS_IMMUTABLE;
import static org.restorative.core.rules.StandardCode.WITHDRAWAL_REFERENCE_UNKNOWN;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.restorative.core.casefile.Pause;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.casefile.Stage;
import org.restorative.core.consent.Withdrawal;
import org.restorative.core.consent.WithdrawalScope;
import org.restorative.core.party.PartyId;
import org.restorative.core.process.MeetingId;

/**
 * Breakers for the codes a refused move reports: each takes a valid synthetic case at a stage and
 * asks for a move that is wrong in exactly one way, so that the transitions refuse it with exactly
 * that code.
 */
final class TransitionBreakers {

  static final Instant AT = Instant.parse("2030-01-01T00:00:00Z");

  /**
   * A "broken by one" move: from a valid synthetic case at a stage, a move wrong in one way.
   *
   * @param code the code the refusal must hold, and no other
   * @param stage the stage of the synthetic cases it starts from
   * @param breaks the move; empty when the case has no shape this break applies to
   */
  record TransitionBreaker(
      StandardCode code, Stage stage, Function<RestorativeCase, Optional<Move>> breaks) {

    @Override
    public String toString() {
      return code + " from " + stage;
    }
  }

  private TransitionBreakers() {}

  static List<TransitionBreaker> all() {
    return List.of(
        new TransitionBreaker(
            ILLEGAL_TRANSITION, Stage.ASSESSMENT, c -> Optional.of(Move.to(Stage.INTERVENTION))),
        new TransitionBreaker(
            ILLEGAL_TRANSITION, Stage.PAUSED, TransitionBreakers::resumingElsewhere),
        new TransitionBreaker(
            ILLEGAL_TRANSITION, Stage.CLOSURE, c -> Optional.of(Move.to(Stage.PAUSED))),
        new TransitionBreaker(
            WITHDRAWAL_REFERENCE_UNKNOWN, Stage.ASSESSMENT, TransitionBreakers::aStrangerWithdraws),
        new TransitionBreaker(
            WITHDRAWAL_REFERENCE_UNKNOWN,
            Stage.INTERVENTION,
            TransitionBreakers::fromAMeetingNotHeld),
        new TransitionBreaker(
            NOT_PROCEEDING_REASON_REQUIRED,
            Stage.PREPARATION,
            c -> Optional.of(Move.to(Stage.PAUSED))),
        new TransitionBreaker(
            NOT_PROCEEDING_REASON_REQUIRED,
            Stage.REFERRAL,
            c -> Optional.of(Move.to(Stage.CLOSED_NOT_PROCEEDING))),
        new TransitionBreaker(
            TERMINAL_STATUS_IMMUTABLE,
            Stage.CLOSED_WITHDRAWN,
            c -> Optional.of(Move.to(Stage.ASSESSMENT))));
  }

  /** A paused case asked to resume into a stage other than the one its pause resumes into. */
  private static Optional<Move> resumingElsewhere(RestorativeCase c) {
    Stage resumesInto = c.pause().map(Pause::resumesInto).orElseThrow();
    for (Stage stage : Stage.values()) {
      if (stage.canBePaused() && stage != resumesInto) {
        return Optional.of(Move.to(stage));
      }
    }
    return Optional.empty();
  }

  /** A withdrawal by someone who is not a party of the case, otherwise well formed. */
  private static Optional<Move> aStrangerWithdraws(RestorativeCase c) {
    return Optional.of(
        Move.withdrawal(
            new Withdrawal.Builder()
                .party(PartyId.of("party-not-in-this-case"))
                .at(AT)
                .scope(WithdrawalScope.WHOLE_PROCESS)
                .build()));
  }

  /** A party of the case withdraws from a meeting the case does not hold. */
  private static Optional<Move> fromAMeetingNotHeld(RestorativeCase c) {
    if (c.parties().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        Move.withdrawal(
            new Withdrawal.Builder()
                .party(c.parties().get(0).id())
                .at(AT)
                .scope(WithdrawalScope.MEETING)
                .meeting(MeetingId.of("meeting-not-in-this-case"))
                .build()));
  }
}
