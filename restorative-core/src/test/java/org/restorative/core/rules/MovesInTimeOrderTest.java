package org.restorative.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.restorative.core.casefile.CaseEvent;
import org.restorative.core.casefile.CaseEventType;
import org.restorative.core.casefile.PauseReason;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.casefile.Stage;
import org.restorative.core.consent.Withdrawal;
import org.restorative.core.party.ActorId;
import org.restorative.core.synthetic.SyntheticCases;

/**
 * A move keeps the history in time order: it is recorded at the moment given, a withdrawal's event
 * too, and a move dated before the last event of the history is refused with {@code DATES_IN_ORDER}
 * at the event it would have added, as the rule would report it.
 */
class MovesInTimeOrderTest {

  static final ActorId LEAD = ActorId.of("staff-rp-lead");
  static final Instant LONG_AGO = Instant.parse("1900-01-01T00:00:00Z");
  static final Instant LATER = Instant.parse("2030-01-01T00:00:00Z");

  /** A case in preparation whose last history event is at 2023-07-05T17:50Z. */
  static RestorativeCase inPreparation() {
    return SyntheticCases.seeded(7).caseAt(Stage.PREPARATION, 0);
  }

  static Instant lastEventOf(RestorativeCase c) {
    return c.history().get(c.history().size() - 1).at();
  }

  static Withdrawal ofTheFirstParty(RestorativeCase c, Instant at) {
    return Withdrawals.fromTheWholeProcess(c.parties().get(0).id(), at);
  }

  /** The DATES_IN_ORDER violations of a case checked at a moment, as their paths. */
  static List<String> datesOutOfOrder(RestorativeCase c, Instant at) {
    return RuleSet.standard().check(c, Policy.standard(), at).violations().stream()
        .filter(v -> v.code().equals("DATES_IN_ORDER"))
        .map(Violation::path)
        .toList();
  }

  static void assertRefusedAsBackDated(RestorativeCase c, Either<Report, RestorativeCase> result) {
    assertRefusedForItsDateAt(c, result, "/history/" + c.history().size());
  }

  /**
   * Asserts that a move was refused about the case as given, with exactly one violation: rule
   * {@code DATES_IN_ORDER}'s, an error at {@code path}, with the rule's source.
   */
  static void assertRefusedForItsDateAt(
      RestorativeCase c, Either<Report, RestorativeCase> result, String path) {
    assertThat(result.isLeft()).as("refused: %s", result).isTrue();
    assertThat(result.getLeft().subject()).isSameAs(c);
    assertThat(result.getLeft().violations())
        .extracting(Violation::code, Violation::severity, Violation::path, Violation::source)
        .containsExactly(
            tuple("DATES_IN_ORDER", Severity.ERROR, path, LifecycleRules.datesInOrder().source()));
  }

  @Test
  void a_withdrawal_dated_before_the_last_event_and_recorded_after_it_keeps_its_moment() {
    RestorativeCase c = inPreparation();
    assertThat(lastEventOf(c)).isEqualTo(Instant.parse("2023-07-05T17:50:00Z"));
    assertThat(datesOutOfOrder(c, LATER)).isEmpty();
    Instant withdrew = lastEventOf(c).minus(Duration.ofDays(3));
    Instant recorded = LATER;
    Withdrawal withdrawal = ofTheFirstParty(c, withdrew);

    Either<Report, RestorativeCase> result =
        CaseTransitions.standard().apply(c, Move.withdrawal(withdrawal), LEAD, recorded);

    RestorativeCase moved = result.get();
    assertThat(moved.withdrawals()).endsWith(withdrawal);
    assertThat(moved.withdrawals().get(moved.withdrawals().size() - 1).at()).isEqualTo(withdrew);
    CaseEvent event = moved.history().get(c.history().size());
    assertThat(event.type()).isEqualTo(CaseEventType.WITHDRAWAL_RECORDED);
    assertThat(event.at()).isEqualTo(recorded);
    assertThat(datesOutOfOrder(moved, recorded)).isEmpty();
  }

  @Test
  void a_withdrawal_recorded_before_the_last_event_is_refused_with_or_without_a_stage_move() {
    RestorativeCase c = inPreparation();
    Instant recorded = lastEventOf(c).minus(Duration.ofDays(3));
    Withdrawal withdrawal = ofTheFirstParty(c, recorded);
    Move closing = new Move.Builder().target(Stage.CLOSED_WITHDRAWN).withdrawal(withdrawal).build();

    assertRefusedAsBackDated(
        c, CaseTransitions.standard().apply(c, Move.withdrawal(withdrawal), LEAD, recorded));
    assertRefusedAsBackDated(c, CaseTransitions.standard().apply(c, closing, LEAD, recorded));
  }

  @Test
  void a_pause_dated_before_the_last_event_is_refused_though_a_stop_passes_no_gate() {
    RestorativeCase c = inPreparation();

    Either<Report, RestorativeCase> result =
        CaseTransitions.standard()
            .apply(c, Move.pause(PauseReason.PARTY_UNAVAILABLE), LEAD, LONG_AGO);

    assertRefusedAsBackDated(c, result);
  }

  @Test
  void a_gated_move_dated_before_the_last_event_is_refused_with_that_alone() {
    RestorativeCase c = SyntheticCases.seeded(7).caseAt(Stage.REFERRAL, 0);
    Instant justBefore = lastEventOf(c).minusSeconds(1);

    assertRefusedAsBackDated(
        c, CaseTransitions.standard().apply(c, Move.to(Stage.ASSESSMENT), LEAD, LONG_AGO));
    assertRefusedAsBackDated(
        c, CaseTransitions.standard().apply(c, Move.to(Stage.ASSESSMENT), LEAD, justBefore));
  }

  @Test
  void a_back_dated_move_is_refused_before_its_other_faults_but_after_a_closed_case() {
    RestorativeCase c = inPreparation();
    RestorativeCase closed = SyntheticCases.seeded(7).caseAt(Stage.CLOSED_WITHDRAWN, 0);

    assertRefusedAsBackDated(
        c, CaseTransitions.standard().apply(c, Move.to(Stage.PAUSED), LEAD, LONG_AGO));
    assertRefusedAsBackDated(
        c, CaseTransitions.standard().apply(c, Move.to(Stage.REFERRAL), LEAD, LONG_AGO));
    assertThat(
            CaseTransitions.standard()
                .apply(closed, Move.pause(PauseReason.PARTY_UNAVAILABLE), LEAD, LONG_AGO)
                .getLeft()
                .codes())
        .containsExactly("TERMINAL_STATUS_IMMUTABLE");
  }

  @Test
  void a_move_at_the_same_moment_as_the_last_event_is_in_order_and_one_a_moment_earlier_is_not() {
    RestorativeCase c = inPreparation();
    RestorativeCase referred = SyntheticCases.seeded(7).caseAt(Stage.REFERRAL, 0);
    CaseTransitions ungated = CaseTransitions.of(RuleSet.of(List.of()), Policy.standard());
    Move pause = Move.pause(PauseReason.PARTY_UNAVAILABLE);
    Move withdrawal = Move.withdrawal(ofTheFirstParty(c, lastEventOf(c)));
    Move assessment = Move.to(Stage.ASSESSMENT);

    for (Instant at : List.of(lastEventOf(c), lastEventOf(c).minusNanos(1))) {
      boolean inOrder = at.equals(lastEventOf(c));
      for (Move move : List.of(pause, withdrawal)) {
        Either<Report, RestorativeCase> result =
            CaseTransitions.standard().apply(c, move, LEAD, at);
        if (inOrder) {
          assertThat(result.get().history().get(c.history().size()).at()).isEqualTo(at);
          assertThat(datesOutOfOrder(result.get(), at)).isEqualTo(datesOutOfOrder(c, at));
        } else {
          assertRefusedAsBackDated(c, result);
        }
      }
    }
    Instant last = lastEventOf(referred);
    RestorativeCase assessed = ungated.apply(referred, assessment, LEAD, last).get();
    assertThat(assessed.stage()).isEqualTo(Stage.ASSESSMENT);
    assertThat(datesOutOfOrder(assessed, last)).isEqualTo(datesOutOfOrder(referred, last));
    assertRefusedAsBackDated(
        referred, ungated.apply(referred, assessment, LEAD, last.minusNanos(1)));
  }
}
