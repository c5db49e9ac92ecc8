package org.restorative.core.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class EvaluationScalesTest {

  @Test
  void satisfied_and_very_satisfied_count_as_satisfied_on_the_yes_or_no_reading() {
    assertThat(Arrays.stream(Satisfaction.values()).filter(Satisfaction::isSatisfied))
        .containsExactly(Satisfaction.SATISFIED, Satisfaction.VERY_SATISFIED);
  }

  @Test
  void neutral_is_not_satisfied() {
    assertThat(Satisfaction.NEUTRAL.isSatisfied()).isFalse();
  }

  @Test
  void satisfaction_runs_from_very_dissatisfied_to_very_satisfied() {
    assertThat(Satisfaction.values())
        .containsExactly(
            Satisfaction.VERY_DISSATISFIED,
            Satisfaction.DISSATISFIED,
            Satisfaction.NEUTRAL,
            Satisfaction.SATISFIED,
            Satisfaction.VERY_SATISFIED);
  }

  @Test
  void felt_after_has_three_levels() {
    assertThat(FeltAfter.values())
        .containsExactly(FeltAfter.BETTER, FeltAfter.NO_DIFFERENCE, FeltAfter.WORSE);
  }

  @Test
  void every_uptake_but_not_offered_means_the_evaluation_was_offered() {
    assertThat(Arrays.stream(EvaluationUptake.values()).filter(u -> !u.wasOffered()))
        .containsExactly(EvaluationUptake.NOT_OFFERED);
    assertThat(EvaluationUptake.OFFERED_DECLINED.wasOffered()).isTrue();
    assertThat(EvaluationUptake.OFFERED_NO_RESPONSE.wasOffered()).isTrue();
    assertThat(EvaluationUptake.COMPLETED.wasOffered()).isTrue();
  }
}
