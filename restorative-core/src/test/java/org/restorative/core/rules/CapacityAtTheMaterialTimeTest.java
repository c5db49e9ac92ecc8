package org.restorative.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.restorative.core.rules.ConsentCapacityFixtures.AS_OF;
import static org.restorative.core.rules.ConsentCapacityFixtures.aHeldConferenceWithASupporter;
import static org.restorative.core.rules.ConsentCapacityFixtures.aHeldMeetingWithADoubtedCapacityPatient;
import static org.restorative.core.rules.ConsentCapacityFixtures.attendeeIndex;
import static org.restorative.core.rules.ConsentCapacityFixtures.capacityAssessmentIndex;
import static org.restorative.core.rules.ConsentCapacityFixtures.checkCapacity;
import static org.restorative.core.rules.ConsentCapacityFixtures.checkConsent;
import static org.restorative.core.rules.ConsentCapacityFixtures.codesOf;
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
import static org.restorative.core.rules.ConsentCapacityFixtures.withoutParticipationConsentOf;
import static org.restorative.core.rules.StandardCode.CAPACITY_ASSESSED_WHEN_DOUBTED;
import static org.restorative.core.rules.StandardCode.CAPACITY_CURRENT_BEFORE_MEETING;
import static org.restorative.core.rules.StandardCode.CAPACITY_DECISION_SPECIFIC;
import static org.restorative.core.rules.StandardCode.CAPACITY_FINDING_COMPLETE;
import static org.restorative.core.rules.StandardCode.CHILD_COMPETENCE_RECORDED;
import static org.restorative.core.rules.StandardCode.CONSENT_REQUIRED_BEFORE_MEETING;
import static org.restorative.core.rules.StandardCode.NO_SUBSTITUTE_CONSENT_TO_PARTICIPATE;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.restorative.core.casefile.CaseEvent;
import org.restorative.core.casefile.CaseEventType;
import org.restorative.core.casefile.EventId;
import org.restorative.core.casefile.PauseReason;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.casefile.Stage;
import org.restorative.core.consent.CapacityAssessment;
import org.restorative.core.consent.CapacityAssessmentId;
import org.restorative.core.consent.CapacityBasis;
import org.restorative.core.consent.CapacityOutcome;
import org.restorative.core.consent.CompetenceAssessment;
import org.restorative.core.consent.CompetenceAssessmentId;
import org.restorative.core.consent.CompetenceOutcome;
import org.restorative.core.consent.Consent;
import org.restorative.core.consent.ConsentGiver;
import org.restorative.core.consent.ConsentId;
import org.restorative.core.consent.ConsentKind;
import org.restorative.core.consent.ConsentMethod;
import org.restorative.core.consent.ConsentStatus;
import org.restorative.core.consent.FunctionalTest;
import org.restorative.core.consent.Reconfirmation;
import org.restorative.core.consent.Withdrawal;
import org.restorative.core.consent.WithdrawalScope;
import org.restorative.core.party.ActorId;
import org.restorative.core.party.ParentalInvolvement;
import org.restorative.core.party.Party;
import org.restorative.core.party.PartyId;
import org.restorative.core.party.PartyRole;
import org.restorative.core.process.Meeting;
import org.restorative.core.process.ProcessType;

/**
 * Capacity and consent at the material time (MCA 2005 s1–s3; domain brief §4.4–§4.7; issue 8 §3):
 * the finding in force is the latest for the decision before the moment that matters; a later
 * finding of incapacity invalidates an earlier consent, at the gate and at the meeting; a recorded
 * finding of incapacity is reason to doubt; a change of mental state calls for a fresh finding or
 * reconfirmation from every attendee; a finding of incapacity explains its causal link; a Gillick
 * assessment finds each factor and parental involvement is a real record.
 */
class CapacityAtTheMaterialTimeTest {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final ActorId PSYCHOLOGIST = ActorId.of("staff-psychologist");
  private static final ActorId ADMIN = ActorId.of("staff-rp-admin");

  // ---------------------------------------------------------------- the finding in force

  @Test
  void the_finding_in_force_is_the_latest_for_the_decision_before_the_moment() {
    RestorativeCase held = aHeldMeetingWithADoubtedCapacityPatient();
    PartyId patient = doubtedPatient(held);
    ProcessType type = held.processes().get(0).type();
    Instant start = meetingStart(held);
    CapacityAssessment lacking = lacking(held, patient, start.minus(Duration.ofHours(1)), type);
    CapacityAssessment aboutLetters =
        lacking(held, patient, start.minus(Duration.ofMinutes(30)), anotherThan(type))
            .withId(CapacityAssessmentId.of("mca-about-letters"));
    RestorativeCase c = plusCapacityAssessment(plusCapacityAssessment(held, lacking), aboutLetters);
    CheckContext context = CheckContext.of(c, Policy.standard(), AS_OF);

    assertThat(context.capacityFindingInForce(patient, type, start))
        .map(found -> found.value().id())
        .contains(lacking.id());
    assertThat(context.capacityFindingInForce(patient, type, start.minus(Duration.ofHours(2))))
        .map(found -> found.value().id())
        .contains(held.capacityAssessments().get(capacityAssessmentIndex(held, patient)).id());
    assertThat(context.capacityDoubtedAt(patient, start)).isTrue();
  }

  // ---------------------------------------------------------------- rule 3: invalidated consent

  @Test
  void a_later_finding_of_incapacity_invalidates_the_consent_at_the_meeting() {
    RestorativeCase held = aHeldMeetingWithADoubtedCapacityPatient();
    PartyId patient = doubtedPatient(held);
    RestorativeCase lacking =
        plusCapacityAssessment(
            held,
            lacking(held, patient, meetingStart(held).minus(Duration.ofHours(1)), typeOf(held)));

    List<Violation> added = newViolations(held, lacking);

    assertThat(added)
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.code()).isEqualTo(CONSENT_REQUIRED_BEFORE_MEETING.name());
              assertThat(v.severity()).isEqualTo(Severity.ERROR);
              assertThat(v.path())
                  .isEqualTo("/consents/" + participationConsentIndex(held, patient) + "/status");
            });
  }

  @Test
  void a_later_finding_of_incapacity_shows_at_the_gate_into_intervention() {
    RestorativeCase prepared =
        ConsentCapacityFixtures.firstCase(
            Stage.PREPARATION,
            c ->
                c.processes().stream().noneMatch(p -> p.isEnded())
                    && c.consents().stream()
                        .anyMatch(
                            x ->
                                x.kind() == ConsentKind.PARTICIPATION
                                    && x.isActive()
                                    && c.party(x.party())
                                        .filter(p -> p.role().isPrincipal())
                                        .isPresent()));
    Consent consent =
        prepared.consents().stream()
            .filter(
                x ->
                    x.kind() == ConsentKind.PARTICIPATION
                        && x.isActive()
                        && prepared
                            .party(x.party())
                            .filter(p -> p.role().isPrincipal())
                            .isPresent())
            .findFirst()
            .orElseThrow();
    RestorativeCase lacking =
        plusCapacityAssessment(
            prepared,
            lacking(
                prepared,
                consent.party(),
                consent.obtainedAt().orElseThrow().plus(Duration.ofHours(1)),
                typeOf(prepared)));
    String path = "/consents/" + prepared.consents().indexOf(consent) + "/status";

    Report gate =
        RuleSet.standard().checkEntry(lacking, Stage.INTERVENTION, Policy.standard(), AS_OF);

    assertThat(gate.errors())
        .filteredOn(v -> v.code().equals(CONSENT_REQUIRED_BEFORE_MEETING.name()))
        .extracting(Violation::path)
        .contains(path)
        .doesNotHaveDuplicates();
    assertThat(
            RuleSet.standard()
                .checkEntry(prepared, Stage.INTERVENTION, Policy.standard(), AS_OF)
                .errors())
        .extracting(Violation::path)
        .doesNotContain(path);
  }

  @Test
  void a_finding_of_incapacity_after_the_meeting_leaves_the_meeting_consented() {
    RestorativeCase held = aHeldMeetingWithADoubtedCapacityPatient();
    PartyId patient = doubtedPatient(held);
    RestorativeCase later =
        plusCapacityAssessment(
            held,
            lacking(held, patient, meetingStart(held).plus(Duration.ofDays(3)), typeOf(held)));

    assertThat(violationsOf(checkConsent(later), CONSENT_REQUIRED_BEFORE_MEETING))
        .extracting(Violation::path)
        .noneMatch(path -> path.startsWith("/meetings/"));
  }

  @Test
  void a_finding_about_another_process_type_does_not_invalidate_the_consent() {
    RestorativeCase held = aHeldMeetingWithADoubtedCapacityPatient();
    PartyId patient = doubtedPatient(held);
    RestorativeCase aboutLetters =
        plusCapacityAssessment(
            held,
            lacking(
                held,
                patient,
                meetingStart(held).minus(Duration.ofHours(1)),
                anotherThan(typeOf(held))));

    assertThat(violationsOf(checkConsent(aboutLetters), CONSENT_REQUIRED_BEFORE_MEETING)).isEmpty();
  }

  @Test
  void a_fresh_consent_after_capacity_is_found_again_is_in_force() {
    RestorativeCase held = aHeldMeetingWithADoubtedCapacityPatient();
    PartyId patient = doubtedPatient(held);
    Instant start = meetingStart(held);
    CapacityAssessment original =
        held.capacityAssessments().get(capacityAssessmentIndex(held, patient));
    CapacityAssessment regained =
        original
            .withId(CapacityAssessmentId.of("mca-regained"))
            .withAssessedAt(start.minus(Duration.ofHours(2)));
    Consent old = participationConsent(held, patient);
    Consent fresh =
        new Consent.Builder()
            .from(old)
            .id(ConsentId.of("consent-fresh"))
            .obtainedAt(start.minus(Duration.ofHours(1)))
            .capacityBasis(CapacityBasis.assessed(regained.id()))
            .status(ConsentStatus.GIVEN)
            .reconfirmations(List.of())
            .build();
    RestorativeCase c =
        plusCapacityAssessment(
                plusCapacityAssessment(
                    held, lacking(held, patient, start.minus(Duration.ofHours(3)), typeOf(held))),
                regained)
            .withConsents(appended(held.consents(), fresh));

    assertThat(violationsOf(checkConsent(c), CONSENT_REQUIRED_BEFORE_MEETING)).isEmpty();
    assertThat(violationsOf(checkCapacity(c), CAPACITY_ASSESSED_WHEN_DOUBTED)).isEmpty();
  }

  // ---------------------------------------------------------------- §6: withdrawn, substitute

  @Test
  void an_attendee_who_withdrew_from_the_meeting_is_not_reported_for_missing_consent() {
    RestorativeCase held = aHeldConferenceWithASupporter();
    PartyId supporter = partyWithRole(held, PartyRole.SUPPORTER).id();
    Meeting meeting = held.meetings().get(0);
    RestorativeCase noConsent = withoutParticipationConsentOf(held, supporter);
    Withdrawal fromTheMeeting =
        new Withdrawal.Builder()
            .party(supporter)
            .at(meetingStart(held).minus(Duration.ofDays(1)))
            .scope(WithdrawalScope.MEETING)
            .meeting(meeting.id())
            .build();
    RestorativeCase withdrew =
        noConsent.withWithdrawals(appended(noConsent.withdrawals(), fromTheMeeting));

    assertThat(violationsOf(checkConsent(noConsent), CONSENT_REQUIRED_BEFORE_MEETING))
        .extracting(Violation::path)
        .containsExactly("/meetings/0/attendees/" + attendeeIndex(meeting, supporter));
    assertThat(violationsOf(checkConsent(withdrew), CONSENT_REQUIRED_BEFORE_MEETING)).isEmpty();
  }

  @Test
  void a_substitute_consent_is_reported_by_rule_15_and_not_by_rule_11() {
    RestorativeCase held = aHeldMeetingWithADoubtedCapacityPatient();
    PartyId patient = doubtedPatient(held);
    RestorativeCase substitute =
        withConsent(
                held,
                patient,
                x ->
                    x.withGivenBy(ConsentGiver.BEST_INTERESTS_DECISION)
                        .withCapacityBasis(Optional.empty()))
            .withCapacityAssessments(
                held.capacityAssessments().stream()
                    .filter(a -> !a.party().equals(patient))
                    .toList());

    Report report = checkCapacity(substitute);

    assertThat(codesOf(report)).containsExactly(NO_SUBSTITUTE_CONSENT_TO_PARTICIPATE.name());
    assertThat(violationsOf(report, NO_SUBSTITUTE_CONSENT_TO_PARTICIPATE))
        .extracting(Violation::path)
        .containsExactly("/consents/" + participationConsentIndex(held, patient) + "/givenBy");
  }

  // ---------------------------------------------------------------- rule 11: recorded doubt

  @Test
  void a_recorded_finding_of_incapacity_is_reason_to_doubt_without_the_flag() {
    RestorativeCase held = aHeldConferenceWithASupporter();
    PartyId harmed = partyWithRole(held, PartyRole.PERSON_HARMED).id();
    Instant given = participationConsent(held, harmed).obtainedAt().orElseThrow();
    assertThat(held.party(harmed).orElseThrow().reasonToDoubtCapacity()).isFalse();
    RestorativeCase lacking =
        plusCapacityAssessment(
            held, lacking(held, harmed, given.minus(Duration.ofHours(1)), typeOf(held)));

    Report report = checkCapacity(lacking);

    assertThat(codesOf(report)).containsExactly(CAPACITY_ASSESSED_WHEN_DOUBTED.name());
    assertThat(violationsOf(report, CAPACITY_ASSESSED_WHEN_DOUBTED))
        .extracting(Violation::path)
        .containsExactly("/consents/" + participationConsentIndex(held, harmed) + "/capacityBasis");
  }

  @Test
  void capacity_found_again_before_consent_resolves_the_recorded_doubt() {
    RestorativeCase held = aHeldConferenceWithASupporter();
    PartyId harmed = partyWithRole(held, PartyRole.PERSON_HARMED).id();
    Instant given = participationConsent(held, harmed).obtainedAt().orElseThrow();
    CapacityAssessment lacking =
        lacking(held, harmed, given.minus(Duration.ofHours(3)), typeOf(held));
    CapacityAssessment regained =
        new CapacityAssessment.Builder()
            .from(lacking)
            .id(CapacityAssessmentId.of("mca-regained"))
            .assessedAt(given.minus(Duration.ofHours(1)))
            .decision(
                lacking
                    .decision()
                    .withCounterparties(
                        held.processes().get(0).participants().stream()
                            .filter(p -> !p.equals(harmed))
                            .toList()))
            .outcome(CapacityOutcome.HAS_CAPACITY)
            .functional(FunctionalTest.ableOnEveryLimb())
            .impairmentIdentified(Optional.empty())
            .impairment(Optional.empty())
            .causalLinkEstablished(Optional.empty())
            .causalLinkRationale(Optional.empty())
            .build();
    RestorativeCase c = plusCapacityAssessment(plusCapacityAssessment(held, lacking), regained);

    assertThat(checkCapacity(c).violations()).isEmpty();
  }

  @Test
  void incapacity_found_after_capacity_and_before_consent_leaves_the_doubt_unresolved() {
    RestorativeCase held = aHeldMeetingWithADoubtedCapacityPatient();
    PartyId patient = doubtedPatient(held);
    Instant given = participationConsent(held, patient).obtainedAt().orElseThrow();
    Instant assessed =
        held.capacityAssessments().get(capacityAssessmentIndex(held, patient)).assessedAt();
    Instant between = assessed.plus(Duration.between(assessed, given).dividedBy(2));
    RestorativeCase c = plusCapacityAssessment(held, lacking(held, patient, between, typeOf(held)));

    Report report = checkCapacity(c);

    assertThat(codesOf(report)).containsExactly(CAPACITY_ASSESSED_WHEN_DOUBTED.name());
    assertThat(violationsOf(report, CAPACITY_DECISION_SPECIFIC)).isEmpty();
  }

  // ---------------------------------------------------------------- rule 13: change of mental
  // state

  @Test
  void after_a_pause_about_no_one_every_attendee_needs_a_fresh_finding_or_reconfirmation() {
    RestorativeCase held = aHeldConferenceWithASupporter();
    Meeting meeting = held.meetings().get(0);
    RestorativeCase paused =
        plusEvent(
            held, pause(PauseReason.MENTAL_STATE_CHANGE, Optional.empty(), minuteBefore(held)));

    Report report = checkCapacity(paused);

    assertThat(codesOf(report)).containsExactly(CAPACITY_CURRENT_BEFORE_MEETING.name());
    assertThat(violationsOf(report, CAPACITY_CURRENT_BEFORE_MEETING))
        .extracting(Violation::path)
        .containsExactlyElementsOf(
            IntStream.range(0, meeting.attendees().size())
                .mapToObj(j -> "/meetings/0/attendees/" + j)
                .toList());
  }

  @Test
  void a_reconfirmation_after_the_pause_makes_capacity_current_for_the_never_assessed() {
    RestorativeCase held = aHeldConferenceWithASupporter();
    Instant pausedAt = minuteBefore(held);
    RestorativeCase paused =
        plusEvent(held, pause(PauseReason.MENTAL_STATE_CHANGE, Optional.empty(), pausedAt));
    RestorativeCase reconfirmed = reconfirmedByEveryAttendee(paused, pausedAt.plusSeconds(30));

    assertThat(violationsOf(checkCapacity(reconfirmed), CAPACITY_CURRENT_BEFORE_MEETING)).isEmpty();
  }

  @Test
  void after_capacity_was_lost_only_a_fresh_assessment_will_do() {
    RestorativeCase held = aHeldMeetingWithADoubtedCapacityPatient();
    PartyId patient = doubtedPatient(held);
    Instant pausedAt = minuteBefore(held);
    RestorativeCase lost =
        reconfirmedByEveryAttendee(
            plusEvent(
                held, pause(PauseReason.CAPACITY_TEMPORARILY_LOST, Optional.of(patient), pausedAt)),
            pausedAt.plusSeconds(20));
    CapacityAssessment original =
        held.capacityAssessments().get(capacityAssessmentIndex(held, patient));
    RestorativeCase reassessed =
        plusCapacityAssessment(
            lost,
            original
                .withId(CapacityAssessmentId.of("mca-after-loss"))
                .withAssessedAt(pausedAt.plusSeconds(30)));

    assertThat(violationsOf(checkCapacity(lost), CAPACITY_CURRENT_BEFORE_MEETING))
        .extracting(Violation::path)
        .containsExactly("/meetings/0/attendees/" + attendeeIndex(held.meetings().get(0), patient));
    assertThat(violationsOf(checkCapacity(reassessed), CAPACITY_CURRENT_BEFORE_MEETING)).isEmpty();
  }

  @Test
  void with_no_window_fluctuating_capacity_is_confirmed_after_the_last_preparation_contact() {
    RestorativeCase held = aHeldMeetingWithADoubtedCapacityPatient();
    PartyId patient = doubtedPatient(held);
    RestorativeCase fluctuating =
        withCapacityAssessment(held, patient, a -> a.withFluctuating(true));
    RestorativeCase unconfirmed =
        withConsent(
            fluctuating,
            patient,
            x -> x.withStatus(ConsentStatus.GIVEN).withReconfirmations(List.of()));

    assertThat(Policy.standard().capacityReassessmentWindow()).isEmpty();
    assertThat(violationsOf(checkCapacity(fluctuating), CAPACITY_CURRENT_BEFORE_MEETING)).isEmpty();
    assertThat(violationsOf(checkCapacity(unconfirmed), CAPACITY_CURRENT_BEFORE_MEETING))
        .extracting(Violation::path)
        .containsExactly("/meetings/0/attendees/" + attendeeIndex(held.meetings().get(0), patient));
  }

  @Test
  void an_inconclusive_finding_after_consent_leaves_capacity_unresolved_at_the_meeting() {
    RestorativeCase held = aHeldMeetingWithADoubtedCapacityPatient();
    PartyId patient = doubtedPatient(held);
    Instant given = participationConsent(held, patient).obtainedAt().orElseThrow();
    Instant assessed =
        held.capacityAssessments().get(capacityAssessmentIndex(held, patient)).assessedAt();
    CapacityAssessment afterConsent =
        lacking(held, patient, meetingStart(held).minus(Duration.ofHours(1)), typeOf(held))
            .withOutcome(CapacityOutcome.INCONCLUSIVE);
    CapacityAssessment beforeConsent =
        afterConsent.withAssessedAt(assessed.plus(Duration.between(assessed, given).dividedBy(2)));

    Report after = checkCapacity(plusCapacityAssessment(held, afterConsent));
    Report before = checkCapacity(plusCapacityAssessment(held, beforeConsent));

    assertThat(codesOf(after)).containsExactly(CAPACITY_CURRENT_BEFORE_MEETING.name());
    assertThat(violationsOf(after, CAPACITY_CURRENT_BEFORE_MEETING))
        .extracting(Violation::path)
        .containsExactly("/meetings/0/attendees/" + attendeeIndex(held.meetings().get(0), patient));
    assertThat(
            violationsOf(
                checkConsent(plusCapacityAssessment(held, afterConsent)),
                CONSENT_REQUIRED_BEFORE_MEETING))
        .isEmpty();
    assertThat(codesOf(before)).containsExactly(CAPACITY_ASSESSED_WHEN_DOUBTED.name());
  }

  @Test
  void a_meeting_still_to_come_is_judged_at_the_gate_into_intervention_when_no_window_is_set() {
    RestorativeCase held = aHeldConferenceWithASupporter();
    Meeting meeting = held.meetings().get(0);
    Instant before = meetingStart(held).minus(Duration.ofDays(10));
    Policy standard = Policy.standard();
    Policy week = new Policy.Builder().consentReconfirmationWindow(Duration.ofDays(7)).build();

    assertThat(
            CheckContext.forEntry(held, Stage.PREPARATION, standard, before)
                .isDueForJudgement(meeting, standard.consentReconfirmationWindow()))
        .isFalse();
    assertThat(
            CheckContext.forEntry(held, Stage.INTERVENTION, standard, before)
                .isDueForJudgement(meeting, standard.consentReconfirmationWindow()))
        .isTrue();
    assertThat(
            CheckContext.forEntry(held, Stage.INTERVENTION, week, before)
                .isDueForJudgement(meeting, week.consentReconfirmationWindow()))
        .isFalse();
    assertThat(
            CheckContext.forEntry(held, Stage.PREPARATION, week, before.plus(Duration.ofDays(4)))
                .isDueForJudgement(meeting, week.consentReconfirmationWindow()))
        .isTrue();
  }

  // ---------------------------------------------------------------- rule 14: causal link

  @Test
  void a_finding_of_incapacity_explains_why_the_impairment_causes_the_inability() {
    RestorativeCase held = aHeldMeetingWithADoubtedCapacityPatient();
    PartyId patient = doubtedPatient(held);
    CapacityAssessment later =
        lacking(held, patient, meetingStart(held).plus(Duration.ofDays(7)), typeOf(held));
    RestorativeCase unexplained =
        plusCapacityAssessment(held, later.withCausalLinkRationale(Optional.empty()));
    RestorativeCase notEstablished =
        plusCapacityAssessment(
            held, later.withCausalLinkEstablished(false).withCausalLinkRationale(Optional.empty()));
    int k = held.capacityAssessments().size();

    assertThat(codesOf(checkCapacity(unexplained)))
        .containsExactly(CAPACITY_FINDING_COMPLETE.name());
    assertThat(violationsOf(checkCapacity(unexplained), CAPACITY_FINDING_COMPLETE))
        .extracting(Violation::path)
        .containsExactly("/capacityAssessments/" + k + "/causalLinkRationale");
    assertThat(violationsOf(checkCapacity(notEstablished), CAPACITY_FINDING_COMPLETE))
        .extracting(Violation::path)
        .containsExactly("/capacityAssessments/" + k + "/causalLinkEstablished");
    assertThat(checkCapacity(plusCapacityAssessment(held, later)).violations()).isEmpty();
  }

  // ---------------------------------------------------------------- rule 17: Gillick

  @Test
  void a_finding_of_gillick_competence_records_each_factor() {
    RestorativeCase held = aHeldConferenceWithASupporter();
    PartyId harmed = partyWithRole(held, PartyRole.PERSON_HARMED).id();
    RestorativeCase noReasons =
        withGillick(aged15(held, harmed, involved()), harmed, a -> a.withCanGiveReasons(false));
    int k = held.competenceAssessments().size();

    Report report = checkCapacity(noReasons);

    assertThat(codesOf(report)).containsExactly(CHILD_COMPETENCE_RECORDED.name());
    assertThat(violationsOf(report, CHILD_COMPETENCE_RECORDED))
        .extracting(Violation::path)
        .containsExactly("/competenceAssessments/" + k + "/canGiveReasons");
    assertThat(
            checkCapacity(withGillick(aged15(held, harmed, involved()), harmed, a -> a))
                .violations())
        .isEmpty();
  }

  @Test
  void an_empty_record_of_parental_involvement_is_no_record() {
    RestorativeCase held = aHeldConferenceWithASupporter();
    PartyId harmed = partyWithRole(held, PartyRole.PERSON_HARMED).id();
    RestorativeCase empty =
        withGillick(
            aged15(held, harmed, new ParentalInvolvement.Builder().build()), harmed, a -> a);
    String path = "/parties/" + partyIndex(held, harmed) + "/parentalInvolvement";

    assertThat(violationsOf(checkCapacity(empty), CHILD_COMPETENCE_RECORDED))
        .extracting(Violation::path)
        .containsExactly(path + "/holderOfResponsibility", path + "/informed");
  }

  @Test
  void parental_involvement_recorded_only_after_the_consent_is_too_late() {
    RestorativeCase held = aHeldConferenceWithASupporter();
    PartyId harmed = partyWithRole(held, PartyRole.PERSON_HARMED).id();
    LocalDate consentDay =
        LocalDate.ofInstant(participationConsent(held, harmed).obtainedAt().orElseThrow(), LONDON);
    RestorativeCase late =
        withGillick(
            aged15(held, harmed, involved().withRecordedOn(consentDay.plusDays(3))),
            harmed,
            a -> a);
    RestorativeCase onTheDay =
        withGillick(aged15(held, harmed, involved().withRecordedOn(consentDay)), harmed, a -> a);

    assertThat(violationsOf(checkCapacity(late), CHILD_COMPETENCE_RECORDED))
        .extracting(Violation::path)
        .containsExactly(
            "/parties/" + partyIndex(held, harmed) + "/parentalInvolvement/recordedOn");
    assertThat(checkCapacity(onTheDay).violations()).isEmpty();
  }

  @Test
  void a_parents_consent_for_a_child_is_reported_by_rule_15_alone() {
    RestorativeCase held = aHeldConferenceWithASupporter();
    PartyId harmed = partyWithRole(held, PartyRole.PERSON_HARMED).id();
    RestorativeCase byParent =
        withConsent(
            aged15(held, harmed, involved()),
            harmed,
            x -> x.withGivenBy(ConsentGiver.PARENT_OR_GUARDIAN));

    assertThat(codesOf(checkCapacity(byParent)))
        .containsExactly(NO_SUBSTITUTE_CONSENT_TO_PARTICIPATE.name());
  }

  // ---------------------------------------------------------------- settings without a source

  @Test
  void the_catalogue_lists_the_settings_a_trust_must_choose() {
    String catalogue = RuleCatalogue.markdown(RuleSet.standard(), Policy.standard(), "Rules");
    String section =
        catalogue.substring(
            catalogue.indexOf("## Settings your trust must choose"),
            catalogue.indexOf("## Policy settings"));

    assertThat(section)
        .contains(
            "`consentReconfirmationWindow` | `CONSENT_RECONFIRMED_BEFORE_MEETING`",
            "`capacityReassessmentWindow` | `CAPACITY_CURRENT_BEFORE_MEETING`",
            "`proportionalityAmountThreshold` | `ACTION_PROPORTIONALITY_REVIEW`",
            "`proportionalityHoursThreshold` | `ACTION_PROPORTIONALITY_REVIEW`",
            "`proportionalityDurationThreshold` | `ACTION_PROPORTIONALITY_REVIEW`");
    assertThat(section.lines().filter(line -> line.endsWith("| not set |"))).hasSize(5);
    assertThat(
            RuleCatalogue.markdown(
                RuleSet.standard(),
                new Policy.Builder().consentReconfirmationWindow(Duration.ofDays(14)).build(),
                "Rules"))
        .contains("| PT336H |");
  }

  // ---------------------------------------------------------------- helpers

  /** The standard rules' violations of the changed case that the original did not have. */
  private static List<Violation> newViolations(RestorativeCase before, RestorativeCase after) {
    Set<String> old = new HashSet<>();
    for (Violation v : RuleSet.standard().check(before, Policy.standard(), AS_OF).violations()) {
      old.add(v.code() + " " + v.path());
    }
    return RuleSet.standard().check(after, Policy.standard(), AS_OF).violations().stream()
        .filter(v -> !old.contains(v.code() + " " + v.path()))
        .toList();
  }

  private static PartyId doubtedPatient(RestorativeCase c) {
    return partyWhere(
            c,
            p ->
                p.reasonToDoubtCapacity()
                    && p.isDetained()
                    && c.meetings().get(0).isAttendedBy(p.id()))
        .id();
  }

  private static ProcessType typeOf(RestorativeCase c) {
    return c.processes().get(0).type();
  }

  private static ProcessType anotherThan(ProcessType type) {
    return type == ProcessType.LETTER_EXCHANGE
        ? ProcessType.RECORDED_MESSAGE
        : ProcessType.LETTER_EXCHANGE;
  }

  private static Instant minuteBefore(RestorativeCase c) {
    return meetingStart(c).minus(Duration.ofMinutes(1));
  }

  /** A complete finding that a party lacks capacity to take part in a process type. */
  private static CapacityAssessment lacking(
      RestorativeCase c, PartyId party, Instant at, ProcessType type) {
    return CapacityConsentBreakers.lacking(party, at, Optional.of(type))
        .withId(CapacityAssessmentId.of("mca-lacking-" + c.capacityAssessments().size()));
  }

  private static CaseEvent pause(PauseReason reason, Optional<PartyId> about, Instant at) {
    return new CaseEvent.Builder()
        .id(EventId.of("event-paused-material-time"))
        .at(at)
        .by(ADMIN)
        .type(CaseEventType.PAUSED)
        .fromStage(Stage.INTERVENTION)
        .toStage(Stage.PAUSED)
        .pauseReason(reason)
        .party(about)
        .build();
  }

  /** Every attendee of the first meeting reconfirms their participation consent at a moment. */
  private static RestorativeCase reconfirmedByEveryAttendee(RestorativeCase c, Instant at) {
    Set<PartyId> attendees = c.meetings().get(0).attendeeParties();
    List<Consent> consents = new ArrayList<>();
    for (Consent x : c.consents()) {
      boolean theirs = attendees.contains(x.party()) && x.kind() == ConsentKind.PARTICIPATION;
      consents.add(
          theirs
              ? new Consent.Builder()
                  .from(x)
                  .status(ConsentStatus.RECONFIRMED)
                  .addReconfirmations(Reconfirmation.of(at, ADMIN, ConsentMethod.WRITTEN_SIGNED))
                  .build()
              : x);
    }
    return c.withConsents(consents);
  }

  private static ParentalInvolvement involved() {
    return new ParentalInvolvement.Builder()
        .holderOfResponsibility("Father, with parental responsibility")
        .informed(true)
        .consented(true)
        .build();
  }

  /** The party aged 15 on the day of their consent, with the given parental involvement. */
  private static RestorativeCase aged15(
      RestorativeCase c, PartyId party, ParentalInvolvement involvement) {
    Instant given = participationConsent(c, party).obtainedAt().orElseThrow();
    LocalDate born = LocalDate.ofInstant(given, LONDON).minusYears(15).minusDays(10);
    return withParty(
        c,
        party,
        (Party p) ->
            p.withAgeBand(Optional.empty())
                .withDateOfBirth(born)
                .withParentalInvolvement(involvement));
  }

  /** Records a Gillick assessment finding competence two hours before the consent, and names it. */
  private static RestorativeCase withGillick(
      RestorativeCase c,
      PartyId party,
      java.util.function.UnaryOperator<CompetenceAssessment> change) {
    Instant given = participationConsent(c, party).obtainedAt().orElseThrow();
    CompetenceAssessmentId id = CompetenceAssessmentId.of("gillick-material-time");
    CompetenceAssessment assessment =
        change.apply(
            new CompetenceAssessment.Builder()
                .id(id)
                .party(party)
                .assessedAt(given.minus(Duration.ofHours(2)))
                .assessor(PSYCHOLOGIST)
                .understandsIssues(true)
                .understandsRisksAndOptions(true)
                .canGiveReasons(true)
                .maturityConsidered(true)
                .outcome(CompetenceOutcome.COMPETENT)
                .build());
    return withConsent(
        c.withCompetenceAssessments(appended(c.competenceAssessments(), assessment)),
        party,
        x -> x.withCompetenceBasis(id));
  }

  private static <T> List<T> appended(List<T> items, T item) {
    List<T> all = new ArrayList<>(items);
    all.add(item);
    return all;
  }
}
