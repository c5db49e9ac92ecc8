package org.restorative.core.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.restorative.core.process.ProcessFixtures.aRestrictedPatient;

import org.junit.jupiter.api.Test;

class AttendeeTest {

  @Test
  void an_attendee_is_expected_and_unescorted_by_default() {
    Attendee attendee = Attendee.of(aRestrictedPatient());

    assertThat(attendee.party()).isEqualTo(aRestrictedPatient());
    assertThat(attendee.escorted()).isFalse();
    assertThat(attendee.attendance()).isEqualTo(AttendanceStatus.EXPECTED);
    assertThat(attendee.wasPresent()).isFalse();
  }

  @Test
  void an_escorted_restricted_patient_who_attended() {
    Attendee attendee =
        new Attendee.Builder()
            .party(aRestrictedPatient())
            .escorted(true)
            .attendance(AttendanceStatus.ATTENDED)
            .build();

    assertThat(attendee.escorted()).isTrue();
    assertThat(attendee.wasPresent()).isTrue();
  }

  @Test
  void recording_attendance_changes_only_attendance() {
    Attendee expected = new Attendee.Builder().party(aRestrictedPatient()).escorted(true).build();
    Attendee came = expected.withAttendance(AttendanceStatus.ATTENDED);

    assertThat(came.attendance()).isEqualTo(AttendanceStatus.ATTENDED);
    assertThat(came).usingRecursiveComparison().ignoringFields("attendance").isEqualTo(expected);
  }

  @Test
  void equal_attendees_are_equal_and_share_a_hash_code() {
    assertThat(Attendee.of(aRestrictedPatient()))
        .isEqualTo(Attendee.of(aRestrictedPatient()))
        .hasSameHashCodeAs(Attendee.of(aRestrictedPatient()));
    assertThat(Attendee.of(aRestrictedPatient()))
        .isNotEqualTo(Attendee.of(aRestrictedPatient()).withEscorted(true));
  }

  @Test
  void attending_or_leaving_early_counts_as_present() {
    assertThat(AttendanceStatus.EXPECTED.wasPresent()).isFalse();
    assertThat(AttendanceStatus.ATTENDED.wasPresent()).isTrue();
    assertThat(AttendanceStatus.DID_NOT_ATTEND.wasPresent()).isFalse();
    assertThat(AttendanceStatus.LEFT_EARLY.wasPresent()).isTrue();
  }
}
