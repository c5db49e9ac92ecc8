package org.restorative.core.harm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RoleInHarmTest {

  @Test
  void a_person_both_harmed_and_responsible_counts_on_both_sides() {
    assertThat(RoleInHarm.BOTH.isHarmed()).isTrue();
    assertThat(RoleInHarm.BOTH.isResponsible()).isTrue();
  }

  @Test
  void only_the_harmed_and_both_count_as_harmed() {
    assertThat(Arrays.stream(RoleInHarm.values()).filter(RoleInHarm::isHarmed))
        .containsExactly(RoleInHarm.HARMED, RoleInHarm.BOTH);
  }

  @Test
  void only_the_responsible_and_both_count_as_responsible() {
    assertThat(Arrays.stream(RoleInHarm.values()).filter(RoleInHarm::isResponsible))
        .containsExactly(RoleInHarm.RESPONSIBLE, RoleInHarm.BOTH);
  }

  @Test
  void witnesses_and_affected_others_are_neither_harmed_nor_responsible() {
    assertThat(RoleInHarm.WITNESS.isHarmed()).isFalse();
    assertThat(RoleInHarm.WITNESS.isResponsible()).isFalse();
    assertThat(RoleInHarm.AFFECTED_OTHER.isHarmed()).isFalse();
    assertThat(RoleInHarm.AFFECTED_OTHER.isResponsible()).isFalse();
  }
}
