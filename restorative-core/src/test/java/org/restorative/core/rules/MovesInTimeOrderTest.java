package org.restorative.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.restorative.core.casefile.CaseEvent;
import org.restorative.core.casefile.CaseEventType;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.casefile.Stage;
import org.restorative.core.consent.Withdrawal;
import org.restorative.core.party.ActorId;
import org.restorative.core.synthetic.SyntheticCases;

/**
 * A move keeps the history in time order: it is recorded at the moment given, a withdrawal's event
 * too.
 */
class MovesInTimeOrderTest {

  static final ActorId LEAD = ActorId.of("staff-rp-lead");
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
}
