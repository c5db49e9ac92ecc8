package org.restorative.core.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.restorative.core.outcome.ActionStatus.CANCELLED_BY_AGREEMENT;
import static org.restorative.core.outcome.ActionStatus.COMPLETED;
import static org.restorative.core.outcome.ActionStatus.IN_PROGRESS;
import static org.restorative.core.outcome.ActionStatus.NOT_COMPLETED;
import static org.restorative.core.outcome.ActionStatus.PARTIALLY_COMPLETED;
import static org.restorative.core.outcome.ActionStatus.PENDING;
import static org.restorative.core.outcome.ActionStatus.VARIED;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ActionStatusTest {

  @Test
  void overdue_is_not_a_stored_state() {
    assertThat(Arrays.stream(ActionStatus.values()).map(Enum::name)).doesNotContain("OVERDUE");
    assertThat(ActionStatus.values())
        .containsExactly(
            PENDING,
            IN_PROGRESS,
            COMPLETED,
            PARTIALLY_COMPLETED,
            NOT_COMPLETED,
            CANCELLED_BY_AGREEMENT,
            VARIED);
  }

  @Test
  void only_pending_and_in_progress_actions_are_still_open() {
    assertThat(Arrays.stream(ActionStatus.values()).filter(s -> !s.isTerminal()))
        .containsExactly(PENDING, IN_PROGRESS);
  }

  @Test
  void a_not_completed_reason_belongs_only_to_not_completed_or_partly_completed_actions() {
    assertThat(Arrays.stream(ActionStatus.values()).filter(ActionStatus::allowsNotCompletedReason))
        .containsExactly(PARTIALLY_COMPLETED, NOT_COMPLETED);
  }

  @Test
  void the_not_completed_reasons_are_the_sub_reasons_of_the_brief() {
    assertThat(NotCompletedReason.values())
        .containsExactly(
            NotCompletedReason.OWNER_WITHDREW,
            NotCompletedReason.NO_LONGER_POSSIBLE,
            NotCompletedReason.DECLINED,
            NotCompletedReason.OVERDUE_CLOSED);
  }
}
