package org.restorative.core.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.restorative.core.outcome.OutcomeFixtures.NURSE_HARMED;
import static org.restorative.core.outcome.OutcomeFixtures.PATIENT_RESPONSIBLE;
import static org.restorative.core.outcome.OutcomeFixtures.WARD_MANAGER;
import static org.restorative.core.outcome.OutcomeFixtures.attributesThatDiffer;

import org.junit.jupiter.api.Test;

class PartyOrRoleTest {

  @Test
  void a_party_can_own_an_action() {
    PartyOrRole owner = PartyOrRole.party(PATIENT_RESPONSIBLE);
    assertThat(owner.party()).contains(PATIENT_RESPONSIBLE);
    assertThat(owner.role()).isEmpty();
    assertThat(owner.isParty()).isTrue();
    assertThat(owner.isParty(PATIENT_RESPONSIBLE)).isTrue();
    assertThat(owner.isParty(NURSE_HARMED)).isFalse();
  }

  @Test
  void the_ward_manager_role_can_own_an_organisational_action() {
    PartyOrRole owner = PartyOrRole.role(WARD_MANAGER);
    assertThat(owner.role()).contains("Ward manager");
    assertThat(owner.party()).isEmpty();
    assertThat(owner.isParty()).isFalse();
    assertThat(owner.isParty(PATIENT_RESPONSIBLE)).isFalse();
  }

  @Test
  void the_same_role_named_twice_is_the_same_owner() {
    assertThat(PartyOrRole.role(WARD_MANAGER)).isEqualTo(PartyOrRole.role("Ward manager"));
    assertThat(PartyOrRole.role(WARD_MANAGER).hashCode())
        .isEqualTo(PartyOrRole.role("Ward manager").hashCode());
    assertThat(PartyOrRole.party(PATIENT_RESPONSIBLE))
        .isEqualTo(PartyOrRole.party(PATIENT_RESPONSIBLE))
        .isNotEqualTo(PartyOrRole.party(NURSE_HARMED));
  }

  @Test
  void a_role_is_never_the_same_owner_as_a_party() {
    assertThat(PartyOrRole.role(WARD_MANAGER)).isNotEqualTo(PartyOrRole.party(PATIENT_RESPONSIBLE));
  }

  @Test
  void renaming_the_role_changes_only_the_role() {
    PartyOrRole before = PartyOrRole.role(WARD_MANAGER);
    PartyOrRole after = before.withRole("Modern matron");
    assertThat(after.role()).contains("Modern matron");
    assertThat(attributesThatDiffer(before, after)).containsExactly("role");
  }

  @Test
  void an_owner_must_be_exactly_one_of_a_party_and_a_role() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> new PartyOrRole.Builder().party(PATIENT_RESPONSIBLE).role(WARD_MANAGER).build())
        .withMessageContaining("party")
        .withMessageContaining("role")
        .withMessageNotContaining(WARD_MANAGER)
        .withMessageNotContaining(PATIENT_RESPONSIBLE.value());
  }

  @Test
  void an_owner_with_neither_party_nor_role_is_rejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new PartyOrRole.Builder().build())
        .withMessageContaining("exactly one of party and role");
  }

  @Test
  void a_role_must_not_be_blank() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> PartyOrRole.role("  "))
        .withMessageContaining("party or role role");
  }

  @Test
  void a_named_role_shows_in_print_because_a_post_is_not_personal() {
    assertThat(PartyOrRole.role(WARD_MANAGER).toString()).contains("Ward manager");
  }
}
