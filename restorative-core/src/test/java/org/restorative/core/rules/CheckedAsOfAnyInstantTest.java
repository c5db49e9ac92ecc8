package org.restorative.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.synthetic.SyntheticCases;

/**
 * The rules and the planner take any instant as the moment of checking: one at the ends of {@link
 * Instant}'s range, beyond the dates a {@link java.time.LocalDate} holds, is checked as the last
 * (or first) day a date holds, instead of making the check throw {@link
 * java.time.DateTimeException}.
 */
class CheckedAsOfAnyInstantTest {

  static Stream<Arguments> endsOfTheRange() {
    return Stream.of(
        Arguments.of(Instant.MAX, Instant.parse("+999999999-12-31T12:00:00Z")),
        Arguments.of(Instant.MIN, Instant.parse("-999999999-01-01T12:00:00Z")));
  }

  @ParameterizedTest
  @MethodSource("endsOfTheRange")
  void a_moment_beyond_the_dates_is_checked_as_the_last_day_a_date_holds(
      Instant beyond, Instant onTheLastDay) {
    int findings = 0;
    for (RestorativeCase c : SyntheticCases.seeded(3).cohort(200).toList()) {
      List<String> expected =
          findings(RuleSet.standard().check(c, Policy.standard(), onTheLastDay));
      List<NextMove> expectedMoves = CaseTransitions.standard().options(c, onTheLastDay);
      findings += expected.size();
      findings += expectedMoves.stream().mapToInt(m -> m.gate().violations().size()).sum();

      assertThat(findings(RuleSet.standard().check(c, Policy.standard(), beyond)))
          .as("case %s", c.id())
          .isEqualTo(expected);
      assertThat(options(CaseTransitions.standard().options(c, beyond)))
          .as("case %s", c.id())
          .isEqualTo(options(expectedMoves));
    }
    assertThat(findings).as("the cohort has findings to compare").isPositive();
  }

  /** Each violation's code and JSON Pointer, in the report's order. */
  static List<String> findings(Report report) {
    return report.violations().stream().map(v -> v.code() + " " + v.path()).toList();
  }

  /** Each move's target and its gate's findings. */
  static List<String> options(List<NextMove> moves) {
    return moves.stream().map(m -> m.target() + " " + findings(m.gate())).toList();
  }
}
