package org.restorative.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RiskOutcomeTest {

  @Test
  void proceeding_with_or_without_conditions_allows_the_process_to_go_ahead() {
    assertThat(RiskOutcome.PROCEED.allowsProceeding()).isTrue();
    assertThat(RiskOutcome.PROCEED_WITH_CONDITIONS.allowsProceeding()).isTrue();
  }

  @Test
  void do_not_proceed_stops_the_process() {
    assertThat(RiskOutcome.DO_NOT_PROCEED.allowsProceeding()).isFalse();
  }
}
