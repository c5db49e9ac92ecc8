package org.restorative.core.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.restorative.core.consent.ConsentFixtures.GIVEN_AT;
import static org.restorative.core.consent.ConsentFixtures.ZEBEDEE;
import static org.restorative.core.consent.ConsentFixtures.aConfirmedVoluntarinessCheck;
import static org.restorative.core.consent.ConsentFixtures.assertOnlyChanged;
import static org.restorative.core.consent.ConsentFixtures.assertRejected;

import org.junit.jupiter.api.Test;

class VoluntarinessCheckTest {

  @Test
  void a_check_records_when_it_was_made_and_whether_voluntariness_was_confirmed() {
    VoluntarinessCheck check = aConfirmedVoluntarinessCheck();

    assertThat(check.checkedAt()).isEqualTo(GIVEN_AT);
    assertThat(check.confirmed()).isTrue();
    assertThat(check.note()).isPresent();
  }

  @Test
  void a_check_that_found_the_patient_thinks_leave_depends_on_it_is_recorded_as_not_confirmed() {
    VoluntarinessCheck check = VoluntarinessCheck.of(GIVEN_AT, false);

    assertThat(check.confirmed()).isFalse();
    assertThat(check.note()).isEmpty();
  }

  @Test
  void copying_with_the_opposite_finding_changes_only_the_finding() {
    VoluntarinessCheck check = aConfirmedVoluntarinessCheck();

    assertOnlyChanged(VoluntarinessCheck.class, check, check.withConfirmed(false), "confirmed");
  }

  @Test
  void two_identical_checks_are_equal() {
    assertThat(VoluntarinessCheck.of(GIVEN_AT, true))
        .isEqualTo(VoluntarinessCheck.of(GIVEN_AT, true))
        .hasSameHashCodeAs(VoluntarinessCheck.of(GIVEN_AT, true))
        .isNotEqualTo(VoluntarinessCheck.of(GIVEN_AT, false));
  }

  @Test
  void a_note_cannot_be_blank() {
    assertRejected(
        () -> VoluntarinessCheck.of(GIVEN_AT, true).withNote(" "), "voluntariness check note");
  }

  @Test
  void the_note_is_redacted() {
    VoluntarinessCheck check = VoluntarinessCheck.of(GIVEN_AT, true).withNote(ZEBEDEE);

    assertThat(check.toString()).doesNotContain(ZEBEDEE).contains("***");
  }
}
