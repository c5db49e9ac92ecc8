package org.restorative.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.casefile.Stage;
import org.restorative.core.consent.Withdrawal;
import org.restorative.core.party.ActorId;
import org.restorative.core.synthetic.SyntheticCases;

/**
 * Whatever a move is and whenever it is recorded, the moved case's history stays in time order: a
 * move the transitions accept appends events at the moment it is recorded and adds no {@code
 * DATES_IN_ORDER} violation to the history, and a move dated before the last event of the history
 * is refused with that code alone, at the event it would have added. Every refusal is about the
 * case as given.
 *
 * <p>Only the history is judged here: a close as withdrawn or not proceeding dated before a part
 * recorded after the last event ({@code /closure/closedAt}), and a withdrawal dated after the
 * moment it is recorded (its moment and what it withdraws or halts, in the future at that moment),
 * are reported by the rule from other places of the record, which the transitions do not judge.
 */
class MovesInTimeOrderPropertiesTest {

  static final long SEED = 20270114L;
  static final ActorId LEAD = ActorId.of("staff-rp-lead");
  static final Instant LONG_AGO = Instant.parse("1900-01-01T00:00:00Z");
  static final Instant LATER = Instant.parse("2030-01-01T00:00:00Z");

  /** Every stage a case can move from: all but the four closed states. */
  static final List<Stage> OPEN_STAGES =
      List.of(Stage.values()).stream().filter(s -> !s.isClosed()).toList();

  /** A generated case at an open stage, a move open to it, and the moment it is recorded. */
  record Attempt(RestorativeCase subject, Move move, Instant at) {}

  static final Gen<Attempt> ATTEMPTS =
      longs()
          .between(0, 100_000)
          .zip(
              integers().between(0, OPEN_STAGES.size() - 1),
              integers().between(0, 1_000_000),
              longs().between(-Duration.ofDays(400).toSeconds(), Duration.ofDays(400).toSeconds()),
              (index, stage, choice, seconds) -> {
                RestorativeCase c =
                    SyntheticCases.seeded(SEED).caseAt(OPEN_STAGES.get(stage), index);
                return new Attempt(c, moveFor(c, choice), momentFor(c, choice / 5, seconds));
              });

  /**
   * A move the stage model allows the case, with the reason a stop needs; or a withdrawal by a
   * party of the case at any moment ({@link WithdrawalPropertiesTest#withdrawalFrom}), alone or
   * with such a move.
   */
  static Move moveFor(RestorativeCase c, int choice) {
    List<Stage> targets = new ArrayList<>(c.movesTo());
    Move toStage = TransitionPropertiesTest.moveTo(targets.get((choice / 3) % targets.size()));
    Withdrawal withdrawal = WithdrawalPropertiesTest.withdrawalFrom(c, choice / 7);
    return switch (choice % 3) {
      case 0 -> toStage;
      case 1 -> Move.withdrawal(withdrawal);
      default -> new Move.Builder().from(toStage).withdrawal(withdrawal).build();
    };
  }

  /**
   * A moment to record a move at: the last event's moment, a nanosecond either side of it, some
   * seconds within 400 days either side of it, an earlier event's moment, long ago, or long after.
   */
  static Instant momentFor(RestorativeCase c, int choice, long seconds) {
    Instant last = c.history().get(c.history().size() - 1).at();
    return switch (choice % 7) {
      case 0 -> last;
      case 1 -> last.minusNanos(1);
      case 2 -> last.plusNanos(1);
      case 3 -> c.history().get((choice / 7) % c.history().size()).at();
      case 4 -> LONG_AGO;
      case 5 -> LATER;
      default -> last.plusSeconds(seconds);
    };
  }

  /** The paths of the DATES_IN_ORDER violations in the history of a case checked at a moment. */
  static Set<String> historyOutOfOrder(RestorativeCase c, Instant at) {
    return RuleSet.standard().check(c, Policy.standard(), at).violations().stream()
        .filter(v -> v.code().equals(StandardCode.DATES_IN_ORDER.name()))
        .map(Violation::path)
        .filter(path -> path.startsWith("/history/"))
        .collect(Collectors.toSet());
  }

  @Test
  void a_move_keeps_the_history_in_time_order_or_is_refused_for_its_moment_alone() {
    AtomicInteger accepted = new AtomicInteger();
    AtomicInteger refusedForItsMoment = new AtomicInteger();
    qt().withFixedSeed(SEED)
        .withExamples(1500)
        .forAll(ATTEMPTS)
        .checkAssert(
            attempt -> {
              RestorativeCase before = attempt.subject();
              Instant at = attempt.at();
              Instant last = before.history().get(before.history().size() - 1).at();

              Either<Report, RestorativeCase> result =
                  CaseTransitions.standard().apply(before, attempt.move(), LEAD, at);

              if (result.isLeft()) {
                assertThat(result.getLeft().subject()).as("refused as given").isSameAs(before);
              }
              if (at.isBefore(last)) {
                refusedForItsMoment.incrementAndGet();
                assertThat(result.isLeft()).as("refused: %s", result).isTrue();
                assertThat(result.getLeft().violations())
                    .extracting(Violation::code, Violation::severity, Violation::path)
                    .containsExactly(
                        tuple(
                            "DATES_IN_ORDER",
                            Severity.ERROR,
                            "/history/" + before.history().size()));
              } else if (result.isRight()) {
                accepted.incrementAndGet();
                RestorativeCase after = result.get();
                assertThat(after.history().subList(0, before.history().size()))
                    .isEqualTo(before.history());
                assertThat(after.history().subList(before.history().size(), after.history().size()))
                    .isNotEmpty()
                    .allSatisfy(event -> assertThat(event.at()).isEqualTo(at));
                assertThat(historyOutOfOrder(after, at))
                    .as("DATES_IN_ORDER in the history after %s at %s", attempt.move(), at)
                    .isSubsetOf(historyOutOfOrder(before, at));
              }
            });
    assertThat(accepted.get()).as("moves accepted").isGreaterThan(300);
    assertThat(refusedForItsMoment.get()).as("moves refused for their moment").isGreaterThan(300);
  }
}
