package org.restorative.core.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.restorative.core.process.ProcessFixtures.MEETING_ENDS_AT;
import static org.restorative.core.process.ProcessFixtures.MEETING_STARTS_AT;
import static org.restorative.core.process.ProcessFixtures.ZEBEDEE;
import static org.restorative.core.process.ProcessFixtures.aCoFacilitator;
import static org.restorative.core.process.ProcessFixtures.aConferenceHeldOnHospitalGrounds;
import static org.restorative.core.process.ProcessFixtures.aConferenceId;
import static org.restorative.core.process.ProcessFixtures.aLeadFacilitator;
import static org.restorative.core.process.ProcessFixtures.aPersonHarmed;
import static org.restorative.core.process.ProcessFixtures.aRestrictedPatient;
import static org.restorative.core.process.ProcessFixtures.aScheduledConference;
import static org.restorative.core.process.ProcessFixtures.aSupporterOfTheHarmed;
import static org.restorative.core.process.ProcessFixtures.anIntermediary;
import static org.restorative.core.process.ProcessFixtures.assertRejected;
import static org.restorative.core.process.ProcessFixtures.theEducationCentre;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.restorative.core.party.AdjustmentType;
import org.restorative.core.party.PartyId;

class MeetingTest {

  @Test
  void a_conference_on_hospital_grounds_with_an_escorted_restricted_patient() {
    Meeting meeting = aConferenceHeldOnHospitalGrounds();

    assertThat(meeting.process()).isEqualTo(aConferenceId());
    assertThat(meeting.status()).isEqualTo(MeetingStatus.HELD);
    assertThat(meeting.startAt()).contains(MEETING_STARTS_AT);
    assertThat(meeting.endAt()).contains(MEETING_ENDS_AT);
    assertThat(meeting.venue()).isEqualTo(theEducationCentre());
    assertThat(meeting.medium()).isEqualTo(Medium.IN_PERSON);
    assertThat(meeting.attendee(aRestrictedPatient()))
        .hasValueSatisfying(
            patient -> {
              assertThat(patient.escorted()).isTrue();
              assertThat(patient.attendance()).isEqualTo(AttendanceStatus.ATTENDED);
            });
    assertThat(meeting.facilitators())
        .containsExactlyInAnyOrder(aLeadFacilitator(), aCoFacilitator());
    assertThat(meeting.professionals()).containsExactly(anIntermediary());
    assertThat(meeting.stopReason()).isEmpty();
  }

  @Test
  void a_meeting_on_hospital_grounds_needs_leave() {
    assertThat(aConferenceHeldOnHospitalGrounds().requiresLeave()).isTrue();
    assertThat(aConferenceHeldOnHospitalGrounds().venue().type().needsGroundLeave()).isTrue();
    assertThat(
            aConferenceHeldOnHospitalGrounds()
                .withVenue(Venue.of(VenueType.ON_WARD))
                .requiresLeave())
        .isFalse();
  }

  @Test
  void moving_the_venue_changes_only_the_venue() {
    Meeting meeting = aConferenceHeldOnHospitalGrounds();
    Meeting onWard = meeting.withVenue(Venue.of(VenueType.ON_WARD));

    assertThat(onWard.venue().type()).isEqualTo(VenueType.ON_WARD);
    assertThat(onWard).usingRecursiveComparison().ignoringFields("venue").isEqualTo(meeting);
  }

  @Test
  void starting_the_meeting_changes_only_its_status() {
    Meeting scheduled = aScheduledConference();
    Meeting started = scheduled.withStatus(MeetingStatus.IN_PROGRESS);

    assertThat(started.status()).isEqualTo(MeetingStatus.IN_PROGRESS);
    assertThat(started).usingRecursiveComparison().ignoringFields("status").isEqualTo(scheduled);
  }

  @Test
  void equal_meetings_are_equal_and_share_a_hash_code() {
    assertThat(aConferenceHeldOnHospitalGrounds())
        .isEqualTo(aConferenceHeldOnHospitalGrounds())
        .hasSameHashCodeAs(aConferenceHeldOnHospitalGrounds());
    assertThat(aConferenceHeldOnHospitalGrounds()).isNotEqualTo(aScheduledConference());
  }

  @Test
  void a_planned_meeting_need_not_have_a_date() {
    Meeting planned =
        aScheduledConference().withStatus(MeetingStatus.PLANNED).withStartAt(Optional.empty());

    assertThat(planned.startAt()).isEmpty();
  }

  @Test
  void a_scheduled_meeting_not_yet_dated_can_be_recorded_for_the_rules_to_report() {
    Meeting undated = aScheduledConference().withStartAt(Optional.empty());

    assertThat(undated.status()).isEqualTo(MeetingStatus.SCHEDULED);
    assertThat(undated.startAt()).isEmpty();
  }

  @Test
  void a_held_meeting_whose_end_was_not_written_down_can_be_recorded() {
    Meeting held = aConferenceHeldOnHospitalGrounds().withEndAt(Optional.empty());

    assertThat(held.endAt()).isEmpty();
  }

  @Test
  void a_meeting_planned_but_never_dated_can_be_abandoned() {
    Meeting planned =
        aScheduledConference().withStatus(MeetingStatus.PLANNED).withStartAt(Optional.empty());
    Meeting abandoned =
        planned.withStatus(MeetingStatus.ABANDONED).withStopReason(StopReason.PARTY_WITHDREW);

    assertThat(abandoned.status()).isEqualTo(MeetingStatus.ABANDONED);
    assertThat(abandoned.startAt()).isEmpty();
  }

  @Test
  void a_meeting_cannot_end_before_it_starts() {
    Instant tooEarly = Instant.parse("2025-04-02T09:00:00Z");
    assertRejected(
        () -> aConferenceHeldOnHospitalGrounds().withEndAt(tooEarly),
        "meeting endAt must not be before meeting startAt",
        "2025-04-02",
        "09:00");
  }

  @Test
  void a_party_is_listed_once_among_the_attendees() {
    assertRejected(
        () ->
            aScheduledConference()
                .withAttendees(
                    Attendee.of(aRestrictedPatient()),
                    Attendee.of(aPersonHarmed()),
                    Attendee.of(aRestrictedPatient())),
        "meeting attendees",
        aRestrictedPatient().value());
  }

  @Test
  void only_a_stopped_meeting_has_a_stop_reason() {
    assertRejected(
        () -> aConferenceHeldOnHospitalGrounds().withStopReason(StopReason.DISTRESS),
        "meeting stopReason",
        "DISTRESS");
  }

  @Test
  void an_adjourned_meeting_records_why_it_stopped() {
    Meeting adjourned =
        aConferenceHeldOnHospitalGrounds()
            .withStatus(MeetingStatus.ADJOURNED)
            .withStopReason(StopReason.DISTRESS);

    assertThat(adjourned.stopReason()).contains(StopReason.DISTRESS);
    assertThat(adjourned.status().isStopped()).isTrue();
  }

  @Test
  void an_abandoned_meeting_need_not_have_an_end() {
    Meeting abandoned =
        aScheduledConference()
            .withStatus(MeetingStatus.ABANDONED)
            .withStopReason(StopReason.PARTY_WITHDREW);

    assertThat(abandoned.endAt()).isEmpty();
    assertThat(abandoned.stopReason()).contains(StopReason.PARTY_WITHDREW);
  }

  @Test
  void notes_must_not_be_blank_when_given() {
    assertRejected(() -> aScheduledConference().withNotes(""), "meeting notes");
  }

  @Test
  void notes_are_redacted() {
    Meeting meeting = aConferenceHeldOnHospitalGrounds().withNotes(ZEBEDEE + " shouted");

    assertThat(meeting.toString()).doesNotContain(ZEBEDEE).contains("***");
  }

  @Test
  void the_attendee_parties_are_listed_in_the_order_recorded() {
    assertThat(aConferenceHeldOnHospitalGrounds().attendeeParties())
        .containsExactly(aRestrictedPatient(), aPersonHarmed(), aSupporterOfTheHarmed());
  }

  @Test
  void a_meeting_is_attended_by_its_listed_attendees_whether_expected_or_present() {
    Meeting scheduled = aScheduledConference();

    assertThat(scheduled.isAttendedBy(aPersonHarmed())).isTrue();
    assertThat(scheduled.isAttendedBy(aSupporterOfTheHarmed())).isFalse();
    assertThat(scheduled.attendee(PartyId.of("nobody"))).isEmpty();
  }

  @Test
  void the_present_parties_are_those_who_attended_or_left_early() {
    Meeting meeting =
        aConferenceHeldOnHospitalGrounds()
            .withAttendees(
                new Attendee.Builder()
                    .party(aRestrictedPatient())
                    .attendance(AttendanceStatus.ATTENDED)
                    .build(),
                new Attendee.Builder()
                    .party(aPersonHarmed())
                    .attendance(AttendanceStatus.LEFT_EARLY)
                    .build(),
                new Attendee.Builder()
                    .party(aSupporterOfTheHarmed())
                    .attendance(AttendanceStatus.DID_NOT_ATTEND)
                    .build());

    assertThat(meeting.presentParties()).containsExactly(aRestrictedPatient(), aPersonHarmed());
    assertThat(aScheduledConference().presentParties()).isEmpty();
  }

  @Test
  void the_adjustments_for_a_participant_are_listed_in_the_order_recorded() {
    Meeting meeting = aConferenceHeldOnHospitalGrounds();

    assertThat(meeting.adjustmentsFor(aRestrictedPatient()))
        .extracting(ArrangedAdjustment::type)
        .containsExactly(AdjustmentType.INTERMEDIARY, AdjustmentType.BREAKS);
    assertThat(meeting.adjustmentsFor(aPersonHarmed())).isEmpty();
  }
}
