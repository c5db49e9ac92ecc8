package org.restorative.core.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.restorative.core.outcome.AgreementStatus.AGREED;
import static org.restorative.core.outcome.AgreementStatus.COMPLETED;
import static org.restorative.core.outcome.AgreementStatus.DRAFT;
import static org.restorative.core.outcome.AgreementStatus.IN_MONITORING;
import static org.restorative.core.outcome.AgreementStatus.NOT_COMPLETED;
import static org.restorative.core.outcome.AgreementStatus.PARTIALLY_COMPLETED;
import static org.restorative.core.outcome.AgreementStatus.SUPERSEDED;
import static org.restorative.core.outcome.AgreementStatus.VARIED;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class AgreementStatusTest {

  @Test
  void the_states_are_those_of_the_brief_in_lifecycle_order() {
    assertThat(AgreementStatus.values())
        .containsExactly(
            DRAFT,
            AGREED,
            IN_MONITORING,
            COMPLETED,
            PARTIALLY_COMPLETED,
            NOT_COMPLETED,
            VARIED,
            SUPERSEDED);
  }

  @Test
  void an_agreement_ends_when_completed_in_whole_or_part_not_completed_varied_or_superseded() {
    assertThat(Arrays.stream(AgreementStatus.values()).filter(AgreementStatus::isTerminal))
        .containsExactly(COMPLETED, PARTIALLY_COMPLETED, NOT_COMPLETED, VARIED, SUPERSEDED);
  }

  @Test
  void a_draft_binds_nobody_and_only_agreed_or_monitored_agreements_are_in_force() {
    assertThat(DRAFT.isInForce()).isFalse();
    assertThat(DRAFT.isTerminal()).isFalse();
    assertThat(Arrays.stream(AgreementStatus.values()).filter(AgreementStatus::isInForce))
        .containsExactly(AGREED, IN_MONITORING);
  }
}
