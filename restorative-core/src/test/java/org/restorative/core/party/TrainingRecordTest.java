package org.restorative.core.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.restorative.core.party.PartyFixtures.intermediateTraining;
import static org.restorative.core.party.PartyFixtures.onlyThatAttributeChanged;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TrainingRecordTest {

  @Test
  void training_from_a_registered_provider_is_recorded_as_such() {
    TrainingRecord training = intermediateTraining();
    assertThat(training.level()).isEqualTo(TrainingLevel.INTERMEDIATE);
    assertThat(training.completedOn()).isEqualTo(LocalDate.of(2021, 10, 8));
    assertThat(training.provider()).contains("Restorative Training Ltd");
    assertThat(training.rjcRegisteredProvider()).isTrue();
  }

  @Test
  void a_provider_is_not_rjc_registered_unless_recorded() {
    TrainingRecord training = TrainingRecord.of(TrainingLevel.FOUNDATION, LocalDate.of(2019, 3, 1));
    assertThat(training.rjcRegisteredProvider()).isFalse();
    assertThat(training.provider()).isEmpty();
  }

  @Test
  void a_provider_must_not_be_blank_when_given() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> intermediateTraining().withProvider(" "))
        .withMessageContaining("provider");
  }

  @Test
  void with_copies_change_only_one_attribute() {
    TrainingRecord original = intermediateTraining();

    TrainingRecord advanced = original.withLevel(TrainingLevel.ADVANCED);
    assertThat(advanced.level()).isEqualTo(TrainingLevel.ADVANCED);
    onlyThatAttributeChanged(original, advanced, c -> c.withLevel(original.level()));

    TrainingRecord later = original.withCompletedOn(LocalDate.of(2022, 1, 1));
    assertThat(later.completedOn()).isEqualTo(LocalDate.of(2022, 1, 1));
    onlyThatAttributeChanged(original, later, c -> c.withCompletedOn(original.completedOn()));

    TrainingRecord otherProvider = original.withProvider("In-house");
    assertThat(otherProvider.provider()).contains("In-house");
    onlyThatAttributeChanged(original, otherProvider, c -> c.withProvider(original.provider()));

    TrainingRecord unregistered = original.withRjcRegisteredProvider(false);
    assertThat(unregistered.rjcRegisteredProvider()).isFalse();
    onlyThatAttributeChanged(original, unregistered, c -> c.withRjcRegisteredProvider(true));
  }

  @Test
  void equal_records_are_equal_and_share_a_hash_code() {
    assertThat(intermediateTraining())
        .isEqualTo(intermediateTraining())
        .hasSameHashCodeAs(intermediateTraining());
    assertThat(intermediateTraining()).isNotEqualTo(intermediateTraining().withProvider("Other"));
  }
}
