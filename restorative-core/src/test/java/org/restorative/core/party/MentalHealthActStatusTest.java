package org.restorative.core.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.restorative.core.party.PartyFixtures.aRestrictionOrder;
import static org.restorative.core.party.PartyFixtures.onlyThatAttributeChanged;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MentalHealthActStatusTest {

  @Test
  void a_restriction_order_is_recorded_with_its_start() {
    MentalHealthActStatus status = aRestrictionOrder();
    assertThat(status.section()).isEqualTo(MhaStatus.S37_41);
    assertThat(status.since()).contains(LocalDate.of(2024, 2, 1));
  }

  @Test
  void restricted_defaults_to_what_the_section_implies() {
    assertThat(MentalHealthActStatus.of(MhaStatus.S37_41).restricted()).isTrue();
    assertThat(MentalHealthActStatus.of(MhaStatus.CONDITIONALLY_DISCHARGED).restricted()).isTrue();
    assertThat(MentalHealthActStatus.of(MhaStatus.S3).restricted()).isFalse();
    assertThat(MentalHealthActStatus.of(MhaStatus.INFORMAL).restricted()).isFalse();
  }

  @Test
  void a_remand_under_court_restrictions_can_be_recorded_as_restricted() {
    MentalHealthActStatus status =
        new MentalHealthActStatus.Builder().section(MhaStatus.S38).restricted(true).build();
    assertThat(status.isRestrictedPatient()).isTrue();
  }

  @Test
  void a_section_that_implies_restriction_cannot_be_recorded_as_unrestricted() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new MentalHealthActStatus.Builder()
                    .section(MhaStatus.S47_49)
                    .restricted(false)
                    .build())
        .withMessageContaining("restricted")
        .withMessageNotContaining("false")
        .withMessageNotContaining("S47_49");
  }

  @Test
  void copying_an_unrestricted_status_to_a_restricted_section_needs_the_flag_too() {
    MentalHealthActStatus section3 = MentalHealthActStatus.of(MhaStatus.S3);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> section3.withSection(MhaStatus.S37_41))
        .withMessageContaining("restricted");
    assertThat(section3.withRestricted(true).withSection(MhaStatus.S37_41).isRestrictedPatient())
        .isTrue();
  }

  @Test
  void a_restricted_patient_is_detained_until_conditionally_discharged() {
    assertThat(aRestrictionOrder().isRestrictedPatient()).isTrue();
    assertThat(aRestrictionOrder().isDetained()).isTrue();
    MentalHealthActStatus discharged = MentalHealthActStatus.of(MhaStatus.CONDITIONALLY_DISCHARGED);
    assertThat(discharged.isRestrictedPatient()).isTrue();
    assertThat(discharged.isDetained()).isFalse();
  }

  @Test
  void an_informal_patient_is_neither_detained_nor_restricted() {
    MentalHealthActStatus informal = MentalHealthActStatus.of(MhaStatus.INFORMAL);
    assertThat(informal.isDetained()).isFalse();
    assertThat(informal.isRestrictedPatient()).isFalse();
  }

  @Test
  void with_copies_change_only_one_attribute() {
    MentalHealthActStatus original = aRestrictionOrder();
    MentalHealthActStatus newStart = original.withSince(LocalDate.of(2024, 3, 1));
    assertThat(newStart.since()).contains(LocalDate.of(2024, 3, 1));
    onlyThatAttributeChanged(original, newStart, c -> c.withSince(original.since()));

    MentalHealthActStatus newSection = original.withSection(MhaStatus.S45A);
    assertThat(newSection.section()).isEqualTo(MhaStatus.S45A);
    onlyThatAttributeChanged(original, newSection, c -> c.withSection(original.section()));

    MentalHealthActStatus s38 = MentalHealthActStatus.of(MhaStatus.S38);
    MentalHealthActStatus restricted = s38.withRestricted(true);
    assertThat(restricted.restricted()).isTrue();
    onlyThatAttributeChanged(s38, restricted, c -> c.withRestricted(false));
  }

  @Test
  void equal_statuses_are_equal_and_share_a_hash_code() {
    assertThat(aRestrictionOrder())
        .isEqualTo(aRestrictionOrder())
        .hasSameHashCodeAs(aRestrictionOrder());
    assertThat(MentalHealthActStatus.of(MhaStatus.S3))
        .isNotEqualTo(MentalHealthActStatus.of(MhaStatus.S2));
  }

  @Test
  void
      ground_leave_needs_the_secretary_of_state_only_when_a_restricted_patients_order_names_the_unit() {
    MentalHealthActStatus order = MentalHealthActStatus.of(MhaStatus.S37_41);
    assertThat(order.orderNamesUnit()).isFalse();
    assertThat(order.groundLeaveNeedsSecretaryOfState()).isFalse();
    assertThat(order.withOrderNamesUnit(true).groundLeaveNeedsSecretaryOfState()).isTrue();
    assertThat(
            MentalHealthActStatus.of(MhaStatus.S3)
                .withOrderNamesUnit(true)
                .groundLeaveNeedsSecretaryOfState())
        .as("an unrestricted patient's ground leave never needs the Secretary of State")
        .isFalse();
  }
}
