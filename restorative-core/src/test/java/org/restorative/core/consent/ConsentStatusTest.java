package org.restorative.core.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class ConsentStatusTest {

  @Test
  void only_a_given_or_reconfirmed_consent_is_in_force() {
    EnumSet<ConsentStatus> active = EnumSet.noneOf(ConsentStatus.class);
    for (ConsentStatus status : ConsentStatus.values()) {
      if (status.isActive()) {
        active.add(status);
      }
    }

    assertThat(active).containsExactly(ConsentStatus.GIVEN, ConsentStatus.RECONFIRMED);
  }

  @Test
  void withdrawn_expired_superseded_and_invalidated_consents_have_ended_for_good() {
    EnumSet<ConsentStatus> ended = EnumSet.noneOf(ConsentStatus.class);
    for (ConsentStatus status : ConsentStatus.values()) {
      if (status.isFinal()) {
        ended.add(status);
      }
    }

    assertThat(ended)
        .containsExactly(
            ConsentStatus.WITHDRAWN,
            ConsentStatus.EXPIRED,
            ConsentStatus.SUPERSEDED,
            ConsentStatus.INVALIDATED);
  }

  @Test
  void no_status_is_both_in_force_and_ended() {
    for (ConsentStatus status : ConsentStatus.values()) {
      assertThat(status.isActive() && status.isFinal()).as("%s", status).isFalse();
    }
  }

  @Test
  void only_a_draft_need_not_say_when_it_was_obtained() {
    for (ConsentStatus status : ConsentStatus.values()) {
      assertThat(status.requiresObtainedAt())
          .as("%s", status)
          .isEqualTo(status != ConsentStatus.DRAFT);
    }
  }
}
