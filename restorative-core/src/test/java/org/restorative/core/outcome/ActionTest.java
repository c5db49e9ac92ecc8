package org.restorative.core.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.restorative.core.outcome.OutcomeFixtures.APOLOGY_DUE;
import static org.restorative.core.outcome.OutcomeFixtures.NAMED_NURSE;
import static org.restorative.core.outcome.OutcomeFixtures.NURSE_HARMED;
import static org.restorative.core.outcome.OutcomeFixtures.PATIENT_RESPONSIBLE;
import static org.restorative.core.outcome.OutcomeFixtures.RP_LEAD;
import static org.restorative.core.outcome.OutcomeFixtures.SENTINEL;
import static org.restorative.core.outcome.OutcomeFixtures.WARD_AGREEMENT;
import static org.restorative.core.outcome.OutcomeFixtures.WARD_MANAGER;
import static org.restorative.core.outcome.OutcomeFixtures.aLearningActionOwnedByTheWardManager;
import static org.restorative.core.outcome.OutcomeFixtures.aPaymentForTheBrokenGlassesOf;
import static org.restorative.core.outcome.OutcomeFixtures.aWardCommitmentReviewedMonthly;
import static org.restorative.core.outcome.OutcomeFixtures.anApologyLetterDueOn;
import static org.restorative.core.outcome.OutcomeFixtures.anApologyLetterSentAt;
import static org.restorative.core.outcome.OutcomeFixtures.attributesThatDiffer;
import static org.restorative.core.outcome.OutcomeFixtures.movedTo;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.restorative.core.assessment.SignOffId;

class ActionTest {

  private static final Instant STARTED_AT = Instant.parse("2025-03-17T10:00:00Z");
  private static final Instant SENT_AT = Instant.parse("2025-03-24T16:00:00Z");
  private static final Instant TOLD_AT = Instant.parse("2025-03-25T11:00:00Z");

  // ---- realistic values

  @Test
  void the_patient_owes_the_nurse_a_written_apology_within_two_weeks() {
    Action apology = anApologyLetterDueOn(APOLOGY_DUE);
    assertThat(apology.id()).isEqualTo(ActionId.of("act-apology-letter"));
    assertThat(apology.agreement()).isEqualTo(WARD_AGREEMENT);
    assertThat(apology.type()).isEqualTo(ActionType.APOLOGY_WRITTEN);
    assertThat(apology.description()).contains("letter of apology");
    assertThat(apology.owner()).contains(PartyOrRole.party(PATIENT_RESPONSIBLE));
    assertThat(apology.beneficiaries()).containsExactly(NURSE_HARMED);
    assertThat(apology.dueOn()).contains(APOLOGY_DUE);
    assertThat(apology.reviewOn()).isEmpty();
    assertThat(apology.monitoringMethod()).contains(MonitoringMethod.EVIDENCE_PROVIDED);
    assertThat(apology.monitor()).contains(PartyOrRole.role(NAMED_NURSE));
    assertThat(apology.successCriteria()).isPresent();
    assertThat(apology.status()).isEqualTo(ActionStatus.PENDING);
    assertThat(apology.statusHistory()).isEmpty();
    assertThat(apology.notCompletedReason()).isEmpty();
    assertThat(apology.evidenceNotes()).isEmpty();
    assertThat(apology.harmedInformedAt()).isEmpty();
    assertThat(apology.amount()).isEmpty();
    assertThat(apology.hours()).isEmpty();
    assertThat(apology.proportionalityCheck()).isEmpty();
  }

  @Test
  void a_behavioural_commitment_on_the_ward_has_a_review_date_instead_of_a_due_date() {
    Action commitment = aWardCommitmentReviewedMonthly();
    assertThat(commitment.type()).isEqualTo(ActionType.BEHAVIOURAL_COMMITMENT);
    assertThat(commitment.dueOn()).isEmpty();
    assertThat(commitment.reviewOn()).contains(LocalDate.of(2025, 4, 12));
    assertThat(commitment.monitoringMethod()).contains(MonitoringMethod.WARD_OBSERVATION);
  }

  @Test
  void the_ward_manager_role_owns_the_organisational_learning_action() {
    Action learning = aLearningActionOwnedByTheWardManager();
    assertThat(learning.type()).isEqualTo(ActionType.ORGANISATIONAL_LEARNING_ACTION);
    assertThat(learning.owner().flatMap(PartyOrRole::role)).contains(WARD_MANAGER);
    assertThat(learning.ownerParty()).isEmpty();
    assertThat(learning.beneficiaries()).containsExactly(NURSE_HARMED, PATIENT_RESPONSIBLE);
    assertThat(learning.monitor()).contains(PartyOrRole.role(RP_LEAD));
  }

  @Test
  void a_draft_action_with_no_owner_yet_can_be_recorded() {
    Action draft = anApologyLetterDueOn(APOLOGY_DUE).withOwner(Optional.empty());
    assertThat(draft.owner()).isEmpty();
    assertThat(draft.ownerParty()).isEmpty();
    assertThat(draft.isOwnedBy(PartyOrRole.party(PATIENT_RESPONSIBLE))).isFalse();
    assertThat(draft.isMonitoredIndependently()).isTrue();
  }

  @Test
  void an_action_is_owned_by_its_owner_and_by_no_one_else() {
    Action apology = anApologyLetterDueOn(APOLOGY_DUE);
    assertThat(apology.isOwnedBy(PartyOrRole.party(PATIENT_RESPONSIBLE))).isTrue();
    assertThat(apology.isOwnedBy(PartyOrRole.party(NURSE_HARMED))).isFalse();
    assertThat(apology.isOwnedBy(PartyOrRole.role(WARD_MANAGER))).isFalse();
    assertThat(apology.ownerParty()).contains(PATIENT_RESPONSIBLE);
    assertThat(aLearningActionOwnedByTheWardManager().isOwnedBy(PartyOrRole.role(WARD_MANAGER)))
        .isTrue();
  }

  @Test
  void a_financial_reparation_records_the_sum_and_its_proportionality_check() {
    Action payment = aPaymentForTheBrokenGlassesOf("120.00");
    assertThat(payment.type().needsProportionalityCheck()).isTrue();
    assertThat(payment.amount()).contains(new BigDecimal("120.00"));
    assertThat(payment.proportionalityCheck())
        .contains(SignOffId.of("signoff-glasses-proportionality"));
  }

  @Test
  void a_community_action_records_its_hours() {
    Action gardening =
        aWardCommitmentReviewedMonthly().withType(ActionType.COMMUNITY_OR_WARD_ACTION).withHours(6);
    assertThat(gardening.hours()).contains(6);
  }

  @Test
  void a_sent_letter_keeps_its_history_and_the_moment_the_nurse_was_told() {
    Action sent =
        anApologyLetterSentAt(SENT_AT)
            .withEvidenceNotes("Copy of the letter filed in the RJ record.")
            .withHarmedInformedAt(TOLD_AT);
    assertThat(sent.status()).isEqualTo(ActionStatus.COMPLETED);
    assertThat(sent.statusHistory())
        .extracting(StatusChange::to)
        .containsExactly(ActionStatus.IN_PROGRESS, ActionStatus.COMPLETED);
    assertThat(sent.harmedInformedAt()).contains(TOLD_AT);
  }

  // ---- derived answers

  @Test
  void an_action_is_not_overdue_on_its_due_date() {
    assertThat(anApologyLetterDueOn(APOLOGY_DUE).isOverdueAt(APOLOGY_DUE)).isFalse();
  }

  @Test
  void an_action_is_overdue_the_day_after_its_due_date() {
    assertThat(anApologyLetterDueOn(APOLOGY_DUE).isOverdueAt(APOLOGY_DUE.plusDays(1))).isTrue();
  }

  @Test
  void an_action_is_not_overdue_before_its_due_date() {
    assertThat(anApologyLetterDueOn(APOLOGY_DUE).isOverdueAt(APOLOGY_DUE.minusDays(1))).isFalse();
  }

  @Test
  void an_action_in_progress_past_its_due_date_is_overdue() {
    Action started =
        anApologyLetterDueOn(APOLOGY_DUE)
            .withStatus(ActionStatus.IN_PROGRESS)
            .withStatusHistory(movedTo(ActionStatus.IN_PROGRESS, STARTED_AT));
    assertThat(started.isOverdueAt(APOLOGY_DUE.plusDays(1))).isTrue();
  }

  @Test
  void a_terminal_action_is_never_overdue() {
    LocalDate longAfter = APOLOGY_DUE.plusYears(1);
    for (ActionStatus status : ActionStatus.values()) {
      if (status.isTerminal()) {
        Action ended = anApologyLetterDueOn(APOLOGY_DUE).withStatus(status);
        assertThat(ended.isOverdueAt(longAfter)).as(status.name()).isFalse();
      }
    }
  }

  @Test
  void an_ongoing_commitment_without_a_due_date_is_never_overdue() {
    assertThat(aWardCommitmentReviewedMonthly().isOverdueAt(LocalDate.of(2030, 1, 1))).isFalse();
  }

  @Test
  void only_pending_and_in_progress_actions_are_open() {
    assertThat(anApologyLetterDueOn(APOLOGY_DUE).isTerminal()).isFalse();
    assertThat(anApologyLetterSentAt(SENT_AT).isTerminal()).isTrue();
    assertThat(
            anApologyLetterDueOn(APOLOGY_DUE)
                .withStatus(ActionStatus.CANCELLED_BY_AGREEMENT)
                .isTerminal())
        .isTrue();
  }

  @Test
  void a_terminal_action_ended_at_its_last_status_change() {
    assertThat(anApologyLetterSentAt(SENT_AT).terminalAt()).contains(SENT_AT);
  }

  @Test
  void an_open_action_has_not_ended() {
    Action started =
        anApologyLetterDueOn(APOLOGY_DUE)
            .withStatus(ActionStatus.IN_PROGRESS)
            .withStatusHistory(movedTo(ActionStatus.IN_PROGRESS, STARTED_AT));
    assertThat(started.terminalAt()).isEmpty();
    assertThat(anApologyLetterDueOn(APOLOGY_DUE).terminalAt()).isEmpty();
  }

  @Test
  void a_terminal_action_without_history_has_no_known_end() {
    assertThat(anApologyLetterDueOn(APOLOGY_DUE).withStatus(ActionStatus.VARIED).terminalAt())
        .isEmpty();
  }

  @Test
  void a_monitor_other_than_the_owner_monitors_independently() {
    assertThat(anApologyLetterDueOn(APOLOGY_DUE).isMonitoredIndependently()).isTrue();
    assertThat(aLearningActionOwnedByTheWardManager().isMonitoredIndependently()).isTrue();
  }

  @Test
  void an_owner_monitoring_their_own_action_is_not_independent() {
    Action selfMonitored =
        aLearningActionOwnedByTheWardManager().withMonitor(PartyOrRole.role(WARD_MANAGER));
    assertThat(selfMonitored.isMonitoredIndependently()).isFalse();
  }

  @Test
  void an_action_without_a_monitor_or_a_method_is_not_monitored_independently() {
    assertThat(
            anApologyLetterDueOn(APOLOGY_DUE)
                .withMonitor(Optional.empty())
                .isMonitoredIndependently())
        .isFalse();
    assertThat(
            anApologyLetterDueOn(APOLOGY_DUE)
                .withMonitoringMethod(Optional.empty())
                .isMonitoredIndependently())
        .isFalse();
  }

  // ---- copies and equality

  @Test
  void moving_the_due_date_changes_only_the_due_date() {
    Action before = anApologyLetterDueOn(APOLOGY_DUE);
    Action after = before.withDueOn(APOLOGY_DUE.plusWeeks(1));
    assertThat(after.dueOn()).contains(APOLOGY_DUE.plusWeeks(1));
    assertThat(attributesThatDiffer(before, after)).containsExactly("dueOn");
  }

  @Test
  void recording_that_the_nurse_was_told_changes_only_that() {
    Action before = anApologyLetterSentAt(SENT_AT);
    Action after = before.withHarmedInformedAt(TOLD_AT);
    assertThat(attributesThatDiffer(before, after)).containsExactly("harmedInformedAt");
  }

  @Test
  void handing_the_learning_action_to_another_post_changes_only_the_owner() {
    Action before = aLearningActionOwnedByTheWardManager();
    Action after = before.withOwner(PartyOrRole.role("Modern matron"));
    assertThat(attributesThatDiffer(before, after)).containsExactly("owner");
  }

  @Test
  void the_same_action_recorded_twice_is_equal() {
    assertThat(anApologyLetterDueOn(APOLOGY_DUE))
        .isEqualTo(anApologyLetterDueOn(APOLOGY_DUE))
        .hasSameHashCodeAs(anApologyLetterDueOn(APOLOGY_DUE))
        .isNotEqualTo(anApologyLetterDueOn(APOLOGY_DUE.plusDays(1)));
  }

  // ---- structural checks

  @Test
  void the_status_must_match_the_last_entry_of_the_history() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> anApologyLetterSentAt(SENT_AT).withStatus(ActionStatus.IN_PROGRESS))
        .withMessageContaining("action status")
        .withMessageContaining("statusHistory")
        .withMessageNotContaining("IN_PROGRESS");
  }

  @Test
  void a_default_pending_status_with_a_completed_history_is_rejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                anApologyLetterDueOn(APOLOGY_DUE)
                    .withStatusHistory(movedTo(ActionStatus.COMPLETED, SENT_AT)))
        .withMessageContaining("action status")
        .withMessageNotContaining("PENDING");
  }

  @Test
  void the_history_must_be_in_time_order() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                anApologyLetterDueOn(APOLOGY_DUE)
                    .withStatus(ActionStatus.COMPLETED)
                    .withStatusHistory(
                        movedTo(ActionStatus.IN_PROGRESS, SENT_AT),
                        movedTo(ActionStatus.COMPLETED, STARTED_AT)))
        .withMessageContaining("action statusHistory")
        .withMessageNotContaining("2025");
  }

  @Test
  void two_changes_at_the_same_moment_are_in_order() {
    Action quick =
        anApologyLetterDueOn(APOLOGY_DUE)
            .withStatus(ActionStatus.COMPLETED)
            .withStatusHistory(
                movedTo(ActionStatus.IN_PROGRESS, SENT_AT),
                movedTo(ActionStatus.COMPLETED, SENT_AT));
    assertThat(quick.terminalAt()).contains(SENT_AT);
  }

  @Test
  void a_not_completed_reason_is_allowed_when_the_action_was_not_completed() {
    Action withdrawn =
        anApologyLetterDueOn(APOLOGY_DUE)
            .withStatus(ActionStatus.NOT_COMPLETED)
            .withNotCompletedReason(NotCompletedReason.OWNER_WITHDREW);
    assertThat(withdrawn.notCompletedReason()).contains(NotCompletedReason.OWNER_WITHDREW);
    assertThat(withdrawn.withStatus(ActionStatus.PARTIALLY_COMPLETED).notCompletedReason())
        .contains(NotCompletedReason.OWNER_WITHDREW);
  }

  @Test
  void a_not_completed_reason_is_rejected_for_a_pending_action() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                anApologyLetterDueOn(APOLOGY_DUE)
                    .withNotCompletedReason(NotCompletedReason.DECLINED))
        .withMessageContaining("action notCompletedReason")
        .withMessageNotContaining("DECLINED");
  }

  @Test
  void a_not_completed_reason_is_rejected_for_a_completed_action() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                anApologyLetterSentAt(SENT_AT)
                    .withNotCompletedReason(NotCompletedReason.OVERDUE_CLOSED))
        .withMessageContaining("action notCompletedReason")
        .withMessageNotContaining("OVERDUE_CLOSED");
  }

  @Test
  void a_description_must_not_be_blank() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> anApologyLetterDueOn(APOLOGY_DUE).withDescription("   "))
        .withMessageContaining("action description");
  }

  @Test
  void success_criteria_must_not_be_blank() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> anApologyLetterDueOn(APOLOGY_DUE).withSuccessCriteria(""))
        .withMessageContaining("action successCriteria");
  }

  @Test
  void evidence_notes_must_not_be_blank() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> anApologyLetterDueOn(APOLOGY_DUE).withEvidenceNotes(" "))
        .withMessageContaining("action evidenceNotes");
  }

  @Test
  void an_amount_must_not_be_negative() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> aPaymentForTheBrokenGlassesOf("-120.00"))
        .withMessageContaining("action amount")
        .withMessageNotContaining("120");
  }

  @Test
  void a_zero_amount_is_allowed() {
    assertThat(aPaymentForTheBrokenGlassesOf("0").amount()).contains(BigDecimal.ZERO);
  }

  @Test
  void hours_must_not_be_negative() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> aWardCommitmentReviewedMonthly().withHours(-3))
        .withMessageContaining("action hours")
        .withMessageNotContaining("-3");
  }

  // ---- redaction

  @Test
  void the_description_success_criteria_and_evidence_are_not_printed() {
    Action action =
        anApologyLetterSentAt(SENT_AT)
            .withDescription("Apologise to " + SENTINEL)
            .withSuccessCriteria(SENTINEL + " receives it")
            .withEvidenceNotes("Handed to " + SENTINEL);
    String printed = action.toString();
    assertThat(printed).doesNotContain(SENTINEL).contains("***");
    assertThat(printed).contains("APOLOGY_WRITTEN").contains("act-apology-letter");
  }
}
