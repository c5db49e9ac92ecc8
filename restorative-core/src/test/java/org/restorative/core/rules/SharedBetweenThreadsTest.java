package org.restorative.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Either;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.restorative.core.casefile.NotProceedingReason;
import org.restorative.core.casefile.PauseReason;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.casefile.Stage;
import org.restorative.core.party.ActorId;
import org.restorative.core.synthetic.SyntheticCases;

/**
 * One rule set and one set of transitions, shared by eight threads over a generated cohort at every
 * stage, give exactly what one thread gives: the same reports, the same options and the same moved
 * cases, whatever the order the cases are taken in.
 */
class SharedBetweenThreadsTest {

  static final Instant AT = Instant.parse("2030-01-01T00:00:00Z");
  static final ActorId LEAD = ActorId.of("staff-rp-lead");
  static final int PER_STAGE = 20;
  static final int THREADS = 8;
  static final int PASSES = 3;

  static final RuleSet RULES = RuleSet.standard();
  static final RuleSet TRUST =
      RuleSet.standard()
          .withSeverity(StandardCode.CLINICAL_TEAM_CONSULTED, Severity.ERROR)
          .without(StandardCode.QUESTION_SET_VERSION_RECORDED);
  static final Policy POLICY = Policy.standard();
  static final CaseTransitions TRANSITIONS = CaseTransitions.standard();

  static List<RestorativeCase> cohort;
  static ExecutorService pool;

  @BeforeAll
  static void cohortAtEveryStageAndAPool() {
    SyntheticCases synthetic = SyntheticCases.seeded(20261206L);
    cohort = new ArrayList<>();
    for (Stage stage : Stage.values()) {
      for (int i = 0; i < PER_STAGE; i++) {
        cohort.add(synthetic.caseAt(stage, i));
      }
    }
    pool = Executors.newFixedThreadPool(THREADS);
  }

  @AfterAll
  static void shutDown() throws InterruptedException {
    pool.shutdown();
    assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
  }

  /**
   * Everything the rules say about a case: its check now, under the standard and a trust's set, and
   * its entry check for every stage it may move to.
   */
  record Checked(Report now, Report trustNow, Map<Stage, Report> entry) {}

  static Checked checked(RestorativeCase c) {
    Map<Stage, Report> entry = new EnumMap<>(Stage.class);
    for (Stage target : c.movesTo()) {
      entry.put(target, RULES.checkEntry(c, target, POLICY, AT));
    }
    return new Checked(RULES.check(c, POLICY, AT), TRUST.check(c, POLICY, AT), entry);
  }

  /** Everything the transitions say about a case: the planner's options and every allowed move. */
  record Moved(List<NextMove> options, Map<Stage, Either<Report, RestorativeCase>> moves) {}

  static Moved moved(RestorativeCase c) {
    Map<Stage, Either<Report, RestorativeCase>> moves = new EnumMap<>(Stage.class);
    for (Stage target : c.movesTo()) {
      moves.put(target, TRANSITIONS.apply(c, moveTo(target), LEAD, AT));
    }
    return new Moved(TRANSITIONS.options(c, AT), moves);
  }

  static Move moveTo(Stage target) {
    return switch (target) {
      case PAUSED -> Move.pause(PauseReason.PARTY_UNAVAILABLE);
      case CLOSED_NOT_PROCEEDING -> Move.notProceeding(NotProceedingReason.SERVICE_CAPACITY);
      default -> Move.to(target);
    };
  }

  @Test
  void the_shared_rule_set_reports_on_many_threads_what_it_reports_on_one() {
    List<Checked> one = cohort.stream().map(SharedBetweenThreadsTest::checked).toList();

    for (int pass = 0; pass < PASSES; pass++) {
      assertThat(differences(one, onThreads(SharedBetweenThreadsTest::checked, pass))).isEmpty();
    }
    assertThat(one)
        .flatExtracting(checked -> List.copyOf(checked.entry().values()))
        .anyMatch(report -> !report.errors().isEmpty())
        .anyMatch(report -> report.errors().isEmpty());
  }

  @Test
  void the_shared_transitions_plan_and_move_on_many_threads_as_on_one() {
    List<Moved> one = cohort.stream().map(SharedBetweenThreadsTest::moved).toList();

    for (int pass = 0; pass < PASSES; pass++) {
      assertThat(differences(one, onThreads(SharedBetweenThreadsTest::moved, pass))).isEmpty();
    }
    assertThat(one)
        .flatExtracting(m -> List.copyOf(m.moves().values()))
        .anyMatch(Either::isRight)
        .anyMatch(Either::isLeft);
  }

  /** The indices of the cases whose results differ: named, not printed, since a result is large. */
  static <T> List<Integer> differences(List<T> expected, List<T> actual) {
    assertThat(actual).hasSameSizeAs(expected);
    return IntStream.range(0, expected.size())
        .filter(i -> !expected.get(i).equals(actual.get(i)))
        .boxed()
        .toList();
  }

  /**
   * Runs a function over the whole cohort on the shared pool, the cases taken in an order shuffled
   * by the pass, and gives the results back in cohort order.
   */
  <T> List<T> onThreads(Function<RestorativeCase, T> f, int pass) {
    List<Integer> order = new ArrayList<>(IntStream.range(0, cohort.size()).boxed().toList());
    Collections.shuffle(order, new Random(pass));
    List<CompletableFuture<Map.Entry<Integer, T>>> futures =
        order.stream()
            .map(
                i ->
                    CompletableFuture.supplyAsync(() -> Map.entry(i, f.apply(cohort.get(i))), pool))
            .toList();
    List<T> results = new ArrayList<>(Collections.nCopies(cohort.size(), null));
    for (CompletableFuture<Map.Entry<Integer, T>> future : futures) {
      Map.Entry<Integer, T> result = future.join();
      results.set(result.getKey(), result.getValue());
    }
    return results;
  }
}
