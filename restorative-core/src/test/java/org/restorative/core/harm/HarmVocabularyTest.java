package org.restorative.core.harm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Pins the enum constants to the codes of the domain brief §2, so that a rename cannot slip in. */
class HarmVocabularyTest {

  private static String[] names(Enum<?>[] constants) {
    return Arrays.stream(constants).map(Enum::name).toArray(String[]::new);
  }

  @Test
  void harm_contexts_are_the_eight_codes_of_the_brief() {
    assertThat(names(HarmContext.values()))
        .containsExactly(
            "PATIENT_ON_PATIENT",
            "PATIENT_ON_STAFF",
            "STAFF_ON_PATIENT",
            "STAFF_ON_STAFF",
            "PATIENT_ON_FAMILY_CARER",
            "COMMUNITY_OFFENCE",
            "ORGANISATION_ON_PERSON",
            "OTHER");
  }

  @Test
  void settings_are_the_fourteen_codes_of_the_brief() {
    assertThat(names(Setting.values()))
        .containsExactly(
            "INPATIENT_ACUTE",
            "PICU",
            "LOW_SECURE",
            "MEDIUM_SECURE",
            "HIGH_SECURE",
            "LD_AUTISM_INPATIENT",
            "CAMHS_INPATIENT",
            "CMHT",
            "CRISIS_HOME_TREATMENT",
            "COMMUNITY_FORENSIC",
            "PATIENT_HOME",
            "PUBLIC_PLACE",
            "WORKPLACE_NON_CLINICAL",
            "OTHER");
  }

  @Test
  void harm_types_are_the_seven_codes_of_the_brief() {
    assertThat(names(HarmType.values()))
        .containsExactly(
            "PHYSICAL",
            "PSYCHOLOGICAL_EMOTIONAL",
            "SEXUAL",
            "FINANCIAL_PROPERTY",
            "RELATIONAL_TRUST",
            "REPUTATIONAL_ORGANISATIONAL",
            "DISCRIMINATORY_HATE");
  }

  @Test
  void sensitive_flags_are_the_eight_codes_of_the_brief() {
    assertThat(names(SensitiveFlag.values()))
        .containsExactly(
            "SEXUAL_VIOLENCE",
            "DOMESTIC_ABUSE",
            "STALKING",
            "HUMAN_TRAFFICKING",
            "CHILD_SEXUAL_EXPLOITATION",
            "HATE_CRIME",
            "HOMICIDE_OR_DEATH",
            "SERIOUS_VIOLENCE");
  }

  @Test
  void legal_statuses_are_the_nine_codes_of_the_brief() {
    assertThat(names(LegalStatus.values()))
        .containsExactly(
            "NOT_REPORTED_TO_POLICE",
            "REPORTED_NO_FURTHER_ACTION",
            "UNDER_INVESTIGATION",
            "CHARGED_AWAITING_TRIAL",
            "CONVICTED",
            "NOT_GUILTY_BY_REASON_OF_INSANITY",
            "UNFIT_TO_PLEAD_ACT_FOUND",
            "DIVERTED",
            "UNKNOWN");
  }

  @Test
  void contact_restriction_types_are_the_six_codes_of_the_brief() {
    assertThat(names(ContactRestrictionType.values()))
        .containsExactly(
            "RESTRAINING_ORDER",
            "BAIL_CONDITION",
            "DISCHARGE_CONDITION_NO_CONTACT",
            "EXCLUSION_ZONE",
            "LEAVE_CONDITION",
            "WARD_SEPARATION_PLAN");
  }

  @Test
  void severity_scales_and_their_grades_are_the_codes_of_the_brief() {
    assertThat(names(SeverityScale.values()))
        .containsExactly("DUTY_OF_CANDOUR_REG20", "NRLS_GRADING", "LOCAL");
    assertThat(names(DutyOfCandourGrade.values()))
        .containsExactly(
            "DEATH", "SEVERE", "MODERATE", "PROLONGED_PSYCHOLOGICAL", "BELOW_THRESHOLD");
    assertThat(names(NrlsGrade.values()))
        .containsExactly("NO_HARM", "LOW", "MODERATE", "SEVERE", "DEATH");
  }

  @Test
  void roles_in_harm_and_precisions_are_the_codes_of_the_brief() {
    assertThat(names(RoleInHarm.values()))
        .containsExactly("HARMED", "RESPONSIBLE", "BOTH", "WITNESS", "AFFECTED_OTHER");
    assertThat(names(OccurrencePrecision.values()))
        .containsExactly("EXACT", "DAY", "MONTH", "APPROXIMATE");
  }
}
