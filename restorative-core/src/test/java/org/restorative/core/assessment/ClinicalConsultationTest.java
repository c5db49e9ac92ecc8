package org.restorative.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.restorative.core.assessment.AssessmentFixtures.PATIENT;
import static org.restorative.core.assessment.AssessmentFixtures.RESPONSIBLE_CLINICIAN;
import static org.restorative.core.assessment.AssessmentFixtures.SENTINEL;
import static org.restorative.core.assessment.AssessmentFixtures.aTreatingTeamConsultation;

import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ClinicalConsultationTest {

  @Test
  void the_treating_team_is_consulted_on_the_patient() {
    ClinicalConsultation consultation = aTreatingTeamConsultation();

    assertThat(consultation.id()).isEqualTo(ConsultationId.of("cc-2026-031"));
    assertThat(consultation.patient()).isEqualTo(PATIENT);
    assertThat(consultation.consultee()).isEqualTo(RESPONSIBLE_CLINICIAN);
    assertThat(consultation.consultedAt()).isEqualTo(Instant.parse("2026-03-16T13:00:00Z"));
    assertThat(consultation.advice()).isEqualTo(ConsultationAdvice.SUPPORTS_PROCEEDING);
  }

  @Test
  void a_consultation_on_mental_state_risk_and_timing_covers_rule_23() {
    assertThat(aTreatingTeamConsultation().coversMentalStateRiskAndTiming()).isTrue();
  }

  @Test
  void a_consultation_missing_timing_does_not_cover_rule_23() {
    ClinicalConsultation consultation =
        aTreatingTeamConsultation()
            .withTopics(ConsultationTopic.MENTAL_STATE, ConsultationTopic.RISK);

    assertThat(consultation.coversMentalStateRiskAndTiming()).isFalse();
  }

  @Test
  void a_consultation_on_leave_alone_does_not_cover_rule_23() {
    assertThat(
            aTreatingTeamConsultation()
                .withTopics(ConsultationTopic.LEAVE)
                .coversMentalStateRiskAndTiming())
        .isFalse();
  }

  @Test
  void advice_to_delay_or_against_cautions_against_proceeding() {
    assertThat(
            Arrays.stream(ConsultationAdvice.values())
                .filter(ConsultationAdvice::isCautionAgainstProceeding))
        .containsExactlyInAnyOrder(
            ConsultationAdvice.ADVISES_DELAY, ConsultationAdvice.ADVISES_AGAINST);
  }

  @Test
  void the_notes_must_not_be_blank_when_given() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> aTreatingTeamConsultation().withNotes("\n"))
        .withMessageContaining("notes");
  }

  @Test
  void the_notes_are_redacted_from_the_printed_form() {
    ClinicalConsultation consultation =
        aTreatingTeamConsultation().withNotes(SENTINEL + " is on 1:1 observations");

    assertThat(consultation.toString())
        .doesNotContain(SENTINEL)
        .contains("notes=***")
        .contains("SUPPORTS_PROCEEDING");
  }

  @Test
  void a_change_of_advice_changes_only_the_advice() {
    ClinicalConsultation original = aTreatingTeamConsultation();

    ClinicalConsultation delayed = original.withAdvice(ConsultationAdvice.ADVISES_DELAY);

    assertThat(delayed.advice()).isEqualTo(ConsultationAdvice.ADVISES_DELAY);
    assertThat(delayed).isNotEqualTo(original);
    assertThat(delayed.withAdvice(ConsultationAdvice.SUPPORTS_PROCEEDING)).isEqualTo(original);
  }

  @Test
  void two_consultations_built_alike_are_equal() {
    assertThat(aTreatingTeamConsultation())
        .isEqualTo(aTreatingTeamConsultation())
        .hasSameHashCodeAs(aTreatingTeamConsultation());
  }
}
