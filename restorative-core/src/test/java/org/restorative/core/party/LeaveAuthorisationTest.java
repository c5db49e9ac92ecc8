package org.restorative.core.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.restorative.core.party.PartyFixtures.LEAVE_FROM;
import static org.restorative.core.party.PartyFixtures.LEAVE_TO;
import static org.restorative.core.party.PartyFixtures.communityLeaveApprovedBySecretaryOfState;
import static org.restorative.core.party.PartyFixtures.groundLeaveFromTheRcOn;
import static org.restorative.core.party.PartyFixtures.onlyThatAttributeChanged;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LeaveAuthorisationTest {

  @Test
  void escorted_community_leave_is_recorded_with_its_conditions_and_purpose() {
    LeaveAuthorisation leave = communityLeaveApprovedBySecretaryOfState();
    assertThat(leave.type()).isEqualTo(LeaveType.COMMUNITY);
    assertThat(leave.escort()).isEqualTo(Escort.ESCORTED);
    assertThat(leave.authorisedBy()).isEqualTo(LeaveAuthority.RC_AND_SOSJ);
    assertThat(leave.validFrom()).isEqualTo(LEAVE_FROM);
    assertThat(leave.validTo()).isEqualTo(LEAVE_TO);
    assertThat(leave.conditions()).containsExactly("two staff escorts", "no alcohol");
    assertThat(leave.purpose()).contains("attend restorative conference");
  }

  @Test
  void leave_is_valid_on_its_first_day() {
    assertThat(communityLeaveApprovedBySecretaryOfState().isValidOn(LEAVE_FROM)).isTrue();
  }

  @Test
  void leave_is_valid_on_its_last_day() {
    assertThat(communityLeaveApprovedBySecretaryOfState().isValidOn(LEAVE_TO)).isTrue();
  }

  @Test
  void leave_is_valid_in_between() {
    assertThat(communityLeaveApprovedBySecretaryOfState().isValidOn(LocalDate.of(2025, 6, 15)))
        .isTrue();
  }

  @Test
  void leave_is_not_valid_the_day_before_it_starts_or_the_day_after_it_ends() {
    LeaveAuthorisation leave = communityLeaveApprovedBySecretaryOfState();
    assertThat(leave.isValidOn(LEAVE_FROM.minusDays(1))).isFalse();
    assertThat(leave.isValidOn(LEAVE_TO.plusDays(1))).isFalse();
  }

  @Test
  void one_day_leave_is_valid_on_that_day_only() {
    LocalDate day = LocalDate.of(2025, 6, 10);
    LeaveAuthorisation leave = groundLeaveFromTheRcOn(day);
    assertThat(leave.isValidOn(day)).isTrue();
    assertThat(leave.isValidOn(day.minusDays(1))).isFalse();
    assertThat(leave.isValidOn(day.plusDays(1))).isFalse();
  }

  @Test
  void only_leave_with_the_secretary_of_states_consent_counts_as_approved_by_them() {
    assertThat(communityLeaveApprovedBySecretaryOfState().isApprovedBySecretaryOfState()).isTrue();
    assertThat(groundLeaveFromTheRcOn(LEAVE_FROM).isApprovedBySecretaryOfState()).isFalse();
    assertThat(LeaveAuthority.RC_AND_SOSJ.includesSecretaryOfState()).isTrue();
    assertThat(LeaveAuthority.RC.includesSecretaryOfState()).isFalse();
  }

  @Test
  void leave_cannot_end_before_it_starts_and_the_message_names_no_date() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> communityLeaveApprovedBySecretaryOfState().withValidTo(LocalDate.of(2025, 5, 31)))
        .withMessageContaining("validTo")
        .withMessageContaining("validFrom")
        .withMessageNotContaining("2025-05-31")
        .withMessageNotContaining("2025-06-01");
  }

  @Test
  void a_leave_condition_must_not_be_blank() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> communityLeaveApprovedBySecretaryOfState().withConditions("escorted", " "))
        .withMessageContaining("conditions")
        .withMessageNotContaining("escorted");
  }

  @Test
  void a_leave_purpose_must_not_be_blank_when_given() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> communityLeaveApprovedBySecretaryOfState().withPurpose("  "))
        .withMessageContaining("purpose");
  }

  @Test
  void conditions_and_purpose_are_redacted_from_to_string() {
    LeaveAuthorisation leave =
        communityLeaveApprovedBySecretaryOfState()
            .withConditions(PartyFixtures.SENTINEL_NAME + " must not be visited")
            .withPurpose("meet " + PartyFixtures.SENTINEL_NAME);
    assertThat(leave.toString())
        .doesNotContain(PartyFixtures.SENTINEL_NAME)
        .contains("***")
        .contains("COMMUNITY");
  }

  @Test
  void with_copies_change_only_one_attribute() {
    LeaveAuthorisation original = communityLeaveApprovedBySecretaryOfState();

    LeaveAuthorisation ground = original.withType(LeaveType.GROUND);
    assertThat(ground.type()).isEqualTo(LeaveType.GROUND);
    onlyThatAttributeChanged(original, ground, c -> c.withType(original.type()));

    LeaveAuthorisation unescorted = original.withEscort(Escort.UNESCORTED);
    assertThat(unescorted.escort()).isEqualTo(Escort.UNESCORTED);
    onlyThatAttributeChanged(original, unescorted, c -> c.withEscort(original.escort()));

    LeaveAuthorisation byRc = original.withAuthorisedBy(LeaveAuthority.RC);
    assertThat(byRc.authorisedBy()).isEqualTo(LeaveAuthority.RC);
    onlyThatAttributeChanged(original, byRc, c -> c.withAuthorisedBy(original.authorisedBy()));

    LeaveAuthorisation earlier = original.withValidFrom(LEAVE_FROM.minusDays(3));
    assertThat(earlier.validFrom()).isEqualTo(LEAVE_FROM.minusDays(3));
    onlyThatAttributeChanged(original, earlier, c -> c.withValidFrom(original.validFrom()));

    LeaveAuthorisation longer = original.withValidTo(LEAVE_TO.plusDays(7));
    assertThat(longer.validTo()).isEqualTo(LEAVE_TO.plusDays(7));
    onlyThatAttributeChanged(original, longer, c -> c.withValidTo(original.validTo()));

    LeaveAuthorisation fewerConditions = original.withConditions("two staff escorts");
    assertThat(fewerConditions.conditions()).containsExactly("two staff escorts");
    onlyThatAttributeChanged(
        original, fewerConditions, c -> c.withConditions(original.conditions()));

    LeaveAuthorisation noPurpose = original.withPurpose(Optional.empty());
    assertThat(noPurpose.purpose()).isEmpty();
    onlyThatAttributeChanged(original, noPurpose, c -> c.withPurpose(original.purpose()));
  }

  @Test
  void equal_leave_is_equal_and_shares_a_hash_code() {
    assertThat(communityLeaveApprovedBySecretaryOfState())
        .isEqualTo(communityLeaveApprovedBySecretaryOfState())
        .hasSameHashCodeAs(communityLeaveApprovedBySecretaryOfState());
    assertThat(groundLeaveFromTheRcOn(LEAVE_FROM)).isNotEqualTo(groundLeaveFromTheRcOn(LEAVE_TO));
  }

  @Test
  void leave_that_names_no_place_covers_every_place() {
    LeaveAuthorisation leave = groundLeaveFromTheRcOn(LEAVE_FROM);
    assertThat(leave.coversPlace(Optional.empty())).isTrue();
    assertThat(leave.coversPlace(Optional.of(Place.of("hospital/chapel")))).isTrue();
  }

  @Test
  void leave_that_names_places_covers_only_a_place_within_one_of_them() {
    LeaveAuthorisation leave =
        groundLeaveFromTheRcOn(LEAVE_FROM).withPlaces(Place.of("hospital/therapy-centre"));
    assertThat(leave.coversPlace(Optional.of(Place.of("hospital/therapy-centre/room-2")))).isTrue();
    assertThat(leave.coversPlace(Optional.of(Place.of("hospital/chapel")))).isFalse();
    assertThat(leave.coversPlace(Optional.empty())).isFalse();
  }

  @Test
  void the_places_of_leave_are_never_printed() {
    LeaveAuthorisation leave =
        groundLeaveFromTheRcOn(LEAVE_FROM).withPlaces(Place.of("town/secret-street"));
    assertThat(leave.toString()).doesNotContain("secret-street");
  }
}
