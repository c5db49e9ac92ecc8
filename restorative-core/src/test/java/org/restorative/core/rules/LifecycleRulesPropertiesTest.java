package org.restorative.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.restorative.core.casefile.CaseEvent;
import org.restorative.core.casefile.EventId;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.casefile.Stage;
import org.restorative.core.synthetic.SyntheticCases;

/**
 * Every synthetic case, at every stage, keeps the lifecycle rules 48–55: its dates run forward, a
 * closed case stays closed, pauses and closures as not proceeding say why, attendees are prepared,
 * and a completed case has no open action.
 */
class LifecycleRulesPropertiesTest {

  private static final Instant AS_OF = Instant.parse("2030-01-01T00:00:00Z");
  private static final RuleSet LIFECYCLE = RuleSet.of(LifecycleRules.rules());
  private static final List<Stage> CLOSED =
      List.of(
          Stage.CLOSED_COMPLETED,
          Stage.CLOSED_PARTIAL,
          Stage.CLOSED_NOT_PROCEEDING,
          Stage.CLOSED_WITHDRAWN);
  private static final Set<String> CODES =
      LifecycleRules.rules().stream().map(r -> r.code().name()).collect(Collectors.toSet());

  /** A synthetic case at any stage: seed, stage and index drawn by QuickTheories. */
  private static final Gen<RestorativeCase> CASES =
      longs()
          .between(0, 1_000)
          .zip(
              integers().between(0, Stage.values().length - 1),
              longs().between(0, 100_000),
              (seed, stage, index) ->
                  SyntheticCases.seeded(seed).caseAt(Stage.values()[stage], index));

  @Test
  void synthetic_cases_at_every_stage_keep_their_dates_and_lifecycle_in_order() {
    qt().withFixedSeed(20261121L)
        .withExamples(300)
        .forAll(CASES)
        .checkAssert(
            c ->
                assertThat(LIFECYCLE.check(c, Policy.standard(), AS_OF).errors())
                    .as("lifecycle errors of a case at %s", c.stage())
                    .filteredOn(v -> CODES.contains(v.code()))
                    .isEmpty());
  }

  /** A synthetic case in one of the four closed states. */
  private static final Gen<RestorativeCase> CLOSED_CASES =
      longs()
          .between(0, 1_000)
          .zip(
              integers().between(0, CLOSED.size() - 1),
              longs().between(0, 100_000),
              (seed, stage, index) -> SyntheticCases.seeded(seed).caseAt(CLOSED.get(stage), index));

  @Test
  void an_event_after_the_closure_of_any_closed_case_is_reported_as_that_alone() {
    qt().withFixedSeed(20261121L)
        .withExamples(100)
        .forAll(CLOSED_CASES)
        .checkAssert(
            c -> {
              CaseEvent closing = c.history().get(c.history().size() - 1);
              List<CaseEvent> history = new ArrayList<>(c.history());
              history.add(
                  closing
                      .withId(EventId.of("event-after-closure"))
                      .withAt(closing.at().plus(Duration.ofDays(10)))
                      .withFromStage(c.stage())
                      .withToStage(Stage.ASSESSMENT)
                      .withPauseReason(Optional.empty())
                      .withNotProceedingReason(Optional.empty()));
              RestorativeCase broken = c.withHistory(history);
              assertThat(LIFECYCLE.check(broken, Policy.standard(), AS_OF).violations())
                  .extracting(Violation::code, Violation::path)
                  .containsExactly(
                      tuple("TERMINAL_STATUS_IMMUTABLE", "/history/" + (history.size() - 1)));
            });
  }

  @Test
  void an_event_recorded_before_the_one_it_follows_is_reported_as_dates_out_of_order_alone() {
    qt().withFixedSeed(20261121L)
        .withExamples(150)
        .forAll(CASES)
        .checkAssert(
            c -> {
              List<CaseEvent> history = new ArrayList<>(c.history());
              int k = history.size() - 1;
              if (k < 1) {
                return;
              }
              Instant before = history.get(k - 1).at().minus(Duration.ofMinutes(1));
              history.set(k, history.get(k).withAt(before));
              RestorativeCase broken = c.withHistory(history);
              assertThat(LIFECYCLE.check(broken, Policy.standard(), AS_OF).violations())
                  .extracting(Violation::code, Violation::path)
                  .contains(tuple("DATES_IN_ORDER", "/history/" + k))
                  .extracting(t -> t.toList().get(0))
                  .containsOnly("DATES_IN_ORDER");
            });
  }

  @Test
  void every_stage_of_the_synthetic_service_keeps_the_lifecycle_rules() {
    SyntheticCases synthetic = SyntheticCases.seeded(20261121L);
    for (Stage stage : Stage.values()) {
      for (int index = 0; index < 25; index++) {
        RestorativeCase c = synthetic.caseAt(stage, index);
        assertThat(LIFECYCLE.check(c, Policy.standard(), AS_OF).errors())
            .as("lifecycle errors of case %d at %s", index, stage)
            .isEmpty();
      }
    }
  }
}
