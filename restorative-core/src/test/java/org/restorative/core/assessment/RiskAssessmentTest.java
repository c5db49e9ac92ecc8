package org.restorative.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.restorative.core.assessment.AssessmentFixtures.ASSESSMENT_COMPLETED;
import static org.restorative.core.assessment.AssessmentFixtures.ASSESSMENT_STARTED;
import static org.restorative.core.assessment.AssessmentFixtures.LEAD_FACILITATOR;
import static org.restorative.core.assessment.AssessmentFixtures.NURSE;
import static org.restorative.core.assessment.AssessmentFixtures.NURSES_COLLEAGUE;
import static org.restorative.core.assessment.AssessmentFixtures.PATIENT;
import static org.restorative.core.assessment.AssessmentFixtures.PATIENTS_SISTER;
import static org.restorative.core.assessment.AssessmentFixtures.SENTINEL;
import static org.restorative.core.assessment.AssessmentFixtures.aCompletedRiskAssessment;
import static org.restorative.core.assessment.AssessmentFixtures.aFindingFor;
import static org.restorative.core.assessment.AssessmentFixtures.anAssessmentInProgress;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.restorative.core.party.PartyId;
import org.restorative.core.process.ProcessType;

class RiskAssessmentTest {

  @Test
  void a_completed_assessment_records_every_attendee_and_its_outcome() {
    RiskAssessment assessment = aCompletedRiskAssessment();

    assertThat(assessment.id()).isEqualTo(RiskAssessmentId.of("ra-2026-031"));
    assertThat(assessment.assessor()).contains(LEAD_FACILITATOR);
    assertThat(assessment.startedAt()).isEqualTo(ASSESSMENT_STARTED);
    assertThat(assessment.completedAt()).contains(ASSESSMENT_COMPLETED);
    assertThat(assessment.status()).isEqualTo(AssessmentStatus.COMPLETED);
    assertThat(assessment.outcome()).contains(RiskOutcome.PROCEED);
    assertThat(assessment.processTypes())
        .containsExactlyInAnyOrder(
            ProcessType.FACE_TO_FACE_CONFERENCE, ProcessType.LETTER_EXCHANGE);
    assertThat(assessment.domainsConsidered()).isEqualTo(EnumSet.allOf(RiskDomain.class));
    assertThat(assessment.reviewBy()).contains(LocalDate.of(2026, 4, 20));
    assertThat(assessment.conditions()).isEmpty();
  }

  @Test
  void an_assessment_in_progress_has_no_completion_and_no_outcome() {
    RiskAssessment assessment = anAssessmentInProgress();

    assertThat(assessment.status()).isEqualTo(AssessmentStatus.IN_PROGRESS);
    assertThat(assessment.completedAt()).isEmpty();
    assertThat(assessment.outcome()).isEmpty();
  }

  @Test
  void the_assessment_covers_the_parties_it_has_findings_for_supporters_included() {
    RiskAssessment assessment = aCompletedRiskAssessment();

    assertThat(assessment.covers(NURSE)).isTrue();
    assertThat(assessment.covers(PATIENT)).isTrue();
    assertThat(assessment.covers(PATIENTS_SISTER)).isTrue();
    assertThat(assessment.covers(NURSES_COLLEAGUE)).isFalse();
    assertThat(assessment.coveredParties()).containsExactly(NURSE, PATIENT, PATIENTS_SISTER);
  }

  @Test
  void the_assessment_covers_all_attendees_only_when_none_is_missing() {
    RiskAssessment assessment = aCompletedRiskAssessment();

    assertThat(assessment.coversAll(List.of(NURSE, PATIENT, PATIENTS_SISTER))).isTrue();
    assertThat(assessment.coversAll(List.of(NURSE, PATIENT, NURSES_COLLEAGUE))).isFalse();
    assertThat(assessment.coversAll(List.of())).isTrue();
  }

  @Test
  void the_finding_for_a_party_can_be_looked_up() {
    RiskAssessment assessment = aCompletedRiskAssessment();

    assertThat(assessment.findingFor(PATIENT))
        .hasValueSatisfying(f -> assertThat(f.riskLevel()).isEqualTo(RiskLevel.MEDIUM));
    assertThat(assessment.findingFor(NURSES_COLLEAGUE)).isEmpty();
  }

  @Test
  void a_completed_assessment_that_says_proceed_lets_the_process_go_ahead() {
    assertThat(aCompletedRiskAssessment().isCompletedWithProceed()).isTrue();
  }

  @Test
  void a_completed_assessment_with_conditions_lets_the_process_go_ahead() {
    RiskAssessment assessment =
        aCompletedRiskAssessment()
            .withConditions("Two members of ward staff in the room")
            .withOutcome(RiskOutcome.PROCEED_WITH_CONDITIONS);

    assertThat(assessment.conditions()).containsExactly("Two members of ward staff in the room");
    assertThat(assessment.isCompletedWithProceed()).isTrue();
  }

  @Test
  void a_completed_assessment_that_says_do_not_proceed_stops_the_process() {
    assertThat(
            aCompletedRiskAssessment()
                .withOutcome(RiskOutcome.DO_NOT_PROCEED)
                .isCompletedWithProceed())
        .isFalse();
  }

  @Test
  void an_assessment_in_progress_does_not_let_the_process_go_ahead() {
    assertThat(anAssessmentInProgress().isCompletedWithProceed()).isFalse();
  }

  @Test
  void the_assessment_covers_only_the_process_types_it_considered() {
    RiskAssessment assessment = aCompletedRiskAssessment();

    assertThat(assessment.coversProcessType(ProcessType.FACE_TO_FACE_CONFERENCE)).isTrue();
    assertThat(assessment.coversProcessType(ProcessType.LETTER_EXCHANGE)).isTrue();
    assertThat(assessment.coversProcessType(ProcessType.RESTORATIVE_CIRCLE)).isFalse();
  }

  @Test
  void a_completed_assessment_needs_its_completion_time() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> aCompletedRiskAssessment().withCompletedAt(Optional.empty()))
        .withMessageContaining("completedAt");
  }

  @Test
  void an_assessment_in_progress_has_no_completion_time() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> anAssessmentInProgress().withCompletedAt(ASSESSMENT_COMPLETED))
        .withMessageContaining("completedAt")
        .withMessageNotContaining("2026");
  }

  @Test
  void a_completed_assessment_needs_an_outcome() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> aCompletedRiskAssessment().withOutcome(Optional.empty()))
        .withMessageContaining("outcome");
  }

  @Test
  void an_assessment_in_progress_has_no_outcome() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> anAssessmentInProgress().withOutcome(RiskOutcome.PROCEED))
        .withMessageContaining("outcome");
  }

  @Test
  void an_assessment_cannot_be_completed_before_it_started() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> aCompletedRiskAssessment().withCompletedAt(ASSESSMENT_STARTED.minusSeconds(60)))
        .withMessageContaining("completedAt")
        .withMessageContaining("startedAt")
        .withMessageNotContaining("2026");
  }

  @Test
  void an_assessment_may_be_completed_at_the_moment_it_started() {
    RiskAssessment sameDay = aCompletedRiskAssessment().withCompletedAt(ASSESSMENT_STARTED);

    assertThat(sameDay.completedAt()).contains(ASSESSMENT_STARTED);
  }

  @Test
  void an_attendee_has_at_most_one_finding() {
    PartyId twice = PartyId.of("p-assessed-twice");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                aCompletedRiskAssessment()
                    .withFindings(
                        aFindingFor(twice, RiskLevel.LOW), aFindingFor(twice, RiskLevel.HIGH)))
        .withMessageContaining("findings")
        .withMessageNotContaining(twice.value());
  }

  @Test
  void a_condition_must_not_be_blank() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> aCompletedRiskAssessment().withConditions("Staff present", " "))
        .withMessageContaining("conditions");
  }

  @Test
  void proceeding_with_conditions_not_yet_written_down_can_be_recorded_for_the_rules_to_report() {
    RiskAssessment draft =
        aCompletedRiskAssessment().withOutcome(RiskOutcome.PROCEED_WITH_CONDITIONS);
    assertThat(draft.outcome()).contains(RiskOutcome.PROCEED_WITH_CONDITIONS);
    assertThat(draft.conditions()).isEmpty();
  }

  @Test
  void the_conditions_are_redacted_from_the_printed_form() {
    RiskAssessment assessment =
        aCompletedRiskAssessment()
            .withConditions(SENTINEL + " must not sit by the door")
            .withOutcome(RiskOutcome.PROCEED_WITH_CONDITIONS);

    assertThat(assessment.toString())
        .doesNotContain(SENTINEL)
        .contains("conditions=***")
        .contains("PROCEED_WITH_CONDITIONS");
  }

  @Test
  void the_findings_risks_and_strengths_are_redacted_inside_the_assessment() {
    RiskAssessment assessment =
        aCompletedRiskAssessment()
            .withFindings(
                new AttendeeFinding.Builder()
                    .party(PATIENT)
                    .riskLevel(RiskLevel.HIGH)
                    .risks(SENTINEL + " carries a grudge")
                    .build());

    assertThat(assessment.toString()).doesNotContain(SENTINEL).contains("risks=***");
  }

  @Test
  void a_new_review_date_changes_only_the_review_date() {
    RiskAssessment original = aCompletedRiskAssessment();

    RiskAssessment reviewed = original.withReviewBy(LocalDate.of(2026, 5, 20));

    assertThat(reviewed.reviewBy()).contains(LocalDate.of(2026, 5, 20));
    assertThat(reviewed).isNotEqualTo(original);
    assertThat(reviewed.withReviewBy(LocalDate.of(2026, 4, 20))).isEqualTo(original);
  }

  @Test
  void completing_an_assessment_changes_status_completion_and_outcome_together() {
    RiskAssessment inProgress = anAssessmentInProgress();

    RiskAssessment completed =
        new RiskAssessment.Builder()
            .id(inProgress.id())
            .assessor(inProgress.assessor())
            .startedAt(inProgress.startedAt())
            .status(AssessmentStatus.COMPLETED)
            .completedAt(ASSESSMENT_COMPLETED)
            .outcome(RiskOutcome.PROCEED)
            .addAllProcessTypes(inProgress.processTypes())
            .addAllFindings(inProgress.findings())
            .addAllDomainsConsidered(inProgress.domainsConsidered())
            .build();

    assertThat(completed.isCompletedWithProceed()).isTrue();
    assertThat(completed.findings()).isEqualTo(inProgress.findings());
  }

  @Test
  void two_assessments_built_alike_are_equal() {
    assertThat(aCompletedRiskAssessment())
        .isEqualTo(aCompletedRiskAssessment())
        .hasSameHashCodeAs(aCompletedRiskAssessment())
        .isNotEqualTo(anAssessmentInProgress());
  }
}
