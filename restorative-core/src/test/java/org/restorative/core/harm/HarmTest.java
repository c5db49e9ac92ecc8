package org.restorative.core.harm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.restorative.core.harm.HarmFixtures.CO_PATIENT;
import static org.restorative.core.harm.HarmFixtures.HCA_WITNESS;
import static org.restorative.core.harm.HarmFixtures.NURSE;
import static org.restorative.core.harm.HarmFixtures.PATIENT;
import static org.restorative.core.harm.HarmFixtures.SENTINEL;
import static org.restorative.core.harm.HarmFixtures.aHarmOfAnotherKind;
import static org.restorative.core.harm.HarmFixtures.aPatientOnStaffAssault;
import static org.restorative.core.harm.HarmFixtures.aPoliceCrimeReference;
import static org.restorative.core.harm.HarmFixtures.aRestraintInjury;
import static org.restorative.core.harm.HarmFixtures.aWardSeparationPlan;
import static org.restorative.core.harm.HarmFixtures.anExactOccurrence;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.restorative.core.party.PartyId;
import org.restorative.core.party.PartyRelationship;

class HarmTest {

  @Test
  void a_patient_on_staff_assault_on_a_medium_secure_ward_is_recorded_in_full() {
    Harm harm = aPatientOnStaffAssault();

    assertThat(harm.id()).isEqualTo(HarmId.of("h-2026-031"));
    assertThat(harm.externalIncidentRefs()).contains(aPoliceCrimeReference());
    assertThat(harm.occurred()).isEqualTo(anExactOccurrence());
    assertThat(harm.reportedOn()).contains(LocalDate.of(2026, 3, 1));
    assertThat(harm.setting()).isEqualTo(Setting.MEDIUM_SECURE);
    assertThat(harm.context()).isEqualTo(HarmContext.PATIENT_ON_STAFF);
    assertThat(harm.types())
        .containsExactlyInAnyOrder(HarmType.PHYSICAL, HarmType.PSYCHOLOGICAL_EMOTIONAL);
    assertThat(harm.severity())
        .contains(HarmSeverity.local("Trust violence and aggression grading", "V3"));
    assertThat(harm.legalStatus()).isEqualTo(LegalStatus.UNDER_INVESTIGATION);
    assertThat(harm.contactRestrictions()).containsExactly(aWardSeparationPlan());
    assertThat(harm.relationship()).contains(PartyRelationship.STAFF_PATIENT);
    assertThat(harm.ongoingCoexistence()).isTrue();
    assertThat(harm.narrative()).isPresent();
    assertThat(harm.otherContext()).isEmpty();
  }

  @Test
  void the_legal_status_is_unknown_and_coexistence_false_unless_recorded() {
    Harm harm =
        new Harm.Builder()
            .id(HarmId.of("h-min"))
            .occurred(anExactOccurrence())
            .setting(Setting.INPATIENT_ACUTE)
            .context(HarmContext.PATIENT_ON_PATIENT)
            .build();

    assertThat(harm.legalStatus()).isEqualTo(LegalStatus.UNKNOWN);
    assertThat(harm.ongoingCoexistence()).isFalse();
    assertThat(harm.involvedPersons()).isEmpty();
    assertThat(harm.isSensitive()).isFalse();
    assertThat(harm.isMultipleParties()).isFalse();
  }

  @Test
  void the_persons_harmed_and_responsible_are_read_from_the_involved_persons() {
    Harm harm = aPatientOnStaffAssault();

    assertThat(harm.harmedParties()).containsExactly(NURSE);
    assertThat(harm.responsibleParties()).containsExactly(PATIENT);
    assertThat(harm.roleOf(HCA_WITNESS)).contains(RoleInHarm.WITNESS);
    assertThat(harm.roleOf(CO_PATIENT)).isEmpty();
  }

  @Test
  void one_person_harmed_by_one_person_is_not_a_multiple_party_harm() {
    assertThat(aPatientOnStaffAssault().isMultipleParties()).isFalse();
  }

  @Test
  void two_persons_harmed_make_a_multiple_party_harm() {
    Harm harm =
        aPatientOnStaffAssault()
            .withInvolvedPersons(
                InvolvedPerson.of(NURSE, RoleInHarm.HARMED),
                InvolvedPerson.of(HCA_WITNESS, RoleInHarm.HARMED),
                InvolvedPerson.of(PATIENT, RoleInHarm.RESPONSIBLE));

    assertThat(harm.harmedParties()).containsExactly(NURSE, HCA_WITNESS);
    assertThat(harm.isMultipleParties()).isTrue();
  }

  @Test
  void two_persons_responsible_make_a_multiple_party_harm() {
    Harm harm =
        aPatientOnStaffAssault()
            .withInvolvedPersons(
                InvolvedPerson.of(NURSE, RoleInHarm.HARMED),
                InvolvedPerson.of(PATIENT, RoleInHarm.RESPONSIBLE),
                InvolvedPerson.of(CO_PATIENT, RoleInHarm.RESPONSIBLE));

    assertThat(harm.responsibleParties()).containsExactly(PATIENT, CO_PATIENT);
    assertThat(harm.isMultipleParties()).isTrue();
  }

  @Test
  void in_a_fight_between_two_patients_each_counts_as_harmed_and_responsible() {
    Harm fight =
        aPatientOnStaffAssault()
            .withContext(HarmContext.PATIENT_ON_PATIENT)
            .withRelationship(PartyRelationship.CO_PATIENT)
            .withInvolvedPersons(
                InvolvedPerson.of(PATIENT, RoleInHarm.BOTH),
                InvolvedPerson.of(CO_PATIENT, RoleInHarm.BOTH));

    assertThat(fight.harmedParties()).containsExactly(PATIENT, CO_PATIENT);
    assertThat(fight.responsibleParties()).containsExactly(PATIENT, CO_PATIENT);
    assertThat(fight.isMultipleParties()).isTrue();
  }

  @Test
  void a_harm_without_flags_between_staff_and_patient_is_not_sensitive() {
    assertThat(aPatientOnStaffAssault().isSensitive()).isFalse();
  }

  @Test
  void any_sensitive_flag_makes_the_harm_sensitive() {
    for (SensitiveFlag flag : SensitiveFlag.values()) {
      assertThat(aPatientOnStaffAssault().withSensitiveFlags(flag).isSensitive())
          .as("flag %s", flag)
          .isTrue();
    }
  }

  @Test
  void sexual_harm_is_sensitive_even_when_no_flag_was_set() {
    Harm harm = aPatientOnStaffAssault().withTypes(HarmType.SEXUAL);

    assertThat(harm.sensitiveFlags()).isEmpty();
    assertThat(harm.isSensitive()).isTrue();
  }

  @Test
  void harm_between_former_partners_is_sensitive_without_any_flag() {
    Harm harm =
        aPatientOnStaffAssault()
            .withContext(HarmContext.PATIENT_ON_FAMILY_CARER)
            .withRelationship(PartyRelationship.EX_PARTNER);

    assertThat(harm.sensitiveFlags()).isEmpty();
    assertThat(harm.isSensitive()).isTrue();
  }

  @Test
  void harm_between_current_partners_is_sensitive_without_any_flag() {
    assertThat(
            aPatientOnStaffAssault()
                .withRelationship(PartyRelationship.INTIMATE_PARTNER)
                .isSensitive())
        .isTrue();
  }

  @Test
  void harm_between_relatives_is_not_sensitive_on_the_relationship_alone() {
    assertThat(
            aPatientOnStaffAssault()
                .withRelationship(PartyRelationship.FAMILY_MEMBER)
                .isSensitive())
        .isFalse();
  }

  @Test
  void the_contact_restrictions_in_force_on_a_day_are_listed() {
    Harm harm = aPatientOnStaffAssault();

    assertThat(harm.contactRestrictionsActiveOn(LocalDate.of(2026, 3, 2)))
        .containsExactly(aWardSeparationPlan());
    assertThat(harm.contactRestrictionsActiveOn(LocalDate.of(2026, 5, 1))).isEmpty();
  }

  @Test
  void an_other_context_must_be_described() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> aPatientOnStaffAssault().withContext(HarmContext.OTHER))
        .withMessageContaining("otherContext");
  }

  @Test
  void a_described_other_context_is_accepted() {
    Harm harm = aHarmOfAnotherKind("Harm between a visitor and a patient");

    assertThat(harm.context()).isEqualTo(HarmContext.OTHER);
    assertThat(harm.otherContext()).contains("Harm between a visitor and a patient");
  }

  @Test
  void a_named_context_carries_no_other_context_description() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> aPatientOnStaffAssault().withOtherContext(SENTINEL))
        .withMessageContaining("otherContext")
        .withMessageNotContaining(SENTINEL);
  }

  @Test
  void the_other_context_description_must_not_be_blank() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new Harm.Builder()
                    .id(HarmId.of("h-other"))
                    .occurred(anExactOccurrence())
                    .setting(Setting.OTHER)
                    .context(HarmContext.OTHER)
                    .otherContext("  ")
                    .build())
        .withMessageContaining("otherContext");
  }

  @Test
  void the_narrative_must_not_be_blank_when_given() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> aPatientOnStaffAssault().withNarrative(" "))
        .withMessageContaining("narrative");
  }

  @Test
  void the_safeguarding_referral_reference_must_not_be_blank_when_given() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> aPatientOnStaffAssault().withSafeguardingReferralRef(""))
        .withMessageContaining("safeguardingReferralRef");
  }

  @Test
  void a_person_is_involved_at_most_once() {
    PartyId twice = PartyId.of("p-listed-twice");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                aPatientOnStaffAssault()
                    .withInvolvedPersons(
                        InvolvedPerson.of(twice, RoleInHarm.HARMED),
                        InvolvedPerson.of(twice, RoleInHarm.WITNESS)))
        .withMessageContaining("involvedPersons")
        .withMessageNotContaining(twice.value());
  }

  @Test
  void the_narrative_and_other_context_are_redacted_from_the_printed_form() {
    Harm harm =
        aHarmOfAnotherKind(SENTINEL + " was harmed by a visitor")
            .withNarrative(SENTINEL + " was punched twice during the medication round.")
            .withContactRestrictions(
                aWardSeparationPlan().withPermittedException("Letters to " + SENTINEL));

    assertThat(harm.toString())
        .doesNotContain(SENTINEL)
        .contains("narrative=***")
        .contains("otherContext=***")
        .contains("permittedException=***")
        .contains("h-2026-052");
  }

  @Test
  void a_copy_with_a_new_legal_status_changes_only_the_legal_status() {
    Harm original = aPatientOnStaffAssault();

    Harm charged = original.withLegalStatus(LegalStatus.CHARGED_AWAITING_TRIAL);

    assertThat(charged.legalStatus()).isEqualTo(LegalStatus.CHARGED_AWAITING_TRIAL);
    assertThat(charged).isNotEqualTo(original);
    assertThat(charged.withLegalStatus(LegalStatus.UNDER_INVESTIGATION)).isEqualTo(original);
  }

  @Test
  void a_copy_with_a_new_narrative_changes_only_the_narrative() {
    Harm original = aPatientOnStaffAssault();

    Harm revised = original.withNarrative("The patient struck the nurse once.");

    assertThat(revised.narrative()).contains("The patient struck the nurse once.");
    assertThat(revised).isNotEqualTo(original);
    assertThat(revised.withNarrative(original.narrative())).isEqualTo(original);
  }

  @Test
  void a_copy_with_a_sensitive_flag_changes_only_the_flags() {
    Harm original = aPatientOnStaffAssault();

    Harm flagged = original.withSensitiveFlags(SensitiveFlag.SERIOUS_VIOLENCE);

    assertThat(flagged.sensitiveFlags()).containsExactly(SensitiveFlag.SERIOUS_VIOLENCE);
    assertThat(flagged).isNotEqualTo(original);
    assertThat(flagged.withSensitiveFlags(List.of())).isEqualTo(original);
  }

  @Test
  void two_harms_built_alike_are_equal() {
    assertThat(aPatientOnStaffAssault())
        .isEqualTo(aPatientOnStaffAssault())
        .hasSameHashCodeAs(aPatientOnStaffAssault())
        .isNotEqualTo(aRestraintInjury());
  }

  @Test
  void a_restraint_injury_of_moderate_harm_meets_the_duty_of_candour_threshold() {
    Harm harm = aRestraintInjury();

    assertThat(harm.severity())
        .hasValueSatisfying(s -> assertThat(s.meetsDutyOfCandourThreshold()).isTrue());
    assertThat(harm.dutyOfCandour()).hasValueSatisfying(d -> assertThat(d.isNotified()).isTrue());
    assertThat(harm.harmedParties()).containsExactly(PATIENT);
    assertThat(harm.responsibleParties()).containsExactly(NURSE);
  }
}
