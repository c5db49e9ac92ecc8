package org.restorative.core.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * What a stage moves to is an answer, not a set to change: closed stages, which move nowhere,
 * answer with an empty set that refuses changes like every other stage's answer.
 */
class StageTargetsUnmodifiableTest {

  @Test
  void no_stage_lets_its_targets_be_changed() {
    for (Stage stage : Stage.values()) {
      assertThatThrownBy(() -> stage.movesTo().add(Stage.CLOSED_WITHDRAWN))
          .as(stage.name())
          .isInstanceOf(UnsupportedOperationException.class);
    }
  }

  @Test
  void closed_stages_move_nowhere_and_the_others_at_least_to_withdrawal() {
    for (Stage stage : Stage.values()) {
      if (stage.isClosed()) {
        assertThat(stage.movesTo()).as(stage.name()).isEmpty();
      } else {
        assertThat(stage.movesTo()).as(stage.name()).contains(Stage.CLOSED_WITHDRAWN);
      }
    }
  }
}
