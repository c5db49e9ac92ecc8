package org.restorative.core.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.restorative.core.casefile.CaseFixtures.ACCEPTED_AT;
import static org.restorative.core.casefile.CaseFixtures.COLLEAGUE;
import static org.restorative.core.casefile.CaseFixtures.COLLEAGUE_WITHDREW_AT;
import static org.restorative.core.casefile.CaseFixtures.EVENT_NOTE;
import static org.restorative.core.casefile.CaseFixtures.FACILITATOR_ACTOR;
import static org.restorative.core.casefile.CaseFixtures.PAUSED_AT;
import static org.restorative.core.casefile.CaseFixtures.WARD_MANAGER;
import static org.restorative.core.casefile.CaseFixtures.aStageChange;
import static org.restorative.core.casefile.CaseFixtures.assertRejected;
import static org.restorative.core.casefile.CaseFixtures.attributesThatDiffer;
import static org.restorative.core.casefile.CaseFixtures.theReferralEvent;
import static org.restorative.core.casefile.CaseFixtures.theWithdrawalEvent;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CaseEventTest {

  /** The facilitator pauses the case in preparation: the patient's mental state has changed. */
  private static CaseEvent aPauseEvent() {
    return new CaseEvent.Builder()
        .id(EventId.of("event-pause-1"))
        .at(PAUSED_AT)
        .by(FACILITATOR_ACTOR)
        .type(CaseEventType.PAUSED)
        .fromStage(Stage.PREPARATION)
        .toStage(Stage.PAUSED)
        .pauseReason(PauseReason.MENTAL_STATE_CHANGE)
        .build();
  }

  // Building

  @Test
  void a_stage_change_records_who_when_and_from_which_stage_to_which() {
    CaseEvent accepted = aStageChange("event-2", ACCEPTED_AT, Stage.REFERRAL, Stage.ASSESSMENT);
    assertThat(accepted.id()).isEqualTo(EventId.of("event-2"));
    assertThat(accepted.at()).isEqualTo(ACCEPTED_AT);
    assertThat(accepted.by()).isEqualTo(FACILITATOR_ACTOR);
    assertThat(accepted.type()).isEqualTo(CaseEventType.STAGE_CHANGED);
    assertThat(accepted.fromStage()).contains(Stage.REFERRAL);
    assertThat(accepted.toStage()).contains(Stage.ASSESSMENT);
    assertThat(accepted.pauseReason()).isEmpty();
    assertThat(accepted.notProceedingReason()).isEmpty();
    assertThat(accepted.party()).isEmpty();
    assertThat(accepted.note()).isEmpty();
  }

  @Test
  void a_pause_event_carries_its_reason() {
    CaseEvent paused = aPauseEvent();
    assertThat(paused.pauseReason()).contains(PauseReason.MENTAL_STATE_CHANGE);
    assertThat(paused.toStage()).contains(Stage.PAUSED);
  }

  @Test
  void a_decision_not_to_proceed_carries_its_reason() {
    CaseEvent notProceeding =
        new CaseEvent.Builder()
            .id(EventId.of("event-np-1"))
            .at(ACCEPTED_AT)
            .by(FACILITATOR_ACTOR)
            .type(CaseEventType.CLOSED_NOT_PROCEEDING)
            .fromStage(Stage.ASSESSMENT)
            .toStage(Stage.CLOSED_NOT_PROCEEDING)
            .notProceedingReason(NotProceedingReason.NO_ACKNOWLEDGEMENT)
            .build();
    assertThat(notProceeding.notProceedingReason())
        .contains(NotProceedingReason.NO_ACKNOWLEDGEMENT);
  }

  @Test
  void a_withdrawal_is_recorded_without_a_note_because_a_reason_is_never_required() {
    CaseEvent withdrawal = theWithdrawalEvent();
    assertThat(withdrawal.type()).isEqualTo(CaseEventType.WITHDRAWAL_RECORDED);
    assertThat(withdrawal.party()).contains(COLLEAGUE);
    assertThat(withdrawal.at()).isEqualTo(COLLEAGUE_WITHDREW_AT);
    assertThat(withdrawal.note()).isEmpty();
    assertThat(withdrawal.fromStage()).isEmpty();
    assertThat(withdrawal.toStage()).isEmpty();
  }

  @Test
  void a_withdrawal_closing_the_case_needs_no_note_either() {
    CaseEvent closedWithdrawn =
        new CaseEvent.Builder()
            .id(EventId.of("event-cw-1"))
            .at(COLLEAGUE_WITHDREW_AT)
            .by(FACILITATOR_ACTOR)
            .type(CaseEventType.CLOSED_WITHDRAWN)
            .fromStage(Stage.PREPARATION)
            .toStage(Stage.CLOSED_WITHDRAWN)
            .party(COLLEAGUE)
            .build();
    assertThat(closedWithdrawn.note()).isEmpty();
    assertThat(closedWithdrawn.changesStage()).isTrue();
  }

  @Test
  void a_party_who_chooses_to_give_a_reason_has_it_kept_as_a_note() {
    CaseEvent withReason = theWithdrawalEvent().withNote("Changed shifts and cannot attend");
    assertThat(withReason.note()).contains("Changed shifts and cannot attend");
  }

  // Checks

  @Test
  void a_stage_before_needs_a_stage_after() {
    assertRejected(
        () -> theWithdrawalEvent().withFromStage(Stage.FOLLOW_UP),
        "fromStage and toStage",
        "FOLLOW_UP");
  }

  @Test
  void a_stage_after_needs_a_stage_before() {
    assertRejected(
        () -> theWithdrawalEvent().withToStage(Stage.CLOSED_WITHDRAWN),
        "fromStage and toStage",
        "CLOSED_WITHDRAWN");
  }

  @Test
  void removing_one_stage_of_a_stage_change_is_refused() {
    CaseEvent change = aStageChange("event-3", ACCEPTED_AT, Stage.ASSESSMENT, Stage.PREPARATION);
    assertRejected(
        () -> change.withToStage(Optional.empty()), "fromStage and toStage", "ASSESSMENT");
    assertRejected(
        () -> change.withFromStage(Optional.empty()), "fromStage and toStage", "PREPARATION");
  }

  @Test
  void a_note_must_not_be_blank_when_given() {
    assertRejected(() -> theWithdrawalEvent().withNote("  "), "case event note");
  }

  // Derived

  @Test
  void a_stage_change_changes_the_stage() {
    assertThat(
            aStageChange("event-4", ACCEPTED_AT, Stage.PREPARATION, Stage.INTERVENTION)
                .changesStage())
        .isTrue();
    assertThat(
            aStageChange("event-5", ACCEPTED_AT, Stage.PREPARATION, Stage.ASSESSMENT)
                .changesStage())
        .isTrue();
    assertThat(aPauseEvent().changesStage()).isTrue();
  }

  @Test
  void an_event_from_a_stage_to_the_same_stage_changes_nothing() {
    assertThat(
            aStageChange("event-6", ACCEPTED_AT, Stage.INTERVENTION, Stage.INTERVENTION)
                .changesStage())
        .isFalse();
  }

  @Test
  void an_event_without_stages_changes_nothing() {
    assertThat(theWithdrawalEvent().changesStage()).isFalse();
    assertThat(theReferralEvent().changesStage()).isFalse();
  }

  // Copies and equality

  @Test
  void correcting_who_recorded_the_event_changes_only_that() {
    CaseEvent event = aPauseEvent();
    CaseEvent corrected = event.withBy(WARD_MANAGER);
    assertThat(attributesThatDiffer(CaseEvent.class, event, corrected)).containsExactly("by");
  }

  @Test
  void correcting_the_pause_reason_changes_only_the_reason() {
    CaseEvent event = aPauseEvent();
    CaseEvent corrected = event.withPauseReason(PauseReason.CAPACITY_TEMPORARILY_LOST);
    assertThat(attributesThatDiffer(CaseEvent.class, event, corrected))
        .containsExactly("pauseReason");
  }

  @Test
  void equal_events_are_equal_and_hash_alike() {
    assertThat(aPauseEvent()).isEqualTo(aPauseEvent()).hasSameHashCodeAs(aPauseEvent());
    assertThat(aPauseEvent()).isNotEqualTo(aPauseEvent().withId(EventId.of("event-pause-2")));
  }

  // Redaction

  @Test
  void a_note_is_never_printed() {
    String printed = theReferralEvent().toString();
    assertThat(printed).doesNotContain(EVENT_NOTE).contains("***").contains("REFERRED");
  }

  @Test
  void a_withdrawal_reason_given_as_a_note_is_never_printed() {
    String printed = theWithdrawalEvent().withNote("Zebedee Quince asked me not to go").toString();
    assertThat(printed).doesNotContain("Zebedee Quince").contains("***");
  }
}
