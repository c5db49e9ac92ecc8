package org.restorative.core.harm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.restorative.core.harm.HarmFixtures.NURSE;
import static org.restorative.core.harm.HarmFixtures.PATIENT;

import org.junit.jupiter.api.Test;

class InvolvedPersonTest {

  @Test
  void the_nurse_is_involved_as_the_person_harmed() {
    InvolvedPerson nurse = InvolvedPerson.of(NURSE, RoleInHarm.HARMED);

    assertThat(nurse.party()).isEqualTo(NURSE);
    assertThat(nurse.role()).isEqualTo(RoleInHarm.HARMED);
  }

  @Test
  void a_corrected_role_changes_only_the_role() {
    InvolvedPerson original = InvolvedPerson.of(PATIENT, RoleInHarm.RESPONSIBLE);

    InvolvedPerson corrected = original.withRole(RoleInHarm.BOTH);

    assertThat(corrected.role()).isEqualTo(RoleInHarm.BOTH);
    assertThat(corrected.party()).isEqualTo(PATIENT);
    assertThat(corrected.withRole(RoleInHarm.RESPONSIBLE)).isEqualTo(original);
  }

  @Test
  void the_same_person_in_the_same_role_is_equal() {
    assertThat(InvolvedPerson.of(NURSE, RoleInHarm.HARMED))
        .isEqualTo(InvolvedPerson.of(NURSE, RoleInHarm.HARMED))
        .hasSameHashCodeAs(InvolvedPerson.of(NURSE, RoleInHarm.HARMED))
        .isNotEqualTo(InvolvedPerson.of(NURSE, RoleInHarm.WITNESS));
  }
}
