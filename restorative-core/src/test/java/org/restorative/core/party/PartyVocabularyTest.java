package org.restorative.core.party;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The codes are the brief's codes exactly: they are the wire names and the trusts' shared
 * vocabulary.
 */
class PartyVocabularyTest {

  @Test
  void communication_needs_are_the_twelve_of_the_brief() {
    assertThat(CommunicationNeed.values())
        .extracting(Enum::name)
        .containsExactly(
            "INTERPRETER",
            "BSL",
            "EASY_READ",
            "LEARNING_DISABILITY",
            "AUTISM",
            "ACQUIRED_BRAIN_INJURY",
            "HEARING",
            "VISION",
            "LITERACY",
            "PROCESSING_TIME",
            "SENSORY_ENVIRONMENT",
            "OTHER");
  }

  @Test
  void vulnerability_flags_are_the_six_of_the_brief() {
    assertThat(VulnerabilityFlag.values())
        .extracting(Enum::name)
        .containsExactly(
            "SAFEGUARDING_ADULT",
            "SAFEGUARDING_CHILD",
            "TRAUMA_HISTORY",
            "SELF_HARM_RISK",
            "SUBSTANCE_USE",
            "POWER_IMBALANCE");
  }

  @Test
  void
      leave_is_ground_or_community_escorted_or_not_and_from_the_rc_alone_or_with_the_sosj_or_court() {
    assertThat(LeaveType.values()).extracting(Enum::name).containsExactly("GROUND", "COMMUNITY");
    assertThat(Escort.values()).extracting(Enum::name).containsExactly("ESCORTED", "UNESCORTED");
    assertThat(LeaveAuthority.values())
        .extracting(Enum::name)
        .containsExactly("RC", "RC_AND_SOSJ", "RC_AND_COURT");
    assertThat(LeaveAuthority.RC_AND_COURT.includesTheCourt()).isTrue();
    assertThat(LeaveAuthority.RC_AND_COURT.includesSecretaryOfState()).isFalse();
    assertThat(LeaveAuthority.RC_AND_SOSJ.includesTheCourt()).isFalse();
  }

  @Test
  void discharge_conditions_include_no_contact_and_exclusion_zones() {
    assertThat(DischargeConditionType.values())
        .extracting(Enum::name)
        .containsExactly(
            "NO_CONTACT", "EXCLUSION_ZONE", "RESIDENCE", "SUPERVISION", "TREATMENT", "OTHER");
  }

  @Test
  void the_victim_contact_scheme_codes_are_those_of_the_brief() {
    assertThat(VcsStatus.values())
        .extracting(Enum::name)
        .containsExactly("NOT_ELIGIBLE", "ELIGIBLE_NOT_OPTED_IN", "OPTED_IN", "OPTED_OUT");
    assertThat(VcsRoute.values())
        .extracting(Enum::name)
        .containsExactly("VLO", "HOSPITAL_MANAGERS");
  }

  @Test
  void criminal_responsibility_speaking_roles_and_care_contexts_are_those_of_the_brief() {
    assertThat(CriminalResponsibility.values())
        .extracting(Enum::name)
        .containsExactly("FULL", "DIMINISHED", "NONE_NGRI", "NOT_APPLICABLE");
    assertThat(SpeakingRole.values())
        .extracting(Enum::name)
        .containsExactly("ACTIVE", "PRESENCE_ONLY");
    assertThat(CareContext.values())
        .extracting(Enum::name)
        .containsExactly(
            "INPATIENT",
            "FORENSIC_INPATIENT",
            "COMMUNITY_FORENSIC",
            "COMMUNITY_MENTAL_HEALTH",
            "NOT_IN_SERVICE");
    assertThat(AgeBand.values())
        .extracting(Enum::name)
        .containsExactly("CHILD_UNDER_16", "YOUNG_PERSON_16_17", "ADULT");
  }

  @Test
  void facilitator_codes_are_those_of_the_brief() {
    assertThat(TrainingLevel.values())
        .extracting(Enum::name)
        .containsExactly("FOUNDATION", "INTERMEDIATE", "ADVANCED");
    assertThat(FacilitatorRole.values())
        .extracting(Enum::name)
        .containsExactly("FACILITATOR_LEAD", "FACILITATOR_CO");
    assertThat(ConflictKind.values())
        .extracting(Enum::name)
        .containsExactly(
            "PARTY_OR_SUPPORTER",
            "WITNESS_TO_HARM",
            "LINE_MANAGER_OF_PARTY",
            "TREATING_TEAM_MEMBER",
            "PERSONAL_RELATIONSHIP",
            "OTHER");
  }
}
