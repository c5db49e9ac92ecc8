package org.restorative.core.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.restorative.core.consent.ConsentFixtures.GIVEN_AT;
import static org.restorative.core.consent.ConsentFixtures.THE_FACILITATOR;
import static org.restorative.core.consent.ConsentFixtures.THE_INTERPRETER;
import static org.restorative.core.consent.ConsentFixtures.THE_NURSE;
import static org.restorative.core.consent.ConsentFixtures.THE_PATIENT;
import static org.restorative.core.consent.ConsentFixtures.ZEBEDEE;
import static org.restorative.core.consent.ConsentFixtures.aConfirmedVoluntarinessCheck;
import static org.restorative.core.consent.ConsentFixtures.aParticipationConsentFor;
import static org.restorative.core.consent.ConsentFixtures.aWithdrawalFrom;
import static org.restorative.core.consent.ConsentFixtures.aWithdrawnConferenceConsent;
import static org.restorative.core.consent.ConsentFixtures.assertOnlyChanged;
import static org.restorative.core.consent.ConsentFixtures.assertRejected;
import static org.restorative.core.consent.ConsentFixtures.consentGivenFor;
import static org.restorative.core.consent.ConsentFixtures.dataSharingConsentNamingTheClinicalTeam;
import static org.restorative.core.consent.ConsentFixtures.daysAfterConsent;
import static org.restorative.core.consent.ConsentFixtures.daysBeforeConsent;
import static org.restorative.core.consent.ConsentFixtures.reconfirmedDaysLater;
import static org.restorative.core.consent.ConsentFixtures.theClinicalTeam;
import static org.restorative.core.consent.ConsentFixtures.thePolice;
import static org.restorative.core.consent.ConsentFixtures.writtenConsentOfADetainedPatientToAConference;
import static org.restorative.core.process.ProcessType.FACE_TO_FACE_CONFERENCE;
import static org.restorative.core.process.ProcessType.LETTER_EXCHANGE;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.restorative.core.party.ProfessionalId;
import org.restorative.core.process.Medium;
import org.restorative.core.process.ProcessType;

class ConsentTest {

  @Test
  void written_consent_of_a_detained_patient_to_a_conference_records_how_it_was_obtained() {
    Consent consent = writtenConsentOfADetainedPatientToAConference();

    assertThat(consent.party()).isEqualTo(THE_PATIENT);
    assertThat(consent.kind()).isEqualTo(ConsentKind.PARTICIPATION);
    assertThat(consent.status()).isEqualTo(ConsentStatus.GIVEN);
    assertThat(consent.obtainedAt()).contains(GIVEN_AT);
    assertThat(consent.obtainedBy()).contains(THE_FACILITATOR);
    assertThat(consent.method()).contains(ConsentMethod.WRITTEN_SIGNED);
    assertThat(consent.givenBy()).isEqualTo(ConsentGiver.SELF);
    assertThat(consent.voluntariness()).contains(aConfirmedVoluntarinessCheck());
    assertThat(consent.informationProvided().orElseThrow().coversParticipationEssentials())
        .isTrue();
    assertThat(consent.capacityBasis().orElseThrow().type())
        .isEqualTo(CapacityBasisType.ASSESSED_HAS_CAPACITY);
    assertThat(consent.interpreter()).contains(THE_INTERPRETER);
    assertThat(consent.confidentialityLimitsExplained()).isTrue();
    assertThat(consent.sharing()).isEmpty();
    assertThat(consent.withdrawal()).isEmpty();
    assertThat(consent.isActive()).isTrue();
  }

  @Test
  void a_data_sharing_consent_names_the_clinical_team_and_the_purposes_and_no_process() {
    Consent consent = dataSharingConsentNamingTheClinicalTeam();

    assertThat(consent.kind()).isEqualTo(ConsentKind.DATA_PROCESSING);
    assertThat(consent.participation()).isEmpty();
    assertThat(consent.coversSharing(theClinicalTeam(), SharingPurpose.SAFETY_AND_RISK_MANAGEMENT))
        .isTrue();
    assertThat(consent.covers(FACE_TO_FACE_CONFERENCE, Medium.IN_PERSON)).isFalse();
  }

  @Test
  void a_data_sharing_consent_does_not_cover_a_recipient_it_does_not_name() {
    Consent consent = dataSharingConsentNamingTheClinicalTeam();

    assertThat(consent.coversSharing(thePolice(), SharingPurpose.SAFETY_AND_RISK_MANAGEMENT))
        .isFalse();
  }

  @Test
  void a_data_sharing_consent_does_not_cover_a_purpose_it_does_not_name() {
    Consent consent = dataSharingConsentNamingTheClinicalTeam();

    assertThat(consent.coversSharing(theClinicalTeam(), SharingPurpose.RESEARCH)).isFalse();
  }

  @Test
  void a_participation_consent_covers_no_sharing() {
    assertThat(
            consentGivenFor(FACE_TO_FACE_CONFERENCE)
                .coversSharing(theClinicalTeam(), SharingPurpose.SAFETY_AND_RISK_MANAGEMENT))
        .isFalse();
  }

  @Test
  void consent_to_a_letter_exchange_does_not_cover_a_conference() {
    Consent consent = consentGivenFor(LETTER_EXCHANGE);

    assertThat(consent.covers(LETTER_EXCHANGE, Medium.WRITTEN)).isTrue();
    assertThat(consent.covers(FACE_TO_FACE_CONFERENCE, Medium.IN_PERSON)).isFalse();
  }

  @Test
  void consent_with_no_media_named_covers_the_process_in_any_medium() {
    Consent consent = consentGivenFor(FACE_TO_FACE_CONFERENCE);

    for (Medium medium : Medium.values()) {
      assertThat(consent.covers(FACE_TO_FACE_CONFERENCE, medium)).as("%s", medium).isTrue();
    }
  }

  @Test
  void consent_to_meet_in_person_does_not_cover_a_video_call() {
    Consent consent = writtenConsentOfADetainedPatientToAConference();

    assertThat(consent.covers(FACE_TO_FACE_CONFERENCE, Medium.IN_PERSON)).isTrue();
    assertThat(consent.covers(FACE_TO_FACE_CONFERENCE, Medium.VIDEO)).isFalse();
  }

  @Test
  void a_consent_is_given_by_the_person_themselves_unless_recorded_otherwise() {
    Consent consent =
        new Consent.Builder()
            .id(ConsentId.of("c-min"))
            .party(THE_PATIENT)
            .kind(ConsentKind.PARTICIPATION)
            .participation(ParticipationScope.of(FACE_TO_FACE_CONFERENCE))
            .status(ConsentStatus.DRAFT)
            .build();

    assertThat(consent.givenBy()).isEqualTo(ConsentGiver.SELF);
    assertThat(consent.confidentialityLimitsExplained()).isFalse();
    assertThat(consent.reconfirmations()).isEmpty();
  }

  @Test
  void a_draft_consent_need_not_say_when_it_was_obtained() {
    Consent draft =
        new Consent.Builder()
            .id(ConsentId.of("c-draft"))
            .party(THE_PATIENT)
            .kind(ConsentKind.PARTICIPATION)
            .participation(ParticipationScope.of(FACE_TO_FACE_CONFERENCE))
            .status(ConsentStatus.DRAFT)
            .build();

    assertThat(draft.obtainedAt()).isEmpty();
    assertThat(draft.isActive()).isFalse();
    assertThat(draft.lastConfirmedAt()).isEmpty();
  }

  @Test
  void a_verbal_consent_records_why_it_was_not_written() {
    Consent consent =
        aParticipationConsentFor(LETTER_EXCHANGE)
            .status(ConsentStatus.GIVEN)
            .method(ConsentMethod.VERBAL_RECORDED_WITH_REASON)
            .methodReason("Cannot hold a pen after a hand injury")
            .build();

    assertThat(consent.method().orElseThrow().isWrittenOrApproved()).isFalse();
    assertThat(consent.methodReason()).isPresent();
  }

  @Test
  void a_substitute_consent_can_be_recorded_so_that_a_rule_can_refuse_it() {
    Consent consent =
        aParticipationConsentFor(FACE_TO_FACE_CONFERENCE)
            .status(ConsentStatus.GIVEN)
            .givenBy(ConsentGiver.BEST_INTERESTS_DECISION)
            .build();

    assertThat(consent.givenBy().countsForParticipation()).isFalse();
  }

  @Test
  void a_reconfirmed_consent_was_last_confirmed_at_its_latest_reconfirmation() {
    Consent consent =
        aParticipationConsentFor(FACE_TO_FACE_CONFERENCE)
            .status(ConsentStatus.RECONFIRMED)
            .addReconfirmation(reconfirmedDaysLater(7))
            .addReconfirmation(reconfirmedDaysLater(14))
            .build();

    assertThat(consent.isActive()).isTrue();
    assertThat(consent.lastConfirmedAt()).contains(daysAfterConsent(14));
  }

  @Test
  void reconfirming_keeps_the_earlier_reconfirmations_and_sets_the_status_together() {
    Consent once = consentGivenFor(FACE_TO_FACE_CONFERENCE).reconfirmedBy(reconfirmedDaysLater(7));
    Consent twice = once.reconfirmedBy(reconfirmedDaysLater(14));

    assertThat(once.status()).isEqualTo(ConsentStatus.RECONFIRMED);
    assertThat(twice.status()).isEqualTo(ConsentStatus.RECONFIRMED);
    assertThat(twice.reconfirmations())
        .containsExactly(reconfirmedDaysLater(7), reconfirmedDaysLater(14));
    assertThat(twice.lastConfirmedAt()).contains(daysAfterConsent(14));
    assertThat(twice.withStatus(ConsentStatus.GIVEN).withReconfirmations())
        .as("nothing else changes")
        .isEqualTo(consentGivenFor(FACE_TO_FACE_CONFERENCE));
  }

  @ParameterizedTest
  @EnumSource(
      value = ConsentStatus.class,
      names = {"DRAFT", "WITHDRAWN", "EXPIRED", "SUPERSEDED", "INVALIDATED"})
  void a_consent_not_in_force_cannot_be_reconfirmed(ConsentStatus status) {
    Consent notInForce =
        status == ConsentStatus.WITHDRAWN
            ? aWithdrawnConferenceConsent()
            : aParticipationConsentFor(FACE_TO_FACE_CONFERENCE).status(status).build();

    assertThatThrownBy(() -> notInForce.reconfirmedBy(reconfirmedDaysLater(7)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "consent can be reconfirmed only while it is in force (GIVEN or RECONFIRMED), not "
                + status);
  }

  @Test
  void a_reconfirmation_before_the_last_one_is_refused() {
    Consent reconfirmed =
        consentGivenFor(FACE_TO_FACE_CONFERENCE).reconfirmedBy(reconfirmedDaysLater(14));

    assertThatThrownBy(() -> reconfirmed.reconfirmedBy(reconfirmedDaysLater(7)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("in time order");
  }

  @Test
  void a_consent_never_reconfirmed_was_last_confirmed_when_it_was_given() {
    assertThat(consentGivenFor(FACE_TO_FACE_CONFERENCE).lastConfirmedAt()).contains(GIVEN_AT);
  }

  @Test
  void two_reconfirmations_at_the_same_moment_are_in_order() {
    Consent consent =
        aParticipationConsentFor(FACE_TO_FACE_CONFERENCE)
            .status(ConsentStatus.RECONFIRMED)
            .addReconfirmation(reconfirmedDaysLater(0))
            .addReconfirmation(reconfirmedDaysLater(0))
            .build();

    assertThat(consent.lastConfirmedAt()).contains(GIVEN_AT);
  }

  @Test
  void a_consent_is_due_for_review_on_and_after_its_review_date() {
    Consent consent = consentGivenFor(FACE_TO_FACE_CONFERENCE);

    assertThat(consent.isReviewDueOn(LocalDate.of(2025, 6, 2))).isFalse();
    assertThat(consent.isReviewDueOn(LocalDate.of(2025, 6, 3))).isTrue();
    assertThat(consent.isReviewDueOn(LocalDate.of(2025, 7, 1))).isTrue();
  }

  @Test
  void a_consent_without_a_review_date_is_never_due_for_review() {
    assertThat(dataSharingConsentNamingTheClinicalTeam().isReviewDueOn(LocalDate.of(2099, 1, 1)))
        .isFalse();
  }

  @Test
  void a_withdrawal_with_no_reason_is_accepted() {
    Consent consent = aWithdrawnConferenceConsent();

    assertThat(consent.status()).isEqualTo(ConsentStatus.WITHDRAWN);
    assertThat(consent.withdrawal().orElseThrow().reason()).isEmpty();
    assertThat(consent.isActive()).isFalse();
  }

  @Test
  void a_withdrawn_consent_still_shows_what_it_covered() {
    Consent consent = aWithdrawnConferenceConsent();

    assertThat(consent.covers(FACE_TO_FACE_CONFERENCE, Medium.IN_PERSON)).isTrue();
    assertThat(consent.isActive()).isFalse();
  }

  @ParameterizedTest
  @EnumSource(
      value = ConsentStatus.class,
      names = {"EXPIRED", "SUPERSEDED", "INVALIDATED"})
  void a_consent_that_ended_without_a_withdrawal_is_not_active(ConsentStatus status) {
    Consent consent = consentGivenFor(FACE_TO_FACE_CONFERENCE).withStatus(status);

    assertThat(consent.isActive()).isFalse();
    assertThat(consent.status().isFinal()).isTrue();
  }

  @Test
  void copying_with_another_interpreter_changes_only_the_interpreter() {
    Consent consent = writtenConsentOfADetainedPatientToAConference();

    Consent copy = consent.withInterpreter(ProfessionalId.of("pro-2"));

    assertOnlyChanged(Consent.class, consent, copy, "interpreter");
  }

  @Test
  void copying_with_another_status_changes_only_the_status() {
    Consent consent = writtenConsentOfADetainedPatientToAConference();

    assertOnlyChanged(Consent.class, consent, consent.withStatus(ConsentStatus.EXPIRED), "status");
  }

  @Test
  void copying_with_another_review_date_changes_only_the_review_date() {
    Consent consent = writtenConsentOfADetainedPatientToAConference();

    assertOnlyChanged(
        Consent.class, consent, consent.withReviewDueOn(LocalDate.of(2025, 9, 1)), "reviewDueOn");
  }

  @Test
  void copying_with_confidentiality_limits_unexplained_changes_only_that() {
    Consent consent = writtenConsentOfADetainedPatientToAConference();

    assertOnlyChanged(
        Consent.class,
        consent,
        consent.withConfidentialityLimitsExplained(false),
        "confidentialityLimitsExplained");
  }

  @Test
  void copying_with_a_substitute_giver_changes_only_the_giver() {
    Consent consent = writtenConsentOfADetainedPatientToAConference();

    assertOnlyChanged(
        Consent.class, consent, consent.withGivenBy(ConsentGiver.RELATIVE), "givenBy");
  }

  @Test
  void two_consents_with_the_same_attributes_are_equal() {
    Consent one = writtenConsentOfADetainedPatientToAConference();
    Consent other = writtenConsentOfADetainedPatientToAConference();

    assertThat(one).isEqualTo(other).hasSameHashCodeAs(other);
    assertThat(one).isNotEqualTo(one.withId(ConsentId.of("c-other")));
  }

  @Test
  void a_participation_consent_must_say_which_processes_it_covers() {
    assertRejected(
        () ->
            new Consent.Builder()
                .id(ConsentId.of("c-1"))
                .party(THE_PATIENT)
                .kind(ConsentKind.PARTICIPATION)
                .status(ConsentStatus.DRAFT)
                .build(),
        "consent participation");
  }

  @Test
  void a_participation_consent_cannot_carry_a_sharing_scope() {
    assertRejected(
        () ->
            aParticipationConsentFor(FACE_TO_FACE_CONFERENCE)
                .status(ConsentStatus.GIVEN)
                .sharing(SharingScope.of(theClinicalTeam(), SharingPurpose.INDIVIDUAL_CARE))
                .build(),
        "consent sharing",
        "Forensic ward clinical team");
  }

  @ParameterizedTest
  @EnumSource(
      value = ConsentKind.class,
      names = {"DATA_PROCESSING", "DISCLOSURE_CONFIDENTIALITY"})
  void a_sharing_consent_must_name_recipients_and_purposes(ConsentKind kind) {
    assertRejected(
        () ->
            new Consent.Builder()
                .id(ConsentId.of("c-1"))
                .party(THE_PATIENT)
                .kind(kind)
                .status(ConsentStatus.DRAFT)
                .build(),
        "consent sharing");
  }

  @Test
  void a_sharing_consent_cannot_carry_a_participation_scope() {
    assertRejected(
        () ->
            dataSharingConsentNamingTheClinicalTeam()
                .withParticipation(ParticipationScope.of(FACE_TO_FACE_CONFERENCE)),
        "consent participation");
  }

  @ParameterizedTest
  @EnumSource(
      value = ConsentStatus.class,
      names = {"GIVEN", "RECONFIRMED", "WITHDRAWN", "EXPIRED", "SUPERSEDED", "INVALIDATED"})
  void a_consent_past_draft_must_say_when_it_was_obtained(ConsentStatus status) {
    assertRejected(
        () ->
            new Consent.Builder()
                .id(ConsentId.of("c-1"))
                .party(THE_PATIENT)
                .kind(ConsentKind.PARTICIPATION)
                .participation(ParticipationScope.of(FACE_TO_FACE_CONFERENCE))
                .status(status)
                .build(),
        "consent obtainedAt");
  }

  @Test
  void a_reconfirmed_consent_must_hold_a_reconfirmation() {
    assertRejected(
        () -> consentGivenFor(FACE_TO_FACE_CONFERENCE).withStatus(ConsentStatus.RECONFIRMED),
        "consent reconfirmations");
  }

  @Test
  void a_reconfirmation_cannot_come_before_the_consent_was_given() {
    Reconfirmation tooEarly =
        Reconfirmation.of(daysBeforeConsent(1), THE_FACILITATOR, ConsentMethod.WRITTEN_SIGNED);

    assertRejected(
        () ->
            aParticipationConsentFor(FACE_TO_FACE_CONFERENCE)
                .status(ConsentStatus.RECONFIRMED)
                .addReconfirmation(tooEarly)
                .build(),
        "consent reconfirmations",
        daysBeforeConsent(1).toString(),
        GIVEN_AT.toString());
  }

  @Test
  void reconfirmations_must_be_in_time_order() {
    assertRejected(
        () ->
            aParticipationConsentFor(FACE_TO_FACE_CONFERENCE)
                .status(ConsentStatus.RECONFIRMED)
                .addReconfirmation(reconfirmedDaysLater(14))
                .addReconfirmation(reconfirmedDaysLater(7))
                .build(),
        "consent reconfirmations",
        daysAfterConsent(7).toString(),
        daysAfterConsent(14).toString());
  }

  @Test
  void a_draft_cannot_be_reconfirmed() {
    assertRejected(
        () ->
            new Consent.Builder()
                .id(ConsentId.of("c-1"))
                .party(THE_PATIENT)
                .kind(ConsentKind.PARTICIPATION)
                .participation(ParticipationScope.of(FACE_TO_FACE_CONFERENCE))
                .status(ConsentStatus.DRAFT)
                .addReconfirmation(reconfirmedDaysLater(1))
                .build(),
        "consent reconfirmations");
  }

  @Test
  void a_withdrawn_consent_must_hold_the_withdrawal() {
    assertRejected(
        () -> consentGivenFor(FACE_TO_FACE_CONFERENCE).withStatus(ConsentStatus.WITHDRAWN),
        "consent withdrawal");
  }

  @Test
  void a_consent_in_force_cannot_hold_a_withdrawal() {
    assertRejected(
        () ->
            consentGivenFor(FACE_TO_FACE_CONFERENCE)
                .withWithdrawal(aWithdrawalFrom(WithdrawalScope.WHOLE_PROCESS)),
        "consent withdrawal");
  }

  @Test
  void only_the_person_who_consented_can_withdraw_their_consent() {
    Withdrawal byTheNurse =
        new Withdrawal.Builder()
            .party(THE_NURSE)
            .at(daysAfterConsent(2))
            .scope(WithdrawalScope.WHOLE_PROCESS)
            .build();

    assertRejected(
        () -> aWithdrawnConferenceConsent().withWithdrawal(byTheNurse),
        "consent withdrawal party",
        THE_NURSE.value(),
        THE_PATIENT.value());
  }

  @Test
  void a_withdrawal_cannot_come_before_the_consent_was_given() {
    Withdrawal tooEarly =
        aWithdrawalFrom(WithdrawalScope.WHOLE_PROCESS).withAt(daysBeforeConsent(1));

    assertRejected(
        () -> aWithdrawnConferenceConsent().withWithdrawal(tooEarly),
        "consent withdrawal at",
        daysBeforeConsent(1).toString());
  }

  @Test
  void a_withdrawal_cannot_come_before_the_last_reconfirmation() {
    assertRejected(
        () ->
            aParticipationConsentFor(FACE_TO_FACE_CONFERENCE)
                .status(ConsentStatus.WITHDRAWN)
                .addReconfirmation(reconfirmedDaysLater(20))
                .withdrawal(aWithdrawalFrom(WithdrawalScope.WHOLE_PROCESS))
                .build(),
        "consent withdrawal at",
        daysAfterConsent(20).toString(),
        daysAfterConsent(10).toString());
  }

  @Test
  void a_reason_for_a_verbal_consent_cannot_be_blank() {
    assertRejected(
        () ->
            aParticipationConsentFor(LETTER_EXCHANGE)
                .status(ConsentStatus.GIVEN)
                .method(ConsentMethod.VERBAL_RECORDED_WITH_REASON)
                .methodReason("  ")
                .build(),
        "consent methodReason");
  }

  @Test
  void the_free_texts_of_a_consent_are_redacted() {
    Consent consent =
        aParticipationConsentFor(FACE_TO_FACE_CONFERENCE)
            .status(ConsentStatus.GIVEN)
            .method(ConsentMethod.VERBAL_RECORDED_WITH_REASON)
            .methodReason(ZEBEDEE)
            .voluntariness(aConfirmedVoluntarinessCheck().withNote(ZEBEDEE))
            .build();

    assertThat(consent.toString()).doesNotContain(ZEBEDEE).contains("***");
  }

  @Test
  void a_withdrawal_reason_stays_out_of_the_consent_printout() {
    Consent consent =
        aWithdrawnConferenceConsent()
            .withWithdrawal(aWithdrawalFrom(WithdrawalScope.PROCESS_TYPE).withReason(ZEBEDEE));

    assertThat(consent.withdrawal().orElseThrow().reason()).contains(ZEBEDEE);
    assertThat(consent.toString()).doesNotContain(ZEBEDEE).contains("***");
  }

  @Test
  void a_consent_covers_a_process_only_through_its_participation_scope() {
    Consent consent =
        consentGivenFor(ProcessType.VIDEO_MEETING)
            .withParticipation(
                new ParticipationScope.Builder()
                    .addProcessType(ProcessType.VIDEO_MEETING)
                    .addProcessType(ProcessType.SHUTTLE_COMMUNICATION)
                    .addMedia(Medium.VIDEO)
                    .addMedia(Medium.PHONE)
                    .build());

    assertThat(consent.covers(ProcessType.SHUTTLE_COMMUNICATION, Medium.PHONE)).isTrue();
    assertThat(consent.covers(ProcessType.VIDEO_MEETING, Medium.IN_PERSON)).isFalse();
  }
}
