package org.restorative.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.restorative.core.rules.ConsentCapacityFixtures.AS_OF;
import static org.restorative.core.rules.ConsentCapacityFixtures.aHeldConferenceWithASupporter;
import static org.restorative.core.rules.ConsentCapacityFixtures.aHeldMeetingWithADoubtedCapacityPatient;
import static org.restorative.core.rules.ConsentCapacityFixtures.attendeeIndex;
import static org.restorative.core.rules.ConsentCapacityFixtures.capacityAssessmentIndex;
import static org.restorative.core.rules.ConsentCapacityFixtures.checkCapacity;
import static org.restorative.core.rules.ConsentCapacityFixtures.codesOf;
import static org.restorative.core.rules.ConsentCapacityFixtures.consentedAfresh;
import static org.restorative.core.rules.ConsentCapacityFixtures.meetingStart;
import static org.restorative.core.rules.ConsentCapacityFixtures.participationConsent;
import static org.restorative.core.rules.ConsentCapacityFixtures.participationConsentIndex;
import static org.restorative.core.rules.ConsentCapacityFixtures.partyIndex;
import static org.restorative.core.rules.ConsentCapacityFixtures.partyWhere;
import static org.restorative.core.rules.ConsentCapacityFixtures.partyWithRole;
import static org.restorative.core.rules.ConsentCapacityFixtures.plusCapacityAssessment;
import static org.restorative.core.rules.ConsentCapacityFixtures.plusEvent;
import static org.restorative.core.rules.ConsentCapacityFixtures.violationsOf;
import static org.restorative.core.rules.ConsentCapacityFixtures.withCapacityAssessment;
import static org.restorative.core.rules.ConsentCapacityFixtures.withConsent;
import static org.restorative.core.rules.ConsentCapacityFixtures.withParty;
import static org.restorative.core.rules.StandardCode.CAPACITY_ASSESSED_WHEN_DOUBTED;
import static org.restorative.core.rules.StandardCode.CAPACITY_CURRENT_BEFORE_MEETING;
import static org.restorative.core.rules.StandardCode.CAPACITY_DECISION_SPECIFIC;
import static org.restorative.core.rules.StandardCode.CAPACITY_FINDING_COMPLETE;
import static org.restorative.core.rules.StandardCode.CHILD_COMPETENCE_RECORDED;
import static org.restorative.core.rules.StandardCode.CONSENT_REQUIRED_BEFORE_MEETING;
import static org.restorative.core.rules.StandardCode.INCAPACITY_NOT_FROM_STATUS_ALONE;
import static org.restorative.core.rules.StandardCode.NO_SUBSTITUTE_CONSENT_TO_PARTICIPATE;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.restorative.core.casefile.CaseEvent;
import org.restorative.core.casefile.CaseEventType;
import org.restorative.core.casefile.EventId;
import org.restorative.core.casefile.PauseReason;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.casefile.Stage;
import org.restorative.core.consent.Ability;
import org.restorative.core.consent.CapacityAssessment;
import org.restorative.core.consent.CapacityAssessmentId;
import org.restorative.core.consent.CapacityBasis;
import org.restorative.core.consent.CapacityOutcome;
import org.restorative.core.consent.CompetenceAssessment;
import org.restorative.core.consent.CompetenceAssessmentId;
import org.restorative.core.consent.CompetenceOutcome;
import org.restorative.core.consent.ConsentGiver;
import org.restorative.core.consent.FunctionalTest;
import org.restorative.core.consent.LimbFinding;
import org.restorative.core.consent.PracticableStep;
import org.restorative.core.consent.PracticableStepType;
import org.restorative.core.consent.Withdrawal;
import org.restorative.core.party.ActorId;
import org.restorative.core.party.ParentalInvolvement;
import org.restorative.core.party.Party;
import org.restorative.core.party.PartyId;
import org.restorative.core.party.PartyRole;
import org.restorative.core.process.ProcessType;

class CapacityRulesTest {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final ActorId PSYCHOLOGIST = ActorId.of("staff-psychologist");

  // ---------------------------------------------------------------- the family

  @Test
  void the_capacity_family_holds_rules_11_to_17_in_the_briefs_order() {
    assertThat(CapacityRules.rules())
        .extracting(r -> r.code().name())
        .containsExactly(
            CAPACITY_ASSESSED_WHEN_DOUBTED.name(),
            CAPACITY_DECISION_SPECIFIC.name(),
            CAPACITY_CURRENT_BEFORE_MEETING.name(),
            CAPACITY_FINDING_COMPLETE.name(),
            NO_SUBSTITUTE_CONSENT_TO_PARTICIPATE.name(),
            INCAPACITY_NOT_FROM_STATUS_ALONE.name(),
            CHILD_COMPETENCE_RECORDED.name());
    assertThat(CapacityRules.rules()).extracting(Rule::severity).containsOnly(Severity.ERROR);
    assertThat(CapacityRules.rules())
        .extracting(Rule::appliesFrom)
        .containsExactly(
            Stage.PREPARATION,
            Stage.PREPARATION,
            Stage.PREPARATION,
            Stage.REFERRAL,
            Stage.REFERRAL,
            Stage.REFERRAL,
            Stage.PREPARATION);
    assertThat(CapacityRules.capacityIsStillCurrentWhenTheMeetingStarts().policyParameters())
        .containsExactly("capacityReassessmentWindow");
    assertThat(Policy.standard().capacityReassessmentWindow()).isEmpty();
  }

  @Test
  void the_ban_on_substitute_consent_says_it_needs_legal_review() {
    assertThat(CapacityRules.nobodyConsentsToTakePartOnAnothersBehalf().meaning())
        .contains("legal review");
  }

  @Test
  void a_doubted_patient_assessed_for_this_meeting_breaks_no_capacity_rule() {
    assertThat(checkCapacity(aHeldMeetingWithADoubtedCapacityPatient()).violations()).isEmpty();
  }

  // ---------------------------------------------------------------- rule 11

  @Test
  void a_doubt_about_capacity_must_be_resolved_before_consent_is_given() {
    RestorativeCase held = aHeldMeetingWithADoubtedCapacityPatient();
    PartyId patient = doubtedPatient(held);
    Instant given = participationConsent(held, patient).obtainedAt().orElseThrow();
    RestorativeCase broken =
        withCapacityAssessment(
            held, patient, a -> a.withAssessedAt(given.plus(Duration.ofHours(1))));

    Report report = checkCapacity(broken);

    assertThat(violationsOf(report, CAPACITY_ASSESSED_WHEN_DOUBTED))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.severity()).isEqualTo(Severity.ERROR);
              assertThat(v.path())
                  .isEqualTo(
                      "/consents/" + participationConsentIndex(held, patient) + "/capacityBasis");
            });
    assertThat(codesOf(report)).containsOnly(CAPACITY_ASSESSED_WHEN_DOUBTED.name());
  }

  @Test
  void an_assessment_finding_incapacity_does_not_resolve_the_doubt() {
    RestorativeCase held = aHeldMeetingWithADoubtedCapacityPatient();
    PartyId patient = doubtedPatient(held);
    RestorativeCase broken =
        withCapacityAssessment(held, patient, CapacityRulesTest::foundToLackCapacity);

    Report report = checkCapacity(broken);

    assertThat(violationsOf(report, CAPACITY_ASSESSED_WHEN_DOUBTED))
        .extracting(Violation::path)
        .containsExactly(
            "/consents/" + participationConsentIndex(held, patient) + "/capacityBasis");
    assertThat(codesOf(report)).containsOnly(CAPACITY_ASSESSED_WHEN_DOUBTED.name());
  }

  @Test
  void capacity_is_presumed_when_there_is_no_reason_to_doubt_it() {
    RestorativeCase held = aHeldMeetingWithADoubtedCapacityPatient();
    PartyId patient = doubtedPatient(held);
    RestorativeCase presumed =
        withConsent(
                withParty(
                    held,
                    patient,
                    p ->
                        p.withReasonToDoubtCapacity(false)
                            .withReasonToDoubtCapacityRationale(Optional.empty())),
                patient,
                x -> x.withCapacityBasis(CapacityBasis.presumed()))
            .withCapacityAssessments(
                held.capacityAssessments().stream()
                    .filter(a -> !a.party().equals(patient))
                    .toList());

    assertThat(violationsOf(checkCapacity(presumed), CAPACITY_ASSESSED_WHEN_DOUBTED)).isEmpty();
    assertThat(violationsOf(checkCapacity(held), CAPACITY_ASSESSED_WHEN_DOUBTED)).isEmpty();
  }

  // ---------------------------------------------------------------- rule 12

  @Test
  void an_assessment_about_letters_does_not_cover_a_face_to_face_meeting() {
    RestorativeCase held = aHeldMeetingWithADoubtedCapacityPatient();
    PartyId patient = doubtedPatient(held);
    ProcessType other =
        held.processes().get(0).type() == ProcessType.LETTER_EXCHANGE
            ? ProcessType.RECORDED_MESSAGE
            : ProcessType.LETTER_EXCHANGE;
    RestorativeCase broken =
        withCapacityAssessment(
            held, patient, a -> a.withDecision(a.decision().withProcessType(other)));

    Report report = checkCapacity(broken);

    assertThat(violationsOf(report, CAPACITY_DECISION_SPECIFIC))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.severity()).isEqualTo(Severity.ERROR);
              assertThat(v.path())
                  .isEqualTo(
                      "/capacityAssessments/"
                          + capacityAssessmentIndex(held, patient)
                          + "/decision");
            });
    assertThat(codesOf(report)).containsOnly(CAPACITY_DECISION_SPECIFIC.name());
  }

  @Test
  void an_assessment_must_name_the_people_the_patient_would_meet() {
    RestorativeCase held = aHeldMeetingWithADoubtedCapacityPatient();
    PartyId patient = doubtedPatient(held);
    RestorativeCase broken =
        withCapacityAssessment(
            held, patient, a -> a.withDecision(a.decision().withCounterparties()));

    assertThat(violationsOf(checkCapacity(broken), CAPACITY_DECISION_SPECIFIC))
        .extracting(Violation::path)
        .containsExactly(
            "/capacityAssessments/" + capacityAssessmentIndex(held, patient) + "/decision");
  }

  @Test
  void an_assessment_for_this_process_and_these_people_is_decision_specific() {
    RestorativeCase held = aHeldMeetingWithADoubtedCapacityPatient();

    assertThat(violationsOf(checkCapacity(held), CAPACITY_DECISION_SPECIFIC)).isEmpty();
  }

  // ---------------------------------------------------------------- rule 13

  @Test
  void fluctuating_capacity_must_be_reassessed_shortly_before_the_meeting() {
    RestorativeCase held = aHeldMeetingWithADoubtedCapacityPatient();
    PartyId patient = doubtedPatient(held);
    RestorativeCase fluctuating =
        withCapacityAssessment(held, patient, a -> a.withFluctuating(true));
    Policy oneHour = new Policy.Builder().capacityReassessmentWindow(Duration.ofHours(1)).build();

    Report report = checkCapacity(fluctuating, oneHour, AS_OF);

    assertThat(violationsOf(report, CAPACITY_CURRENT_BEFORE_MEETING))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.severity()).isEqualTo(Severity.ERROR);
              assertThat(v.path())
                  .isEqualTo(
                      "/meetings/0/attendees/" + attendeeIndex(held.meetings().get(0), patient));
            });
    assertThat(codesOf(report)).containsOnly(CAPACITY_CURRENT_BEFORE_MEETING.name());
  }

  @Test
  void fluctuating_capacity_reassessed_the_day_before_the_meeting_is_current() {
    RestorativeCase held = aHeldMeetingWithADoubtedCapacityPatient();
    PartyId patient = doubtedPatient(held);
    CapacityAssessment original =
        held.capacityAssessments().get(capacityAssessmentIndex(held, patient));
    RestorativeCase reassessed =
        plusCapacityAssessment(
            withCapacityAssessment(held, patient, a -> a.withFluctuating(true)),
            original
                .withId(CapacityAssessmentId.of("mca-day-before"))
                .withAssessedAt(meetingStart(held).minus(Duration.ofDays(1)))
                .withFluctuating(true));

    assertThat(violationsOf(checkCapacity(reassessed), CAPACITY_CURRENT_BEFORE_MEETING)).isEmpty();
  }

  @Test
  void fluctuating_capacity_last_found_lacking_is_left_to_the_consent_it_invalidates() {
    RestorativeCase held = aHeldMeetingWithADoubtedCapacityPatient();
    PartyId patient = doubtedPatient(held);
    CapacityAssessment original =
        held.capacityAssessments().get(capacityAssessmentIndex(held, patient));
    RestorativeCase lacking =
        plusCapacityAssessment(
            held,
            foundToLackCapacity(original)
                .withId(CapacityAssessmentId.of("mca-day-before"))
                .withAssessedAt(meetingStart(held).minus(Duration.ofDays(1)))
                .withFluctuating(true));

    assertThat(checkCapacity(lacking).violations()).isEmpty();
    assertThat(
            RuleSet.standard().check(lacking, Policy.standard(), AS_OF).violations().stream()
                .filter(v -> v.code().equals(CONSENT_REQUIRED_BEFORE_MEETING.name()))
                .map(Violation::path))
        .containsExactly("/consents/" + participationConsentIndex(held, patient) + "/status");
  }

  @Test
  void a_pause_for_a_change_in_mental_state_calls_for_a_fresh_assessment() {
    RestorativeCase held = aHeldMeetingWithADoubtedCapacityPatient();
    PartyId patient = doubtedPatient(held);
    RestorativeCase paused =
        plusEvent(
            held,
            mentalStatePause(
                Optional.of(patient), meetingStart(held).minus(Duration.ofMinutes(1))));

    Report report = checkCapacity(paused);

    assertThat(violationsOf(report, CAPACITY_CURRENT_BEFORE_MEETING))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.severity()).isEqualTo(Severity.ERROR);
              assertThat(v.path())
                  .isEqualTo(
                      "/meetings/0/attendees/" + attendeeIndex(held.meetings().get(0), patient));
            });
    assertThat(codesOf(report)).containsOnly(CAPACITY_CURRENT_BEFORE_MEETING.name());
  }

  @Test
  void an_attendee_who_consented_afresh_before_a_pause_for_their_mental_state_is_assessed_again() {
    RestorativeCase held = aHeldMeetingWithADoubtedCapacityPatient();
    PartyId patient = doubtedPatient(held);
    Instant start = meetingStart(held);
    Withdrawal withdrawal =
        Withdrawals.fromTheWholeProcess(patient, start.minus(Duration.ofDays(3)));
    RestorativeCase withdrawn =
        plusEvent(
            withConsent(held, patient, c -> c.withdrawnBy(withdrawal)).withWithdrawals(withdrawal),
            mentalStatePause(Optional.of(patient), start.minus(Duration.ofMinutes(1))));
    RestorativeCase renewed = consentedAfresh(withdrawn, patient, start.minus(Duration.ofDays(2)));
    Instant afterTheMeeting = held.meetings().get(0).endAt().orElseThrow().plus(Duration.ofDays(1));
    RestorativeCase renewedAfterTheMeeting = consentedAfresh(withdrawn, patient, afterTheMeeting);

    assertThat(violationsOf(checkCapacity(withdrawn), CAPACITY_CURRENT_BEFORE_MEETING)).isEmpty();
    assertThat(violationsOf(checkCapacity(renewed), CAPACITY_CURRENT_BEFORE_MEETING))
        .extracting(Violation::severity, Violation::path)
        .containsExactly(
            tuple(
                Severity.ERROR,
                "/meetings/0/attendees/" + attendeeIndex(held.meetings().get(0), patient)));
    assertThat(violationsOf(checkCapacity(renewedAfterTheMeeting), CAPACITY_CURRENT_BEFORE_MEETING))
        .isEmpty();
  }

  @Test
  void capacity_found_again_after_the_pause_is_current() {
    RestorativeCase held = aHeldMeetingWithADoubtedCapacityPatient();
    PartyId patient = doubtedPatient(held);
    CapacityAssessment original =
        held.capacityAssessments().get(capacityAssessmentIndex(held, patient));
    RestorativeCase reassessed =
        plusCapacityAssessment(
            plusEvent(held, mentalStatePause(held, Optional.empty())),
            original
                .withId(CapacityAssessmentId.of("mca-after-pause"))
                .withAssessedAt(meetingStart(held).minus(Duration.ofHours(2))));

    assertThat(violationsOf(checkCapacity(reassessed), CAPACITY_CURRENT_BEFORE_MEETING)).isEmpty();
  }

  @Test
  void a_pause_about_someone_else_leaves_this_patients_assessment_current() {
    RestorativeCase held = aHeldMeetingWithADoubtedCapacityPatient();
    PartyId patient = doubtedPatient(held);
    PartyId someoneElse =
        held.meetings().get(0).attendees().stream()
            .map(a -> a.party())
            .filter(p -> !p.equals(patient))
            .findFirst()
            .orElseThrow();
    RestorativeCase paused = plusEvent(held, mentalStatePause(held, Optional.of(someoneElse)));

    assertThat(violationsOf(checkCapacity(paused), CAPACITY_CURRENT_BEFORE_MEETING))
        .noneMatch(
            v ->
                v.path()
                    .equals(
                        "/meetings/0/attendees/" + attendeeIndex(held.meetings().get(0), patient)));
  }

  // ---------------------------------------------------------------- rule 14

  @Test
  void a_finding_of_incapacity_must_record_the_practicable_steps_tried() {
    RestorativeCase held = aHeldMeetingWithADoubtedCapacityPatient();
    PartyId patient = doubtedPatient(held);
    CapacityAssessment later = lackingAfterTheMeeting(held, patient).withPracticableSteps();
    RestorativeCase broken = plusCapacityAssessment(held, later);
    int k = broken.capacityAssessments().size() - 1;

    Report report = checkCapacity(broken);

    assertThat(violationsOf(report, CAPACITY_FINDING_COMPLETE))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.severity()).isEqualTo(Severity.ERROR);
              assertThat(v.path()).isEqualTo("/capacityAssessments/" + k + "/practicableSteps");
            });
    assertThat(codesOf(report)).containsOnly(CAPACITY_FINDING_COMPLETE.name());
  }

  @Test
  void a_finding_of_incapacity_must_name_the_limb_that_failed() {
    RestorativeCase held = aHeldMeetingWithADoubtedCapacityPatient();
    PartyId patient = doubtedPatient(held);
    CapacityAssessment noLimb =
        lackingAfterTheMeeting(held, patient).withFunctional(FunctionalTest.ableOnEveryLimb());
    RestorativeCase broken = plusCapacityAssessment(held, noLimb);

    assertThat(violationsOf(checkCapacity(broken), CAPACITY_FINDING_COMPLETE))
        .extracting(Violation::path)
        .containsExactly(
            "/capacityAssessments/" + (broken.capacityAssessments().size() - 1) + "/functional");
  }

  @Test
  void a_complete_finding_of_incapacity_is_accepted() {
    RestorativeCase held = aHeldMeetingWithADoubtedCapacityPatient();
    PartyId patient = doubtedPatient(held);
    RestorativeCase complete = plusCapacityAssessment(held, lackingAfterTheMeeting(held, patient));

    assertThat(checkCapacity(complete).violations()).isEmpty();
  }

  // ---------------------------------------------------------------- rule 15

  @Test
  void nobody_can_consent_to_take_part_on_a_patients_behalf() {
    RestorativeCase held = aHeldMeetingWithADoubtedCapacityPatient();
    PartyId patient = doubtedPatient(held);
    RestorativeCase broken =
        withConsent(held, patient, c -> c.withGivenBy(ConsentGiver.BEST_INTERESTS_DECISION));

    Report report = checkCapacity(broken);

    assertThat(violationsOf(report, NO_SUBSTITUTE_CONSENT_TO_PARTICIPATE))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.severity()).isEqualTo(Severity.ERROR);
              assertThat(v.path())
                  .isEqualTo("/consents/" + participationConsentIndex(held, patient) + "/givenBy");
            });
    assertThat(codesOf(report)).containsOnly(NO_SUBSTITUTE_CONSENT_TO_PARTICIPATE.name());
  }

  @Test
  void an_attorney_cannot_consent_to_participation_either() {
    RestorativeCase held = aHeldMeetingWithADoubtedCapacityPatient();
    PartyId patient = doubtedPatient(held);
    RestorativeCase broken = withConsent(held, patient, c -> c.withGivenBy(ConsentGiver.ATTORNEY));

    assertThat(violationsOf(checkCapacity(broken), NO_SUBSTITUTE_CONSENT_TO_PARTICIPATE))
        .hasSize(1);
  }

  @Test
  void the_patients_own_consent_counts() {
    RestorativeCase held = aHeldMeetingWithADoubtedCapacityPatient();

    assertThat(held.consents()).allMatch(c -> c.givenBy() == ConsentGiver.SELF);
    assertThat(violationsOf(checkCapacity(held), NO_SUBSTITUTE_CONSENT_TO_PARTICIPATE)).isEmpty();
  }

  // ---------------------------------------------------------------- rule 16

  @Test
  void incapacity_must_not_be_found_from_detention_or_diagnosis_alone() {
    RestorativeCase held = aHeldMeetingWithADoubtedCapacityPatient();
    PartyId patient = doubtedPatient(held);
    RestorativeCase broken =
        plusCapacityAssessment(
            held, lackingAfterTheMeeting(held, patient).withNotBasedSolelyOnStatus(false));
    int k = broken.capacityAssessments().size() - 1;

    Report report = checkCapacity(broken);

    assertThat(violationsOf(report, INCAPACITY_NOT_FROM_STATUS_ALONE))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.severity()).isEqualTo(Severity.ERROR);
              assertThat(v.path())
                  .isEqualTo("/capacityAssessments/" + k + "/notBasedSolelyOnStatus");
            });
    assertThat(codesOf(report)).containsOnly(INCAPACITY_NOT_FROM_STATUS_ALONE.name());
  }

  @Test
  void an_assessment_finding_capacity_needs_no_status_confirmation() {
    RestorativeCase held = aHeldMeetingWithADoubtedCapacityPatient();
    PartyId patient = doubtedPatient(held);
    RestorativeCase unconfirmed =
        withCapacityAssessment(held, patient, a -> a.withNotBasedSolelyOnStatus(false));

    assertThat(violationsOf(checkCapacity(unconfirmed), INCAPACITY_NOT_FROM_STATUS_ALONE))
        .isEmpty();
  }

  // ---------------------------------------------------------------- rule 17

  @Test
  void a_fifteen_year_old_must_be_found_gillick_competent_before_consenting() {
    RestorativeCase held = aHeldConferenceWithASupporter();
    PartyId harmed = partyWithRole(held, PartyRole.PERSON_HARMED).id();
    RestorativeCase broken = withParty(held, harmed, p -> agedOnConsent(held, p, 15));

    Report report = checkCapacity(broken);

    assertThat(violationsOf(report, CHILD_COMPETENCE_RECORDED))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.severity()).isEqualTo(Severity.ERROR);
              assertThat(v.path())
                  .isEqualTo(
                      "/consents/" + participationConsentIndex(held, harmed) + "/competenceBasis");
            });
    assertThat(codesOf(report)).containsOnly(CHILD_COMPETENCE_RECORDED.name());
  }

  @Test
  void a_child_found_not_competent_cannot_consent() {
    RestorativeCase held = aHeldConferenceWithASupporter();
    PartyId harmed = partyWithRole(held, PartyRole.PERSON_HARMED).id();
    Instant given = participationConsent(held, harmed).obtainedAt().orElseThrow();
    RestorativeCase child = withParty(held, harmed, p -> agedOnConsent(held, p, 15));
    RestorativeCase notCompetent =
        withGillick(
            child, harmed, given.minus(Duration.ofHours(2)), CompetenceOutcome.NOT_COMPETENT);
    RestorativeCase assessedTooLate =
        withGillick(child, harmed, given.plus(Duration.ofHours(2)), CompetenceOutcome.COMPETENT);
    String path = "/consents/" + participationConsentIndex(held, harmed) + "/competenceBasis";

    assertThat(violationsOf(checkCapacity(notCompetent), CHILD_COMPETENCE_RECORDED))
        .extracting(Violation::path)
        .containsExactly(path);
    assertThat(violationsOf(checkCapacity(assessedTooLate), CHILD_COMPETENCE_RECORDED))
        .extracting(Violation::path)
        .containsExactly(path);
  }

  @Test
  void a_gillick_competent_child_with_a_parent_involved_may_consent() {
    RestorativeCase held = aHeldConferenceWithASupporter();
    PartyId harmed = partyWithRole(held, PartyRole.PERSON_HARMED).id();
    Instant given = participationConsent(held, harmed).obtainedAt().orElseThrow();
    RestorativeCase competent =
        withGillick(
            withParty(held, harmed, p -> agedOnConsent(held, p, 15)),
            harmed,
            given.minus(Duration.ofHours(2)),
            CompetenceOutcome.COMPETENT);

    assertThat(checkCapacity(competent).violations()).isEmpty();
  }

  @Test
  void a_child_taking_part_needs_a_parent_or_guardian_involved() {
    RestorativeCase held = aHeldConferenceWithASupporter();
    PartyId harmed = partyWithRole(held, PartyRole.PERSON_HARMED).id();
    Instant given = participationConsent(held, harmed).obtainedAt().orElseThrow();
    RestorativeCase noParent =
        withGillick(
            withParty(
                held,
                harmed,
                p -> agedOnConsent(held, p, 15).withParentalInvolvement(Optional.empty())),
            harmed,
            given.minus(Duration.ofHours(2)),
            CompetenceOutcome.COMPETENT);

    Report report = checkCapacity(noParent);

    assertThat(violationsOf(report, CHILD_COMPETENCE_RECORDED))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.severity()).isEqualTo(Severity.ERROR);
              assertThat(v.path())
                  .isEqualTo("/parties/" + partyIndex(held, harmed) + "/parentalInvolvement");
            });
  }

  @Test
  void a_sixteen_year_old_follows_the_mental_capacity_act_not_gillick() {
    RestorativeCase held = aHeldConferenceWithASupporter();
    PartyId harmed = partyWithRole(held, PartyRole.PERSON_HARMED).id();
    RestorativeCase sixteen = withParty(held, harmed, p -> agedOnConsent(held, p, 16));

    assertThat(violationsOf(checkCapacity(sixteen), CHILD_COMPETENCE_RECORDED)).isEmpty();
  }

  // ---------------------------------------------------------------- helpers

  private static PartyId doubtedPatient(RestorativeCase c) {
    return partyWhere(
            c,
            p ->
                p.reasonToDoubtCapacity()
                    && p.isDetained()
                    && c.meetings().get(0).isAttendedBy(p.id()))
        .id();
  }

  /** The same assessment, finding (completely) that the person lacks capacity. */
  private static CapacityAssessment foundToLackCapacity(CapacityAssessment assessment) {
    return new CapacityAssessment.Builder()
        .from(assessment)
        .outcome(CapacityOutcome.LACKS_CAPACITY)
        .functional(
            new FunctionalTest.Builder()
                .from(assessment.functional())
                .useOrWeigh(LimbFinding.of(Ability.UNABLE, "Could not weigh the risks of meeting"))
                .build())
        .impairmentIdentified(true)
        .impairment("Acute psychotic episode")
        .causalLinkEstablished(true)
        .causalLinkRationale("Unable to weigh because of intrusive beliefs about the other party")
        .addPracticableStep(PracticableStep.of(PracticableStepType.VISUAL_AIDS))
        .notBasedSolelyOnStatus(true)
        .build();
  }

  /** A complete finding of incapacity made a week after the meeting. */
  private static CapacityAssessment lackingAfterTheMeeting(RestorativeCase c, PartyId patient) {
    CapacityAssessment original = c.capacityAssessments().get(capacityAssessmentIndex(c, patient));
    return foundToLackCapacity(original)
        .withId(CapacityAssessmentId.of("mca-later"))
        .withAssessor(PSYCHOLOGIST)
        .withAssessedAt(meetingStart(c).plus(Duration.ofDays(7)));
  }

  /** A pause for a change in mental state halfway between the assessment and the meeting. */
  private static CaseEvent mentalStatePause(RestorativeCase c, Optional<PartyId> about) {
    Instant assessed =
        c.capacityAssessments().get(capacityAssessmentIndex(c, doubtedPatient(c))).assessedAt();
    Instant start = meetingStart(c);
    Instant halfway = assessed.plus(Duration.between(assessed, start).dividedBy(2));
    return new CaseEvent.Builder()
        .id(EventId.of("event-mental-state"))
        .at(halfway)
        .by(ActorId.of("staff-rp-lead"))
        .type(CaseEventType.PAUSED)
        .fromStage(Stage.PREPARATION)
        .toStage(Stage.PAUSED)
        .pauseReason(PauseReason.MENTAL_STATE_CHANGE)
        .party(about)
        .build();
  }

  /** A pause for a change in mental state at a moment, about a party or no one. */
  private static CaseEvent mentalStatePause(Optional<PartyId> about, Instant at) {
    return new CaseEvent.Builder()
        .id(EventId.of("event-mental-state"))
        .at(at)
        .by(ActorId.of("staff-rp-lead"))
        .type(CaseEventType.PAUSED)
        .fromStage(Stage.PREPARATION)
        .toStage(Stage.PAUSED)
        .pauseReason(PauseReason.MENTAL_STATE_CHANGE)
        .party(about)
        .build();
  }

  /** The party with a date of birth making them the given age on the day of their consent. */
  private static Party agedOnConsent(RestorativeCase c, Party party, int years) {
    Instant given = participationConsent(c, party.id()).obtainedAt().orElseThrow();
    LocalDate born = LocalDate.ofInstant(given, LONDON).minusYears(years).minusDays(10);
    return new Party.Builder()
        .from(party)
        .ageBand(Optional.empty())
        .dateOfBirth(born)
        .parentalInvolvement(
            new ParentalInvolvement.Builder()
                .holderOfResponsibility("Mother, with parental responsibility")
                .informed(true)
                .consented(true)
                .build())
        .build();
  }

  /** Records a Gillick assessment of the party and names it on their consent. */
  private static RestorativeCase withGillick(
      RestorativeCase c, PartyId party, Instant at, CompetenceOutcome outcome) {
    CompetenceAssessmentId id = CompetenceAssessmentId.of("gillick-test");
    CompetenceAssessment assessment =
        new CompetenceAssessment.Builder()
            .id(id)
            .party(party)
            .assessedAt(at)
            .assessor(PSYCHOLOGIST)
            .understandsIssues(true)
            .understandsRisksAndOptions(true)
            .canGiveReasons(outcome == CompetenceOutcome.COMPETENT)
            .maturityConsidered(true)
            .outcome(outcome)
            .build();
    return withConsent(
        c.withCompetenceAssessments(assessment), party, x -> x.withCompetenceBasis(id));
  }
}
