package org.restorative.core.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.restorative.core.consent.ConsentFixtures.assertOnlyChanged;
import static org.restorative.core.consent.ConsentFixtures.assertRejected;

import org.junit.jupiter.api.Test;

class CapacityBasisTest {

  @Test
  void capacity_presumed_names_no_assessment() {
    CapacityBasis basis = CapacityBasis.presumed();

    assertThat(basis.type()).isEqualTo(CapacityBasisType.PRESUMED_NO_REASON_TO_DOUBT);
    assertThat(basis.assessment()).isEmpty();
  }

  @Test
  void capacity_assessed_names_the_assessment() {
    CapacityBasis basis = CapacityBasis.assessed(CapacityAssessmentId.of("ca-7"));

    assertThat(basis.type()).isEqualTo(CapacityBasisType.ASSESSED_HAS_CAPACITY);
    assertThat(basis.assessment()).contains(CapacityAssessmentId.of("ca-7"));
  }

  @Test
  void copying_with_another_assessment_changes_only_the_assessment() {
    CapacityBasis basis = CapacityBasis.assessed(CapacityAssessmentId.of("ca-7"));

    assertOnlyChanged(
        CapacityBasis.class,
        basis,
        basis.withAssessment(CapacityAssessmentId.of("ca-8")),
        "assessment");
  }

  @Test
  void two_bases_on_the_same_assessment_are_equal() {
    assertThat(CapacityBasis.assessed(CapacityAssessmentId.of("ca-7")))
        .isEqualTo(CapacityBasis.assessed(CapacityAssessmentId.of("ca-7")))
        .hasSameHashCodeAs(CapacityBasis.assessed(CapacityAssessmentId.of("ca-7")))
        .isNotEqualTo(CapacityBasis.presumed());
  }

  @Test
  void an_assessed_basis_must_name_its_assessment() {
    assertRejected(
        () -> new CapacityBasis.Builder().type(CapacityBasisType.ASSESSED_HAS_CAPACITY).build(),
        "capacity basis assessment");
  }

  @Test
  void a_presumed_basis_cannot_name_an_assessment() {
    assertRejected(
        () -> CapacityBasis.presumed().withAssessment(CapacityAssessmentId.of("ca-secret")),
        "capacity basis assessment",
        "ca-secret");
  }
}
