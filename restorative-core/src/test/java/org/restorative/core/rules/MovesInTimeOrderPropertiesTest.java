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
 * Whatever a move is and whenever it is recorded, the transitions make no record that rule {@code
 * DATES_IN_ORDER} reports: a move they accept appends events at the moment it is recorded and adds
 * no {@code DATES_IN_ORDER} violation anywhere in the case, checked as of that moment; a move dated
 * before the last event of the history is refused with that code alone, at the event it would have
 * added; a withdrawal dated after the moment it is recorded with that code alone, at the
 * withdrawal; and a close dated before a part the case records later with that code alone, at the
 * closure. Every refusal is about the case as given.
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

  /** The DATES_IN_ORDER violations of a case checked at a moment, anywhere in the case. */
  static Set<Violation> datesOutOfOrder(RestorativeCase c, Instant at) {
    return RuleSet.standard().check(c, Policy.standard(), at).violations().stream()
        .filter(v -> v.code().equals(StandardCode.DATES_IN_ORDER.name()))
        .collect(Collectors.toSet());
  }

  @Test
  void a_move_makes_no_record_the_rule_reports_or_is_refused_for_its_moment_alone() {
    AtomicInteger accepted = new AtomicInteger();
    AtomicInteger acceptedCloses = new AtomicInteger();
    AtomicInteger acceptedWithdrawals = new AtomicInteger();
    AtomicInteger refusedForItsMoment = new AtomicInteger();
    AtomicInteger refusedForTheWithdrawalsMoment = new AtomicInteger();
    AtomicInteger refusedForTheClosuresMoment = new AtomicInteger();
    qt().withFixedSeed(SEED)
        .withExamples(1500)
        .forAll(ATTEMPTS)
        .checkAssert(
            attempt -> {
              RestorativeCase before = attempt.subject();
              Move move = attempt.move();
              Instant at = attempt.at();
              Instant last = before.history().get(before.history().size() - 1).at();

              Either<Report, RestorativeCase> result =
                  CaseTransitions.standard().apply(before, move, LEAD, at);

              if (result.isLeft()) {
                assertThat(result.getLeft().subject()).isSameAs(before);
              }
              if (at.isBefore(last)) {
                refusedForItsMoment.incrementAndGet();
                assertRefusedWithOne(result, "/history/" + before.history().size());
              } else if (move.withdrawal().filter(w -> w.at().isAfter(at)).isPresent()) {
                refusedForTheWithdrawalsMoment.incrementAndGet();
                assertRefusedWithOne(result, "/withdrawals/" + before.withdrawals().size() + "/at");
              } else if (result.isRight()) {
                accepted.incrementAndGet();
                RestorativeCase after = result.get();
                if (after.isClosed()) {
                  acceptedCloses.incrementAndGet();
                }
                if (move.withdrawal().isPresent()) {
                  acceptedWithdrawals.incrementAndGet();
                }
                assertThat(after.history().subList(0, before.history().size()))
                    .isEqualTo(before.history());
                assertThat(after.history().subList(before.history().size(), after.history().size()))
                    .isNotEmpty()
                    .allSatisfy(event -> assertThat(event.at()).isEqualTo(at));
                assertThat(datesOutOfOrder(after, at))
                    .as("DATES_IN_ORDER after %s at %s", move, at)
                    .isSubsetOf(datesOutOfOrder(before, at));
              } else if (result.getLeft().violations().stream()
                  .anyMatch(v -> v.path().equals("/closure/closedAt"))) {
                refusedForTheClosuresMoment.incrementAndGet();
                assertThat(move.target())
                    .hasValueSatisfying(t -> assertThat(t.isClosed()).isTrue());
                assertRefusedWithOne(result, "/closure/closedAt");
              }
            });
    assertThat(accepted.get()).as("moves accepted").isGreaterThan(300);
    assertThat(acceptedCloses.get()).as("closes accepted").isGreaterThan(100);
    assertThat(acceptedWithdrawals.get()).as("withdrawals accepted").isGreaterThan(200);
    assertThat(refusedForItsMoment.get()).as("moves refused for their moment").isGreaterThan(300);
    assertThat(refusedForTheWithdrawalsMoment.get())
        .as("withdrawals refused for their moment")
        .isGreaterThan(30);
    assertThat(refusedForTheClosuresMoment.get())
        .as("closes refused for their moment")
        .isGreaterThan(30);
  }

  /** Asserts that a move is refused with one violation: DATES_IN_ORDER at a path. */
  static void assertRefusedWithOne(Either<Report, RestorativeCase> result, String path) {
    assertThat(result.isLeft()).as("refused: %s", result).isTrue();
    assertThat(result.getLeft().violations())
        .extracting(Violation::code, Violation::severity, Violation::path, Violation::source)
        .containsExactly(
            tuple("DATES_IN_ORDER", Severity.ERROR, path, LifecycleRules.datesInOrder().source()));
  }
}
