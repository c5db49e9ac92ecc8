package org.restorative.core.consent;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConsentGiverTest {

  @Test
  void only_the_persons_own_consent_counts_for_participation() {
    for (ConsentGiver giver : ConsentGiver.values()) {
      assertThat(giver.countsForParticipation())
          .as("%s", giver)
          .isEqualTo(giver == ConsentGiver.SELF);
    }
  }

  @Test
  void a_parent_cannot_consent_to_participation_for_a_child() {
    assertThat(ConsentGiver.PARENT_OR_GUARDIAN.countsForParticipation()).isFalse();
  }
}
