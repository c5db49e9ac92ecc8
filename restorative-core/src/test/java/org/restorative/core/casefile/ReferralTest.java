package org.restorative.core.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.restorative.core.casefile.CaseFixtures.ACCEPTED_AT;
import static org.restorative.core.casefile.CaseFixtures.FACILITATOR_ACTOR;
import static org.restorative.core.casefile.CaseFixtures.HARM;
import static org.restorative.core.casefile.CaseFixtures.REFERRAL_NOTES;
import static org.restorative.core.casefile.CaseFixtures.REFERRED_AT;
import static org.restorative.core.casefile.CaseFixtures.assertRejected;
import static org.restorative.core.casefile.CaseFixtures.attributesThatDiffer;
import static org.restorative.core.casefile.CaseFixtures.theReferral;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.restorative.core.harm.HarmId;

class ReferralTest {

  private static final HarmId SECOND_HARM = HarmId.of("harm-2026-032");

  /** A self-referral by the person responsible, not yet accepted. */
  private static Referral aSelfReferralByThePatient() {
    return new Referral.Builder()
        .receivedAt(REFERRED_AT)
        .source(ReferralSource.SELF_PERSON_RESPONSIBLE)
        .addHarm(HARM)
        .build();
  }

  // Building

  @Test
  void a_referral_from_ward_staff_names_the_harm_and_is_accepted_with_a_case_owner() {
    Referral referral = theReferral();
    assertThat(referral.source()).isEqualTo(ReferralSource.WARD_STAFF);
    assertThat(referral.receivedAt()).isEqualTo(REFERRED_AT);
    assertThat(referral.harms()).containsExactly(HARM);
    assertThat(referral.acceptedAt()).contains(ACCEPTED_AT);
    assertThat(referral.caseOwner()).contains(FACILITATOR_ACTOR);
    assertThat(referral.notes()).contains(REFERRAL_NOTES);
  }

  @Test
  void a_referral_not_yet_accepted_has_no_acceptance_case_owner_or_notes() {
    Referral referral = aSelfReferralByThePatient();
    assertThat(referral.acceptedAt()).isEmpty();
    assertThat(referral.caseOwner()).isEmpty();
    assertThat(referral.notes()).isEmpty();
  }

  @Test
  void either_the_person_harmed_or_the_person_responsible_can_refer_themselves() {
    assertThat(Arrays.asList(ReferralSource.values()))
        .contains(ReferralSource.SELF_PERSON_HARMED, ReferralSource.SELF_PERSON_RESPONSIBLE)
        .contains(
            ReferralSource.WARD_STAFF,
            ReferralSource.CLINICAL_TEAM,
            ReferralSource.POLICE,
            ReferralSource.PROBATION_OR_VLO,
            ReferralSource.HR,
            ReferralSource.PATIENT_SAFETY_LEARNING_RESPONSE);
  }

  @Test
  void a_referral_may_be_about_several_harms_kept_in_the_order_recorded() {
    Referral referral = aSelfReferralByThePatient().withHarms(SECOND_HARM, HARM);
    assertThat(referral.harms()).containsExactly(SECOND_HARM, HARM);
  }

  @Test
  void a_referral_may_be_accepted_the_moment_it_is_received() {
    assertThat(aSelfReferralByThePatient().withAcceptedAt(REFERRED_AT).acceptedAt())
        .contains(REFERRED_AT);
  }

  // Checks

  @Test
  void a_referral_not_yet_linked_to_a_harm_can_be_recorded_for_the_rules_to_report() {
    Referral noHarm =
        new Referral.Builder().receivedAt(REFERRED_AT).source(ReferralSource.CLINICAL_TEAM).build();
    assertThat(noHarm.harms()).isEmpty();
    assertThat(theReferral().withHarms(List.of()).harms()).isEmpty();
  }

  @Test
  void a_referral_names_each_harm_once() {
    assertRejected(
        () -> theReferral().withHarms(HARM, SECOND_HARM, HARM),
        "referral harms",
        HARM.value(),
        SECOND_HARM.value());
  }

  @Test
  void a_referral_cannot_be_accepted_before_it_was_received() {
    assertRejected(
        () -> theReferral().withAcceptedAt(REFERRED_AT.minusSeconds(60)),
        "acceptedAt",
        REFERRED_AT.toString(),
        REFERRED_AT.minusSeconds(60).toString());
  }

  @Test
  void notes_must_not_be_blank_when_given() {
    assertRejected(() -> theReferral().withNotes(" "), "referral notes");
    assertRejected(() -> theReferral().withNotes(""), "referral notes");
  }

  // Copies and equality

  @Test
  void accepting_a_referral_changes_only_its_acceptance() {
    Referral received = aSelfReferralByThePatient();
    Referral accepted = received.withAcceptedAt(ACCEPTED_AT);
    assertThat(attributesThatDiffer(Referral.class, received, accepted))
        .containsExactly("acceptedAt");
  }

  @Test
  void allocating_a_case_owner_changes_only_the_case_owner() {
    Referral referral = theReferral();
    Referral withoutOwner = referral.withCaseOwner(Optional.empty());
    assertThat(attributesThatDiffer(Referral.class, referral, withoutOwner))
        .containsExactly("caseOwner");
  }

  @Test
  void equal_referrals_are_equal_and_hash_alike() {
    assertThat(theReferral()).isEqualTo(theReferral()).hasSameHashCodeAs(theReferral());
    assertThat(theReferral()).isNotEqualTo(theReferral().withSource(ReferralSource.POLICE));
  }

  // Redaction

  @Test
  void the_notes_are_never_printed() {
    String printed = theReferral().toString();
    assertThat(printed).doesNotContain(REFERRAL_NOTES).contains("***");
    assertThat(printed).contains("WARD_STAFF").contains(HARM.value());
  }
}
