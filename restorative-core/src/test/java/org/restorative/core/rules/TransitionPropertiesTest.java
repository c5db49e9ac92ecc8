package org.restorative.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.vavr.control.Either;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.restorative.core.casefile.NotProceedingReason;
import org.restorative.core.casefile.PauseReason;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.casefile.Stage;
import org.restorative.core.party.ActorId;
import org.restorative.core.synthetic.SyntheticCases;

/**
 * Properties of every stage move: it never loses data (only the stage, pause, closure and history
 * change), the history only grows, by exactly one event, and the same inputs give the same result.
 */
class TransitionPropertiesTest {

  static final long SEED = 20261121L;
  static final Instant AT = Instant.parse("2030-01-01T00:00:00Z");
  static final ActorId LEAD = ActorId.of("staff-rp-lead");

  /** A synthetic case at any stage and one of the moves the stage model names from there. */
  record Attempt(RestorativeCase subject, Move move) {}

  static final Gen<Attempt> ATTEMPTS =
      longs()
          .between(0, 50_000)
          .zip(
              integers().between(0, Stage.values().length - 1),
              integers().between(0, 100),
              (index, stage, choice) -> {
                RestorativeCase c = SyntheticCases.seeded(9).caseAt(Stage.values()[stage], index);
                List<Move> moves = new ArrayList<>();
                for (Stage target : Stage.values()) {
                  moves.add(moveTo(target));
                }
                return new Attempt(c, moves.get(choice % moves.size()));
              });

  static Move moveTo(Stage target) {
    return switch (target) {
      case PAUSED -> Move.pause(PauseReason.PARTY_UNAVAILABLE);
      case CLOSED_NOT_PROCEEDING -> Move.notProceeding(NotProceedingReason.SERVICE_CAPACITY);
      default -> Move.to(target);
    };
  }

  @Test
  void a_move_never_loses_data_and_appends_exactly_one_event() {
    AtomicInteger moved = new AtomicInteger();
    qt().withFixedSeed(SEED)
        .withExamples(400)
        .forAll(ATTEMPTS)
        .checkAssert(
            attempt -> {
              RestorativeCase before = attempt.subject();
              Either<Report, RestorativeCase> result =
                  CaseTransitions.standard().apply(before, attempt.move(), LEAD, AT);
              if (result.isLeft()) {
                assertThat(result.getLeft().hasErrors()).isTrue();
                return;
              }
              RestorativeCase after = result.get();
              moved.incrementAndGet();
              assertThat(after.history()).hasSize(before.history().size() + 1);
              assertThat(after.history().subList(0, before.history().size()))
                  .isEqualTo(before.history());
              RestorativeCase restored =
                  new RestorativeCase.Builder()
                      .from(after)
                      .stage(before.stage())
                      .pause(before.pause())
                      .closure(before.closure())
                      .history(before.history())
                      .build();
              assertThat(restored).isEqualTo(before);
            });
    assertThat(moved.get()).as("moves carried out").isGreaterThan(50);
  }

  @Test
  void the_same_move_on_the_same_case_gives_the_same_result() {
    qt().withFixedSeed(SEED)
        .withExamples(200)
        .forAll(ATTEMPTS)
        .checkAssert(
            attempt ->
                assertThat(
                        CaseTransitions.standard()
                            .apply(attempt.subject(), attempt.move(), LEAD, AT))
                    .isEqualTo(
                        CaseTransitions.standard()
                            .apply(attempt.subject(), attempt.move(), LEAD, AT)));
  }

  @Test
  void the_same_case_checked_twice_gives_the_same_report() {
    qt().withFixedSeed(SEED)
        .withExamples(200)
        .forAll(ATTEMPTS)
        .checkAssert(
            attempt -> {
              Report first = RuleSet.standard().check(attempt.subject(), Policy.standard(), AT);
              Report second = RuleSet.standard().check(attempt.subject(), Policy.standard(), AT);
              assertThat(first).isEqualTo(second);
              assertThat(first.subject()).isSameAs(attempt.subject());
            });
  }
}
