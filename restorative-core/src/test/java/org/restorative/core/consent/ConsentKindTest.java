package org.restorative.core.consent;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConsentKindTest {

  @Test
  void participation_can_never_be_replaced_by_another_basis() {
    assertThat(ConsentKind.PARTICIPATION.canBeReplacedByAnotherBasis()).isFalse();
    assertThat(ConsentKind.PARTICIPATION.isSharing()).isFalse();
  }

  @Test
  void data_processing_and_disclosure_are_about_sharing_and_may_rest_on_another_basis() {
    assertThat(ConsentKind.DATA_PROCESSING.isSharing()).isTrue();
    assertThat(ConsentKind.DATA_PROCESSING.canBeReplacedByAnotherBasis()).isTrue();
    assertThat(ConsentKind.DISCLOSURE_CONFIDENTIALITY.isSharing()).isTrue();
    assertThat(ConsentKind.DISCLOSURE_CONFIDENTIALITY.canBeReplacedByAnotherBasis()).isTrue();
  }

  @Test
  void there_are_exactly_the_three_consents_of_the_brief() {
    assertThat(ConsentKind.values())
        .containsExactly(
            ConsentKind.PARTICIPATION,
            ConsentKind.DATA_PROCESSING,
            ConsentKind.DISCLOSURE_CONFIDENTIALITY);
  }
}
