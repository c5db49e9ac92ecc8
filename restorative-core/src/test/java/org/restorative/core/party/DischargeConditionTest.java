package org.restorative.core.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.restorative.core.party.PartyFixtures.HARMED;
import static org.restorative.core.party.PartyFixtures.RESPONSIBLE;
import static org.restorative.core.party.PartyFixtures.SENTINEL_NAME;
import static org.restorative.core.party.PartyFixtures.noContactWith;
import static org.restorative.core.party.PartyFixtures.onlyThatAttributeChanged;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DischargeConditionTest {

  @Test
  void a_no_contact_condition_names_the_party_it_protects() {
    DischargeCondition condition = noContactWith(HARMED);
    assertThat(condition.type()).isEqualTo(DischargeConditionType.NO_CONTACT);
    assertThat(condition.protectedParty()).contains(HARMED);
    assertThat(condition.since()).contains(LocalDate.of(2024, 9, 1));
    assertThat(condition.description()).isPresent();
  }

  @Test
  void a_no_contact_condition_forbids_contact_with_the_protected_party_only() {
    DischargeCondition condition = noContactWith(HARMED);
    assertThat(condition.forbidsContactWith(HARMED)).isTrue();
    assertThat(condition.forbidsContactWith(RESPONSIBLE)).isFalse();
  }

  @Test
  void an_exclusion_zone_does_not_forbid_contact_even_when_it_protects_a_party() {
    DischargeCondition zone = noContactWith(HARMED).withType(DischargeConditionType.EXCLUSION_ZONE);
    assertThat(zone.forbidsContactWith(HARMED)).isFalse();
  }

  @Test
  void a_no_contact_condition_without_a_party_of_the_case_forbids_contact_with_no_party() {
    DischargeCondition condition = noContactWith(HARMED).withProtectedParty(Optional.empty());
    assertThat(condition.forbidsContactWith(HARMED)).isFalse();
  }

  @Test
  void a_description_must_not_be_blank_when_given() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> noContactWith(HARMED).withDescription(" "))
        .withMessageContaining("description");
  }

  @Test
  void the_description_is_redacted_from_to_string() {
    DischargeCondition condition =
        noContactWith(HARMED).withDescription("not to contact " + SENTINEL_NAME);
    assertThat(condition.toString())
        .doesNotContain(SENTINEL_NAME)
        .contains("***")
        .contains("NO_CONTACT");
  }

  @Test
  void with_copies_change_only_one_attribute() {
    DischargeCondition original = noContactWith(HARMED);

    DischargeCondition residence = original.withType(DischargeConditionType.RESIDENCE);
    assertThat(residence.type()).isEqualTo(DischargeConditionType.RESIDENCE);
    onlyThatAttributeChanged(original, residence, c -> c.withType(original.type()));

    DischargeCondition other = original.withProtectedParty(RESPONSIBLE);
    assertThat(other.protectedParty()).contains(RESPONSIBLE);
    onlyThatAttributeChanged(original, other, c -> c.withProtectedParty(original.protectedParty()));

    DischargeCondition reworded = original.withDescription("no contact by any means");
    assertThat(reworded.description()).contains("no contact by any means");
    onlyThatAttributeChanged(original, reworded, c -> c.withDescription(original.description()));

    DischargeCondition later = original.withSince(LocalDate.of(2025, 1, 1));
    assertThat(later.since()).contains(LocalDate.of(2025, 1, 1));
    onlyThatAttributeChanged(original, later, c -> c.withSince(original.since()));
  }

  @Test
  void equal_conditions_are_equal_and_share_a_hash_code() {
    assertThat(noContactWith(HARMED))
        .isEqualTo(noContactWith(HARMED))
        .hasSameHashCodeAs(noContactWith(HARMED));
    assertThat(noContactWith(HARMED)).isNotEqualTo(noContactWith(RESPONSIBLE));
  }

  @Test
  void a_condition_applies_from_the_day_it_took_effect() {
    DischargeCondition condition = noContactWith(HARMED);
    assertThat(condition.isActiveOn(LocalDate.of(2024, 9, 1))).isTrue();
    assertThat(condition.isActiveOn(LocalDate.of(2024, 8, 31))).isFalse();
    assertThat(condition.withSince(Optional.empty()).isActiveOn(LocalDate.of(1990, 1, 1))).isTrue();
  }

  @Test
  void an_exclusion_zone_keeps_its_place_and_exception_out_of_its_printed_form() {
    DischargeCondition zone =
        new DischargeCondition.Builder()
            .type(DischargeConditionType.EXCLUSION_ZONE)
            .place(Place.of("town/north"))
            .permittedException("Meetings at the service office")
            .build();
    assertThat(zone.place()).contains(Place.of("town/north"));
    assertThat(zone.toString()).doesNotContain("town").doesNotContain("service office");
  }

  @Test
  void a_blank_permitted_exception_is_refused() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> noContactWith(HARMED).withPermittedException(" "))
        .withMessageContaining("permittedException");
  }
}
