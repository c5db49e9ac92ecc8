package org.restorative.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.restorative.core.rules.LegalSharingOutcomeFixtures.aCase;
import static org.restorative.core.rules.LegalSharingOutcomeFixtures.dateOf;
import static org.restorative.core.rules.LegalSharingOutcomeFixtures.disclosure;
import static org.restorative.core.rules.LegalSharingOutcomeFixtures.leave;
import static org.restorative.core.rules.LegalSharingOutcomeFixtures.party;
import static org.restorative.core.rules.LegalSharingOutcomeFixtures.plus;
import static org.restorative.core.rules.LegalSharingOutcomeFixtures.replaced;
import static org.restorative.core.rules.LegalSharingOutcomeFixtures.restriction;
import static org.restorative.core.rules.LegalSharingOutcomeFixtures.sharingConsent;
import static org.restorative.core.rules.LegalSharingOutcomeFixtures.violations;
import static org.restorative.core.rules.LegalSharingOutcomeFixtures.withHarm;
import static org.restorative.core.rules.LegalSharingOutcomeFixtures.withMeeting;
import static org.restorative.core.rules.LegalSharingOutcomeFixtures.withParty;
import static org.restorative.core.rules.LegalSharingOutcomeFixtures.withRestriction;
import static org.restorative.core.rules.StandardCode.CLINICAL_INFO_NOT_SHARED_TO_HARMED;
import static org.restorative.core.rules.StandardCode.CONTACT_RESTRICTIONS_RESPECTED;
import static org.restorative.core.rules.StandardCode.DETAINED_PATIENT_LEAVE_GRANTED;
import static org.restorative.core.rules.StandardCode.RESTRICTED_PATIENT_LEAVE_APPROVED;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.casefile.Stage;
import org.restorative.core.consent.Consent;
import org.restorative.core.consent.ConsentKind;
import org.restorative.core.consent.DisclosedItem;
import org.restorative.core.consent.Disclosure;
import org.restorative.core.consent.LawfulBasis;
import org.restorative.core.consent.LawfulBasisType;
import org.restorative.core.consent.Recipient;
import org.restorative.core.consent.RecipientType;
import org.restorative.core.consent.SharingPurpose;
import org.restorative.core.harm.ContactRestriction;
import org.restorative.core.harm.ContactRestrictionType;
import org.restorative.core.harm.Harm;
import org.restorative.core.party.DischargeCondition;
import org.restorative.core.party.DischargeConditionType;
import org.restorative.core.party.Escort;
import org.restorative.core.party.LeaveAuthority;
import org.restorative.core.party.LeaveType;
import org.restorative.core.party.MentalHealthActStatus;
import org.restorative.core.party.MhaStatus;
import org.restorative.core.party.Party;
import org.restorative.core.party.PartyId;
import org.restorative.core.party.PartyRole;
import org.restorative.core.party.Place;
import org.restorative.core.process.AttendanceStatus;
import org.restorative.core.process.Attendee;
import org.restorative.core.process.Meeting;
import org.restorative.core.process.MeetingId;
import org.restorative.core.process.MeetingStatus;
import org.restorative.core.process.Message;
import org.restorative.core.process.MessageStatus;
import org.restorative.core.process.ProcessType;
import org.restorative.core.process.Venue;
import org.restorative.core.process.VenueType;

/**
 * Rules 33–36: leave for detained and restricted patients, contact restrictions, clinical facts.
 */
class LegalRulesTest {

  private static final List<Rule> RULES = LegalRules.rules();

  private static final Instant AS_OF_CHECK = LegalSharingOutcomeFixtures.AS_OF;

  // ---------------------------------------------------------------- rule 33

  @Test
  void a_restricted_patient_needs_ministry_of_justice_approved_leave_to_attend_off_site() {
    RestorativeCase onGrounds = aMeetingOnGroundsWith(1, 0);
    int j = restrictedAttendee(onGrounds);
    RestorativeCase offSite =
        withLeave(
            moveMeeting(onGrounds, VenueType.OFF_SITE), j, LeaveType.COMMUNITY, LeaveAuthority.RC);

    List<Violation> found = violations(RULES, offSite, RESTRICTED_PATIENT_LEAVE_APPROVED);

    assertThat(found)
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.severity()).isEqualTo(Severity.ERROR);
              assertThat(v.path()).isEqualTo("/meetings/0/attendees/" + j);
            });
  }

  @Test
  void a_restricted_patient_may_attend_off_site_on_leave_the_secretary_of_state_approved() {
    RestorativeCase onGrounds = aMeetingOnGroundsWith(1, 0);
    int j = restrictedAttendee(onGrounds);
    RestorativeCase offSite =
        withLeave(
            moveMeeting(onGrounds, VenueType.OFF_SITE),
            j,
            LeaveType.COMMUNITY,
            LeaveAuthority.RC_AND_SOSJ);

    assertThat(violations(RULES, offSite, RESTRICTED_PATIENT_LEAVE_APPROVED)).isEmpty();
  }

  @Test
  void ground_leave_from_the_responsible_clinician_lets_a_restricted_patient_meet_on_the_grounds() {
    RestorativeCase onGrounds = aMeetingOnGroundsWith(1, 0);
    int j = restrictedAttendee(onGrounds);
    RestorativeCase rcLeave = withLeave(onGrounds, j, LeaveType.GROUND, LeaveAuthority.RC);

    assertThat(violations(RULES, rcLeave, RESTRICTED_PATIENT_LEAVE_APPROVED)).isEmpty();
  }

  @Test
  void
      a_restricted_patient_whose_order_names_the_unit_needs_the_secretary_of_state_for_ground_leave() {
    RestorativeCase onGrounds = aMeetingOnGroundsWith(1, 0);
    int j = restrictedAttendee(onGrounds);
    RestorativeCase rcLeave = withLeave(onGrounds, j, LeaveType.GROUND, LeaveAuthority.RC);
    RestorativeCase unitNamed = orderNamesUnit(rcLeave, j);

    assertThat(violations(RULES, unitNamed, RESTRICTED_PATIENT_LEAVE_APPROVED))
        .singleElement()
        .satisfies(v -> assertThat(v.path()).isEqualTo("/meetings/0/attendees/" + j));
    assertThat(
            violations(
                RULES,
                orderNamesUnit(
                    withLeave(onGrounds, j, LeaveType.GROUND, LeaveAuthority.RC_AND_SOSJ), j),
                RESTRICTED_PATIENT_LEAVE_APPROVED))
        .isEmpty();
  }

  @Test
  void leave_that_names_places_covers_a_venue_only_within_one_of_them() {
    RestorativeCase onGrounds = aMeetingOnGroundsWith(1, 0);
    int j = restrictedAttendee(onGrounds);
    PartyId patient = onGrounds.meetings().get(0).attendees().get(j).party();
    RestorativeCase namedLeave =
        withParty(
            onGrounds,
            party(onGrounds, patient)
                .withLeaveAuthorisations(
                    leave(
                            LeaveType.GROUND,
                            Escort.ESCORTED,
                            LeaveAuthority.RC,
                            meetingDay(onGrounds))
                        .withPlaces(Place.of("hospital/therapy-centre"))));
    RestorativeCase inside = atPlace(namedLeave, "hospital/therapy-centre/room-2");
    RestorativeCase elsewhere = atPlace(namedLeave, "hospital/chapel");

    assertThat(violations(RULES, inside, RESTRICTED_PATIENT_LEAVE_APPROVED)).isEmpty();
    assertThat(violations(RULES, elsewhere, RESTRICTED_PATIENT_LEAVE_APPROVED))
        .singleElement()
        .satisfies(v -> assertThat(v.path()).isEqualTo("/meetings/0/attendees/" + j));
    assertThat(violations(RULES, namedLeave, RESTRICTED_PATIENT_LEAVE_APPROVED))
        .as("a venue with no place cannot be shown to be covered")
        .singleElement()
        .satisfies(v -> assertThat(v.path()).isEqualTo("/meetings/0/attendees/" + j));
  }

  @Test
  void a_meeting_not_yet_dated_is_left_to_the_gate_that_asks_for_a_date() {
    RestorativeCase onGrounds = aMeetingOnGroundsWith(1, 0);
    int j = restrictedAttendee(onGrounds);
    PartyId patient = onGrounds.meetings().get(0).attendees().get(j).party();
    Meeting planned =
        onGrounds
            .meetings()
            .get(0)
            .withStatus(MeetingStatus.PLANNED)
            .withStartAt(Optional.empty())
            .withEndAt(Optional.empty())
            .withAttendees(
                onGrounds.meetings().get(0).attendees().stream()
                    .map(a -> a.withAttendance(AttendanceStatus.EXPECTED))
                    .toList());
    RestorativeCase undated =
        withParty(
            withMeeting(onGrounds, 0, planned),
            party(onGrounds, patient).withLeaveAuthorisations(List.of()));

    assertThat(violations(RULES, undated, RESTRICTED_PATIENT_LEAVE_APPROVED)).isEmpty();
    assertThat(violations(RULES, undated, DETAINED_PATIENT_LEAVE_GRANTED)).isEmpty();
  }

  @Test
  void a_restricted_patient_on_escorted_leave_must_come_to_the_meeting_escorted() {
    RestorativeCase onGrounds = aMeetingOnGroundsWith(1, 0);
    int j = restrictedAttendee(onGrounds);
    RestorativeCase escortedLeave = withLeave(onGrounds, j, LeaveType.GROUND, LeaveAuthority.RC);
    Meeting meeting = escortedLeave.meetings().get(0);
    RestorativeCase unescorted =
        withMeeting(escortedLeave, 0, withAttendee(meeting, j, a -> a.withEscorted(false)));

    assertThat(violations(RULES, unescorted, RESTRICTED_PATIENT_LEAVE_APPROVED))
        .singleElement()
        .satisfies(v -> assertThat(v.path()).isEqualTo("/meetings/0/attendees/" + j));
    assertThat(violations(RULES, escortedLeave, RESTRICTED_PATIENT_LEAVE_APPROVED)).isEmpty();
  }

  @Test
  void leave_that_has_lapsed_before_the_meeting_day_does_not_cover_it() {
    RestorativeCase onGrounds = aMeetingOnGroundsWith(1, 0);
    int j = restrictedAttendee(onGrounds);
    LocalDate day = meetingDay(onGrounds);
    PartyId patient = onGrounds.meetings().get(0).attendees().get(j).party();
    RestorativeCase lapsed =
        withParty(
            onGrounds,
            party(onGrounds, patient)
                .withLeaveAuthorisations(
                    leave(
                        LeaveType.GROUND, Escort.ESCORTED, LeaveAuthority.RC, day.minusDays(20))));

    assertThat(violations(RULES, lapsed, RESTRICTED_PATIENT_LEAVE_APPROVED))
        .singleElement()
        .satisfies(v -> assertThat(v.path()).isEqualTo("/meetings/0/attendees/" + j));
  }

  @Test
  void a_restricted_patient_meeting_on_the_ward_needs_no_leave() {
    RestorativeCase onGrounds = aMeetingOnGroundsWith(1, 0);
    int j = restrictedAttendee(onGrounds);
    PartyId patient = onGrounds.meetings().get(0).attendees().get(j).party();
    RestorativeCase onWard =
        withParty(
            moveMeeting(onGrounds, VenueType.ON_WARD),
            party(onGrounds, patient).withLeaveAuthorisations(List.of()));

    assertThat(violations(RULES, onWard, RESTRICTED_PATIENT_LEAVE_APPROVED)).isEmpty();
  }

  // ---------------------------------------------------------------- rule 34

  @Test
  void a_detained_patient_needs_leave_from_their_responsible_clinician_to_meet_on_the_grounds() {
    RestorativeCase onGrounds = aMeetingOnGroundsWith(0, 1);
    int j = detainedUnrestrictedAttendee(onGrounds);
    PartyId patient = onGrounds.meetings().get(0).attendees().get(j).party();
    RestorativeCase noLeave =
        withParty(onGrounds, party(onGrounds, patient).withLeaveAuthorisations(List.of()));

    assertThat(violations(RULES, noLeave, DETAINED_PATIENT_LEAVE_GRANTED))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.severity()).isEqualTo(Severity.ERROR);
              assertThat(v.path()).isEqualTo("/meetings/0/attendees/" + j);
            });
    assertThat(violations(RULES, onGrounds, DETAINED_PATIENT_LEAVE_GRANTED)).isEmpty();
  }

  @Test
  void ground_leave_does_not_take_a_detained_patient_off_site() {
    RestorativeCase onGrounds = aMeetingOnGroundsWith(0, 1);
    int j = detainedUnrestrictedAttendee(onGrounds);
    RestorativeCase offSite =
        withLeave(
            moveMeeting(onGrounds, VenueType.OFF_SITE), j, LeaveType.GROUND, LeaveAuthority.RC);

    assertThat(violations(RULES, offSite, DETAINED_PATIENT_LEAVE_GRANTED))
        .singleElement()
        .satisfies(v -> assertThat(v.path()).isEqualTo("/meetings/0/attendees/" + j));
  }

  @Test
  void a_patient_on_an_interim_hospital_order_needs_the_courts_agreement_to_leave_the_ward() {
    RestorativeCase onGrounds = aMeetingOnGroundsWith(0, 1);
    int j = detainedUnrestrictedAttendee(onGrounds);
    RestorativeCase rcOnly =
        withSection(withLeave(onGrounds, j, LeaveType.GROUND, LeaveAuthority.RC), j, MhaStatus.S38);
    RestorativeCase courtAgreed =
        withSection(
            withLeave(onGrounds, j, LeaveType.GROUND, LeaveAuthority.RC_AND_COURT),
            j,
            MhaStatus.S38);

    assertThat(violations(RULES, rcOnly, DETAINED_PATIENT_LEAVE_GRANTED))
        .singleElement()
        .satisfies(v -> assertThat(v.path()).isEqualTo("/meetings/0/attendees/" + j));
    assertThat(violations(RULES, courtAgreed, DETAINED_PATIENT_LEAVE_GRANTED)).isEmpty();
    assertThat(
            violations(
                RULES,
                withSection(
                    withLeave(onGrounds, j, LeaveType.GROUND, LeaveAuthority.RC), j, MhaStatus.S3),
                DETAINED_PATIENT_LEAVE_GRANTED))
        .as("a patient under s3 needs the responsible clinician only")
        .isEmpty();
  }

  @Test
  void community_leave_from_the_responsible_clinician_takes_a_detained_patient_off_site() {
    RestorativeCase onGrounds = aMeetingOnGroundsWith(0, 1);
    int j = detainedUnrestrictedAttendee(onGrounds);
    RestorativeCase offSite =
        withLeave(
            moveMeeting(onGrounds, VenueType.OFF_SITE), j, LeaveType.COMMUNITY, LeaveAuthority.RC);

    assertThat(violations(RULES, offSite, DETAINED_PATIENT_LEAVE_GRANTED)).isEmpty();
  }

  @Test
  void a_detained_patient_on_escorted_leave_must_come_escorted() {
    RestorativeCase onGrounds = aMeetingOnGroundsWith(0, 1);
    int j = detainedUnrestrictedAttendee(onGrounds);
    Meeting meeting = onGrounds.meetings().get(0);
    RestorativeCase unescorted =
        withMeeting(onGrounds, 0, withAttendee(meeting, j, a -> a.withEscorted(false)));

    assertThat(violations(RULES, unescorted, DETAINED_PATIENT_LEAVE_GRANTED))
        .singleElement()
        .satisfies(v -> assertThat(v.path()).isEqualTo("/meetings/0/attendees/" + j));
  }

  // ---------------------------------------------------------------- rule 35

  @Test
  void a_meeting_must_not_bring_together_parties_a_restraining_order_keeps_apart() {
    RestorativeCase held = aDirectMeetingOfHarmedAndResponsible();
    Meeting meeting = held.meetings().get(0);
    PartyId harmed = meeting.attendees().get(0).party();
    PartyId responsible = meeting.attendees().get(1).party();
    int r = held.harms().get(0).contactRestrictions().size();
    ContactRestriction order =
        restriction(
            ContactRestrictionType.RESTRAINING_ORDER,
            harmed,
            responsible,
            meetingDay(held).minusDays(3));

    List<Violation> found =
        violations(RULES, withRestriction(held, order), CONTACT_RESTRICTIONS_RESPECTED);

    assertThat(found)
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.severity()).isEqualTo(Severity.ERROR);
              assertThat(v.path()).isEqualTo("/harms/0/contactRestrictions/" + r);
            });
  }

  @Test
  void a_restraining_order_that_allows_facilitated_contact_lets_the_meeting_go_ahead() {
    RestorativeCase held = aDirectMeetingOfHarmedAndResponsible();
    Meeting meeting = held.meetings().get(0);
    ContactRestriction order =
        restriction(
                ContactRestrictionType.RESTRAINING_ORDER,
                meeting.attendees().get(0).party(),
                meeting.attendees().get(1).party(),
                meetingDay(held).minusDays(3))
            .withPermittedException("Contact through the restorative practice team");

    assertThat(violations(RULES, withRestriction(held, order), CONTACT_RESTRICTIONS_RESPECTED))
        .isEmpty();
  }

  @Test
  void a_restriction_that_ended_before_the_meeting_does_not_stop_it() {
    RestorativeCase held = aDirectMeetingOfHarmedAndResponsible();
    Meeting meeting = held.meetings().get(0);
    LocalDate day = meetingDay(held);
    ContactRestriction bail =
        restriction(
                ContactRestrictionType.BAIL_CONDITION,
                meeting.attendees().get(1).party(),
                meeting.attendees().get(0).party(),
                day.minusDays(60))
            .withEndsOn(day.minusDays(1));

    assertThat(violations(RULES, withRestriction(held, bail), CONTACT_RESTRICTIONS_RESPECTED))
        .isEmpty();
  }

  @Test
  void no_letter_may_reach_the_person_a_no_contact_condition_protects() {
    RestorativeCase letters =
        aCase(
            Stage.FOLLOW_UP,
            c ->
                c.processes().get(0).type().isIndirect()
                    && !c.messages().isEmpty()
                    && c.harms().get(0).contactRestrictions().size() == 1
                    && c.harms().get(0).contactRestrictions().get(0).type()
                        == ContactRestrictionType.DISCHARGE_CONDITION_NO_CONTACT);
    Harm harm = letters.harms().get(0);
    ContactRestriction inForce =
        harm.contactRestrictions().get(0).withStartsOn(firstDelivery(letters).minusDays(1));
    RestorativeCase allowedThroughTheService =
        withHarm(letters, 0, harm.withContactRestrictions(inForce));
    RestorativeCase noException =
        withHarm(
            letters,
            0,
            harm.withContactRestrictions(inForce.withPermittedException(Optional.empty())));

    assertThat(violations(RULES, noException, CONTACT_RESTRICTIONS_RESPECTED))
        .isNotEmpty()
        .allSatisfy(
            v -> {
              assertThat(v.severity()).isEqualTo(Severity.ERROR);
              assertThat(v.path()).isEqualTo("/harms/0/contactRestrictions/0");
            });
    assertThat(violations(RULES, allowedThroughTheService, CONTACT_RESTRICTIONS_RESPECTED))
        .isEmpty();
  }

  @Test
  void a_party_under_an_exclusion_zone_must_not_attend_a_meeting_at_a_venue_within_it() {
    RestorativeCase held = aDirectMeetingOfHarmedAndResponsible();
    Meeting meeting = held.meetings().get(0);
    int r = held.harms().get(0).contactRestrictions().size();
    ContactRestriction zone =
        restriction(
                ContactRestrictionType.EXCLUSION_ZONE,
                meeting.attendees().get(0).party(),
                meeting.attendees().get(1).party(),
                meetingDay(held).minusDays(3))
            .withPlace(Place.of("town/north"));
    RestorativeCase zoned = withRestriction(held, zone);

    assertThat(
            violations(
                RULES,
                atPlace(moveMeeting(zoned, VenueType.OFF_SITE), "town/north/library"),
                CONTACT_RESTRICTIONS_RESPECTED))
        .singleElement()
        .satisfies(v -> assertThat(v.path()).isEqualTo("/harms/0/contactRestrictions/" + r));
    assertThat(
            violations(
                RULES,
                atPlace(moveMeeting(zoned, VenueType.OFF_SITE), "town/south/rj-office"),
                CONTACT_RESTRICTIONS_RESPECTED))
        .as("an off-site venue outside the zone")
        .isEmpty();
    assertThat(
            violations(
                RULES, moveMeeting(zoned, VenueType.ON_WARD), CONTACT_RESTRICTIONS_RESPECTED))
        .isEmpty();
  }

  @Test
  void an_off_site_venue_or_a_zone_without_a_place_cannot_be_shown_outside_the_zone() {
    RestorativeCase held = aDirectMeetingOfHarmedAndResponsible();
    Meeting meeting = held.meetings().get(0);
    int r = held.harms().get(0).contactRestrictions().size();
    ContactRestriction zone =
        restriction(
            ContactRestrictionType.EXCLUSION_ZONE,
            meeting.attendees().get(0).party(),
            meeting.attendees().get(1).party(),
            meetingDay(held).minusDays(3));
    RestorativeCase offSite = moveMeeting(held, VenueType.OFF_SITE);

    assertThat(
            violations(
                RULES,
                withRestriction(atPlace(offSite, "town/south"), zone),
                CONTACT_RESTRICTIONS_RESPECTED))
        .singleElement()
        .satisfies(
            v -> assertThat(v.path()).isEqualTo("/harms/0/contactRestrictions/" + r + "/place"));
    assertThat(
            violations(
                RULES,
                withRestriction(offSite, zone.withPlace(Place.of("town/north"))),
                CONTACT_RESTRICTIONS_RESPECTED))
        .singleElement()
        .satisfies(v -> assertThat(v.path()).isEqualTo("/meetings/0/venue/place"));
  }

  @Test
  void a_no_contact_condition_of_a_partys_discharge_stops_the_meeting() {
    RestorativeCase held = aDirectMeetingOfHarmedAndResponsible();
    Meeting meeting = held.meetings().get(0);
    PartyId harmed = meeting.attendees().get(0).party();
    Party responsible = party(held, meeting.attendees().get(1).party());
    int i = held.parties().indexOf(responsible);
    int j = responsible.dischargeConditions().size();
    DischargeCondition noContact =
        new DischargeCondition.Builder()
            .type(DischargeConditionType.NO_CONTACT)
            .protectedParty(harmed)
            .since(meetingDay(held).minusDays(30))
            .build();
    RestorativeCase conditioned = withDischargeCondition(held, responsible, noContact);

    assertThat(violations(RULES, conditioned, CONTACT_RESTRICTIONS_RESPECTED))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.severity()).isEqualTo(Severity.ERROR);
              assertThat(v.path()).isEqualTo("/parties/" + i + "/dischargeConditions/" + j);
            });
    assertThat(
            violations(
                RULES,
                withDischargeCondition(
                    held,
                    responsible,
                    noContact.withPermittedException(
                        "Facilitated contact agreed by the supervisor")),
                CONTACT_RESTRICTIONS_RESPECTED))
        .isEmpty();
    assertThat(
            violations(
                RULES,
                withDischargeCondition(
                    held, responsible, noContact.withSince(meetingDay(held).plusDays(1))),
                CONTACT_RESTRICTIONS_RESPECTED))
        .as("a condition that takes effect after the meeting")
        .isEmpty();
  }

  @Test
  void an_exclusion_zone_of_a_partys_discharge_covers_a_venue_by_place() {
    RestorativeCase held =
        atPlace(
            moveMeeting(aDirectMeetingOfHarmedAndResponsible(), VenueType.OFF_SITE),
            "city/east/hall");
    Party responsible = party(held, held.meetings().get(0).attendees().get(1).party());
    int i = held.parties().indexOf(responsible);
    int j = responsible.dischargeConditions().size();
    DischargeCondition zone =
        new DischargeCondition.Builder()
            .type(DischargeConditionType.EXCLUSION_ZONE)
            .place(Place.of("city/east"))
            .build();

    assertThat(
            violations(
                RULES,
                withDischargeCondition(held, responsible, zone),
                CONTACT_RESTRICTIONS_RESPECTED))
        .singleElement()
        .satisfies(
            v -> assertThat(v.path()).isEqualTo("/parties/" + i + "/dischargeConditions/" + j));
    assertThat(
            violations(
                RULES,
                withDischargeCondition(held, responsible, zone.withPlace(Place.of("city/west"))),
                CONTACT_RESTRICTIONS_RESPECTED))
        .isEmpty();
  }

  @Test
  void a_no_contact_condition_of_leave_stops_a_meeting_the_patient_attends_on_that_leave() {
    RestorativeCase onGrounds = aMeetingOnGroundsWith(0, 1);
    Meeting meeting = onGrounds.meetings().get(0);
    int j = detainedUnrestrictedAttendee(onGrounds);
    Party patient = party(onGrounds, meeting.attendees().get(j).party());
    int i = onGrounds.parties().indexOf(patient);
    PartyId other =
        meeting.attendees().stream()
            .map(Attendee::party)
            .filter(p -> !p.equals(patient.id()))
            .findFirst()
            .orElseThrow();
    RestorativeCase conditioned =
        withParty(
            onGrounds,
            patient.withLeaveAuthorisations(
                leave(LeaveType.GROUND, Escort.ESCORTED, LeaveAuthority.RC, meetingDay(onGrounds))
                    .withNoContactWith(other)));

    assertThat(violations(RULES, conditioned, CONTACT_RESTRICTIONS_RESPECTED))
        .singleElement()
        .satisfies(
            v ->
                assertThat(v.path())
                    .isEqualTo("/parties/" + i + "/leaveAuthorisations/0/noContactWith"));
    assertThat(
            violations(
                RULES, moveMeeting(conditioned, VenueType.ON_WARD), CONTACT_RESTRICTIONS_RESPECTED))
        .as("a meeting on the ward is not taken on leave")
        .isEmpty();
  }

  @Test
  void a_message_approved_for_delivery_is_stopped_before_it_is_delivered() {
    RestorativeCase letters =
        aCase(
            Stage.FOLLOW_UP,
            c ->
                c.processes().get(0).type().isIndirect()
                    && !c.messages().isEmpty()
                    && c.harms().get(0).contactRestrictions().isEmpty());
    Message delivered = letters.messages().get(0);
    Message approved = undelivered(delivered, MessageStatus.MESSAGE_REVIEWED_BY_FACILITATOR);
    PartyId to = delivered.recipients().iterator().next();
    ContactRestriction bail =
        restriction(
            ContactRestrictionType.BAIL_CONDITION,
            to,
            delivered.sender(),
            dateOf(AS_OF_CHECK).minusDays(1));
    RestorativeCase pending = withRestriction(letters.with(approved), bail);
    Message drafted = undelivered(delivered, MessageStatus.MESSAGE_DRAFTED);
    RestorativeCase draft = withRestriction(letters.with(drafted), bail);

    assertThat(violations(RULES, pending, CONTACT_RESTRICTIONS_RESPECTED))
        .singleElement()
        .satisfies(v -> assertThat(v.path()).isEqualTo("/harms/0/contactRestrictions/0"));
    assertThat(violations(RULES, draft, CONTACT_RESTRICTIONS_RESPECTED))
        .as("a draft is not yet a delivery")
        .isEmpty();
  }

  @Test
  void a_one_party_session_is_not_contact_between_the_parties() {
    RestorativeCase held = aDirectMeetingOfHarmedAndResponsible();
    Meeting meeting = held.meetings().get(0);
    ContactRestriction order =
        restriction(
            ContactRestrictionType.RESTRAINING_ORDER,
            meeting.attendees().get(0).party(),
            meeting.attendees().get(1).party(),
            meetingDay(held).minusDays(3));
    RestorativeCase singleParty =
        withRestriction(held, order)
            .withProcesses(
                held.processes().get(0).withType(ProcessType.SINGLE_PARTY_RESTORATIVE_WORK));

    assertThat(violations(RULES, singleParty, CONTACT_RESTRICTIONS_RESPECTED)).isEmpty();
  }

  @Test
  void every_meeting_that_breaks_a_restriction_is_reported_against_the_restriction() {
    RestorativeCase held = aDirectMeetingOfHarmedAndResponsible();
    Meeting meeting = held.meetings().get(0);
    ContactRestriction order =
        restriction(
            ContactRestrictionType.RESTRAINING_ORDER,
            meeting.attendees().get(0).party(),
            meeting.attendees().get(1).party(),
            meetingDay(held).minusDays(3));
    List<Meeting> series =
        IntStream.range(0, 50).mapToObj(i -> meeting.withId(MeetingId.of("meeting-" + i))).toList();
    RestorativeCase busy = withRestriction(held, order).withMeetings(series);

    assertThat(violations(RULES, busy, CONTACT_RESTRICTIONS_RESPECTED)).hasSize(50);
  }

  // ---------------------------------------------------------------- rule 36

  @Test
  void a_patients_leave_plans_reach_the_person_harmed_only_on_consent_to_lift_confidentiality() {
    RestorativeCase c = aDirectMeetingOfHarmedAndResponsible();
    PartyId harmed = c.meetings().get(0).attendees().get(0).party();
    PartyId patient = c.meetings().get(0).attendees().get(1).party();
    RestorativeCase dataConsentOnly =
        withLeavePlansShared(c, patient, Recipient.party(harmed), ConsentKind.DATA_PROCESSING);
    int i = dataConsentOnly.disclosures().size() - 1;

    assertThat(violations(RULES, dataConsentOnly, CLINICAL_INFO_NOT_SHARED_TO_HARMED))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.severity()).isEqualTo(Severity.ERROR);
              assertThat(v.path()).isEqualTo("/disclosures/" + i);
            });
    RestorativeCase confidentialityLifted =
        withLeavePlansShared(
            c, patient, Recipient.party(harmed), ConsentKind.DISCLOSURE_CONFIDENTIALITY);
    assertThat(violations(RULES, confidentialityLifted, CLINICAL_INFO_NOT_SHARED_TO_HARMED))
        .isEmpty();
  }

  @Test
  void a_recorded_lawful_basis_lets_clinical_information_reach_the_person_harmed() {
    RestorativeCase c = aDirectMeetingOfHarmedAndResponsible();
    PartyId harmed = c.meetings().get(0).attendees().get(0).party();
    PartyId patient = c.meetings().get(0).attendees().get(1).party();
    RestorativeCase shared =
        withLeavePlansShared(c, patient, Recipient.party(harmed), ConsentKind.DATA_PROCESSING);
    int i = shared.disclosures().size() - 1;
    Disclosure onConsent = shared.disclosures().get(i);
    Disclosure onBasis =
        new Disclosure.Builder()
            .from(onConsent)
            .consent(Optional.empty())
            .lawfulBasis(LawfulBasis.of(LawfulBasisType.SAFEGUARDING, "Safeguarding adults board"))
            .build();

    assertThat(violations(RULES, shared.with(onBasis), CLINICAL_INFO_NOT_SHARED_TO_HARMED))
        .isEmpty();
  }

  @Test
  void the_supporter_of_the_person_harmed_is_on_the_harmed_side_too() {
    RestorativeCase c =
        aCase(
            Stage.INTERVENTION,
            x ->
                x.parties().stream()
                    .anyMatch(
                        p ->
                            p.role() == PartyRole.SUPPORTER
                                && x.party(p.principal().orElseThrow())
                                    .map(q -> q.role() == PartyRole.PERSON_HARMED)
                                    .orElse(false)));
    Party supporter =
        c.parties().stream().filter(p -> p.role() == PartyRole.SUPPORTER).findFirst().orElseThrow();
    PartyId patient =
        c.parties().stream()
            .filter(p -> p.role() == PartyRole.PERSON_RESPONSIBLE)
            .findFirst()
            .orElseThrow()
            .id();
    RestorativeCase shared =
        withLeavePlansShared(
            c, patient, Recipient.party(supporter.id()), ConsentKind.DATA_PROCESSING);

    assertThat(violations(RULES, shared, CLINICAL_INFO_NOT_SHARED_TO_HARMED))
        .singleElement()
        .satisfies(
            v ->
                assertThat(v.path())
                    .isEqualTo("/disclosures/" + (shared.disclosures().size() - 1)));
  }

  @Test
  void clinical_information_shared_with_the_treating_team_is_not_this_rules_concern() {
    RestorativeCase c = aDirectMeetingOfHarmedAndResponsible();
    PartyId patient = c.meetings().get(0).attendees().get(1).party();
    RestorativeCase shared =
        withLeavePlansShared(
            c,
            patient,
            Recipient.organisation(RecipientType.CLINICAL_TEAM, "Treating team, Ash Ward"),
            ConsentKind.DATA_PROCESSING);

    assertThat(violations(RULES, shared, CLINICAL_INFO_NOT_SHARED_TO_HARMED)).isEmpty();
  }

  // ---------------------------------------------------------------- cases

  /**
   * A case in intervention whose first meeting is on hospital grounds, attended by the given
   * numbers of detained restricted and detained unrestricted patients.
   */
  private static RestorativeCase aMeetingOnGroundsWith(int restricted, int unrestricted) {
    return aCase(
        Stage.INTERVENTION,
        c -> {
          if (c.meetings().isEmpty()
              || c.meetings().get(0).venue().type() != VenueType.HOSPITAL_GROUNDS) {
            return false;
          }
          List<Party> detained =
              c.meetings().get(0).attendees().stream()
                  .map(a -> party(c, a.party()))
                  .filter(Party::isDetained)
                  .toList();
          long restrictedCount = detained.stream().filter(Party::isRestrictedPatient).count();
          return restrictedCount == restricted && detained.size() - restrictedCount == unrestricted;
        });
  }

  /**
   * A case in intervention whose first meeting is a direct one attended by harmed and responsible.
   */
  private static RestorativeCase aDirectMeetingOfHarmedAndResponsible() {
    return aCase(
        Stage.INTERVENTION,
        c -> {
          if (c.meetings().isEmpty() || !c.processes().get(0).type().isDirect()) {
            return false;
          }
          List<Attendee> attendees = c.meetings().get(0).attendees();
          return attendees.size() >= 2
              && party(c, attendees.get(0).party()).role() == PartyRole.PERSON_HARMED
              && party(c, attendees.get(1).party()).role() == PartyRole.PERSON_RESPONSIBLE
              && c.meetings().get(0).venue().type() == VenueType.ON_WARD;
        });
  }

  private static int restrictedAttendee(RestorativeCase c) {
    return attendeeIndex(c, p -> p.isDetained() && p.isRestrictedPatient());
  }

  private static int detainedUnrestrictedAttendee(RestorativeCase c) {
    return attendeeIndex(c, p -> p.isDetained() && !p.isRestrictedPatient());
  }

  private static int attendeeIndex(RestorativeCase c, Predicate<Party> which) {
    List<Attendee> attendees = c.meetings().get(0).attendees();
    OptionalInt index =
        IntStream.range(0, attendees.size())
            .filter(j -> which.test(party(c, attendees.get(j).party())))
            .findFirst();
    return index.orElseThrow();
  }

  private static LocalDate meetingDay(RestorativeCase c) {
    return dateOf(c.meetings().get(0).startAt().orElseThrow());
  }

  private static LocalDate firstDelivery(RestorativeCase c) {
    return c.messages().stream()
        .map(Message::deliveredAt)
        .flatMap(Optional::stream)
        .map(LegalSharingOutcomeFixtures::dateOf)
        .findFirst()
        .orElse(LocalDate.MIN);
  }

  /** A copy of a delivered message that is not yet delivered: approved for delivery, or a draft. */
  private static Message undelivered(Message delivered, MessageStatus status) {
    Message.Builder copy =
        new Message.Builder()
            .id(delivered.id())
            .process(delivered.process())
            .sender(delivered.sender())
            .addAllRecipients(delivered.recipients())
            .medium(delivered.medium())
            .round(delivered.round())
            .status(status)
            .draftedAt(delivered.draftedAt());
    if (status != MessageStatus.MESSAGE_DRAFTED) {
      copy.review(delivered.review());
    }
    return copy.build();
  }

  private static RestorativeCase atPlace(RestorativeCase c, String place) {
    Meeting meeting = c.meetings().get(0);
    return withMeeting(c, 0, meeting.withVenue(meeting.venue().withPlace(Place.of(place))));
  }

  private static RestorativeCase orderNamesUnit(RestorativeCase c, int j) {
    Party patient = party(c, c.meetings().get(0).attendees().get(j).party());
    return withParty(
        c,
        patient.withMentalHealthAct(
            patient.mentalHealthAct().orElseThrow().withOrderNamesUnit(true)));
  }

  private static RestorativeCase withSection(RestorativeCase c, int j, MhaStatus section) {
    Party patient = party(c, c.meetings().get(0).attendees().get(j).party());
    return withParty(c, patient.withMentalHealthAct(MentalHealthActStatus.of(section)));
  }

  private static RestorativeCase withDischargeCondition(
      RestorativeCase c, Party party, DischargeCondition condition) {
    return withParty(
        c, party.withDischargeConditions(plus(party.dischargeConditions(), condition)));
  }

  private static RestorativeCase moveMeeting(RestorativeCase c, VenueType venue) {
    return withMeeting(c, 0, c.meetings().get(0).withVenue(Venue.of(venue)));
  }

  /** The first meeting's attendee {@code j} holds only the given escorted leave, valid that day. */
  private static RestorativeCase withLeave(
      RestorativeCase c, int j, LeaveType type, LeaveAuthority authority) {
    PartyId patient = c.meetings().get(0).attendees().get(j).party();
    return withParty(
        c,
        party(c, patient)
            .withLeaveAuthorisations(leave(type, Escort.ESCORTED, authority, meetingDay(c))));
  }

  private static Meeting withAttendee(Meeting meeting, int j, UnaryOperator<Attendee> change) {
    return meeting.withAttendees(
        replaced(meeting.attendees(), j, change.apply(meeting.attendees().get(j))));
  }

  /**
   * The patient's leave and discharge plans disclosed to a recipient, on a consent of the given
   * kind that names that recipient, a day after the meeting.
   */
  private static RestorativeCase withLeavePlansShared(
      RestorativeCase c, PartyId patient, Recipient recipient, ConsentKind kind) {
    Instant meetingStart = c.meetings().get(0).startAt().orElseThrow();
    Consent consent =
        sharingConsent(
            "consent-leave-sharing",
            patient,
            kind,
            recipient,
            SharingPurpose.DELIVERING_RESTORATIVE_PROCESS,
            meetingStart.plusSeconds(3_600));
    Disclosure disclosure =
        disclosure(
            "disclosure-leave-plans",
            patient,
            recipient,
            DisclosedItem.LEAVE_OR_DISCHARGE,
            SharingPurpose.DELIVERING_RESTORATIVE_PROCESS,
            meetingStart.plusSeconds(86_400),
            Optional.of(consent.id()));
    return c.withConsents(plus(c.consents(), consent))
        .withDisclosures(plus(c.disclosures(), disclosure));
  }
}
