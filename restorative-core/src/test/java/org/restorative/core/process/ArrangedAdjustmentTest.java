package org.restorative.core.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.restorative.core.process.ProcessFixtures.aPersonHarmed;
import static org.restorative.core.process.ProcessFixtures.aRestrictedPatient;
import static org.restorative.core.process.ProcessFixtures.anIntermediary;

import org.junit.jupiter.api.Test;
import org.restorative.core.party.AdjustmentType;
import org.restorative.core.party.ProfessionalId;

class ArrangedAdjustmentTest {

  @Test
  void an_intermediary_booked_for_the_patient_names_the_intermediary() {
    ArrangedAdjustment adjustment =
        ArrangedAdjustment.of(aRestrictedPatient(), AdjustmentType.INTERMEDIARY, anIntermediary());

    assertThat(adjustment.party()).isEqualTo(aRestrictedPatient());
    assertThat(adjustment.type()).isEqualTo(AdjustmentType.INTERMEDIARY);
    assertThat(adjustment.provider()).contains(anIntermediary());
  }

  @Test
  void planned_breaks_need_no_provider() {
    assertThat(ArrangedAdjustment.of(aPersonHarmed(), AdjustmentType.BREAKS).provider()).isEmpty();
  }

  @Test
  void changing_the_provider_changes_only_the_provider() {
    ArrangedAdjustment adjustment =
        ArrangedAdjustment.of(
            aRestrictedPatient(), AdjustmentType.INTERPRETER_BOOKED, anIntermediary());
    ArrangedAdjustment rebooked = adjustment.withProvider(ProfessionalId.of("interpreter-2"));

    assertThat(rebooked.provider()).contains(ProfessionalId.of("interpreter-2"));
    assertThat(rebooked)
        .usingRecursiveComparison()
        .ignoringFields("provider")
        .isEqualTo(adjustment);
  }

  @Test
  void equal_adjustments_are_equal_and_share_a_hash_code() {
    ArrangedAdjustment a = ArrangedAdjustment.of(aPersonHarmed(), AdjustmentType.QUIET_ENVIRONMENT);
    ArrangedAdjustment b = ArrangedAdjustment.of(aPersonHarmed(), AdjustmentType.QUIET_ENVIRONMENT);

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(ArrangedAdjustment.of(aPersonHarmed(), AdjustmentType.BREAKS));
  }
}
