package org.restorative.core.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.restorative.core.consent.ConsentFixtures.A_CHILD;
import static org.restorative.core.consent.ConsentFixtures.THE_FACILITATOR;
import static org.restorative.core.consent.ConsentFixtures.ZEBEDEE;
import static org.restorative.core.consent.ConsentFixtures.aGillickAssessment;
import static org.restorative.core.consent.ConsentFixtures.assertOnlyChanged;
import static org.restorative.core.consent.ConsentFixtures.assertRejected;
import static org.restorative.core.consent.ConsentFixtures.daysBeforeConsent;

import org.junit.jupiter.api.Test;
import org.restorative.core.process.ProcessType;

class CompetenceAssessmentTest {

  private static CompetenceAssessment.Builder aMinimalGillickAssessment() {
    return new CompetenceAssessment.Builder()
        .id(CompetenceAssessmentId.of("cg-min"))
        .party(A_CHILD)
        .assessedAt(daysBeforeConsent(2))
        .assessor(THE_FACILITATOR)
        .outcome(CompetenceOutcome.INCONCLUSIVE);
  }

  @Test
  void a_competent_child_meets_every_gillick_factor() {
    CompetenceAssessment assessment = aGillickAssessment(CompetenceOutcome.COMPETENT);

    assertThat(assessment.party()).isEqualTo(A_CHILD);
    assertThat(assessment.processType()).contains(ProcessType.FACE_TO_FACE_CONFERENCE);
    assertThat(assessment.isCompetent()).isTrue();
    assertThat(assessment.allFactorsMet()).isTrue();
  }

  @Test
  void a_child_found_not_competent_is_not_competent() {
    CompetenceAssessment assessment = aGillickAssessment(CompetenceOutcome.NOT_COMPETENT);

    assertThat(assessment.isCompetent()).isFalse();
    assertThat(assessment.allFactorsMet()).isFalse();
  }

  @Test
  void the_gillick_factors_are_false_unless_recorded() {
    CompetenceAssessment assessment = aMinimalGillickAssessment().build();

    assertThat(assessment.understandsIssues()).isFalse();
    assertThat(assessment.understandsRisksAndOptions()).isFalse();
    assertThat(assessment.canGiveReasons()).isFalse();
    assertThat(assessment.maturityConsidered()).isFalse();
    assertThat(assessment.allFactorsMet()).isFalse();
    assertThat(assessment.isCompetent()).isFalse();
  }

  @Test
  void one_missing_factor_means_not_every_factor_is_met() {
    CompetenceAssessment assessment =
        aGillickAssessment(CompetenceOutcome.COMPETENT).withCanGiveReasons(false);

    assertThat(assessment.allFactorsMet()).isFalse();
  }

  @Test
  void copying_with_another_outcome_changes_only_the_outcome() {
    CompetenceAssessment assessment = aGillickAssessment(CompetenceOutcome.COMPETENT);

    assertOnlyChanged(
        CompetenceAssessment.class,
        assessment,
        assessment.withOutcome(CompetenceOutcome.INCONCLUSIVE),
        "outcome");
  }

  @Test
  void copying_with_maturity_not_considered_changes_only_that_factor() {
    CompetenceAssessment assessment = aGillickAssessment(CompetenceOutcome.COMPETENT);

    assertOnlyChanged(
        CompetenceAssessment.class,
        assessment,
        assessment.withMaturityConsidered(false),
        "maturityConsidered");
  }

  @Test
  void two_identical_assessments_are_equal() {
    assertThat(aGillickAssessment(CompetenceOutcome.COMPETENT))
        .isEqualTo(aGillickAssessment(CompetenceOutcome.COMPETENT))
        .hasSameHashCodeAs(aGillickAssessment(CompetenceOutcome.COMPETENT))
        .isNotEqualTo(aGillickAssessment(CompetenceOutcome.NOT_COMPETENT));
  }

  @Test
  void notes_when_given_cannot_be_blank() {
    assertRejected(
        () -> aMinimalGillickAssessment().notes(" ").build(), "competence assessment notes");
  }

  @Test
  void the_notes_are_redacted() {
    CompetenceAssessment assessment = aMinimalGillickAssessment().notes(ZEBEDEE).build();

    assertThat(assessment.toString()).doesNotContain(ZEBEDEE).contains("***");
  }
}
