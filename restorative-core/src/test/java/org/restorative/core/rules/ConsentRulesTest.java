package org.restorative.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.restorative.core.rules.ConsentCapacityFixtures.AS_OF;
import static org.restorative.core.rules.ConsentCapacityFixtures.aCaseWithAConsentingParticipant;
import static org.restorative.core.rules.ConsentCapacityFixtures.aConferenceInPreparation;
import static org.restorative.core.rules.ConsentCapacityFixtures.aConsentingParticipant;
import static org.restorative.core.rules.ConsentCapacityFixtures.aHeldConferenceWithASupporter;
import static org.restorative.core.rules.ConsentCapacityFixtures.aLetterExchangeUnderWay;
import static org.restorative.core.rules.ConsentCapacityFixtures.attendeeIndex;
import static org.restorative.core.rules.ConsentCapacityFixtures.checkConsent;
import static org.restorative.core.rules.ConsentCapacityFixtures.codesOf;
import static org.restorative.core.rules.ConsentCapacityFixtures.consentedAfresh;
import static org.restorative.core.rules.ConsentCapacityFixtures.freshConsent;
import static org.restorative.core.rules.ConsentCapacityFixtures.meetingStart;
import static org.restorative.core.rules.ConsentCapacityFixtures.participationConsent;
import static org.restorative.core.rules.ConsentCapacityFixtures.participationConsentIndex;
import static org.restorative.core.rules.ConsentCapacityFixtures.partyWithRole;
import static org.restorative.core.rules.ConsentCapacityFixtures.plusConsent;
import static org.restorative.core.rules.ConsentCapacityFixtures.violationsOf;
import static org.restorative.core.rules.ConsentCapacityFixtures.withConsent;
import static org.restorative.core.rules.ConsentCapacityFixtures.withoutParticipationConsentOf;
import static org.restorative.core.rules.StandardCode.CONSENT_IN_WRITING;
import static org.restorative.core.rules.StandardCode.CONSENT_RECONFIRMED_BEFORE_MEETING;
import static org.restorative.core.rules.StandardCode.CONSENT_REQUIRED_BEFORE_MEETING;
import static org.restorative.core.rules.StandardCode.CONSENT_SCOPE_MATCHES_PROCESS;
import static org.restorative.core.rules.StandardCode.DATES_IN_ORDER;
import static org.restorative.core.rules.StandardCode.INFORMATION_GIVEN_BEFORE_CONSENT;
import static org.restorative.core.rules.StandardCode.VOLUNTARINESS_CONFIRMED;
import static org.restorative.core.rules.StandardCode.WITHDRAWAL_ALWAYS_ACCEPTED;
import static org.restorative.core.rules.StandardCode.WITHDRAWAL_OF_CORE_PARTY_HALTS_PROCESS;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.casefile.Stage;
import org.restorative.core.consent.Consent;
import org.restorative.core.consent.ConsentId;
import org.restorative.core.consent.ConsentKind;
import org.restorative.core.consent.ConsentMethod;
import org.restorative.core.consent.ConsentStatus;
import org.restorative.core.consent.InformationProvided;
import org.restorative.core.consent.InformationTopic;
import org.restorative.core.consent.ParticipationScope;
import org.restorative.core.consent.Recipient;
import org.restorative.core.consent.RecipientType;
import org.restorative.core.consent.SharingPurpose;
import org.restorative.core.consent.SharingScope;
import org.restorative.core.consent.VoluntarinessCheck;
import org.restorative.core.consent.Withdrawal;
import org.restorative.core.consent.WithdrawalScope;
import org.restorative.core.party.Party;
import org.restorative.core.party.PartyId;
import org.restorative.core.party.PartyRole;
import org.restorative.core.party.PersonType;
import org.restorative.core.process.Medium;
import org.restorative.core.process.Message;
import org.restorative.core.process.PreparationContact;
import org.restorative.core.process.PreparationContactId;
import org.restorative.core.process.PreparationTopic;
import org.restorative.core.process.ProcessId;
import org.restorative.core.process.ProcessStatus;
import org.restorative.core.process.ProcessType;
import org.restorative.core.process.RestorativeProcess;

class ConsentRulesTest {

  // ---------------------------------------------------------------- the family

  @Test
  void the_consent_family_holds_rules_3_to_10_in_the_briefs_order() {
    assertThat(ConsentRules.rules())
        .extracting(r -> r.code().name())
        .containsExactly(
            CONSENT_REQUIRED_BEFORE_MEETING.name(),
            CONSENT_IN_WRITING.name(),
            CONSENT_RECONFIRMED_BEFORE_MEETING.name(),
            CONSENT_SCOPE_MATCHES_PROCESS.name(),
            INFORMATION_GIVEN_BEFORE_CONSENT.name(),
            WITHDRAWAL_ALWAYS_ACCEPTED.name(),
            WITHDRAWAL_OF_CORE_PARTY_HALTS_PROCESS.name(),
            VOLUNTARINESS_CONFIRMED.name());
    assertThat(ConsentRules.rules())
        .extracting(Rule::severity)
        .containsExactly(
            Severity.ERROR,
            Severity.ERROR,
            Severity.ERROR,
            Severity.ERROR,
            Severity.ERROR,
            Severity.ERROR,
            Severity.ERROR,
            Severity.WARNING);
    assertThat(ConsentRules.rules())
        .extracting(Rule::appliesFrom)
        .containsExactly(
            Stage.PREPARATION,
            Stage.PREPARATION,
            Stage.PREPARATION,
            Stage.PREPARATION,
            Stage.PREPARATION,
            Stage.REFERRAL,
            Stage.REFERRAL,
            Stage.PREPARATION);
  }

  @Test
  void the_reconfirmation_rule_reads_the_policys_window() {
    assertThat(
            ConsentRules.everyAttendeeReconfirmedConsentShortlyBeforeTheMeeting()
                .policyParameters())
        .containsExactly("consentReconfirmationWindow");
  }

  @Test
  void accepting_a_withdrawal_is_a_guarantee_of_the_transitions() {
    assertThat(ConsentRules.aWithdrawalIsAlwaysHonoured().kind()).isEqualTo(RuleKind.GUARANTEE);
    assertThat(ConsentRules.everyAttendeeHasConsentedBeforeTheMeeting().kind())
        .isEqualTo(RuleKind.CHECK);
  }

  @Test
  void a_well_run_conference_breaks_no_consent_rule() {
    assertThat(checkConsent(aHeldConferenceWithASupporter()).violations()).isEmpty();
    assertThat(checkConsent(aLetterExchangeUnderWay()).violations()).isEmpty();
  }

  // ---------------------------------------------------------------- rule 3

  @Test
  void a_supporter_at_the_conference_needs_their_own_consent() {
    RestorativeCase held = aHeldConferenceWithASupporter();
    PartyId supporter = partyWithRole(held, PartyRole.SUPPORTER).id();
    RestorativeCase broken = withoutParticipationConsentOf(held, supporter);

    Report report = checkConsent(broken);

    assertThat(violationsOf(report, CONSENT_REQUIRED_BEFORE_MEETING))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.severity()).isEqualTo(Severity.ERROR);
              assertThat(v.path())
                  .isEqualTo(
                      "/meetings/0/attendees/" + attendeeIndex(held.meetings().get(0), supporter));
            });
    assertThat(codesOf(report)).containsOnly(CONSENT_REQUIRED_BEFORE_MEETING.name());
  }

  @Test
  void a_supporter_who_signed_their_consent_may_attend() {
    RestorativeCase held = aHeldConferenceWithASupporter();

    assertThat(violationsOf(checkConsent(held), CONSENT_REQUIRED_BEFORE_MEETING)).isEmpty();
  }

  @Test
  void consent_withdrawn_before_the_meeting_no_longer_counts_for_it() {
    RestorativeCase held = aHeldConferenceWithASupporter();
    PartyId supporter = partyWithRole(held, PartyRole.SUPPORTER).id();
    Instant justBefore = meetingStart(held).minus(Duration.ofMinutes(30));
    RestorativeCase broken =
        withConsent(
            held,
            supporter,
            c -> c.withdrawnBy(Withdrawals.fromTheWholeProcess(supporter, justBefore)));

    assertThat(violationsOf(checkConsent(broken), CONSENT_REQUIRED_BEFORE_MEETING))
        .extracting(Violation::path)
        .containsExactly(
            "/meetings/0/attendees/" + attendeeIndex(held.meetings().get(0), supporter));
  }

  @Test
  void consent_withdrawn_after_a_held_meeting_does_not_undo_the_meeting() {
    RestorativeCase held = aHeldConferenceWithASupporter();
    PartyId supporter = partyWithRole(held, PartyRole.SUPPORTER).id();
    Instant afterwards = held.meetings().get(0).endAt().orElseThrow().plus(Duration.ofDays(1));
    RestorativeCase later =
        withConsent(
            held,
            supporter,
            c -> c.withdrawnBy(Withdrawals.fromTheWholeProcess(supporter, afterwards)));

    assertThat(violationsOf(checkConsent(later), CONSENT_REQUIRED_BEFORE_MEETING)).isEmpty();
  }

  @Test
  void a_participant_who_consented_afresh_after_withdrawing_needs_that_consent_in_force() {
    RestorativeCase preparing = aConferenceInPreparation();
    PartyId responsible = partyWithRole(preparing, PartyRole.PERSON_RESPONSIBLE).id();
    Instant given = consentedAt(preparing, responsible);
    Withdrawal withdrawal =
        Withdrawals.fromTheWholeProcess(responsible, given.plus(Duration.ofHours(3)));
    RestorativeCase withdrawn =
        withConsent(preparing, responsible, c -> c.withdrawnBy(withdrawal))
            .withWithdrawals(withdrawal);
    Consent afresh = freshConsent(withdrawn, responsible, withdrawal.at().plus(Duration.ofDays(1)));
    RestorativeCase renewed = plusConsent(withdrawn, afresh);
    RestorativeCase lapsed = plusConsent(withdrawn, afresh.withStatus(ConsentStatus.EXPIRED));
    RestorativeCase lapsedBefore =
        plusConsent(
            withdrawn,
            afresh
                .withObtainedAt(withdrawal.at().minus(Duration.ofHours(1)))
                .withStatus(ConsentStatus.EXPIRED));
    int place = List.copyOf(preparing.processes().get(0).participants()).indexOf(responsible);

    assertThat(violationsOf(checkConsent(withdrawn), CONSENT_REQUIRED_BEFORE_MEETING)).isEmpty();
    assertThat(violationsOf(checkConsent(renewed), CONSENT_REQUIRED_BEFORE_MEETING)).isEmpty();
    assertThat(violationsOf(checkConsent(lapsed), CONSENT_REQUIRED_BEFORE_MEETING))
        .extracting(Violation::severity, Violation::path)
        .containsExactly(tuple(Severity.ERROR, "/processes/0/participants/" + place));
    assertThat(violationsOf(checkConsent(lapsedBefore), CONSENT_REQUIRED_BEFORE_MEETING)).isEmpty();
  }

  @Test
  void a_participant_of_a_process_under_way_is_held_to_consent_as_they_stood_at_the_check() {
    RestorativeCase preparing = aConferenceInPreparation();
    PartyId responsible = partyWithRole(preparing, PartyRole.PERSON_RESPONSIBLE).id();
    int place = List.copyOf(preparing.processes().get(0).participants()).indexOf(responsible);
    RestorativeCase unconsented = withoutParticipationConsentOf(preparing, responsible);
    RestorativeCase withdrawsAfterTheCheck =
        unconsented.withWithdrawals(
            Withdrawals.fromTheWholeProcess(responsible, AS_OF.plus(Duration.ofSeconds(1))));
    RestorativeCase withdrewAtTheCheck =
        unconsented.withWithdrawals(Withdrawals.fromTheWholeProcess(responsible, AS_OF));
    Instant given = consentedAt(preparing, responsible);
    RestorativeCase withdrawn =
        withdrawnFromTheWholeProcess(preparing, responsible, given.plus(Duration.ofHours(3)));
    RestorativeCase renewedAfterTheCheck =
        consentedAfresh(withdrawn, responsible, AS_OF.plus(Duration.ofSeconds(1)));
    RestorativeCase renewedAtTheCheck = consentedAfresh(withdrawn, responsible, AS_OF);

    // A withdrawal not yet made at the check does not excuse a consent missing then.
    assertThat(violationsOf(checkConsent(withdrawsAfterTheCheck), CONSENT_REQUIRED_BEFORE_MEETING))
        .extracting(Violation::severity, Violation::path)
        .containsExactly(tuple(Severity.ERROR, "/processes/0/participants/" + place));
    assertThat(violationsOf(checkConsent(withdrewAtTheCheck), CONSENT_REQUIRED_BEFORE_MEETING))
        .isEmpty();
    // A fresh consent not yet given at the check does not bring the participant back: they had
    // withdrawn, which rule 9 reports, and are not reported again for lacking consent.
    assertThat(checkConsent(renewedAfterTheCheck).violations())
        .extracting(Violation::code, Violation::path)
        .containsExactly(
            tuple(WITHDRAWAL_OF_CORE_PARTY_HALTS_PROCESS.name(), "/processes/0/status"));
    assertThat(checkConsent(renewedAtTheCheck).violations()).isEmpty();
  }

  @Test
  void an_attendee_who_consented_afresh_before_the_meeting_needs_that_consent_in_force_there() {
    RestorativeCase held = aHeldConferenceWithASupporter();
    PartyId supporter = partyWithRole(held, PartyRole.SUPPORTER).id();
    Instant confirmed = participationConsent(held, supporter).lastConfirmedAt().orElseThrow();
    Duration quarter = Duration.between(confirmed, meetingStart(held)).dividedBy(4);
    Withdrawal withdrawal = Withdrawals.fromTheWholeProcess(supporter, confirmed.plus(quarter));
    RestorativeCase withdrawn =
        withConsent(held, supporter, c -> c.withdrawnBy(withdrawal)).withWithdrawals(withdrawal);
    Consent afresh = freshConsent(withdrawn, supporter, withdrawal.at().plus(quarter));
    RestorativeCase renewed = plusConsent(withdrawn, afresh);
    RestorativeCase lapsed = plusConsent(withdrawn, afresh.withStatus(ConsentStatus.EXPIRED));
    Instant afterTheMeeting = held.meetings().get(0).endAt().orElseThrow().plus(Duration.ofDays(1));
    RestorativeCase lapsedAfterTheMeeting =
        plusConsent(
            withdrawn, afresh.withObtainedAt(afterTheMeeting).withStatus(ConsentStatus.EXPIRED));

    assertThat(violationsOf(checkConsent(withdrawn), CONSENT_REQUIRED_BEFORE_MEETING)).isEmpty();
    assertThat(violationsOf(checkConsent(renewed), CONSENT_REQUIRED_BEFORE_MEETING)).isEmpty();
    assertThat(violationsOf(checkConsent(lapsed), CONSENT_REQUIRED_BEFORE_MEETING))
        .extracting(Violation::severity, Violation::path)
        .containsExactly(
            tuple(
                Severity.ERROR,
                "/meetings/0/attendees/" + attendeeIndex(held.meetings().get(0), supporter)));
    // Consent given after the meeting does not undo a withdrawal that stood when it started.
    assertThat(violationsOf(checkConsent(lapsedAfterTheMeeting), CONSENT_REQUIRED_BEFORE_MEETING))
        .isEmpty();
  }

  // ---------------------------------------------------------------- rule 4

  @Test
  void a_participation_consent_must_say_how_it_was_given() {
    RestorativeCase held = aHeldConferenceWithASupporter();
    PartyId harmed = partyWithRole(held, PartyRole.PERSON_HARMED).id();
    RestorativeCase broken = withConsent(held, harmed, c -> c.withMethod(Optional.empty()));

    Report report = checkConsent(broken);

    assertThat(violationsOf(report, CONSENT_IN_WRITING))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.severity()).isEqualTo(Severity.ERROR);
              assertThat(v.path())
                  .isEqualTo("/consents/" + participationConsentIndex(held, harmed) + "/method");
            });
    assertThat(codesOf(report)).containsOnly(CONSENT_IN_WRITING.name());
  }

  @Test
  void verbal_consent_recorded_with_a_reason_is_only_a_warning() {
    RestorativeCase held = aHeldConferenceWithASupporter();
    PartyId harmed = partyWithRole(held, PartyRole.PERSON_HARMED).id();
    RestorativeCase verbal =
        withConsent(
            held,
            harmed,
            c ->
                c.withMethod(ConsentMethod.VERBAL_RECORDED_WITH_REASON)
                    .withMethodReason("Could not hold a pen after the injury"));

    assertThat(violationsOf(checkConsent(verbal), CONSENT_IN_WRITING))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.severity()).isEqualTo(Severity.WARNING);
              assertThat(v.path())
                  .isEqualTo("/consents/" + participationConsentIndex(held, harmed) + "/method");
            });
  }

  @Test
  void signed_or_easy_read_consent_is_in_writing() {
    RestorativeCase held = aHeldConferenceWithASupporter();
    PartyId harmed = partyWithRole(held, PartyRole.PERSON_HARMED).id();
    RestorativeCase easyRead =
        withConsent(held, harmed, c -> c.withMethod(ConsentMethod.ALTERNATIVE_FORMAT));

    assertThat(violationsOf(checkConsent(held), CONSENT_IN_WRITING)).isEmpty();
    assertThat(violationsOf(checkConsent(easyRead), CONSENT_IN_WRITING)).isEmpty();
  }

  // ---------------------------------------------------------------- rule 5

  @Test
  void consent_must_be_reconfirmed_before_the_meeting() {
    RestorativeCase held = aHeldConferenceWithASupporter();
    PartyId responsible = partyWithRole(held, PartyRole.PERSON_RESPONSIBLE).id();
    RestorativeCase broken = withConsent(held, responsible, ConsentRulesTest::neverReconfirmed);

    Report report = checkConsent(broken);

    assertThat(violationsOf(report, CONSENT_RECONFIRMED_BEFORE_MEETING))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.severity()).isEqualTo(Severity.ERROR);
              assertThat(v.path())
                  .isEqualTo(
                      "/meetings/0/attendees/"
                          + attendeeIndex(held.meetings().get(0), responsible));
            });
    assertThat(codesOf(report)).containsOnly(CONSENT_RECONFIRMED_BEFORE_MEETING.name());
  }

  @Test
  void a_reconfirmation_before_the_last_preparation_visit_does_not_count() {
    RestorativeCase held = aHeldConferenceWithASupporter();
    PartyId responsible = partyWithRole(held, PartyRole.PERSON_RESPONSIBLE).id();
    RestorativeCase broken =
        plusPreparationContact(held, responsible, meetingStart(held).minus(Duration.ofHours(2)));

    assertThat(violationsOf(checkConsent(broken), CONSENT_RECONFIRMED_BEFORE_MEETING))
        .extracting(Violation::path)
        .containsExactly(
            "/meetings/0/attendees/" + attendeeIndex(held.meetings().get(0), responsible));
  }

  @Test
  void a_reconfirmation_outside_the_trusts_window_does_not_count() {
    RestorativeCase held = aHeldConferenceWithASupporter();
    Policy oneMinute =
        new Policy.Builder().consentReconfirmationWindow(Duration.ofMinutes(1)).build();

    Report report = checkConsent(held, oneMinute, AS_OF);

    assertThat(violationsOf(report, CONSENT_RECONFIRMED_BEFORE_MEETING))
        .hasSize(held.meetings().get(0).attendees().size());
    assertThat(violationsOf(checkConsent(held), CONSENT_RECONFIRMED_BEFORE_MEETING)).isEmpty();
  }

  @Test
  void reconfirmation_is_not_yet_due_for_a_meeting_beyond_the_window() {
    RestorativeCase held = aHeldConferenceWithASupporter();
    PartyId responsible = partyWithRole(held, PartyRole.PERSON_RESPONSIBLE).id();
    RestorativeCase notYet = withConsent(held, responsible, ConsentRulesTest::neverReconfirmed);
    Policy oneDay = new Policy.Builder().consentReconfirmationWindow(Duration.ofDays(1)).build();
    Instant start = meetingStart(held);

    String attendee = "/meetings/0/attendees/" + attendeeIndex(held.meetings().get(0), responsible);

    assertThat(
            violationsOf(
                checkConsent(notYet, oneDay, start.minus(Duration.ofDays(2))),
                CONSENT_RECONFIRMED_BEFORE_MEETING))
        .isEmpty();
    assertThat(
            violationsOf(
                checkConsent(notYet, oneDay, start.minus(Duration.ofHours(12))),
                CONSENT_RECONFIRMED_BEFORE_MEETING))
        .extracting(Violation::path)
        .contains(attendee);
  }

  @Test
  void an_attendee_who_consented_afresh_before_the_meeting_reconfirms_after_their_last_visit() {
    RestorativeCase held = aHeldConferenceWithASupporter();
    PartyId supporter = partyWithRole(held, PartyRole.SUPPORTER).id();
    Instant confirmed = participationConsent(held, supporter).lastConfirmedAt().orElseThrow();
    Duration fifth = Duration.between(confirmed, meetingStart(held)).dividedBy(5);
    Withdrawal withdrawal = Withdrawals.fromTheWholeProcess(supporter, confirmed.plus(fifth));
    Instant visit = confirmed.plus(fifth.multipliedBy(3));
    RestorativeCase withdrawn =
        plusPreparationContact(
            withConsent(held, supporter, c -> c.withdrawnBy(withdrawal))
                .withWithdrawals(withdrawal),
            supporter,
            visit);
    RestorativeCase renewedBeforeTheVisit =
        consentedAfresh(withdrawn, supporter, visit.minus(fifth));
    RestorativeCase renewedAfterTheVisit = consentedAfresh(withdrawn, supporter, visit.plus(fifth));

    assertThat(violationsOf(checkConsent(withdrawn), CONSENT_RECONFIRMED_BEFORE_MEETING)).isEmpty();
    assertThat(
            violationsOf(checkConsent(renewedBeforeTheVisit), CONSENT_RECONFIRMED_BEFORE_MEETING))
        .extracting(Violation::severity, Violation::path)
        .containsExactly(
            tuple(
                Severity.ERROR,
                "/meetings/0/attendees/" + attendeeIndex(held.meetings().get(0), supporter)));
    assertThat(violationsOf(checkConsent(renewedAfterTheVisit), CONSENT_RECONFIRMED_BEFORE_MEETING))
        .isEmpty();
  }

  // ---------------------------------------------------------------- rule 6

  @Test
  void consent_to_a_letter_exchange_does_not_cover_a_conference() {
    RestorativeCase held = aHeldConferenceWithASupporter();
    PartyId harmed = partyWithRole(held, PartyRole.PERSON_HARMED).id();
    RestorativeCase broken =
        withConsent(
            held,
            harmed,
            c -> c.withParticipation(ParticipationScope.of(ProcessType.LETTER_EXCHANGE)));

    Report report = checkConsent(broken);

    assertThat(violationsOf(report, CONSENT_SCOPE_MATCHES_PROCESS))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.severity()).isEqualTo(Severity.ERROR);
              assertThat(v.path())
                  .isEqualTo(
                      "/consents/" + participationConsentIndex(held, harmed) + "/participation");
            });
    assertThat(codesOf(report)).containsOnly(CONSENT_SCOPE_MATCHES_PROCESS.name());
  }

  @Test
  void a_consent_that_covers_neither_of_two_processes_is_reported_once() {
    RestorativeCase held = aHeldConferenceWithASupporter();
    PartyId harmed = partyWithRole(held, PartyRole.PERSON_HARMED).id();
    RestorativeProcess conference = held.processes().get(0);
    RestorativeCase twoProcesses =
        held.withProcesses(
            conference,
            conference
                .withId(ProcessId.of("process-by-video"))
                .withType(ProcessType.VIDEO_MEETING)
                .withParticipants(harmed));
    RestorativeCase broken =
        withConsent(
            twoProcesses,
            harmed,
            c -> c.withParticipation(ParticipationScope.of(ProcessType.LETTER_EXCHANGE)));

    assertThat(violationsOf(checkConsent(broken), CONSENT_SCOPE_MATCHES_PROCESS))
        .extracting(Violation::path)
        .containsExactly("/consents/" + participationConsentIndex(held, harmed) + "/participation");
  }

  @Test
  void consent_to_meet_by_video_does_not_cover_meeting_in_person() {
    RestorativeCase held = aHeldConferenceWithASupporter();
    PartyId harmed = partyWithRole(held, PartyRole.PERSON_HARMED).id();
    RestorativeCase broken =
        withConsent(
            held,
            harmed,
            c ->
                c.withParticipation(
                    ParticipationScope.of(ProcessType.FACE_TO_FACE_CONFERENCE, Medium.VIDEO)));

    assertThat(violationsOf(checkConsent(broken), CONSENT_SCOPE_MATCHES_PROCESS)).hasSize(1);
  }

  @Test
  void consent_to_the_conference_in_any_medium_covers_it() {
    RestorativeCase held = aHeldConferenceWithASupporter();
    PartyId harmed = partyWithRole(held, PartyRole.PERSON_HARMED).id();
    RestorativeCase anyMedium =
        withConsent(
            held,
            harmed,
            c -> c.withParticipation(ParticipationScope.of(ProcessType.FACE_TO_FACE_CONFERENCE)));

    assertThat(violationsOf(checkConsent(held), CONSENT_SCOPE_MATCHES_PROCESS)).isEmpty();
    assertThat(violationsOf(checkConsent(anyMedium), CONSENT_SCOPE_MATCHES_PROCESS)).isEmpty();
  }

  @Test
  void a_halted_process_needs_no_matching_consent() {
    RestorativeCase held = aHeldConferenceWithASupporter();
    PartyId harmed = partyWithRole(held, PartyRole.PERSON_HARMED).id();
    RestorativeProcess process = held.processes().get(0);
    RestorativeCase halted =
        withConsent(
                held,
                harmed,
                c -> c.withParticipation(ParticipationScope.of(ProcessType.LETTER_EXCHANGE)))
            .withProcesses(process.endedAs(ProcessStatus.HALTED, AS_OF.minus(Duration.ofDays(1))));

    assertThat(violationsOf(checkConsent(halted), CONSENT_SCOPE_MATCHES_PROCESS)).isEmpty();
  }

  @Test
  void a_participant_who_withdrew_from_the_conference_is_not_held_to_consent_to_it() {
    RestorativeCase preparing = aConferenceInPreparation();
    PartyId supporter = partyWithRole(preparing, PartyRole.SUPPORTER).id();
    Consent toConference = participationConsent(preparing, supporter);
    Withdrawal fromConferences =
        new Withdrawal.Builder()
            .party(supporter)
            .at(toConference.obtainedAt().orElseThrow().plus(Duration.ofHours(3)))
            .scope(WithdrawalScope.PROCESS_TYPE)
            .processType(ProcessType.FACE_TO_FACE_CONFERENCE)
            .build();
    Consent toLetters =
        new Consent.Builder()
            .from(toConference)
            .id(ConsentId.of("consent-to-letters"))
            .participation(ParticipationScope.of(ProcessType.LETTER_EXCHANGE))
            .build();
    List<Consent> consents = new ArrayList<>(preparing.consents());
    consents.set(
        participationConsentIndex(preparing, supporter), toConference.withdrawnBy(fromConferences));
    consents.add(toLetters);
    RestorativeCase stillInTheConference = preparing.withConsents(consents);
    RestorativeCase withdrawn = stillInTheConference.withWithdrawals(fromConferences);

    assertThat(checkConsent(withdrawn).violations()).isEmpty();
    assertThat(violationsOf(checkConsent(stillInTheConference), CONSENT_SCOPE_MATCHES_PROCESS))
        .extracting(Violation::path)
        .containsExactly("/consents/" + (consents.size() - 1) + "/participation");
  }

  @Test
  void a_participant_who_consented_afresh_after_withdrawing_is_held_to_what_that_consent_covers() {
    RestorativeCase preparing = aConferenceInPreparation();
    PartyId supporter = partyWithRole(preparing, PartyRole.SUPPORTER).id();
    RestorativeProcess conference = preparing.processes().get(0);
    Medium another = conference.medium() == Medium.VIDEO ? Medium.PHONE : Medium.VIDEO;
    Instant given = consentedAt(preparing, supporter);
    Withdrawal withdrawal =
        Withdrawals.fromTheWholeProcess(supporter, given.plus(Duration.ofHours(3)));
    RestorativeCase withdrawn =
        withConsent(preparing, supporter, c -> c.withdrawnBy(withdrawal))
            .withWithdrawals(withdrawal);
    Consent byAnotherMedium =
        freshConsent(withdrawn, supporter, withdrawal.at().plus(Duration.ofDays(1)))
            .withParticipation(ParticipationScope.of(conference.type(), another));
    RestorativeCase renewed = plusConsent(withdrawn, byAnotherMedium);
    // Given before the withdrawal, the same consent is one the withdrawal left active: rule 8's
    // finding, not this rule's, since the participant no longer takes part.
    RestorativeCase givenBefore =
        plusConsent(
            withdrawn, byAnotherMedium.withObtainedAt(withdrawal.at().minus(Duration.ofHours(1))));

    assertThat(checkConsent(renewed).violations())
        .extracting(Violation::code, Violation::path)
        .containsExactly(
            tuple(
                CONSENT_SCOPE_MATCHES_PROCESS.name(),
                "/consents/" + withdrawn.consents().size() + "/participation"));
    assertThat(checkConsent(givenBefore).violations())
        .extracting(Violation::code, Violation::path)
        .containsExactly(tuple(WITHDRAWAL_ALWAYS_ACCEPTED.name(), "/withdrawals/0"));
  }

  // ---------------------------------------------------------------- rule 7

  @Test
  void a_participation_consent_must_reference_the_leaflet_given() {
    RestorativeCase held = aHeldConferenceWithASupporter();
    PartyId responsible = partyWithRole(held, PartyRole.PERSON_RESPONSIBLE).id();
    RestorativeCase broken =
        withConsent(held, responsible, c -> c.withInformationProvided(Optional.empty()));

    Report report = checkConsent(broken);

    assertThat(violationsOf(report, INFORMATION_GIVEN_BEFORE_CONSENT))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.severity()).isEqualTo(Severity.ERROR);
              assertThat(v.path())
                  .isEqualTo(
                      "/consents/"
                          + participationConsentIndex(held, responsible)
                          + "/informationProvided");
            });
    assertThat(codesOf(report)).containsOnly(INFORMATION_GIVEN_BEFORE_CONSENT.name());
  }

  @Test
  void a_leaflet_that_leaves_out_the_right_to_withdraw_is_not_enough() {
    RestorativeCase held = aHeldConferenceWithASupporter();
    PartyId responsible = partyWithRole(held, PartyRole.PERSON_RESPONSIBLE).id();
    InformationProvided partial =
        InformationProvided.of(
            "RP-INFO-LEAFLET",
            "2",
            EnumSet.of(
                InformationTopic.PROCESS,
                InformationTopic.POSSIBLE_OUTCOMES,
                InformationTopic.MONITORING_OF_OUTCOMES,
                InformationTopic.CONFIDENTIALITY_LIMITS));
    RestorativeCase broken =
        withConsent(held, responsible, c -> c.withInformationProvided(partial));

    assertThat(violationsOf(checkConsent(broken), INFORMATION_GIVEN_BEFORE_CONSENT))
        .extracting(Violation::path)
        .containsExactly(
            "/consents/" + participationConsentIndex(held, responsible) + "/informationProvided");
  }

  @Test
  void a_leaflet_covering_the_essentials_is_enough() {
    assertThat(
            violationsOf(
                checkConsent(aHeldConferenceWithASupporter()), INFORMATION_GIVEN_BEFORE_CONSENT))
        .isEmpty();
  }

  // ---------------------------------------------------------------- rule 8

  @Test
  void a_supporters_withdrawal_must_end_their_consent() {
    RestorativeCase preparing = aConferenceInPreparation();
    PartyId supporter = partyWithRole(preparing, PartyRole.SUPPORTER).id();
    Instant after = consentedAt(preparing, supporter).plus(Duration.ofHours(3));
    RestorativeCase broken =
        preparing.withWithdrawals(Withdrawals.fromTheWholeProcess(supporter, after));

    Report report = checkConsent(broken);

    assertThat(violationsOf(report, WITHDRAWAL_ALWAYS_ACCEPTED))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.severity()).isEqualTo(Severity.ERROR);
              assertThat(v.path()).isEqualTo("/withdrawals/0");
            });
    assertThat(codesOf(report)).containsOnly(WITHDRAWAL_ALWAYS_ACCEPTED.name());
  }

  @Test
  void a_withdrawal_dated_after_the_check_is_not_yet_one_to_honour() {
    RestorativeCase preparing = aConferenceInPreparation();
    PartyId supporter = partyWithRole(preparing, PartyRole.SUPPORTER).id();
    RestorativeCase withdrawsAfterTheCheck =
        preparing.withWithdrawals(
            Withdrawals.fromTheWholeProcess(supporter, AS_OF.plus(Duration.ofSeconds(1))));
    RestorativeCase withdrewAtTheCheck =
        preparing.withWithdrawals(Withdrawals.fromTheWholeProcess(supporter, AS_OF));
    Report unchanged = RuleSet.standard().check(preparing, Policy.standard(), AS_OF);

    // One defect, one code: the withdrawal recorded in the future, not a consent left active.
    assertThat(
            RuleSet.standard().check(withdrawsAfterTheCheck, Policy.standard(), AS_OF).violations())
        .filteredOn(v -> !unchanged.violations().contains(v))
        .extracting(Violation::code, Violation::path)
        .containsExactly(tuple(DATES_IN_ORDER.name(), "/withdrawals/0/at"));
    assertThat(violationsOf(checkConsent(withdrewAtTheCheck), WITHDRAWAL_ALWAYS_ACCEPTED))
        .extracting(Violation::severity, Violation::path)
        .containsExactly(tuple(Severity.ERROR, "/withdrawals/0"));
  }

  @Test
  void a_withdrawal_honoured_without_a_reason_is_accepted() {
    RestorativeCase preparing = aConferenceInPreparation();
    PartyId supporter = partyWithRole(preparing, PartyRole.SUPPORTER).id();
    Instant after = consentedAt(preparing, supporter).plus(Duration.ofHours(3));
    Withdrawal withdrawal = Withdrawals.fromTheWholeProcess(supporter, after);
    RestorativeCase honoured =
        withConsent(preparing, supporter, c -> c.withdrawnBy(withdrawal))
            .withWithdrawals(withdrawal);

    assertThat(withdrawal.reason()).isEmpty();
    assertThat(checkConsent(honoured).violations()).isEmpty();
  }

  @Test
  void fresh_consent_given_after_a_withdrawal_is_not_undone_by_it() {
    RestorativeCase preparing = aConferenceInPreparation();
    PartyId supporter = partyWithRole(preparing, PartyRole.SUPPORTER).id();
    Instant before = consentedAt(preparing, supporter).minus(Duration.ofHours(3));
    RestorativeCase renewed =
        preparing.withWithdrawals(Withdrawals.fromTheWholeProcess(supporter, before));

    assertThat(violationsOf(checkConsent(renewed), WITHDRAWAL_ALWAYS_ACCEPTED)).isEmpty();
  }

  @Test
  void withdrawing_from_another_process_type_leaves_this_consent_standing() {
    RestorativeCase preparing = aConferenceInPreparation();
    PartyId supporter = partyWithRole(preparing, PartyRole.SUPPORTER).id();
    Instant after = consentedAt(preparing, supporter).plus(Duration.ofHours(3));
    Withdrawal fromLetters =
        new Withdrawal.Builder()
            .party(supporter)
            .at(after)
            .scope(WithdrawalScope.PROCESS_TYPE)
            .processType(ProcessType.LETTER_EXCHANGE)
            .build();
    Withdrawal fromConferences =
        new Withdrawal.Builder()
            .from(fromLetters)
            .processType(ProcessType.FACE_TO_FACE_CONFERENCE)
            .build();

    assertThat(
            violationsOf(
                checkConsent(preparing.withWithdrawals(fromLetters)), WITHDRAWAL_ALWAYS_ACCEPTED))
        .isEmpty();
    assertThat(
            violationsOf(
                checkConsent(preparing.withWithdrawals(fromConferences)),
                WITHDRAWAL_ALWAYS_ACCEPTED))
        .extracting(Violation::path)
        .containsExactly("/withdrawals/0");
  }

  @Test
  void withdrawing_from_information_sharing_ends_consent_to_share() {
    RestorativeCase preparing = aConferenceInPreparation();
    PartyId responsible = partyWithRole(preparing, PartyRole.PERSON_RESPONSIBLE).id();
    Instant given = consentedAt(preparing, responsible);
    Consent sharing =
        new Consent.Builder()
            .id(ConsentId.of("consent-sharing"))
            .party(responsible)
            .kind(ConsentKind.DISCLOSURE_CONFIDENTIALITY)
            .sharing(
                SharingScope.of(
                    Recipient.organisation(RecipientType.CLINICAL_TEAM, "Treating team"),
                    SharingPurpose.SAFETY_AND_RISK_MANAGEMENT))
            .status(ConsentStatus.GIVEN)
            .obtainedAt(given)
            .method(ConsentMethod.WRITTEN_SIGNED)
            .build();
    List<Consent> consents = new ArrayList<>(preparing.consents());
    consents.add(sharing);
    Withdrawal stopSharing =
        new Withdrawal.Builder()
            .party(responsible)
            .at(given.plus(Duration.ofDays(1)))
            .scope(WithdrawalScope.INFORMATION_SHARING)
            .build();
    RestorativeCase broken = preparing.withConsents(consents).withWithdrawals(stopSharing);
    consents.set(consents.size() - 1, sharing.withdrawnBy(stopSharing));
    RestorativeCase honoured = preparing.withConsents(consents).withWithdrawals(stopSharing);

    assertThat(violationsOf(checkConsent(broken), WITHDRAWAL_ALWAYS_ACCEPTED))
        .extracting(Violation::path)
        .containsExactly("/withdrawals/0");
    assertThat(checkConsent(honoured).violations()).isEmpty();
  }

  // ---------------------------------------------------------------- rule 9

  @Test
  void the_process_is_halted_once_the_only_person_harmed_withdraws() {
    RestorativeCase preparing = aConferenceInPreparation();
    PartyId harmed = partyWithRole(preparing, PartyRole.PERSON_HARMED).id();
    Instant after = consentedAt(preparing, harmed).plus(Duration.ofHours(3));
    RestorativeCase broken = withdrawnFromTheWholeProcess(preparing, harmed, after);

    Report report = checkConsent(broken);

    assertThat(violationsOf(report, WITHDRAWAL_OF_CORE_PARTY_HALTS_PROCESS))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.severity()).isEqualTo(Severity.ERROR);
              assertThat(v.path()).isEqualTo("/processes/0/status");
            });
    assertThat(codesOf(report)).containsOnly(WITHDRAWAL_OF_CORE_PARTY_HALTS_PROCESS.name());

    RestorativeProcess process = preparing.processes().get(0);
    RestorativeCase halted =
        broken.withProcesses(
            process.endedAs(ProcessStatus.HALTED, after.plus(Duration.ofHours(1))));
    assertThat(checkConsent(halted).violations()).isEmpty();
  }

  @Test
  void one_party_both_harmed_and_responsible_left_alone_stands_for_one_side_only() {
    RestorativeCase preparing = aConferenceInPreparation();
    Party responsible = partyWithRole(preparing, PartyRole.PERSON_RESPONSIBLE);
    RestorativeCase mutual =
        preparing.withParties(
            preparing.parties().stream()
                .map(
                    p ->
                        p.equals(responsible)
                            ? p.withRole(PartyRole.PERSON_HARMED_AND_RESPONSIBLE)
                            : p)
                .toList());
    PartyId harmed = partyWithRole(mutual, PartyRole.PERSON_HARMED).id();
    Instant after = consentedAt(mutual, harmed).plus(Duration.ofHours(3));
    RestorativeCase broken = withdrawnFromTheWholeProcess(mutual, harmed, after);

    assertThat(violationsOf(checkConsent(broken), WITHDRAWAL_OF_CORE_PARTY_HALTS_PROCESS))
        .extracting(Violation::path)
        .containsExactly("/processes/0/status");
  }

  @Test
  void during_assessment_the_process_may_stay_planned_while_another_type_is_offered() {
    RestorativeCase preparing = aConferenceInPreparation();
    PartyId harmed = partyWithRole(preparing, PartyRole.PERSON_HARMED).id();
    Instant after = consentedAt(preparing, harmed).plus(Duration.ofHours(3));
    RestorativeCase broken = withdrawnFromTheWholeProcess(preparing, harmed, after);

    Report atAssessment =
        RuleSet.of(ConsentRules.rules())
            .checkEntry(broken, Stage.ASSESSMENT, Policy.standard(), AS_OF);

    assertThat(violationsOf(atAssessment, WITHDRAWAL_OF_CORE_PARTY_HALTS_PROCESS)).isEmpty();
  }

  @Test
  void a_supporter_withdrawing_does_not_stop_the_process() {
    RestorativeCase preparing = aConferenceInPreparation();
    PartyId supporter = partyWithRole(preparing, PartyRole.SUPPORTER).id();
    Instant after = consentedAt(preparing, supporter).plus(Duration.ofHours(3));
    RestorativeCase continuing = withdrawnFromTheWholeProcess(preparing, supporter, after);

    assertThat(violationsOf(checkConsent(continuing), WITHDRAWAL_OF_CORE_PARTY_HALTS_PROCESS))
        .isEmpty();
  }

  @Test
  void a_person_harmed_who_consents_afresh_after_withdrawing_is_taking_part_again() {
    RestorativeCase preparing = aConferenceInPreparation();
    PartyId harmed = partyWithRole(preparing, PartyRole.PERSON_HARMED).id();
    Instant before = consentedAt(preparing, harmed).minus(Duration.ofHours(3));
    RestorativeCase renewed =
        preparing.withWithdrawals(Withdrawals.fromTheWholeProcess(harmed, before));

    assertThat(checkConsent(renewed).violations()).isEmpty();
  }

  @Test
  void a_person_harmed_whose_fresh_consent_is_dated_after_the_check_has_still_withdrawn() {
    RestorativeCase preparing = aConferenceInPreparation();
    PartyId harmed = partyWithRole(preparing, PartyRole.PERSON_HARMED).id();
    Instant after = consentedAt(preparing, harmed).plus(Duration.ofHours(3));
    RestorativeCase withdrawn = withdrawnFromTheWholeProcess(preparing, harmed, after);
    RestorativeCase renewedAfterTheCheck =
        consentedAfresh(withdrawn, harmed, AS_OF.plus(Duration.ofSeconds(1)));
    RestorativeCase renewedAtTheCheck = consentedAfresh(withdrawn, harmed, AS_OF);

    assertThat(after).isBefore(AS_OF);
    assertThat(
            violationsOf(
                checkConsent(renewedAfterTheCheck), WITHDRAWAL_OF_CORE_PARTY_HALTS_PROCESS))
        .extracting(Violation::severity, Violation::path)
        .containsExactly(tuple(Severity.ERROR, "/processes/0/status"));
    assertThat(
            violationsOf(checkConsent(renewedAtTheCheck), WITHDRAWAL_OF_CORE_PARTY_HALTS_PROCESS))
        .isEmpty();
  }

  @Test
  void a_person_harmed_whose_withdrawal_is_dated_after_the_check_had_not_yet_withdrawn_at_it() {
    RestorativeCase preparing = aConferenceInPreparation();
    PartyId harmed = partyWithRole(preparing, PartyRole.PERSON_HARMED).id();
    RestorativeCase withdrawsAfterTheCheck =
        withdrawnFromTheWholeProcess(preparing, harmed, AS_OF.plus(Duration.ofSeconds(1)));
    RestorativeCase withdrewAtTheCheck = withdrawnFromTheWholeProcess(preparing, harmed, AS_OF);
    Report unchanged = RuleSet.standard().check(preparing, Policy.standard(), AS_OF);

    // One defect, one code: the withdrawal recorded in the future, at its own paths.
    assertThat(
            RuleSet.standard().check(withdrawsAfterTheCheck, Policy.standard(), AS_OF).violations())
        .filteredOn(v -> !unchanged.violations().contains(v))
        .extracting(Violation::code, Violation::path)
        .containsExactlyInAnyOrder(
            tuple(
                DATES_IN_ORDER.name(),
                "/consents/" + participationConsentIndex(preparing, harmed) + "/withdrawal/at"),
            tuple(DATES_IN_ORDER.name(), "/withdrawals/0/at"));
    assertThat(
            violationsOf(checkConsent(withdrewAtTheCheck), WITHDRAWAL_OF_CORE_PARTY_HALTS_PROCESS))
        .extracting(Violation::severity, Violation::path)
        .containsExactly(tuple(Severity.ERROR, "/processes/0/status"));
  }

  @Test
  void no_meeting_takes_place_after_the_person_responsible_withdraws() {
    RestorativeCase held = aHeldConferenceWithASupporter();
    PartyId responsible = partyWithRole(held, PartyRole.PERSON_RESPONSIBLE).id();
    Instant justBefore = meetingStart(held).minus(Duration.ofMinutes(30));
    RestorativeCase broken = withdrawnFromTheWholeProcess(held, responsible, justBefore);

    assertThat(violationsOf(checkConsent(broken), WITHDRAWAL_OF_CORE_PARTY_HALTS_PROCESS))
        .filteredOn(v -> v.path().equals("/meetings/0"))
        .singleElement()
        .satisfies(v -> assertThat(v.severity()).isEqualTo(Severity.ERROR));
  }

  @Test
  void a_meeting_held_before_the_withdrawal_stands() {
    RestorativeCase held = aHeldConferenceWithASupporter();
    PartyId responsible = partyWithRole(held, PartyRole.PERSON_RESPONSIBLE).id();
    Instant afterwards = held.meetings().get(0).endAt().orElseThrow().plus(Duration.ofDays(1));
    Withdrawal withdrawal = Withdrawals.fromTheWholeProcess(responsible, afterwards);
    RestorativeCase later =
        withConsent(held, responsible, c -> c.withdrawnBy(withdrawal))
            .withWithdrawals(withdrawal)
            .withProcesses(held.processes().get(0).endedAs(ProcessStatus.HALTED, afterwards));

    assertThat(violationsOf(checkConsent(later), WITHDRAWAL_OF_CORE_PARTY_HALTS_PROCESS)).isEmpty();
  }

  @Test
  void no_letter_is_passed_on_after_the_person_harmed_withdraws() {
    RestorativeCase letters = aLetterExchangeUnderWay();
    PartyId harmed = partyWithRole(letters, PartyRole.PERSON_HARMED).id();
    List<Message> messages = letters.messages();
    Message last = messages.get(messages.size() - 1);
    Instant before = last.deliveredAt().orElseThrow().minus(Duration.ofMinutes(10));
    Withdrawal withdrawal = Withdrawals.fromTheWholeProcess(harmed, before);
    RestorativeCase broken =
        withConsent(letters, harmed, c -> c.withdrawnBy(withdrawal))
            .withWithdrawals(withdrawal)
            .withProcesses(letters.processes().get(0).endedAs(ProcessStatus.HALTED, before));

    assertThat(violationsOf(checkConsent(broken), WITHDRAWAL_OF_CORE_PARTY_HALTS_PROCESS))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.severity()).isEqualTo(Severity.ERROR);
              assertThat(v.path()).isEqualTo("/messages/" + (messages.size() - 1));
            });

    Instant afterwards = last.deliveredAt().orElseThrow().plus(Duration.ofMinutes(10));
    Withdrawal later = Withdrawals.fromTheWholeProcess(harmed, afterwards);
    RestorativeCase stopped =
        withConsent(letters, harmed, c -> c.withdrawnBy(later))
            .withWithdrawals(later)
            .withProcesses(letters.processes().get(0).endedAs(ProcessStatus.HALTED, afterwards));
    assertThat(violationsOf(checkConsent(stopped), WITHDRAWAL_OF_CORE_PARTY_HALTS_PROCESS))
        .isEmpty();
  }

  // ---------------------------------------------------------------- rule 10

  @Test
  void a_detained_patient_confirms_leave_does_not_depend_on_taking_part() {
    RestorativeCase detained = aCaseWithAConsentingParticipant(Stage.FOLLOW_UP, Party::isDetained);
    PartyId patient = aConsentingParticipant(detained, Party::isDetained).id();
    RestorativeCase broken =
        withConsent(detained, patient, c -> c.withVoluntariness(Optional.empty()));

    Report report = checkConsent(broken);

    assertThat(violationsOf(report, VOLUNTARINESS_CONFIRMED))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.severity()).isEqualTo(Severity.WARNING);
              assertThat(v.path())
                  .isEqualTo(
                      "/consents/"
                          + participationConsentIndex(detained, patient)
                          + "/voluntariness");
            });
    assertThat(codesOf(report)).containsOnly(VOLUNTARINESS_CONFIRMED.name());
    assertThat(violationsOf(checkConsent(detained), VOLUNTARINESS_CONFIRMED)).isEmpty();
  }

  @Test
  void a_staff_member_whose_check_was_not_confirmed_is_warned_about() {
    Predicate<Party> staffMember = p -> p.personType() == PersonType.STAFF_MEMBER;
    RestorativeCase staffCase = aCaseWithAConsentingParticipant(Stage.FOLLOW_UP, staffMember);
    PartyId staff = aConsentingParticipant(staffCase, staffMember).id();
    Instant given = consentedAt(staffCase, staff);
    RestorativeCase broken =
        withConsent(
            staffCase, staff, c -> c.withVoluntariness(VoluntarinessCheck.of(given, false)));

    assertThat(violationsOf(checkConsent(broken), VOLUNTARINESS_CONFIRMED))
        .extracting(Violation::path, Violation::severity)
        .containsExactly(
            tuple(
                "/consents/" + participationConsentIndex(staffCase, staff) + "/voluntariness",
                Severity.WARNING));
  }

  @Test
  void a_family_supporter_needs_no_voluntariness_check() {
    RestorativeCase held = aHeldConferenceWithASupporter();
    Party supporter = partyWithRole(held, PartyRole.SUPPORTER);
    RestorativeCase unchecked =
        withConsent(held, supporter.id(), c -> c.withVoluntariness(Optional.empty()));

    assertThat(supporter.isDetained()).isFalse();
    assertThat(supporter.personType()).isNotEqualTo(PersonType.STAFF_MEMBER);
    assertThat(violationsOf(checkConsent(unchecked), VOLUNTARINESS_CONFIRMED)).isEmpty();
  }

  // ---------------------------------------------------------------- helpers

  /** When a party's participation consent was obtained. */
  private static Instant consentedAt(RestorativeCase c, PartyId party) {
    return participationConsent(c, party).obtainedAt().orElseThrow();
  }

  /**
   * The case after a party withdraws from the whole process at a moment: the withdrawal recorded
   * and their participation consent withdrawn by it, as the withdrawal transition leaves them.
   */
  private static RestorativeCase withdrawnFromTheWholeProcess(
      RestorativeCase c, PartyId party, Instant at) {
    Withdrawal withdrawal = Withdrawals.fromTheWholeProcess(party, at);
    return withConsent(c, party, consent -> consent.withdrawnBy(withdrawal))
        .withWithdrawals(withdrawal);
  }

  /** The case with one more preparation contact of a party for its first process, at a moment. */
  private static RestorativeCase plusPreparationContact(
      RestorativeCase c, PartyId party, Instant at) {
    List<PreparationContact> contacts = new ArrayList<>(c.preparationContacts());
    contacts.add(
        new PreparationContact.Builder()
            .id(PreparationContactId.of("prep-late"))
            .party(party)
            .process(c.processes().get(0).id())
            .at(at)
            .medium(Medium.IN_PERSON)
            .addTopics(PreparationTopic.LOGISTICS)
            .build());
    return c.withPreparationContacts(contacts);
  }

  private static Consent neverReconfirmed(Consent consent) {
    return new Consent.Builder()
        .from(consent)
        .status(ConsentStatus.GIVEN)
        .reconfirmations(List.of())
        .build();
  }
}
