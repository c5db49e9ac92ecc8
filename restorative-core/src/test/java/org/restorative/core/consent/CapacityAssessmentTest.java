package org.restorative.core.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.restorative.core.consent.ConsentFixtures.THE_NURSE;
import static org.restorative.core.consent.ConsentFixtures.THE_NURSES_SUPPORTER;
import static org.restorative.core.consent.ConsentFixtures.THE_PATIENT;
import static org.restorative.core.consent.ConsentFixtures.THE_PSYCHIATRIST;
import static org.restorative.core.consent.ConsentFixtures.ZEBEDEE;
import static org.restorative.core.consent.ConsentFixtures.aCapacityAssessmentFinding;
import static org.restorative.core.consent.ConsentFixtures.aFunctionalTestFailing;
import static org.restorative.core.consent.ConsentFixtures.assertOnlyChanged;
import static org.restorative.core.consent.ConsentFixtures.assertRejected;
import static org.restorative.core.consent.ConsentFixtures.daysBeforeConsent;
import static org.restorative.core.consent.ConsentFixtures.theDecisionToMeetTheNurse;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.restorative.core.party.PartyId;
import org.restorative.core.process.ProcessType;

class CapacityAssessmentTest {

  private static CapacityAssessment.Builder aMinimalAssessment() {
    return new CapacityAssessment.Builder()
        .id(CapacityAssessmentId.of("ca-min"))
        .party(THE_PATIENT)
        .decision(theDecisionToMeetTheNurse())
        .assessedAt(daysBeforeConsent(1))
        .assessor(THE_PSYCHIATRIST)
        .functional(aFunctionalTestFailing())
        .outcome(CapacityOutcome.HAS_CAPACITY);
  }

  @Test
  void an_assessment_finding_capacity_records_the_decision_the_assessor_and_the_limbs() {
    CapacityAssessment assessment = aCapacityAssessmentFinding(CapacityOutcome.HAS_CAPACITY);

    assertThat(assessment.party()).isEqualTo(THE_PATIENT);
    assertThat(assessment.assessor()).isEqualTo(THE_PSYCHIATRIST);
    assertThat(assessment.hasCapacity()).isTrue();
    assertThat(assessment.failedLimbs()).isEmpty();
    assertThat(assessment.functional().isComplete()).isTrue();
    assertThat(assessment.notBasedSolelyOnStatus()).isTrue();
    assertThat(assessment.testOrder()).contains(TestOrder.FUNCTIONAL_FIRST);
    assertThat(assessment.practicableSteps()).hasSize(2);
  }

  @Test
  void an_assessment_finding_lack_of_capacity_records_the_failed_limb_impairment_and_link() {
    CapacityAssessment assessment = aCapacityAssessmentFinding(CapacityOutcome.LACKS_CAPACITY);

    assertThat(assessment.hasCapacity()).isFalse();
    assertThat(assessment.failedLimbs()).containsExactly(FunctionalLimb.USE_OR_WEIGH);
    assertThat(assessment.impairmentIdentified()).contains(true);
    assertThat(assessment.causalLinkEstablished()).contains(true);
    assertThat(assessment.isIncapacityFindingComplete()).isTrue();
  }

  @Test
  void the_flags_of_an_assessment_are_false_unless_recorded() {
    CapacityAssessment assessment = aMinimalAssessment().build();

    assertThat(assessment.relevantInformationProvided()).isFalse();
    assertThat(assessment.fluctuating()).isFalse();
    assertThat(assessment.notBasedSolelyOnStatus()).isFalse();
    assertThat(assessment.impairmentIdentified()).isEmpty();
    assertThat(assessment.testOrder()).isEmpty();
  }

  @Test
  void an_assessment_matches_the_decision_it_was_about() {
    CapacityAssessment assessment = aCapacityAssessmentFinding(CapacityOutcome.HAS_CAPACITY);

    assertThat(
            assessment.matches(
                ProcessType.FACE_TO_FACE_CONFERENCE, Set.of(THE_NURSE, THE_NURSES_SUPPORTER)))
        .isTrue();
  }

  @Test
  void an_assessment_for_a_conference_does_not_cover_a_letter_exchange() {
    CapacityAssessment assessment = aCapacityAssessmentFinding(CapacityOutcome.HAS_CAPACITY);

    assertThat(assessment.matches(ProcessType.LETTER_EXCHANGE, Set.of(THE_NURSE))).isFalse();
  }

  @Test
  void an_assessment_about_meeting_the_nurse_does_not_cover_meeting_someone_else() {
    CapacityAssessment assessment = aCapacityAssessmentFinding(CapacityOutcome.HAS_CAPACITY);

    assertThat(
            assessment.matches(
                ProcessType.FACE_TO_FACE_CONFERENCE, Set.of(PartyId.of("p-other-patient"))))
        .isFalse();
  }

  @Test
  void a_lack_of_capacity_without_the_failed_limb_is_not_a_complete_finding() {
    CapacityAssessment assessment =
        aCapacityAssessmentFinding(CapacityOutcome.LACKS_CAPACITY)
            .withFunctional(aFunctionalTestFailing());

    assertThat(assessment.isIncapacityFindingComplete()).isFalse();
  }

  @Test
  void a_lack_of_capacity_without_practicable_steps_is_not_a_complete_finding() {
    CapacityAssessment assessment =
        aCapacityAssessmentFinding(CapacityOutcome.LACKS_CAPACITY).withPracticableSteps(List.of());

    assertThat(assessment.isIncapacityFindingComplete()).isFalse();
  }

  @Test
  void a_lack_of_capacity_without_a_causal_link_is_not_a_complete_finding() {
    CapacityAssessment assessment =
        aCapacityAssessmentFinding(CapacityOutcome.LACKS_CAPACITY).withCausalLinkEstablished(false);

    assertThat(assessment.isIncapacityFindingComplete()).isFalse();
  }

  @Test
  void a_lack_of_capacity_without_the_impairment_described_is_not_a_complete_finding() {
    CapacityAssessment assessment =
        aCapacityAssessmentFinding(CapacityOutcome.LACKS_CAPACITY).withImpairment(Optional.empty());

    assertThat(assessment.isIncapacityFindingComplete()).isFalse();
  }

  @Test
  void a_finding_of_capacity_is_never_a_complete_incapacity_finding() {
    assertThat(
            aCapacityAssessmentFinding(CapacityOutcome.HAS_CAPACITY).isIncapacityFindingComplete())
        .isFalse();
    assertThat(
            aCapacityAssessmentFinding(CapacityOutcome.INCONCLUSIVE).isIncapacityFindingComplete())
        .isFalse();
  }

  @Test
  void a_fluctuating_capacity_is_due_for_reassessment_on_and_after_its_date() {
    CapacityAssessment assessment = aCapacityAssessmentFinding(CapacityOutcome.HAS_CAPACITY);

    assertThat(assessment.fluctuating()).isTrue();
    assertThat(assessment.isReassessmentDueOn(LocalDate.of(2025, 3, 31))).isFalse();
    assertThat(assessment.isReassessmentDueOn(LocalDate.of(2025, 4, 1))).isTrue();
    assertThat(aMinimalAssessment().build().isReassessmentDueOn(LocalDate.of(2099, 1, 1)))
        .isFalse();
  }

  @Test
  void copying_with_another_outcome_changes_only_the_outcome() {
    CapacityAssessment assessment = aCapacityAssessmentFinding(CapacityOutcome.HAS_CAPACITY);

    assertOnlyChanged(
        CapacityAssessment.class,
        assessment,
        assessment.withOutcome(CapacityOutcome.INCONCLUSIVE),
        "outcome");
  }

  @Test
  void copying_with_another_reassessment_date_changes_only_that_date() {
    CapacityAssessment assessment = aCapacityAssessmentFinding(CapacityOutcome.HAS_CAPACITY);

    assertOnlyChanged(
        CapacityAssessment.class,
        assessment,
        assessment.withReassessBy(LocalDate.of(2025, 5, 1)),
        "reassessBy");
  }

  @Test
  void copying_with_the_s2_3_confirmation_withdrawn_changes_only_that_flag() {
    CapacityAssessment assessment = aCapacityAssessmentFinding(CapacityOutcome.LACKS_CAPACITY);

    assertOnlyChanged(
        CapacityAssessment.class,
        assessment,
        assessment.withNotBasedSolelyOnStatus(false),
        "notBasedSolelyOnStatus");
  }

  @Test
  void two_identical_assessments_are_equal() {
    assertThat(aCapacityAssessmentFinding(CapacityOutcome.LACKS_CAPACITY))
        .isEqualTo(aCapacityAssessmentFinding(CapacityOutcome.LACKS_CAPACITY))
        .hasSameHashCodeAs(aCapacityAssessmentFinding(CapacityOutcome.LACKS_CAPACITY))
        .isNotEqualTo(aCapacityAssessmentFinding(CapacityOutcome.HAS_CAPACITY));
  }

  @Test
  void an_impairment_can_be_described_only_when_one_was_identified() {
    assertRejected(
        () -> aMinimalAssessment().impairmentIdentified(false).impairment("Dementia").build(),
        "capacity assessment impairment",
        "Dementia");
  }

  @Test
  void an_impairment_described_without_saying_it_was_identified_is_rejected() {
    assertRejected(
        () -> aMinimalAssessment().impairment("Dementia").build(),
        "capacity assessment impairment",
        "Dementia");
  }

  @Test
  void a_causal_link_needs_an_identified_impairment() {
    assertRejected(
        () -> aMinimalAssessment().causalLinkEstablished(true).build(),
        "capacity assessment causalLinkEstablished");
  }

  @Test
  void a_causal_link_may_be_found_absent_without_an_impairment() {
    CapacityAssessment assessment =
        aMinimalAssessment()
            .impairmentIdentified(false)
            .causalLinkEstablished(false)
            .causalLinkRationale("No impairment, so no link")
            .build();

    assertThat(assessment.causalLinkEstablished()).contains(false);
  }

  @Test
  void the_reason_for_doubt_when_given_cannot_be_blank() {
    assertRejected(
        () -> aMinimalAssessment().reasonForDoubt(" ").build(),
        "capacity assessment reasonForDoubt");
  }

  @Test
  void the_impairment_when_given_cannot_be_blank() {
    assertRejected(
        () -> aMinimalAssessment().impairmentIdentified(true).impairment("").build(),
        "capacity assessment impairment");
  }

  @Test
  void the_causal_link_rationale_when_given_cannot_be_blank() {
    assertRejected(
        () -> aMinimalAssessment().causalLinkRationale("  ").build(),
        "capacity assessment causalLinkRationale");
  }

  @Test
  void the_reason_for_doubt_impairment_rationale_and_evidence_are_redacted() {
    CapacityAssessment assessment =
        aMinimalAssessment()
            .reasonForDoubt(ZEBEDEE + " doubt")
            .impairmentIdentified(true)
            .impairment(ZEBEDEE + " impairment")
            .causalLinkEstablished(true)
            .causalLinkRationale(ZEBEDEE + " rationale")
            .addPracticableStep(PracticableStep.of(PracticableStepType.OTHER, ZEBEDEE + " step"))
            .build()
            .withFunctional(
                new FunctionalTest.Builder()
                    .useOrWeigh(LimbFinding.of(Ability.UNABLE, ZEBEDEE + " evidence"))
                    .build())
            .withDecision(theDecisionToMeetTheNurse().withDescription(ZEBEDEE + " decision"));

    assertThat(assessment.toString()).doesNotContain(ZEBEDEE).contains("***");
  }
}
