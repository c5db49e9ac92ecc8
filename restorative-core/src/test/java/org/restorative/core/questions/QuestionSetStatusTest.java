package org.restorative.core.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class QuestionSetStatusTest {

  @Test
  void only_an_active_set_is_usable_in_a_process() {
    assertThat(EnumSet.allOf(QuestionSetStatus.class))
        .filteredOn(QuestionSetStatus::isUsableInProcess)
        .containsExactly(QuestionSetStatus.ACTIVE);
  }

  @Test
  void the_briefs_audiences_and_phases_are_all_there() {
    assertThat(Audience.values()).hasSize(6);
    assertThat(Phase.values())
        .containsExactly(
            Phase.PREPARATION, Phase.MEETING, Phase.AGREEMENT, Phase.CLOSING, Phase.REFLECTION);
  }
}
