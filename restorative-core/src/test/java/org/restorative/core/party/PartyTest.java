package org.restorative.core.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.restorative.core.party.PartyFixtures.HARMED;
import static org.restorative.core.party.PartyFixtures.RESPONSIBLE;
import static org.restorative.core.party.PartyFixtures.SENTINEL_DATE_OF_BIRTH;
import static org.restorative.core.party.PartyFixtures.SENTINEL_NAME;
import static org.restorative.core.party.PartyFixtures.SUPPORTER;
import static org.restorative.core.party.PartyFixtures.TODAY;
import static org.restorative.core.party.PartyFixtures.aChildBornOn;
import static org.restorative.core.party.PartyFixtures.aMotherInformed;
import static org.restorative.core.party.PartyFixtures.aPartyWithSentinelPersonalData;
import static org.restorative.core.party.PartyFixtures.aPersonHarmed;
import static org.restorative.core.party.PartyFixtures.aPersonResponsible;
import static org.restorative.core.party.PartyFixtures.aRestrictedPatient;
import static org.restorative.core.party.PartyFixtures.aSupporterOf;
import static org.restorative.core.party.PartyFixtures.anInformalPatient;
import static org.restorative.core.party.PartyFixtures.communityLeaveApprovedBySecretaryOfState;
import static org.restorative.core.party.PartyFixtures.groundLeaveFromTheRcOn;
import static org.restorative.core.party.PartyFixtures.noContactWith;
import static org.restorative.core.party.PartyFixtures.onlyThatAttributeChanged;
import static org.restorative.core.party.PartyFixtures.remorseRecordedByTheWardManager;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PartyTest {

  // Building

  @Test
  void a_person_harmed_is_recorded_with_name_pronouns_language_and_victim_contact_scheme() {
    Party harmed = aPersonHarmed();
    assertThat(harmed.id()).isEqualTo(HARMED);
    assertThat(harmed.role()).isEqualTo(PartyRole.PERSON_HARMED);
    assertThat(harmed.personType()).isEqualTo(PersonType.STAFF_MEMBER);
    assertThat(harmed.name()).contains("Alex Morgan");
    assertThat(harmed.preferredName()).contains("Alex");
    assertThat(harmed.pronouns()).contains("she/her");
    assertThat(harmed.language()).contains("English");
    assertThat(harmed.vulnerabilityFlags()).containsExactly(VulnerabilityFlag.TRAUMA_HISTORY);
    assertThat(harmed.victimContactScheme()).map(VictimContactScheme::isOptedIn).contains(true);
    assertThat(harmed.principal()).isEmpty();
  }

  @Test
  void a_restricted_patient_carries_section_leave_needs_adjustments_and_acknowledgements() {
    Party patient = aPersonResponsible();
    assertThat(patient.careContext()).contains(CareContext.FORENSIC_INPATIENT);
    assertThat(patient.mentalHealthAct())
        .map(MentalHealthActStatus::section)
        .contains(MhaStatus.S37_41);
    assertThat(patient.leaveAuthorisations())
        .containsExactly(communityLeaveApprovedBySecretaryOfState());
    assertThat(patient.communicationNeeds())
        .containsExactlyInAnyOrder(
            CommunicationNeed.INTERPRETER, CommunicationNeed.PROCESSING_TIME);
    assertThat(patient.adjustments())
        .extracting(Adjustment::type)
        .containsExactly(AdjustmentType.INTERPRETER_BOOKED, AdjustmentType.TIME_OF_DAY);
    assertThat(patient.acknowledgements()).hasSize(2);
    assertThat(patient.criminalResponsibility()).contains(CriminalResponsibility.DIMINISHED);
    assertThat(patient.ageBand()).contains(AgeBand.ADULT);
  }

  @Test
  void a_party_needs_only_id_role_and_person_type_and_everything_else_defaults_to_absent() {
    Party bare =
        new Party.Builder()
            .id(PartyId.of("party-bare"))
            .role(PartyRole.AFFECTED_OTHER)
            .personType(PersonType.PATIENT)
            .build();
    assertThat(bare.reasonToDoubtCapacity()).isFalse();
    assertThat(bare.name()).isEmpty();
    assertThat(bare.dateOfBirth()).isEmpty();
    assertThat(bare.mentalHealthAct()).isEmpty();
    assertThat(bare.leaveAuthorisations()).isEmpty();
    assertThat(bare.dischargeConditions()).isEmpty();
    assertThat(bare.communicationNeeds()).isEmpty();
    assertThat(bare.adjustments()).isEmpty();
    assertThat(bare.vulnerabilityFlags()).isEmpty();
    assertThat(bare.acknowledgements()).isEmpty();
    assertThat(bare.parentalInvolvement()).isEmpty();
  }

  @Test
  void a_supporter_names_the_party_they_support_and_how_they_take_part() {
    Party mother = aSupporterOf(HARMED);
    assertThat(mother.principal()).contains(HARMED);
    assertThat(mother.relationshipToPrincipal()).contains(PartyRelationship.FAMILY_MEMBER);
    assertThat(mother.speakingRole()).contains(SpeakingRole.PRESENCE_ONLY);
  }

  @Test
  void a_representative_of_the_harmed_names_the_person_they_represent() {
    Party parent = aSupporterOf(HARMED).withRole(PartyRole.REPRESENTATIVE_OF_HARMED);
    assertThat(parent.principal()).contains(HARMED);
    assertThat(parent.role().isPrincipal()).isTrue();
  }

  @Test
  void the_collections_cannot_be_changed_after_building() {
    Party patient = aPersonResponsible();
    assertThat(patient.communicationNeeds()).isUnmodifiable();
    assertThat(patient.adjustments()).isUnmodifiable();
    assertThat(patient.acknowledgements()).isUnmodifiable();
  }

  // Checks

  @Test
  void a_supporter_must_name_the_party_they_support() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> aSupporterOf(HARMED).withPrincipal(Optional.empty()))
        .withMessageContaining("principal");
  }

  @Test
  void a_representative_must_name_the_party_they_represent() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new Party.Builder()
                    .id(PartyId.of("party-rep"))
                    .role(PartyRole.REPRESENTATIVE_OF_HARMED)
                    .personType(PersonType.FAMILY_MEMBER_OR_CARER)
                    .build())
        .withMessageContaining("principal");
  }

  @Test
  void a_person_harmed_has_no_principal_and_the_message_names_no_party() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> aPersonHarmed().withPrincipal(RESPONSIBLE))
        .withMessageContaining("principal")
        .withMessageNotContaining(RESPONSIBLE.value());
  }

  @Test
  void a_supporter_cannot_support_themselves() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> aSupporterOf(HARMED).withPrincipal(SUPPORTER))
        .withMessageContaining("principal")
        .withMessageNotContaining(SUPPORTER.value());
  }

  @Test
  void a_relationship_to_a_principal_needs_a_principal() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> aPersonHarmed().withRelationshipToPrincipal(PartyRelationship.CARER))
        .withMessageContaining("relationshipToPrincipal")
        .withMessageNotContaining("CARER");
  }

  @Test
  void a_recorded_age_band_is_not_held_beside_a_date_of_birth() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> aPersonHarmed().withAgeBand(AgeBand.YOUNG_PERSON_16_17))
        .withMessageContaining("ageBand")
        .withMessageContaining("dateOfBirth")
        .withMessageNotContaining("1990")
        .withMessageNotContaining("YOUNG_PERSON_16_17");
  }

  @Test
  void a_name_must_not_be_blank_when_given() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> aPersonHarmed().withName(" "))
        .withMessageContaining("party name");
  }

  @Test
  void a_preferred_name_must_not_be_blank_when_given() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> aPersonHarmed().withPreferredName(""))
        .withMessageContaining("preferredName");
  }

  @Test
  void pronouns_must_not_be_blank_when_given() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> aPersonHarmed().withPronouns("  "))
        .withMessageContaining("pronouns");
  }

  @Test
  void a_language_must_not_be_blank_when_given() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> aPersonHarmed().withLanguage("\n"))
        .withMessageContaining("language");
  }

  @Test
  void a_rationale_for_doubting_capacity_must_not_be_blank_when_given() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> aPersonResponsible().withReasonToDoubtCapacityRationale(" "))
        .withMessageContaining("reasonToDoubtCapacityRationale");
  }

  // Redaction

  @Test
  void names_pronouns_date_of_birth_and_rationale_are_redacted_from_to_string() {
    String text = aPartyWithSentinelPersonalData().toString();
    assertThat(text)
        .doesNotContain(SENTINEL_NAME)
        .doesNotContain("Zebby Q")
        .doesNotContain("xe/xem")
        .doesNotContain(SENTINEL_DATE_OF_BIRTH.toString())
        .doesNotContain("1987")
        .doesNotContain("ship at sea")
        .contains("***")
        .contains("party-sentinel")
        .contains("PERSON_RESPONSIBLE");
  }

  @Test
  void nested_personal_texts_are_redacted_too() {
    Party patient =
        aPersonResponsible()
            .withAdjustments(Adjustment.of(AdjustmentType.OTHER, "sit beside " + SENTINEL_NAME))
            .withAcknowledgements(
                remorseRecordedByTheWardManager().withNote("sorry, " + SENTINEL_NAME));
    assertThat(patient.toString()).doesNotContain(SENTINEL_NAME).contains("***");
  }

  // Derived answers

  @Test
  void the_age_band_comes_from_the_date_of_birth_and_changes_on_the_16th_birthday() {
    Party child = aChildBornOn(LocalDate.of(2009, 7, 10));
    assertThat(child.ageBandOn(LocalDate.of(2025, 7, 9))).contains(AgeBand.CHILD_UNDER_16);
    assertThat(child.ageBandOn(LocalDate.of(2025, 7, 10))).contains(AgeBand.YOUNG_PERSON_16_17);
    assertThat(child.ageBandOn(LocalDate.of(2027, 7, 10))).contains(AgeBand.ADULT);
  }

  @Test
  void without_a_date_of_birth_the_recorded_band_is_used() {
    assertThat(aPersonResponsible().ageBandOn(TODAY)).contains(AgeBand.ADULT);
  }

  @Test
  void without_date_of_birth_or_band_the_age_band_is_unknown() {
    assertThat(anInformalPatient().ageBandOn(TODAY)).isEmpty();
  }

  @Test
  void asking_for_the_age_band_before_birth_is_rejected() {
    Party child = aChildBornOn(LocalDate.of(2009, 7, 10));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> child.ageBandOn(LocalDate.of(2009, 7, 9)))
        .withMessageNotContaining("2009");
  }

  @Test
  void the_known_age_band_is_empty_before_birth_and_the_band_from_then_on() {
    Party child = aChildBornOn(LocalDate.of(2009, 7, 10));
    assertThat(child.knownAgeBandOn(LocalDate.of(2009, 7, 9))).isEmpty();
    assertThat(child.knownAgeBandOn(LocalDate.of(2009, 7, 10)))
        .isEqualTo(child.ageBandOn(LocalDate.of(2009, 7, 10)));
  }

  @Test
  void a_child_carries_the_involvement_of_the_person_with_parental_responsibility() {
    Party child = aChildBornOn(LocalDate.of(2010, 1, 1));
    assertThat(child.parentalInvolvement()).contains(aMotherInformed());
    assertThat(child.ageBandOn(TODAY)).map(AgeBand::usesGillickCompetence).contains(true);
  }

  @Test
  void a_person_responsible_has_acknowledged_only_the_levels_recorded() {
    Party patient = aPersonResponsible();
    assertThat(patient.hasAcknowledged(AcknowledgementLevel.FACTS)).isTrue();
    assertThat(patient.hasAcknowledged(AcknowledgementLevel.OWN_PART)).isTrue();
    assertThat(patient.hasAcknowledged(AcknowledgementLevel.HARM_CAUSED)).isFalse();
    assertThat(patient.hasAcknowledged(AcknowledgementLevel.REMORSE)).isFalse();
  }

  @Test
  void acknowledged_on_gives_the_day_of_the_level_or_nothing() {
    Party patient = aPersonResponsible();
    assertThat(patient.acknowledgedOn(AcknowledgementLevel.OWN_PART))
        .contains(LocalDate.of(2025, 4, 15));
    assertThat(patient.acknowledgedOn(AcknowledgementLevel.WILLING_TO_REPAIR)).isEmpty();
  }

  @Test
  void when_a_level_is_recorded_twice_acknowledged_on_gives_the_first_day() {
    Party patient =
        aPersonResponsible()
            .withAcknowledgements(
                Acknowledgement.of(AcknowledgementLevel.FACTS, LocalDate.of(2025, 5, 1)),
                Acknowledgement.of(AcknowledgementLevel.FACTS, LocalDate.of(2025, 3, 1)));
    assertThat(patient.acknowledgedOn(AcknowledgementLevel.FACTS))
        .contains(LocalDate.of(2025, 3, 1));
  }

  @Test
  void a_restricted_forensic_patient_is_detained_restricted_and_inpatient_or_forensic() {
    Party patient = aRestrictedPatient();
    assertThat(patient.isDetained()).isTrue();
    assertThat(patient.isRestrictedPatient()).isTrue();
    assertThat(patient.isInpatientOrForensic()).isTrue();
  }

  @Test
  void an_informal_inpatient_is_inpatient_but_neither_detained_nor_restricted() {
    Party patient = anInformalPatient();
    assertThat(patient.isDetained()).isFalse();
    assertThat(patient.isRestrictedPatient()).isFalse();
    assertThat(patient.isInpatientOrForensic()).isTrue();
  }

  @Test
  void a_conditionally_discharged_patient_in_the_community_is_restricted_but_not_detained() {
    Party patient =
        aRestrictedPatient()
            .withMentalHealthAct(MentalHealthActStatus.of(MhaStatus.CONDITIONALLY_DISCHARGED))
            .withCareContext(CareContext.COMMUNITY_MENTAL_HEALTH)
            .withDischargeConditions(noContactWith(HARMED));
    assertThat(patient.isDetained()).isFalse();
    assertThat(patient.isRestrictedPatient()).isTrue();
    assertThat(patient.isInpatientOrForensic()).isFalse();
    assertThat(patient.dischargeConditions()).anyMatch(c -> c.forbidsContactWith(HARMED));
  }

  @Test
  void a_party_without_mental_health_act_status_or_care_context_is_none_of_these() {
    Party staff = aPersonHarmed();
    assertThat(staff.isDetained()).isFalse();
    assertThat(staff.isRestrictedPatient()).isFalse();
    assertThat(staff.isInpatientOrForensic()).isFalse();
  }

  // Copies and equality

  @Test
  void with_copies_of_identity_and_role_change_only_that_attribute() {
    Party original = aPersonHarmed();

    Party other = original.withId(PartyId.of("party-harmed-2"));
    assertThat(other.id()).isEqualTo(PartyId.of("party-harmed-2"));
    onlyThatAttributeChanged(original, other, c -> c.withId(original.id()));

    Party secondVictim = original.withRole(PartyRole.SECOND_VICTIM);
    assertThat(secondVictim.role()).isEqualTo(PartyRole.SECOND_VICTIM);
    onlyThatAttributeChanged(original, secondVictim, c -> c.withRole(original.role()));

    Party carer = original.withPersonType(PersonType.FAMILY_MEMBER_OR_CARER);
    assertThat(carer.personType()).isEqualTo(PersonType.FAMILY_MEMBER_OR_CARER);
    onlyThatAttributeChanged(original, carer, c -> c.withPersonType(original.personType()));
  }

  @Test
  void with_copies_of_personal_details_change_only_that_attribute() {
    Party original = aPersonHarmed();

    Party renamed = original.withName("Alexandra Morgan");
    assertThat(renamed.name()).contains("Alexandra Morgan");
    onlyThatAttributeChanged(original, renamed, c -> c.withName(original.name()));

    Party preferred = original.withPreferredName("Lexi");
    assertThat(preferred.preferredName()).contains("Lexi");
    onlyThatAttributeChanged(
        original, preferred, c -> c.withPreferredName(original.preferredName()));

    Party pronouns = original.withPronouns("they/them");
    assertThat(pronouns.pronouns()).contains("they/them");
    onlyThatAttributeChanged(original, pronouns, c -> c.withPronouns(original.pronouns()));

    Party born = original.withDateOfBirth(LocalDate.of(1991, 3, 14));
    assertThat(born.dateOfBirth()).contains(LocalDate.of(1991, 3, 14));
    onlyThatAttributeChanged(original, born, c -> c.withDateOfBirth(original.dateOfBirth()));

    Party welsh = original.withLanguage("Welsh");
    assertThat(welsh.language()).contains("Welsh");
    onlyThatAttributeChanged(original, welsh, c -> c.withLanguage(original.language()));

    Party responsible = aPersonResponsible();
    Party youngPerson = responsible.withAgeBand(AgeBand.YOUNG_PERSON_16_17);
    assertThat(youngPerson.ageBand()).contains(AgeBand.YOUNG_PERSON_16_17);
    onlyThatAttributeChanged(responsible, youngPerson, c -> c.withAgeBand(responsible.ageBand()));
  }

  @Test
  void with_copies_of_the_supporter_link_change_only_that_attribute() {
    Party original = aSupporterOf(HARMED);

    Party supportsOther = original.withPrincipal(RESPONSIBLE);
    assertThat(supportsOther.principal()).contains(RESPONSIBLE);
    onlyThatAttributeChanged(original, supportsOther, c -> c.withPrincipal(original.principal()));

    Party carer = original.withRelationshipToPrincipal(PartyRelationship.CARER);
    assertThat(carer.relationshipToPrincipal()).contains(PartyRelationship.CARER);
    onlyThatAttributeChanged(
        original, carer, c -> c.withRelationshipToPrincipal(original.relationshipToPrincipal()));

    Party active = original.withSpeakingRole(SpeakingRole.ACTIVE);
    assertThat(active.speakingRole()).contains(SpeakingRole.ACTIVE);
    onlyThatAttributeChanged(original, active, c -> c.withSpeakingRole(original.speakingRole()));
  }

  @Test
  void with_copies_of_clinical_and_legal_details_change_only_that_attribute() {
    Party original = aPersonResponsible();

    Party community = original.withCareContext(CareContext.COMMUNITY_FORENSIC);
    assertThat(community.careContext()).contains(CareContext.COMMUNITY_FORENSIC);
    onlyThatAttributeChanged(original, community, c -> c.withCareContext(original.careContext()));

    Party section3 = original.withMentalHealthAct(MentalHealthActStatus.of(MhaStatus.S3));
    assertThat(section3.isRestrictedPatient()).isFalse();
    onlyThatAttributeChanged(
        original, section3, c -> c.withMentalHealthAct(original.mentalHealthAct()));

    Party groundLeave = original.withLeaveAuthorisations(groundLeaveFromTheRcOn(TODAY));
    assertThat(groundLeave.leaveAuthorisations()).containsExactly(groundLeaveFromTheRcOn(TODAY));
    onlyThatAttributeChanged(
        original, groundLeave, c -> c.withLeaveAuthorisations(original.leaveAuthorisations()));

    Party conditions = original.withDischargeConditions(noContactWith(HARMED));
    assertThat(conditions.dischargeConditions()).containsExactly(noContactWith(HARMED));
    onlyThatAttributeChanged(
        original, conditions, c -> c.withDischargeConditions(original.dischargeConditions()));

    Party doubt = original.withReasonToDoubtCapacity(true);
    assertThat(doubt.reasonToDoubtCapacity()).isTrue();
    onlyThatAttributeChanged(original, doubt, c -> c.withReasonToDoubtCapacity(false));

    Party rationale = original.withReasonToDoubtCapacityRationale("acutely unwell this week");
    assertThat(rationale.reasonToDoubtCapacityRationale()).contains("acutely unwell this week");
    onlyThatAttributeChanged(
        original,
        rationale,
        c -> c.withReasonToDoubtCapacityRationale(original.reasonToDoubtCapacityRationale()));

    Party ngri = original.withCriminalResponsibility(CriminalResponsibility.NONE_NGRI);
    assertThat(ngri.criminalResponsibility()).contains(CriminalResponsibility.NONE_NGRI);
    onlyThatAttributeChanged(
        original, ngri, c -> c.withCriminalResponsibility(original.criminalResponsibility()));
  }

  @Test
  void with_copies_of_needs_flags_scheme_and_acknowledgements_change_only_that_attribute() {
    Party original = aPersonResponsible();

    Party bsl = original.withCommunicationNeeds(CommunicationNeed.BSL);
    assertThat(bsl.communicationNeeds()).containsExactly(CommunicationNeed.BSL);
    onlyThatAttributeChanged(
        original, bsl, c -> c.withCommunicationNeeds(original.communicationNeeds()));

    Party breaks = original.withAdjustments(Adjustment.of(AdjustmentType.BREAKS));
    assertThat(breaks.adjustments()).containsExactly(Adjustment.of(AdjustmentType.BREAKS));
    onlyThatAttributeChanged(original, breaks, c -> c.withAdjustments(original.adjustments()));

    Party selfHarm = original.withVulnerabilityFlags(VulnerabilityFlag.SELF_HARM_RISK);
    assertThat(selfHarm.vulnerabilityFlags()).containsExactly(VulnerabilityFlag.SELF_HARM_RISK);
    onlyThatAttributeChanged(
        original, selfHarm, c -> c.withVulnerabilityFlags(original.vulnerabilityFlags()));

    Party scheme = original.withVictimContactScheme(VictimContactScheme.of(VcsStatus.NOT_ELIGIBLE));
    assertThat(scheme.victimContactScheme())
        .contains(VictimContactScheme.of(VcsStatus.NOT_ELIGIBLE));
    onlyThatAttributeChanged(
        original, scheme, c -> c.withVictimContactScheme(original.victimContactScheme()));

    Party remorse = original.withAcknowledgements(remorseRecordedByTheWardManager());
    assertThat(remorse.acknowledgements()).containsExactly(remorseRecordedByTheWardManager());
    onlyThatAttributeChanged(
        original, remorse, c -> c.withAcknowledgements(original.acknowledgements()));

    Party involved = original.withParentalInvolvement(aMotherInformed());
    assertThat(involved.parentalInvolvement()).contains(aMotherInformed());
    onlyThatAttributeChanged(
        original, involved, c -> c.withParentalInvolvement(original.parentalInvolvement()));
  }

  @Test
  void a_copy_that_changes_nothing_is_equal() {
    Party original = aPersonResponsible();
    assertThat(original.withLeaveAuthorisations(List.copyOf(original.leaveAuthorisations())))
        .isEqualTo(original);
  }

  @Test
  void equal_parties_are_equal_and_share_a_hash_code() {
    assertThat(aPersonResponsible())
        .isEqualTo(aPersonResponsible())
        .hasSameHashCodeAs(aPersonResponsible());
    assertThat(aPersonHarmed()).isNotEqualTo(aPersonResponsible());
    assertThat(aSupporterOf(HARMED)).isNotEqualTo(aSupporterOf(RESPONSIBLE));
  }
}
