package org.restorative.core.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.restorative.core.consent.ConsentFixtures.assertOnlyChanged;
import static org.restorative.core.consent.ConsentFixtures.assertRejected;

import org.junit.jupiter.api.Test;

class LawfulBasisTest {

  @Test
  void a_basis_names_its_type_and_reference() {
    LawfulBasis basis = LawfulBasis.of(LawfulBasisType.STATUTE, "Crime and Disorder Act 1998 s115");

    assertThat(basis.type()).isEqualTo(LawfulBasisType.STATUTE);
    assertThat(basis.reference()).contains("Crime and Disorder Act 1998 s115");
  }

  @Test
  void a_basis_may_be_recorded_without_a_reference() {
    assertThat(LawfulBasis.of(LawfulBasisType.VITAL_INTERESTS).reference()).isEmpty();
  }

  @Test
  void copying_with_another_reference_changes_only_the_reference() {
    LawfulBasis basis = LawfulBasis.of(LawfulBasisType.COURT_ORDER, "Order 1");

    assertOnlyChanged(LawfulBasis.class, basis, basis.withReference("Order 2"), "reference");
  }

  @Test
  void two_identical_bases_are_equal() {
    assertThat(LawfulBasis.of(LawfulBasisType.SAFEGUARDING))
        .isEqualTo(LawfulBasis.of(LawfulBasisType.SAFEGUARDING))
        .hasSameHashCodeAs(LawfulBasis.of(LawfulBasisType.SAFEGUARDING))
        .isNotEqualTo(LawfulBasis.of(LawfulBasisType.LEGAL_OBLIGATION));
  }

  @Test
  void a_reference_when_given_cannot_be_blank() {
    assertRejected(() -> LawfulBasis.of(LawfulBasisType.STATUTE, ""), "lawful basis reference");
  }
}
