package org.restorative.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.casefile.Stage;
import org.restorative.core.synthetic.SyntheticCases;

/** The standard rules over the synthetic generator: valid cases at every stage pass. */
class StandardRulesPropertiesTest {

  static final long SEED = 20261121L;

  /** Synthetic cases all lie before 2026, so they are valid as of its first day and ever after. */
  static final Instant AS_OF = Instant.parse("2026-01-01T00:00:00Z");

  static final Gen<RestorativeCase> CASES =
      longs()
          .between(0, 1_000)
          .zip(
              integers().between(0, Stage.values().length - 1),
              longs().between(0, 1_000_000),
              (seed, stage, index) ->
                  SyntheticCases.seeded(seed).caseAt(Stage.values()[stage], index));

  @Test
  void valid_synthetic_cases_at_every_stage_produce_no_error() {
    qt().withFixedSeed(SEED)
        .withExamples(1_000)
        .forAll(CASES)
        .checkAssert(
            c ->
                assertThat(RuleSet.standard().check(c, Policy.standard(), AS_OF).errors())
                    .as("errors of a synthetic case at %s", c.stage())
                    .isEmpty());
  }

  @Test
  void valid_synthetic_cases_at_every_stage_produce_no_warning_either() {
    qt().withFixedSeed(SEED)
        .withExamples(500)
        .forAll(CASES)
        .checkAssert(
            c ->
                assertThat(RuleSet.standard().check(c, Policy.standard(), AS_OF).warnings())
                    .as("warnings of a synthetic case at %s", c.stage())
                    .isEmpty());
  }

  @Test
  void a_synthetic_case_may_enter_the_next_stage_it_went_through() {
    qt().withFixedSeed(SEED)
        .withExamples(300)
        .forAll(CASES)
        .checkAssert(
            c -> {
              Optional<Stage> current = Optional.of(c.stage()).filter(Stage::isMainLine);
              current.ifPresent(
                  stage ->
                      assertThat(
                              RuleSet.standard()
                                  .checkEntry(c, stage, Policy.standard(), AS_OF)
                                  .errors())
                          .isEmpty());
            });
  }
}
