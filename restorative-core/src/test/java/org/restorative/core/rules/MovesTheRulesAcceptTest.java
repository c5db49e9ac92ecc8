package org.restorative.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.restorative.core.rules.MovesInTimeOrderTest.LATER;
import static org.restorative.core.rules.MovesInTimeOrderTest.LEAD;
import static org.restorative.core.rules.MovesInTimeOrderTest.datesOutOfOrder;
import static org.restorative.core.rules.MovesInTimeOrderTest.inPreparation;
import static org.restorative.core.rules.MovesInTimeOrderTest.lastEventOf;
import static org.restorative.core.rules.MovesInTimeOrderTest.ofTheFirstParty;

import io.vavr.control.Either;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.restorative.core.casefile.PauseReason;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.casefile.Stage;
import org.restorative.core.consent.Withdrawal;
import org.restorative.core.party.PartyId;

/**
 * A move the transitions accept makes no record that rule {@code DATES_IN_ORDER} reports: a
 * withdrawal dated after the moment it is recorded is refused at the withdrawal, with that one
 * violation; and every refusal is about the case as given, a move that came with a withdrawal
 * included.
 */
class MovesTheRulesAcceptTest {

  /** The moment of the latest part of {@link MovesInTimeOrderTest#inPreparation()}: a contact. */
  static final Instant LATEST_PART = Instant.parse("2023-07-12T02:41:00Z");

  static void assertRefusedAsWithdrawnLater(
      RestorativeCase c, Withdrawal withdrawal, Either<Report, RestorativeCase> result) {
    assertThat(result.isLeft()).as("refused: %s", result).isTrue();
    assertThat(result.getLeft().subject()).isSameAs(c);
    assertThat(result.getLeft().violations())
        .extracting(Violation::code, Violation::severity, Violation::path, Violation::source)
        .containsExactly(
            tuple(
                "DATES_IN_ORDER",
                Severity.ERROR,
                "/withdrawals/" + c.withdrawals().size() + "/at",
                LifecycleRules.datesInOrder().source()));
    assertThat(result.getLeft().violations().get(0).message())
        .doesNotContain(withdrawal.at().toString())
        .doesNotContainPattern("[0-9]");
  }

  @Test
  void a_withdrawal_dated_after_the_moment_it_is_recorded_is_refused_at_the_withdrawal_alone() {
    RestorativeCase c = inPreparation();
    Instant at = LATEST_PART;
    for (Instant withdrew : List.of(at.plusNanos(1), LATER)) {
      Withdrawal withdrawal = ofTheFirstParty(c, withdrew);
      List<Move> moves =
          List.of(
              Move.withdrawal(withdrawal),
              new Move.Builder()
                  .from(Move.pause(PauseReason.PARTY_UNAVAILABLE))
                  .withdrawal(withdrawal)
                  .build(),
              new Move.Builder().target(Stage.CLOSED_WITHDRAWN).withdrawal(withdrawal).build());
      for (Move move : moves) {
        assertRefusedAsWithdrawnLater(
            c, withdrawal, CaseTransitions.standard().apply(c, move, LEAD, at));
      }
    }

    Withdrawal now = ofTheFirstParty(c, at);
    RestorativeCase withdrawn =
        CaseTransitions.standard().apply(c, Move.withdrawal(now), LEAD, at).get();
    assertThat(withdrawn.withdrawals()).containsExactly(now);
    assertThat(datesOutOfOrder(withdrawn, at)).isEqualTo(datesOutOfOrder(c, at)).isEmpty();
  }

  @Test
  void a_later_withdrawal_is_refused_after_a_back_dated_move_and_before_an_unknown_party() {
    RestorativeCase c = inPreparation();
    Withdrawal ofNobody = Withdrawals.fromTheWholeProcess(PartyId.of("party-unknown"), LATER);

    assertThat(
            CaseTransitions.standard()
                .apply(c, Move.withdrawal(ofNobody), LEAD, LATEST_PART)
                .getLeft()
                .violations())
        .extracting(Violation::code, Violation::path)
        .containsExactly(tuple("DATES_IN_ORDER", "/withdrawals/0/at"));
    MovesInTimeOrderTest.assertRefusedAsBackDated(
        c,
        CaseTransitions.standard()
            .apply(c, Move.withdrawal(ofNobody), LEAD, lastEventOf(c).minusNanos(1)));
  }

  @Test
  void every_refusal_of_a_move_that_came_with_a_withdrawal_is_about_the_case_as_given() {
    RestorativeCase c = inPreparation();
    Withdrawal withdrawal = ofTheFirstParty(c, LATEST_PART);
    Move illegal = new Move.Builder().target(Stage.REFERRAL).withdrawal(withdrawal).build();
    Move pauseWithoutReason =
        new Move.Builder().target(Stage.PAUSED).withdrawal(withdrawal).build();
    Move gated = new Move.Builder().target(Stage.INTERVENTION).withdrawal(withdrawal).build();

    for (Move move : List.of(illegal, pauseWithoutReason, gated)) {
      Either<Report, RestorativeCase> result =
          CaseTransitions.standard().apply(c, move, LEAD, LATEST_PART);
      assertThat(result.isLeft()).as("refused: %s", result).isTrue();
      assertThat(result.getLeft().subject()).as("subject of %s", move).isSameAs(c);
    }
    assertThat(CaseTransitions.standard().apply(c, illegal, LEAD, LATEST_PART).getLeft().codes())
        .containsExactly("ILLEGAL_TRANSITION");
    assertThat(
            CaseTransitions.standard()
                .apply(c, pauseWithoutReason, LEAD, LATEST_PART)
                .getLeft()
                .codes())
        .containsExactly("NOT_PROCEEDING_REASON_REQUIRED");
    assertThat(CaseTransitions.standard().apply(c, gated, LEAD, LATEST_PART).getLeft().hasErrors())
        .isTrue();
  }
}
