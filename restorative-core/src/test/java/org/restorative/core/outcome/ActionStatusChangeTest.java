package org.restorative.core.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.restorative.core.outcome.OutcomeFixtures.APOLOGY_DUE;
import static org.restorative.core.outcome.OutcomeFixtures.anApologyLetterDueOn;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ActionStatusChangeTest {

  private static final Instant STARTED = Instant.parse("2025-03-14T10:00:00Z");
  private static final Instant ENDED = Instant.parse("2025-03-20T10:00:00Z");

  @Test
  void a_status_change_appends_to_the_history_and_moves_the_status_together() {
    Action started =
        anApologyLetterDueOn(APOLOGY_DUE)
            .withStatusChange(StatusChange.of(ActionStatus.IN_PROGRESS, STARTED));
    Action done = started.withStatusChange(StatusChange.of(ActionStatus.COMPLETED, ENDED));

    assertThat(done.status()).isEqualTo(ActionStatus.COMPLETED);
    assertThat(done.statusHistory())
        .extracting(StatusChange::to)
        .containsExactly(ActionStatus.IN_PROGRESS, ActionStatus.COMPLETED);
    assertThat(done.terminalAt()).contains(ENDED);
    assertThat(done.description()).isEqualTo(started.description());
  }

  @Test
  void a_not_completed_change_carries_its_reason_onto_the_action() {
    Action closed =
        anApologyLetterDueOn(APOLOGY_DUE)
            .withStatusChange(
                new StatusChange.Builder()
                    .to(ActionStatus.NOT_COMPLETED)
                    .at(ENDED)
                    .reason(NotCompletedReason.OWNER_WITHDREW)
                    .build());

    assertThat(closed.status()).isEqualTo(ActionStatus.NOT_COMPLETED);
    assertThat(closed.notCompletedReason()).contains(NotCompletedReason.OWNER_WITHDREW);
  }

  @Test
  void a_change_earlier_than_the_last_one_is_refused() {
    Action done =
        anApologyLetterDueOn(APOLOGY_DUE)
            .withStatusChange(StatusChange.of(ActionStatus.COMPLETED, ENDED));

    assertThatIllegalArgumentException()
        .isThrownBy(() -> done.withStatusChange(StatusChange.of(ActionStatus.VARIED, STARTED)))
        .withMessageContaining("statusHistory");
  }
}
