package org.restorative.core.harm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.restorative.core.harm.HarmFixtures.aPoliceCrimeReference;

import org.junit.jupiter.api.Test;

class ExternalIncidentRefTest {

  @Test
  void a_police_crime_reference_names_the_system_and_the_reference() {
    ExternalIncidentRef ref = aPoliceCrimeReference();

    assertThat(ref.system()).isEqualTo("Police crime reference");
    assertThat(ref.reference()).isEqualTo("CR-2026-004512");
  }

  @Test
  void the_system_must_not_be_blank() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ExternalIncidentRef.of(" ", "CR-2026-004512"))
        .withMessageContaining("system")
        .withMessageNotContaining("CR-2026-004512");
  }

  @Test
  void the_reference_must_not_be_blank() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ExternalIncidentRef.of("Police crime reference", "\t"))
        .withMessageContaining("reference")
        .withMessageNotContaining("Police crime reference");
  }

  @Test
  void a_corrected_reference_changes_only_the_reference() {
    ExternalIncidentRef original = aPoliceCrimeReference();

    ExternalIncidentRef corrected = original.withReference("CR-2026-004513");

    assertThat(corrected.reference()).isEqualTo("CR-2026-004513");
    assertThat(corrected).isNotEqualTo(original);
    assertThat(corrected.withReference(original.reference())).isEqualTo(original);
  }

  @Test
  void two_references_to_the_same_record_are_equal() {
    assertThat(aPoliceCrimeReference())
        .isEqualTo(ExternalIncidentRef.of("Police crime reference", "CR-2026-004512"))
        .hasSameHashCodeAs(ExternalIncidentRef.of("Police crime reference", "CR-2026-004512"));
  }
}
