package org.restorative.core.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.restorative.core.outcome.OutcomeFixtures.NURSE_HARMED;
import static org.restorative.core.outcome.OutcomeFixtures.PATIENT_RESPONSIBLE;
import static org.restorative.core.outcome.OutcomeFixtures.SENTINEL;
import static org.restorative.core.outcome.OutcomeFixtures.SISTER_SUPPORTING;
import static org.restorative.core.outcome.OutcomeFixtures.anEvaluationNotOfferedTo;
import static org.restorative.core.outcome.OutcomeFixtures.attributesThatDiffer;
import static org.restorative.core.outcome.OutcomeFixtures.theNursesCompletedEvaluation;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.restorative.core.party.PartyRole;

class EvaluationTest {

  private static final Instant OFFERED_AT = Instant.parse("2025-03-19T09:00:00Z");
  private static final Instant ANSWERED_AT = Instant.parse("2025-03-26T14:00:00Z");

  /** An evaluation offered to the patient that he has not answered. */
  private static Evaluation offeredToThePatient(EvaluationUptake uptake) {
    return new Evaluation.Builder()
        .id(EvaluationId.of("eval-patient"))
        .party(PATIENT_RESPONSIBLE)
        .roleAtTime(PartyRole.PERSON_RESPONSIBLE)
        .uptake(uptake)
        .offeredAt(OFFERED_AT)
        .completedProcess(true)
        .build();
  }

  // ---- realistic values

  @Test
  void the_nurse_answers_the_evaluation_a_fortnight_after_the_conference() {
    Evaluation evaluation = theNursesCompletedEvaluation();
    assertThat(evaluation.id()).isEqualTo(EvaluationId.of("eval-nurse"));
    assertThat(evaluation.party()).isEqualTo(NURSE_HARMED);
    assertThat(evaluation.roleAtTime()).isEqualTo(PartyRole.PERSON_HARMED);
    assertThat(evaluation.uptake()).isEqualTo(EvaluationUptake.COMPLETED);
    assertThat(evaluation.offeredAt()).contains(OFFERED_AT);
    assertThat(evaluation.completedAt()).contains(ANSWERED_AT);
    assertThat(evaluation.completedProcess()).isTrue();
    assertThat(evaluation.satisfaction()).contains(Satisfaction.VERY_SATISFIED);
    assertThat(evaluation.wouldRecommend()).contains(true);
    assertThat(evaluation.feltAfter()).contains(FeltAfter.BETTER);
    assertThat(evaluation.iesRScore()).contains(14);
    assertThat(evaluation.proceduralFairness()).contains(5);
    assertThat(evaluation.comments()).isPresent();
  }

  @Test
  void a_supporter_never_offered_an_evaluation_has_no_answers() {
    Evaluation evaluation = anEvaluationNotOfferedTo(SISTER_SUPPORTING, PartyRole.SUPPORTER);
    assertThat(evaluation.uptake().wasOffered()).isFalse();
    assertThat(evaluation.offeredAt()).isEmpty();
    assertThat(evaluation.completedProcess()).isFalse();
    assertThat(evaluation.isCompleted()).isFalse();
    assertThat(evaluation.satisfaction()).isEmpty();
  }

  @Test
  void a_patient_who_declined_the_evaluation_still_counts_as_having_completed_the_process() {
    Evaluation declined = offeredToThePatient(EvaluationUptake.OFFERED_DECLINED);
    assertThat(declined.completedProcess()).isTrue();
    assertThat(declined.isCompleted()).isFalse();
    assertThat(declined.countsForSatisfaction()).isFalse();
  }

  // ---- derived answers

  @Test
  void a_very_satisfied_participant_is_satisfied() {
    assertThat(theNursesCompletedEvaluation().isSatisfied()).isTrue();
  }

  @Test
  void a_neutral_participant_is_not_satisfied() {
    assertThat(theNursesCompletedEvaluation().withSatisfaction(Satisfaction.NEUTRAL).isSatisfied())
        .isFalse();
  }

  @Test
  void a_participant_who_did_not_answer_satisfaction_is_not_satisfied() {
    assertThat(theNursesCompletedEvaluation().withSatisfaction(Optional.empty()).isSatisfied())
        .isFalse();
  }

  @Test
  void only_participants_who_completed_the_process_and_answered_count_for_satisfaction() {
    Evaluation nurse = theNursesCompletedEvaluation();
    assertThat(nurse.countsForSatisfaction()).isTrue();
    assertThat(nurse.withCompletedProcess(false).countsForSatisfaction()).isFalse();
    assertThat(nurse.withSatisfaction(Optional.empty()).countsForSatisfaction()).isFalse();
  }

  @Test
  void a_dissatisfied_participant_who_completed_the_process_still_counts_in_the_denominator() {
    Evaluation dissatisfied =
        theNursesCompletedEvaluation().withSatisfaction(Satisfaction.DISSATISFIED);
    assertThat(dissatisfied.countsForSatisfaction()).isTrue();
    assertThat(dissatisfied.isSatisfied()).isFalse();
  }

  // ---- copies and equality

  @Test
  void correcting_the_felt_after_answer_changes_only_that_answer() {
    Evaluation before = theNursesCompletedEvaluation();
    Evaluation after = before.withFeltAfter(FeltAfter.NO_DIFFERENCE);
    assertThat(attributesThatDiffer(before, after)).containsExactly("feltAfter");
  }

  @Test
  void correcting_the_role_at_the_time_changes_only_the_role() {
    Evaluation before = theNursesCompletedEvaluation();
    Evaluation after = before.withRoleAtTime(PartyRole.SECOND_VICTIM);
    assertThat(attributesThatDiffer(before, after)).containsExactly("roleAtTime");
  }

  @Test
  void the_same_evaluation_recorded_twice_is_equal() {
    assertThat(theNursesCompletedEvaluation())
        .isEqualTo(theNursesCompletedEvaluation())
        .hasSameHashCodeAs(theNursesCompletedEvaluation())
        .isNotEqualTo(theNursesCompletedEvaluation().withWouldRecommend(false));
  }

  // ---- structural checks

  @Test
  void an_evaluation_not_offered_has_no_offer_time() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                anEvaluationNotOfferedTo(SISTER_SUPPORTING, PartyRole.SUPPORTER)
                    .withOfferedAt(OFFERED_AT))
        .withMessageContaining("evaluation offeredAt")
        .withMessageNotContaining("2025");
  }

  @Test
  void a_completed_evaluation_says_when_it_was_answered() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> theNursesCompletedEvaluation().withCompletedAt(Optional.empty()))
        .withMessageContaining("evaluation completedAt");
  }

  @Test
  void an_evaluation_that_was_not_answered_has_no_answer_time() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                offeredToThePatient(EvaluationUptake.OFFERED_NO_RESPONSE)
                    .withCompletedAt(ANSWERED_AT))
        .withMessageContaining("evaluation completedAt")
        .withMessageNotContaining("2025");
  }

  @Test
  void an_evaluation_cannot_be_answered_before_it_was_offered() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                theNursesCompletedEvaluation()
                    .withOfferedAt(ANSWERED_AT)
                    .withCompletedAt(OFFERED_AT))
        .withMessageContaining("evaluation completedAt")
        .withMessageContaining("evaluation offeredAt")
        .withMessageNotContaining("2025");
  }

  @Test
  void a_declined_evaluation_has_no_satisfaction_answer() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                offeredToThePatient(EvaluationUptake.OFFERED_DECLINED)
                    .withSatisfaction(Satisfaction.SATISFIED))
        .withMessageContaining("evaluation answers")
        .withMessageContaining("satisfaction")
        .withMessageNotContaining("SATISFIED");
  }

  @Test
  void an_evaluation_never_offered_has_no_answers_of_any_kind() {
    Evaluation notOffered =
        anEvaluationNotOfferedTo(PATIENT_RESPONSIBLE, PartyRole.PERSON_RESPONSIBLE);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> notOffered.withWouldRecommend(true))
        .withMessageContaining("wouldRecommend");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> notOffered.withFeltAfter(FeltAfter.WORSE))
        .withMessageContaining("feltAfter")
        .withMessageNotContaining("WORSE");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> notOffered.withIesRScore(30))
        .withMessageContaining("iesRScore")
        .withMessageNotContaining("30");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> notOffered.withProceduralFairness(3))
        .withMessageContaining("proceduralFairness")
        .withMessageNotContaining("3");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> notOffered.withComments(SENTINEL))
        .withMessageContaining("comments")
        .withMessageNotContaining(SENTINEL);
  }

  @Test
  void the_ies_r_score_runs_from_0_to_88() {
    assertThat(theNursesCompletedEvaluation().withIesRScore(0).iesRScore()).contains(0);
    assertThat(theNursesCompletedEvaluation().withIesRScore(88).iesRScore()).contains(88);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> theNursesCompletedEvaluation().withIesRScore(89))
        .withMessageContaining("evaluation iesRScore")
        .withMessageNotContaining("89");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> theNursesCompletedEvaluation().withIesRScore(-1))
        .withMessageContaining("evaluation iesRScore")
        .withMessageNotContaining("-1");
  }

  @Test
  void procedural_fairness_runs_from_1_to_5() {
    assertThat(theNursesCompletedEvaluation().withProceduralFairness(1).proceduralFairness())
        .contains(1);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> theNursesCompletedEvaluation().withProceduralFairness(0))
        .withMessageContaining("evaluation proceduralFairness")
        .withMessageNotContaining("0");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> theNursesCompletedEvaluation().withProceduralFairness(6))
        .withMessageContaining("evaluation proceduralFairness")
        .withMessageNotContaining("6");
  }

  @Test
  void comments_must_not_be_blank() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> theNursesCompletedEvaluation().withComments(" "))
        .withMessageContaining("evaluation comments");
  }

  // ---- redaction

  @Test
  void the_comments_and_the_ies_r_score_are_not_printed() {
    String printed =
        theNursesCompletedEvaluation()
            .withComments(SENTINEL + " was kind to me")
            .withIesRScore(77)
            .toString();
    assertThat(printed).doesNotContain(SENTINEL).doesNotContain("77").contains("***");
    assertThat(printed).contains("VERY_SATISFIED").contains("PERSON_HARMED");
  }
}
