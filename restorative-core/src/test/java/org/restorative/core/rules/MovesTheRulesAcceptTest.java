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
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.restorative.core.casefile.Closure;
import org.restorative.core.casefile.NotProceedingReason;
import org.restorative.core.casefile.PauseReason;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.casefile.Stage;
import org.restorative.core.consent.Withdrawal;
import org.restorative.core.party.PartyId;
import org.restorative.core.process.PreparationContact;
import org.restorative.core.process.PreparationContactId;
import org.restorative.core.synthetic.SyntheticCases;

/**
 * A move the transitions accept makes no record that rule {@code DATES_IN_ORDER} reports: a close
 * dated before a part the case records later is refused at the closure, and a withdrawal dated
 * after the moment it is recorded at the withdrawal, each with that one violation; and every
 * refusal is about the case as given, a move that came with a withdrawal included.
 */
class MovesTheRulesAcceptTest {

  /** The moment of the latest part of {@link MovesInTimeOrderTest#inPreparation()}: a contact. */
  static final Instant LATEST_PART = Instant.parse("2023-07-12T02:41:00Z");

  static final CaseTransitions UNGATED =
      CaseTransitions.of(RuleSet.of(List.of()), Policy.standard());
  static final Move NOT_PROCEEDING = Move.notProceeding(NotProceedingReason.SERVICE_CAPACITY);

  /**
   * The violations rule {@code DATES_IN_ORDER} reports at the closure of the case closed by hand at
   * a moment by a move, checked as of that moment.
   */
  static List<Violation> closureOutOfOrder(RestorativeCase c, Move move, Instant at) {
    Stage closed = move.target().orElseThrow();
    RestorativeCase byHand =
        new RestorativeCase.Builder()
            .from(c)
            .stage(closed)
            .pause(Optional.empty())
            .closure(
                new Closure.Builder()
                    .closedAt(at)
                    .notProceedingReason(move.notProceedingReason())
                    .build())
            .build();
    return LifecycleRules.datesInOrder()
        .check(CheckContext.of(byHand, Policy.standard(), at))
        .stream()
        .filter(v -> v.path().equals("/closure/closedAt"))
        .toList();
  }

  static void assertRefusedAsClosedEarly(
      RestorativeCase c, Move move, Instant at, Either<Report, RestorativeCase> result) {
    MovesInTimeOrderTest.assertRefusedForItsDateAt(c, result, "/closure/closedAt");
    assertThat(result.getLeft().violations()).isEqualTo(closureOutOfOrder(c, move, at));
  }

  static void assertRefusedAsWithdrawnLater(
      RestorativeCase c, Withdrawal withdrawal, Either<Report, RestorativeCase> result) {
    MovesInTimeOrderTest.assertRefusedForItsDateAt(
        c, result, "/withdrawals/" + c.withdrawals().size() + "/at");
    assertThat(result.getLeft().violations().get(0).message())
        .doesNotContain(withdrawal.at().toString())
        .doesNotContainPattern("[0-9]");
  }

  /** A case in closure with a preparation contact recorded after everything else, at a moment. */
  static RestorativeCase inClosureWithALateContact(Instant late) {
    RestorativeCase c = SyntheticCases.seeded(7).caseAt(Stage.CLOSURE, 0);
    PreparationContact contact = c.preparationContacts().get(0);
    return c.with(contact.withId(PreparationContactId.of("preparation-late")).withAt(late));
  }

  @Test
  void a_stop_that_closes_before_a_later_part_is_refused_at_the_closure_and_one_at_it_is_not() {
    RestorativeCase c = inPreparation();
    assertThat(c.preparationContacts()).extracting(PreparationContact::at).contains(LATEST_PART);
    Instant anHourOn = lastEventOf(c).plus(Duration.ofHours(1));
    Move withdrawn = Move.to(Stage.CLOSED_WITHDRAWN);

    for (Move close : List.of(withdrawn, NOT_PROCEEDING)) {
      for (Instant at : List.of(anHourOn, LATEST_PART.minusNanos(1))) {
        assertRefusedAsClosedEarly(
            c, close, at, CaseTransitions.standard().apply(c, close, LEAD, at));
      }
      RestorativeCase closed = CaseTransitions.standard().apply(c, close, LEAD, LATEST_PART).get();
      assertThat(closed.stage()).isEqualTo(close.target().orElseThrow());
      assertThat(closed.closure().orElseThrow().closedAt()).isEqualTo(LATEST_PART);
      assertThat(datesOutOfOrder(closed, LATEST_PART)).isEqualTo(datesOutOfOrder(c, LATEST_PART));
    }
  }

  @Test
  void a_close_as_withdrawn_with_a_withdrawal_before_a_later_part_is_refused_as_given() {
    RestorativeCase c = inPreparation();
    Instant anHourOn = lastEventOf(c).plus(Duration.ofHours(1));
    Move closing =
        new Move.Builder()
            .target(Stage.CLOSED_WITHDRAWN)
            .withdrawal(ofTheFirstParty(c, anHourOn))
            .build();

    assertRefusedAsClosedEarly(
        c, closing, anHourOn, CaseTransitions.standard().apply(c, closing, LEAD, anHourOn));
  }

  @Test
  void a_gated_close_before_a_later_part_is_refused_at_the_closure_before_its_gate_runs() {
    Instant late = Instant.parse("2025-06-02T00:00:00Z");
    RestorativeCase c = inClosureWithALateContact(late);
    Instant before = late.minus(Duration.ofDays(1));
    Move completed = Move.to(Stage.CLOSED_COMPLETED);
    assertThat(lastEventOf(c)).isBefore(before);

    assertRefusedAsClosedEarly(
        c, completed, before, CaseTransitions.standard().apply(c, completed, LEAD, before));
    assertRefusedAsClosedEarly(c, completed, before, UNGATED.apply(c, completed, LEAD, before));
    RestorativeCase closed = CaseTransitions.standard().apply(c, completed, LEAD, late).get();
    assertThat(closed.stage()).isEqualTo(Stage.CLOSED_COMPLETED);
    assertThat(datesOutOfOrder(closed, late)).isEqualTo(datesOutOfOrder(c, late));
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
