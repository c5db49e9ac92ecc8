package org.restorative.core.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.restorative.core.outcome.OutcomeFixtures.FACILITATOR;
import static org.restorative.core.outcome.OutcomeFixtures.attributesThatDiffer;
import static org.restorative.core.outcome.OutcomeFixtures.movedTo;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class StatusChangeTest {

  private static final Instant CLOSED_AT = Instant.parse("2025-05-01T09:00:00Z");

  @Test
  void closing_an_action_as_not_completed_records_why_and_who() {
    StatusChange change =
        movedTo(ActionStatus.NOT_COMPLETED, CLOSED_AT)
            .withReason(NotCompletedReason.NO_LONGER_POSSIBLE);
    assertThat(change.to()).isEqualTo(ActionStatus.NOT_COMPLETED);
    assertThat(change.at()).isEqualTo(CLOSED_AT);
    assertThat(change.reason()).contains(NotCompletedReason.NO_LONGER_POSSIBLE);
    assertThat(change.by()).contains(FACILITATOR);
  }

  @Test
  void the_short_form_records_only_the_status_and_the_moment() {
    StatusChange change = StatusChange.of(ActionStatus.IN_PROGRESS, CLOSED_AT);
    assertThat(change.reason()).isEmpty();
    assertThat(change.by()).isEmpty();
  }

  @Test
  void a_partly_completed_action_may_give_a_reason() {
    assertThat(
            movedTo(ActionStatus.PARTIALLY_COMPLETED, CLOSED_AT)
                .withReason(NotCompletedReason.OWNER_WITHDREW)
                .reason())
        .contains(NotCompletedReason.OWNER_WITHDREW);
  }

  @Test
  void correcting_the_moment_changes_only_the_moment() {
    StatusChange before = movedTo(ActionStatus.COMPLETED, CLOSED_AT);
    StatusChange after = before.withAt(CLOSED_AT.plusSeconds(3600));
    assertThat(attributesThatDiffer(before, after)).containsExactly("at");
  }

  @Test
  void the_same_change_recorded_twice_is_equal() {
    assertThat(movedTo(ActionStatus.COMPLETED, CLOSED_AT))
        .isEqualTo(movedTo(ActionStatus.COMPLETED, CLOSED_AT))
        .hasSameHashCodeAs(movedTo(ActionStatus.COMPLETED, CLOSED_AT))
        .isNotEqualTo(StatusChange.of(ActionStatus.COMPLETED, CLOSED_AT));
  }

  @Test
  void a_completed_action_takes_no_not_completed_reason() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                movedTo(ActionStatus.COMPLETED, CLOSED_AT).withReason(NotCompletedReason.DECLINED))
        .withMessageContaining("status change reason")
        .withMessageNotContaining("DECLINED");
  }

  @Test
  void a_cancelled_action_takes_no_not_completed_reason() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new StatusChange.Builder()
                    .to(ActionStatus.CANCELLED_BY_AGREEMENT)
                    .at(CLOSED_AT)
                    .reason(NotCompletedReason.OVERDUE_CLOSED)
                    .build())
        .withMessageContaining("status change reason")
        .withMessageNotContaining("OVERDUE_CLOSED")
        .withMessageNotContaining("CANCELLED");
  }
}
