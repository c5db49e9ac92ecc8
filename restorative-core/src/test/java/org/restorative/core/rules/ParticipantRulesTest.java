package org.restorative.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.restorative.core.rules.ConsentCapacityFixtures.consentedAfresh;
import static org.restorative.core.rules.PeopleAndSafetyFixtures.AS_OF;
import static org.restorative.core.rules.PeopleAndSafetyFixtures.aCase;
import static org.restorative.core.rules.PeopleAndSafetyFixtures.aHeldConferenceWithASupporter;
import static org.restorative.core.rules.PeopleAndSafetyFixtures.aHeldMeetingWithAnAutisticAttendee;
import static org.restorative.core.rules.PeopleAndSafetyFixtures.aHeldMeetingWithAnInterpreter;
import static org.restorative.core.rules.PeopleAndSafetyFixtures.changed;
import static org.restorative.core.rules.PeopleAndSafetyFixtures.indexOf;
import static org.restorative.core.rules.PeopleAndSafetyFixtures.indexOfAttendee;
import static org.restorative.core.rules.PeopleAndSafetyFixtures.indexOfParty;
import static org.restorative.core.rules.PeopleAndSafetyFixtures.party;
import static org.restorative.core.rules.PeopleAndSafetyFixtures.theMeeting;
import static org.restorative.core.rules.PeopleAndSafetyFixtures.theSupporter;
import static org.restorative.core.rules.PeopleAndSafetyFixtures.violations;
import static org.restorative.core.rules.PeopleAndSafetyFixtures.withParty;
import static org.restorative.core.rules.PeopleAndSafetyFixtures.withTheMeeting;
import static org.restorative.core.rules.PeopleAndSafetyFixtures.without;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.casefile.Stage;
import org.restorative.core.consent.Withdrawal;
import org.restorative.core.consent.WithdrawalScope;
import org.restorative.core.party.ActorId;
import org.restorative.core.party.AdjustmentType;
import org.restorative.core.party.CommunicationNeed;
import org.restorative.core.party.Party;
import org.restorative.core.party.PartyId;
import org.restorative.core.party.PartyRole;
import org.restorative.core.party.Professional;
import org.restorative.core.party.ProfessionalId;
import org.restorative.core.party.ProfessionalRole;
import org.restorative.core.process.ArrangedAdjustment;
import org.restorative.core.process.Attendee;
import org.restorative.core.process.Meeting;
import org.restorative.core.process.PreparationContact;
import org.restorative.core.process.PreparationTopic;
import org.restorative.core.process.ProcessStatus;

class ParticipantRulesTest {

  private static final List<Rule> PARTICIPANT = ParticipantRules.rules();

  private static final String LINKED = StandardCode.SUPPORTER_LINKED_TO_PARTY.name();
  private static final String ASSESSED = StandardCode.SUPPORTER_ASSESSED_AND_CONSENTED.name();
  private static final String AGREED = StandardCode.SUPPORTER_AGREED_IN_PREPARATION.name();
  private static final String ADJUSTMENTS = StandardCode.ADJUSTMENTS_IN_PLACE.name();
  private static final String INTERPRETER = StandardCode.INTERPRETER_INDEPENDENT.name();

  @Test
  void the_family_holds_rules_28_to_32_in_the_brief_s_order() {
    assertThat(PARTICIPANT)
        .extracting(r -> r.code().name(), Rule::severity, Rule::appliesFrom)
        .containsExactly(
            tuple(LINKED, Severity.ERROR, Stage.PREPARATION),
            tuple(ASSESSED, Severity.ERROR, Stage.PREPARATION),
            tuple(AGREED, Severity.WARNING, Stage.PREPARATION),
            tuple(ADJUSTMENTS, Severity.WARNING, Stage.PREPARATION),
            tuple(INTERPRETER, Severity.WARNING, Stage.REFERRAL));
    assertThat(ParticipantRules.supporterComesWithTheirPrincipal().meaning())
        .contains("structural invariant");
  }

  // ---------------------------------------------------------------- rule 28

  @Test
  void a_supporter_who_comes_with_the_party_they_support_is_linked() {
    assertThat(violations(PARTICIPANT, aHeldConferenceWithASupporter(), LINKED)).isEmpty();
  }

  @Test
  void a_supporter_cannot_take_part_in_a_process_without_the_party_they_support() {
    RestorativeCase c = aHeldConferenceWithASupporter();
    PartyId principal = theSupporter(c).principal().orElseThrow();
    c =
        c.withProcesses(
            changed(
                c.processes(),
                p -> true,
                p ->
                    p.withParticipants(without(List.copyOf(p.participants()), principal::equals))));

    assertThat(violations(PARTICIPANT, c, LINKED))
        .extracting(Violation::severity, Violation::path)
        .containsExactly(tuple(Severity.ERROR, "/processes/0/participants"));
  }

  @Test
  void a_supporter_cannot_attend_a_meeting_without_the_party_they_support() {
    RestorativeCase c = aHeldConferenceWithASupporter();
    Party supporter = theSupporter(c);
    PartyId principal = supporter.principal().orElseThrow();
    c =
        withTheMeeting(
            c, m -> m.withAttendees(without(m.attendees(), a -> a.party().equals(principal))));

    assertThat(violations(PARTICIPANT, c, LINKED))
        .extracting(Violation::severity, Violation::path)
        .containsExactly(
            tuple(
                Severity.ERROR,
                "/meetings/0/attendees/" + indexOfAttendee(theMeeting(c), supporter.id())));
  }

  @Test
  void a_supporter_whose_principal_withdrew_from_a_process_still_going_is_reported() {
    RestorativeCase going = withTheProcessStillGoing(aHeldConferenceWithASupporter());
    Party supporter = theSupporter(going);
    PartyId principal = supporter.principal().orElseThrow();
    Instant ended = theMeeting(going).endAt().orElseThrow().plus(Duration.ofHours(1));
    RestorativeCase concluded =
        going.withProcesses(
            changed(going.processes(), p -> true, p -> p.endedAs(ProcessStatus.CONCLUDED, ended)));
    Withdrawal principalWithdrew =
        Withdrawals.fromTheWholeProcess(principal, ended.plus(Duration.ofDays(1)));
    Withdrawal supporterWithdrew =
        Withdrawals.fromTheWholeProcess(supporter.id(), ended.plus(Duration.ofDays(2)));

    assertThat(violations(PARTICIPANT, going.withWithdrawals(principalWithdrew), LINKED))
        .extracting(Violation::severity, Violation::path)
        .containsExactly(tuple(Severity.ERROR, "/processes/0/participants"));
    assertThat(
            violations(
                PARTICIPANT, going.withWithdrawals(principalWithdrew, supporterWithdrew), LINKED))
        .isEmpty();
    assertThat(violations(PARTICIPANT, concluded.withWithdrawals(principalWithdrew), LINKED))
        .isEmpty();
  }

  @Test
  void a_principal_who_consented_afresh_after_withdrawing_is_there_for_their_supporter_again() {
    RestorativeCase going = withTheProcessStillGoing(aHeldConferenceWithASupporter());
    PartyId principal = theSupporter(going).principal().orElseThrow();
    Instant withdrew = theMeeting(going).endAt().orElseThrow().plus(Duration.ofDays(1));
    RestorativeCase withdrawn =
        going.withWithdrawals(Withdrawals.fromTheWholeProcess(principal, withdrew));
    RestorativeCase renewed =
        consentedAfresh(withdrawn, principal, withdrew.plus(Duration.ofDays(1)));
    RestorativeCase renewedBefore =
        consentedAfresh(withdrawn, principal, withdrew.minus(Duration.ofDays(1)));

    assertThat(violations(PARTICIPANT, renewed, LINKED)).isEmpty();
    assertThat(violations(PARTICIPANT, renewedBefore, LINKED))
        .extracting(Violation::severity, Violation::path)
        .containsExactly(tuple(Severity.ERROR, "/processes/0/participants"));
  }

  @Test
  void
      a_principal_whose_fresh_consent_is_dated_after_the_check_is_not_yet_back_for_their_supporter() {
    RestorativeCase going = withTheProcessStillGoing(aHeldConferenceWithASupporter());
    PartyId principal = theSupporter(going).principal().orElseThrow();
    Instant withdrew = theMeeting(going).endAt().orElseThrow().plus(Duration.ofDays(1));
    RestorativeCase withdrawn =
        going.withWithdrawals(Withdrawals.fromTheWholeProcess(principal, withdrew));
    RestorativeCase renewedAfterTheCheck =
        consentedAfresh(withdrawn, principal, AS_OF.plus(Duration.ofSeconds(1)));
    RestorativeCase renewedAtTheCheck = consentedAfresh(withdrawn, principal, AS_OF);

    assertThat(withdrew).isBefore(AS_OF);
    assertThat(violations(PARTICIPANT, renewedAfterTheCheck, LINKED))
        .extracting(Violation::severity, Violation::path)
        .containsExactly(tuple(Severity.ERROR, "/processes/0/participants"));
    assertThat(violations(PARTICIPANT, renewedAtTheCheck, LINKED)).isEmpty();
  }

  @Test
  void a_supporter_who_consented_afresh_after_withdrawing_takes_part_again_and_is_reported() {
    RestorativeCase going = withTheProcessStillGoing(aHeldConferenceWithASupporter());
    Party supporter = theSupporter(going);
    PartyId principal = supporter.principal().orElseThrow();
    Instant withdrew = theMeeting(going).endAt().orElseThrow().plus(Duration.ofDays(1));
    RestorativeCase bothWithdrawn =
        going.withWithdrawals(
            Withdrawals.fromTheWholeProcess(principal, withdrew),
            Withdrawals.fromTheWholeProcess(supporter.id(), withdrew));
    RestorativeCase supporterBack =
        consentedAfresh(bothWithdrawn, supporter.id(), withdrew.plus(Duration.ofDays(1)));

    assertThat(violations(PARTICIPANT, bothWithdrawn, LINKED)).isEmpty();
    assertThat(violations(PARTICIPANT, supporterBack, LINKED))
        .extracting(Violation::severity, Violation::path)
        .containsExactly(tuple(Severity.ERROR, "/processes/0/participants"));
  }

  @Test
  void a_supporter_whose_principal_withdrew_from_the_meeting_before_it_is_reported_there() {
    RestorativeCase c = aHeldConferenceWithASupporter();
    Party supporter = theSupporter(c);
    PartyId principal = supporter.principal().orElseThrow();
    Meeting meeting = theMeeting(c);
    Withdrawal principalWithdrew =
        new Withdrawal.Builder()
            .party(principal)
            .at(meeting.startAt().orElseThrow().minus(Duration.ofHours(1)))
            .scope(WithdrawalScope.MEETING)
            .meeting(meeting.id())
            .build();
    Withdrawal supporterWithdrew = principalWithdrew.withParty(supporter.id());
    Withdrawal principalLeftAfterwards =
        principalWithdrew.withAt(meeting.endAt().orElseThrow().plus(Duration.ofHours(1)));

    assertThat(violations(PARTICIPANT, c.withWithdrawals(principalWithdrew), LINKED))
        .extracting(Violation::severity, Violation::path)
        .containsExactly(
            tuple(
                Severity.ERROR,
                "/meetings/0/attendees/" + indexOfAttendee(meeting, supporter.id())));
    assertThat(
            violations(
                PARTICIPANT, c.withWithdrawals(principalWithdrew, supporterWithdrew), LINKED))
        .isEmpty();
    assertThat(violations(PARTICIPANT, c.withWithdrawals(principalLeftAfterwards), LINKED))
        .isEmpty();
  }

  @Test
  void a_principal_who_consented_afresh_before_the_meeting_is_there_for_their_supporter() {
    RestorativeCase c = aHeldConferenceWithASupporter();
    Party supporter = theSupporter(c);
    PartyId principal = supporter.principal().orElseThrow();
    Meeting meeting = theMeeting(c);
    Instant start = meeting.startAt().orElseThrow();
    RestorativeCase withdrawn =
        c.withWithdrawals(
            Withdrawals.fromTheWholeProcess(principal, start.minus(Duration.ofDays(2))));
    RestorativeCase renewed =
        consentedAfresh(withdrawn, principal, start.minus(Duration.ofDays(1)));
    RestorativeCase renewedAfterTheMeeting =
        consentedAfresh(
            withdrawn, principal, meeting.endAt().orElseThrow().plus(Duration.ofDays(1)));
    // A withdrawal from the meeting itself stands for it, fresh consent or not.
    RestorativeCase fromTheMeetingRenewed =
        consentedAfresh(c, principal, start.minus(Duration.ofDays(1)))
            .withWithdrawals(
                new Withdrawal.Builder()
                    .party(principal)
                    .at(start.minus(Duration.ofDays(2)))
                    .scope(WithdrawalScope.MEETING)
                    .meeting(meeting.id())
                    .build());
    String attendee = "/meetings/0/attendees/" + indexOfAttendee(meeting, supporter.id());

    assertThat(violations(PARTICIPANT, withdrawn, LINKED))
        .extracting(Violation::severity, Violation::path)
        .containsExactly(
            tuple(Severity.ERROR, "/processes/0/participants"), tuple(Severity.ERROR, attendee));
    assertThat(violations(PARTICIPANT, renewed, LINKED)).isEmpty();
    // The process goes on with them again; the meeting had started without them.
    assertThat(violations(PARTICIPANT, renewedAfterTheMeeting, LINKED))
        .extracting(Violation::severity, Violation::path)
        .containsExactly(tuple(Severity.ERROR, attendee));
    assertThat(violations(PARTICIPANT, fromTheMeetingRenewed, LINKED))
        .extracting(Violation::severity, Violation::path)
        .containsExactly(tuple(Severity.ERROR, attendee));
  }

  @Test
  void a_representative_may_attend_in_place_of_the_person_harmed() {
    RestorativeCase c = aHeldConferenceWithASupporter();
    Party supporter = theSupporter(c);
    PartyId principal = supporter.principal().orElseThrow();
    c = withParty(c, supporter.id(), p -> p.withRole(PartyRole.REPRESENTATIVE_OF_HARMED));
    c =
        withTheMeeting(
            c, m -> m.withAttendees(without(m.attendees(), a -> a.party().equals(principal))));

    assertThat(violations(PARTICIPANT, c, LINKED)).isEmpty();
  }

  // ---------------------------------------------------------------- rule 29

  @Test
  void a_supporter_with_their_own_consent_and_risk_assessment_may_take_part() {
    assertThat(violations(PARTICIPANT, aHeldConferenceWithASupporter(), ASSESSED)).isEmpty();
  }

  @Test
  void a_supporter_in_the_process_needs_their_own_consent_to_take_part() {
    RestorativeCase c = aHeldConferenceWithASupporter();
    PartyId supporter = theSupporter(c).id();
    c = c.withConsents(without(c.consents(), k -> k.party().equals(supporter)));
    c = attendingNoMeeting(c, supporter);

    List<Violation> found = violations(PARTICIPANT, c, ASSESSED);
    assertThat(found)
        .extracting(Violation::severity, Violation::path)
        .containsExactly(tuple(Severity.ERROR, "/parties/" + indexOfParty(c, supporter)));
    assertThat(found.get(0).message()).contains("consent");
  }

  @Test
  void a_supporter_at_a_meeting_without_consent_is_rule_3s_finding_alone() {
    RestorativeCase c = aHeldConferenceWithASupporter();
    PartyId supporter = theSupporter(c).id();
    c = c.withConsents(without(c.consents(), k -> k.party().equals(supporter)));

    assertThat(violations(PARTICIPANT, c, ASSESSED)).isEmpty();
    assertThat(
            RuleSet.standard()
                .check(c, Policy.standard(), PeopleAndSafetyFixtures.AS_OF)
                .violations()
                .stream()
                .filter(v -> v.path().contains("attendees") || v.path().startsWith("/parties"))
                .map(Violation::code))
        .containsExactly(StandardCode.CONSENT_REQUIRED_BEFORE_MEETING.name());
  }

  @Test
  void a_supporter_who_attends_without_being_in_the_process_is_still_risk_assessed() {
    RestorativeCase c = aHeldConferenceWithASupporter();
    PartyId supporter = theSupporter(c).id();
    c =
        c.withProcesses(
            changed(
                c.processes(),
                p -> true,
                p ->
                    p.withParticipants(
                        p.participants().stream().filter(x -> !x.equals(supporter)).toList())));
    c = leftOutOfEveryRiskAssessment(c, supporter);

    assertThat(violations(PARTICIPANT, c, ASSESSED))
        .extracting(Violation::path)
        .containsExactly("/parties/" + indexOfParty(c, supporter));
  }

  @Test
  void supporters_who_only_attend_are_reported_in_the_order_they_attend() {
    RestorativeCase c = aHeldConferenceWithASupporter();
    Party first = theSupporter(c);
    // Whatever the hash order of the ids, the findings follow the meeting's attendees, where the
    // second supporter is listed before the first.
    for (String id :
        List.of(
            "supporter-zz", "supporter-aa", "supporter-m", "aunt", "friend-2", "p-9", "zz", "b")) {
      RestorativeCase two = withAnotherAttendingSupporter(c, first, PartyId.of(id));
      PartyId second = PartyId.of(id);
      two = leftOutOfEveryRiskAssessment(leftOutOfEveryRiskAssessment(two, first.id()), second);

      assertThat(violations(PARTICIPANT, two, ASSESSED))
          .extracting(Violation::path)
          .containsExactly(
              "/parties/" + indexOfParty(two, second), "/parties/" + indexOfParty(two, first.id()));
    }
  }

  /**
   * The case with a second supporter of the same principal, listed after the first among the
   * parties but before it among the meeting's attendees, and taking part in no process (like the
   * first, after it is taken out of the processes).
   */
  private static RestorativeCase withAnotherAttendingSupporter(
      RestorativeCase c, Party first, PartyId second) {
    List<Party> parties = new ArrayList<>(c.parties());
    parties.add(first.withId(second));
    Meeting meeting = theMeeting(c);
    List<Attendee> attendees = new ArrayList<>(meeting.attendees());
    Attendee firstAttendee =
        attendees.stream().filter(a -> a.party().equals(first.id())).findFirst().orElseThrow();
    attendees.add(attendees.indexOf(firstAttendee), firstAttendee.withParty(second));
    return c.withParties(parties)
        .withMeetings(
            changed(
                c.meetings(), m -> m.id().equals(meeting.id()), m -> m.withAttendees(attendees)))
        .withProcesses(
            changed(
                c.processes(),
                p -> true,
                p ->
                    p.withParticipants(
                        p.participants().stream().filter(x -> !x.equals(first.id())).toList())));
  }

  @Test
  void a_supporter_needs_to_be_covered_by_the_risk_assessment() {
    RestorativeCase c = aHeldConferenceWithASupporter();
    PartyId supporter = theSupporter(c).id();
    c = leftOutOfEveryRiskAssessment(c, supporter);

    List<Violation> found = violations(PARTICIPANT, c, ASSESSED);
    assertThat(found)
        .extracting(Violation::severity, Violation::path)
        .containsExactly(tuple(Severity.ERROR, "/parties/" + indexOfParty(c, supporter)));
    assertThat(found.get(0).message()).contains("risk assessment");
  }

  @Test
  void a_supporter_missing_both_hears_of_each_in_its_own_words() {
    RestorativeCase c = aHeldConferenceWithASupporter();
    PartyId supporter = theSupporter(c).id();
    c = c.withConsents(without(c.consents(), k -> k.party().equals(supporter)));
    c = attendingNoMeeting(c, supporter);
    c = c.withRiskAssessments(List.of());

    assertThat(violations(PARTICIPANT, c, ASSESSED))
        .extracting(Violation::message)
        .hasSize(2)
        .doesNotHaveDuplicates();
  }

  @Test
  void a_halted_process_asks_nothing_more_of_its_supporters() {
    RestorativeCase c = aHeldConferenceWithASupporter();
    PartyId supporter = theSupporter(c).id();
    Instant halted = theMeeting(c).endAt().orElseThrow().plus(Duration.ofDays(1));
    c = c.withConsents(without(c.consents(), k -> k.party().equals(supporter)));
    c =
        c.withProcesses(
            changed(c.processes(), p -> true, p -> p.endedAs(ProcessStatus.HALTED, halted)));

    assertThat(violations(PARTICIPANT, c, ASSESSED)).isEmpty();
  }

  @Test
  void a_supporter_who_withdrew_from_the_process_is_not_also_reported_for_their_consent() {
    RestorativeCase c = aHeldConferenceWithASupporter();
    PartyId supporter = theSupporter(c).id();
    c = attendingNoMeeting(c, supporter);
    Instant after = theMeeting(c).endAt().orElseThrow().plus(Duration.ofHours(1));
    RestorativeCase withdrawn =
        CaseTransitions.standard()
            .apply(
                c,
                Move.withdrawal(
                    new Withdrawal.Builder()
                        .party(supporter)
                        .scope(WithdrawalScope.WHOLE_PROCESS)
                        .at(after)
                        .build()),
                ActorId.of("staff-rp-lead"),
                after)
            .get();

    assertThat(withdrawn.consents())
        .filteredOn(k -> k.party().equals(supporter))
        .noneMatch(k -> k.status().isActive());
    assertThat(violations(PARTICIPANT, withdrawn, ASSESSED)).isEmpty();
  }

  @Test
  void a_supporter_who_consented_afresh_after_withdrawing_is_asked_for_a_risk_assessment_again() {
    RestorativeCase withdrawn = aConferenceWhoseUnassessedSupporterWithdrew();
    PartyId supporter = theSupporter(withdrawn).id();
    Instant withdrew = withdrawn.withdrawals().get(0).at();
    RestorativeCase renewed =
        consentedAfresh(withdrawn, supporter, withdrew.plus(Duration.ofDays(1)));

    assertThat(violations(PARTICIPANT, withdrawn, ASSESSED)).isEmpty();
    assertThat(violations(PARTICIPANT, renewed, ASSESSED))
        .extracting(Violation::severity, Violation::path)
        .containsExactly(tuple(Severity.ERROR, "/parties/" + indexOfParty(renewed, supporter)));
  }

  @Test
  void a_supporter_whose_fresh_consent_is_dated_after_the_check_is_not_yet_taking_part_again() {
    RestorativeCase withdrawn = aConferenceWhoseUnassessedSupporterWithdrew();
    PartyId supporter = theSupporter(withdrawn).id();
    Instant withdrew = withdrawn.withdrawals().get(0).at();
    RestorativeCase renewedAfterTheCheck =
        consentedAfresh(withdrawn, supporter, AS_OF.plus(Duration.ofSeconds(1)));
    RestorativeCase renewedAtTheCheck = consentedAfresh(withdrawn, supporter, AS_OF);

    assertThat(withdrew).isBefore(AS_OF);
    assertThat(violations(PARTICIPANT, renewedAfterTheCheck, ASSESSED)).isEmpty();
    assertThat(violations(PARTICIPANT, renewedAtTheCheck, ASSESSED))
        .extracting(Violation::severity, Violation::path)
        .containsExactly(
            tuple(Severity.ERROR, "/parties/" + indexOfParty(renewedAtTheCheck, supporter)));
  }

  /** The case with a party taken off the attendees of every meeting. */
  private static RestorativeCase attendingNoMeeting(RestorativeCase c, PartyId party) {
    return c.withMeetings(
        changed(
            c.meetings(),
            m -> true,
            m -> m.withAttendees(without(m.attendees(), a -> a.party().equals(party)))));
  }

  /**
   * A held conference whose supporter attended no meeting, was left out of every risk assessment
   * and withdrew from the whole process an hour after the meeting: the only withdrawal of the case.
   */
  private static RestorativeCase aConferenceWhoseUnassessedSupporterWithdrew() {
    RestorativeCase c = aHeldConferenceWithASupporter();
    PartyId supporter = theSupporter(c).id();
    c = attendingNoMeeting(c, supporter);
    c = leftOutOfEveryRiskAssessment(c, supporter);
    Instant withdrew = theMeeting(c).endAt().orElseThrow().plus(Duration.ofHours(1));
    return c.withWithdrawals(Withdrawals.fromTheWholeProcess(supporter, withdrew));
  }

  // ---------------------------------------------------------------- rule 30

  @Test
  void a_supporter_the_other_side_heard_about_in_preparation_is_agreed() {
    assertThat(violations(PARTICIPANT, aHeldConferenceWithASupporter(), AGREED)).isEmpty();
  }

  @Test
  void the_other_side_hears_about_a_supporter_before_the_meeting() {
    RestorativeCase c = aHeldConferenceWithASupporter();
    Party supporter = theSupporter(c);
    List<PartyId> otherSide = otherPrincipals(c, supporter);
    c =
        c.withPreparationContacts(
            changed(
                c.preparationContacts(),
                k -> otherSide.contains(k.party()),
                ParticipantRulesTest::withoutTalkingAboutSupporters));

    assertThat(violations(PARTICIPANT, c, AGREED))
        .extracting(Violation::severity, Violation::path)
        .containsExactly(
            tuple(
                Severity.WARNING,
                "/meetings/0/attendees/" + indexOfAttendee(theMeeting(c), supporter.id())));
  }

  @Test
  void talking_about_supporters_after_the_meeting_is_too_late() {
    RestorativeCase c = aHeldConferenceWithASupporter();
    Party supporter = theSupporter(c);
    List<PartyId> otherSide = otherPrincipals(c, supporter);
    Instant after = theMeeting(c).endAt().orElseThrow().plus(Duration.ofDays(1));
    c =
        c.withPreparationContacts(
            changed(
                c.preparationContacts(), k -> otherSide.contains(k.party()), k -> k.withAt(after)));

    assertThat(violations(PARTICIPANT, c, AGREED))
        .extracting(Violation::path)
        .containsExactly("/meetings/0/attendees/" + indexOfAttendee(theMeeting(c), supporter.id()));
  }

  @Test
  void the_party_who_brings_a_supporter_need_not_be_asked_about_them() {
    RestorativeCase c = aHeldConferenceWithASupporter();
    PartyId principal = theSupporter(c).principal().orElseThrow();
    c =
        c.withPreparationContacts(
            changed(
                c.preparationContacts(),
                k -> k.party().equals(principal),
                ParticipantRulesTest::withoutTalkingAboutSupporters));

    assertThat(violations(PARTICIPANT, c, AGREED)).isEmpty();
  }

  // ---------------------------------------------------------------- rule 31

  @Test
  void an_autistic_attendee_with_their_adjustments_arranged_is_provided_for() {
    assertThat(violations(PARTICIPANT, aHeldMeetingWithAnAutisticAttendee(), ADJUSTMENTS))
        .isEmpty();
  }

  @Test
  void an_autistic_attendee_needs_their_adjustments_arranged_for_the_meeting() {
    RestorativeCase c = aHeldMeetingWithAnAutisticAttendee();
    PartyId autistic = attendeeWith(c, CommunicationNeed.AUTISM);
    c =
        withTheMeeting(
            c, m -> m.withAdjustments(without(m.adjustments(), a -> a.party().equals(autistic))));

    assertThat(violations(PARTICIPANT, c, ADJUSTMENTS))
        .extracting(Violation::severity, Violation::path)
        .containsExactly(tuple(Severity.WARNING, "/meetings/0/adjustments"));
  }

  @Test
  void an_interpreter_booked_by_name_serves_an_attendee_who_needs_one() {
    assertThat(violations(PARTICIPANT, aHeldMeetingWithAnInterpreter(), ADJUSTMENTS)).isEmpty();
  }

  @Test
  void an_interpreter_must_be_booked_by_name_for_an_attendee_who_needs_one() {
    RestorativeCase c =
        withTheMeeting(
            aHeldMeetingWithAnInterpreter(),
            m ->
                m.withAdjustments(
                    changed(
                        m.adjustments(),
                        a -> a.type() == AdjustmentType.INTERPRETER_BOOKED,
                        a -> ArrangedAdjustment.of(a.party(), a.type()))));

    assertThat(violations(PARTICIPANT, c, ADJUSTMENTS))
        .extracting(Violation::severity, Violation::path)
        .containsExactly(tuple(Severity.WARNING, "/meetings/0/adjustments"));
  }

  @Test
  void other_adjustments_do_not_replace_an_interpreter() {
    RestorativeCase c =
        withTheMeeting(
            aHeldMeetingWithAnInterpreter(),
            m ->
                m.withAdjustments(
                    changed(
                        m.adjustments(),
                        a -> a.type() == AdjustmentType.INTERPRETER_BOOKED,
                        a -> ArrangedAdjustment.of(a.party(), AdjustmentType.BREAKS))));

    assertThat(violations(PARTICIPANT, c, ADJUSTMENTS))
        .extracting(Violation::path)
        .containsExactly("/meetings/0/adjustments");
  }

  @Test
  void a_deaf_attendee_who_signs_needs_a_bsl_interpreter_booked() {
    RestorativeCase c = aHeldMeetingWithAnAutisticAttendee();
    PartyId signer = attendeeWith(c, CommunicationNeed.AUTISM);
    c = withParty(c, signer, p -> p.withCommunicationNeeds(EnumSet.of(CommunicationNeed.BSL)));

    assertThat(violations(PARTICIPANT, c, ADJUSTMENTS))
        .extracting(Violation::severity, Violation::path)
        .containsExactly(tuple(Severity.WARNING, "/meetings/0/adjustments"));

    ArrangedAdjustment bsl =
        ArrangedAdjustment.of(
            signer, AdjustmentType.BSL_INTERPRETER_BOOKED, ProfessionalId.of("prof-bsl"));
    RestorativeCase booked =
        withTheMeeting(
            c,
            m -> {
              List<ArrangedAdjustment> more = new ArrayList<>(m.adjustments());
              more.add(bsl);
              return m.withAdjustments(more);
            });
    assertThat(violations(PARTICIPANT, booked, ADJUSTMENTS)).isEmpty();
  }

  // ---------------------------------------------------------------- rule 32

  @Test
  void an_interpreter_with_no_tie_to_the_parties_is_independent() {
    assertThat(violations(PARTICIPANT, aHeldMeetingWithAnInterpreter(), INTERPRETER)).isEmpty();
  }

  @Test
  void an_interpreter_related_to_a_party_is_not_independent() {
    RestorativeCase c = aHeldMeetingWithAnInterpreter();
    PartyId relative = c.parties().get(0).id();
    int interpreter = indexOf(c.professionals(), p -> p.role() == ProfessionalRole.INTERPRETER);
    c =
        c.withProfessionals(
            changed(
                c.professionals(),
                p -> p.role() == ProfessionalRole.INTERPRETER,
                p -> p.withRelatedParties(relative)));

    assertThat(violations(PARTICIPANT, c, INTERPRETER))
        .extracting(Violation::severity, Violation::path)
        .containsExactly(
            tuple(Severity.WARNING, "/professionals/" + interpreter + "/relatedParties"));
  }

  @Test
  void an_advocate_may_know_the_party_they_advocate_for() {
    RestorativeCase c = aHeldMeetingWithAnInterpreter();
    List<Professional> professionals = new ArrayList<>(c.professionals());
    professionals.add(
        new Professional.Builder()
            .id(ProfessionalId.of("prof-imha"))
            .role(ProfessionalRole.ADVOCATE)
            .addRelatedParty(c.parties().get(0).id())
            .build());

    assertThat(violations(PARTICIPANT, c.withProfessionals(professionals), INTERPRETER)).isEmpty();
  }

  @Test
  void an_interpreter_s_tie_to_a_party_is_flagged_from_referral() {
    RestorativeCase referred = aCase(Stage.REFERRAL, c -> true);
    Professional cousin =
        new Professional.Builder()
            .id(ProfessionalId.of("prof-interpreter"))
            .role(ProfessionalRole.INTERPRETER)
            .language("Polish")
            .addRelatedParty(referred.parties().get(1).id())
            .build();

    assertThat(violations(PARTICIPANT, referred.withProfessionals(cousin), INTERPRETER))
        .extracting(Violation::path)
        .containsExactly("/professionals/0/relatedParties");
  }

  // ---------------------------------------------------------------- helpers

  private static PreparationContact withoutTalkingAboutSupporters(PreparationContact contact) {
    Set<PreparationTopic> topics = EnumSet.noneOf(PreparationTopic.class);
    topics.addAll(contact.topics());
    topics.remove(PreparationTopic.SUPPORTERS);
    return contact.withTopics(topics);
  }

  /** The principal attendees of the meeting other than the one the supporter supports. */
  private static List<PartyId> otherPrincipals(RestorativeCase c, Party supporter) {
    PartyId principal = supporter.principal().orElseThrow();
    List<PartyId> others =
        theMeeting(c).attendees().stream()
            .map(a -> a.party())
            .filter(id -> !id.equals(principal) && party(c, id).role().isPrincipal())
            .toList();
    assertThat(others).isNotEmpty();
    return others;
  }

  private static PartyId attendeeWith(RestorativeCase c, CommunicationNeed need) {
    Meeting meeting = theMeeting(c);
    return meeting.attendees().stream()
        .map(a -> a.party())
        .filter(id -> party(c, id).communicationNeeds().contains(need))
        .findFirst()
        .orElseThrow();
  }

  /** The case with its processes still in progress, none ended. */
  private static RestorativeCase withTheProcessStillGoing(RestorativeCase c) {
    return c.withProcesses(
        changed(
            c.processes(),
            p -> true,
            p -> p.withStatus(ProcessStatus.IN_PROGRESS).withEndedAt(Optional.empty())));
  }

  private static RestorativeCase leftOutOfEveryRiskAssessment(RestorativeCase c, PartyId party) {
    return c.withRiskAssessments(
        changed(
            c.riskAssessments(),
            r -> true,
            r -> r.withFindings(without(r.findings(), f -> f.party().equals(party)))));
  }
}
