package org.restorative.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.casefile.Stage;
import org.restorative.core.synthetic.SyntheticCases;

/** For generated cases, reading what was written gives the same case. */
class RoundTripPropertiesTest {

  static final Gen<RestorativeCase> CASES =
      longs()
          .between(0, 10_000)
          .zip(
              integers().between(0, Stage.values().length - 1),
              longs().between(0, 1_000_000),
              (seed, stage, index) ->
                  SyntheticCases.seeded(seed).caseAt(Stage.values()[stage], index));

  @Test
  void read_of_write_is_the_same_case_for_a_thousand_generated_cases() {
    qt().withFixedSeed(20261121L)
        .withExamples(1_000)
        .forAll(CASES)
        .checkAssert(
            c -> {
              ReadResult result = CaseJson.strict().read(CaseJson.strict().write(c));
              assertThat(result.problems()).isEmpty();
              assertThat(result.restorativeCase()).contains(c);
            });
  }

  @Test
  void an_ndjson_line_reads_back_to_the_same_case() {
    qt().withFixedSeed(20261121L)
        .withExamples(200)
        .forAll(CASES)
        .checkAssert(
            c -> {
              String line = CaseJson.strict().writeLine(c);
              assertThat(line).doesNotContain("\n");
              assertThat(CaseJson.strict().read(line).restorativeCase()).contains(c);
            });
  }
}
