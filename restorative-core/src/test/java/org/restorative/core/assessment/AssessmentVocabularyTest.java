package org.restorative.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Pins the enum constants of the assessment package, so that a rename cannot slip in. */
class AssessmentVocabularyTest {

  private static String[] names(Enum<?>[] constants) {
    return Arrays.stream(constants).map(Enum::name).toArray(String[]::new);
  }

  @Test
  void risk_outcomes_levels_and_statuses_are_fixed() {
    assertThat(names(RiskOutcome.values()))
        .containsExactly("PROCEED", "PROCEED_WITH_CONDITIONS", "DO_NOT_PROCEED");
    assertThat(names(RiskLevel.values())).containsExactly("LOW", "MEDIUM", "HIGH");
    assertThat(names(AssessmentStatus.values())).containsExactly("IN_PROGRESS", "COMPLETED");
  }

  @Test
  void risk_domains_follow_the_scottish_framework_list_plus_safeguarding() {
    assertThat(names(RiskDomain.values()))
        .containsExactly(
            "HARM_AND_IMPACT",
            "OUTCOMES_WANTED",
            "JUSTICE_PROCESS_STAGE",
            "FEELINGS_ATTITUDES_BEHAVIOURS",
            "MOTIVATION",
            "SUBSTANCE_USE",
            "MENTAL_HEALTH",
            "PHYSICAL_OR_LEARNING_DISABILITY",
            "RISK_OF_TAKING_PART",
            "RISK_OF_NOT_TAKING_PART",
            "SAFEGUARDING");
  }

  @Test
  void safety_measures_are_fixed() {
    assertThat(names(SafetyMeasure.values()))
        .containsExactly(
            "SEPARATE_ARRIVAL",
            "SEPARATE_WAITING_AREAS",
            "STAFF_PRESENT",
            "NEVER_LEFT_ALONE",
            "EXIT_AND_STOP_PROCEDURE",
            "POST_MEETING_SUPPORT",
            "DISCONNECTION_PLAN",
            "DISTRESS_PLAN");
  }

  @Test
  void consultation_and_sign_off_vocabularies_are_fixed() {
    assertThat(names(ConsultationTopic.values()))
        .containsExactly("MENTAL_STATE", "RISK", "TIMING", "CAPACITY", "LEAVE");
    assertThat(names(ConsultationAdvice.values()))
        .containsExactly(
            "SUPPORTS_PROCEEDING", "PROCEED_WITH_CAUTION", "ADVISES_DELAY", "ADVISES_AGAINST");
    assertThat(names(SignOffSubject.values()))
        .containsExactly(
            "SENSITIVE_CASE_PROCEEDS",
            "PROPORTIONALITY_CHECK",
            "CO_FACILITATION",
            "EXTERNAL_FACILITATOR",
            "CASE_CLOSURE",
            "OTHER");
    assertThat(names(SignOffDecision.values()))
        .containsExactly("APPROVED", "APPROVED_WITH_CONDITIONS", "NOT_APPROVED");
  }
}
