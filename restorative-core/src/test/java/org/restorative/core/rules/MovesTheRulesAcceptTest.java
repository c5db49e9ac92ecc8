package org.restorative.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.restorative.core.rules.MovesInTimeOrderTest.LEAD;
import static org.restorative.core.rules.MovesInTimeOrderTest.inPreparation;
import static org.restorative.core.rules.MovesInTimeOrderTest.ofTheFirstParty;

import io.vavr.control.Either;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.casefile.Stage;
import org.restorative.core.consent.Withdrawal;

/**
 * A move the transitions accept makes no record that rule {@code DATES_IN_ORDER} reports; and every
 * refusal is about the case as given, a move that came with a withdrawal included.
 */
class MovesTheRulesAcceptTest {

  /** The moment of the latest part of {@link MovesInTimeOrderTest#inPreparation()}: a contact. */
  static final Instant LATEST_PART = Instant.parse("2023-07-12T02:41:00Z");

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
