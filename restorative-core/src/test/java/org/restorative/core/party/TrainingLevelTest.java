package org.restorative.core.party;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TrainingLevelTest {

  @Test
  void every_level_is_at_least_itself() {
    for (TrainingLevel level : TrainingLevel.values()) {
      assertThat(level.isAtLeast(level)).isTrue();
    }
  }

  @Test
  void advanced_is_at_least_intermediate_which_is_at_least_foundation() {
    assertThat(TrainingLevel.ADVANCED.isAtLeast(TrainingLevel.INTERMEDIATE)).isTrue();
    assertThat(TrainingLevel.ADVANCED.isAtLeast(TrainingLevel.FOUNDATION)).isTrue();
    assertThat(TrainingLevel.INTERMEDIATE.isAtLeast(TrainingLevel.FOUNDATION)).isTrue();
  }

  @Test
  void a_lower_level_is_not_at_least_a_higher_one() {
    assertThat(TrainingLevel.FOUNDATION.isAtLeast(TrainingLevel.INTERMEDIATE)).isFalse();
    assertThat(TrainingLevel.INTERMEDIATE.isAtLeast(TrainingLevel.ADVANCED)).isFalse();
  }

  @Test
  void the_rjc_asks_for_6_12_and_16_hours_of_cpd_a_year() {
    assertThat(TrainingLevel.FOUNDATION.annualCpdHours()).isEqualTo(6);
    assertThat(TrainingLevel.INTERMEDIATE.annualCpdHours()).isEqualTo(12);
    assertThat(TrainingLevel.ADVANCED.annualCpdHours()).isEqualTo(16);
  }
}
