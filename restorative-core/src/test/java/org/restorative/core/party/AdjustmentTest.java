package org.restorative.core.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.restorative.core.party.PartyFixtures.SENTINEL_NAME;
import static org.restorative.core.party.PartyFixtures.onlyThatAttributeChanged;

import org.junit.jupiter.api.Test;

class AdjustmentTest {

  @Test
  void an_adjustment_can_be_recorded_without_detail() {
    Adjustment adjustment = Adjustment.of(AdjustmentType.VISUAL_AIDS);
    assertThat(adjustment.type()).isEqualTo(AdjustmentType.VISUAL_AIDS);
    assertThat(adjustment.detail()).isEmpty();
  }

  @Test
  void an_adjustment_can_say_exactly_what_was_agreed() {
    Adjustment adjustment = Adjustment.of(AdjustmentType.TIME_OF_DAY, "appointments after 2pm");
    assertThat(adjustment.detail()).contains("appointments after 2pm");
  }

  @Test
  void the_detail_must_not_be_blank_when_given() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Adjustment.of(AdjustmentType.OTHER, "\t"))
        .withMessageContaining("detail");
  }

  @Test
  void the_detail_is_redacted_from_to_string() {
    Adjustment adjustment = Adjustment.of(AdjustmentType.OTHER, "bring " + SENTINEL_NAME);
    assertThat(adjustment.toString())
        .doesNotContain(SENTINEL_NAME)
        .contains("***")
        .contains("OTHER");
  }

  @Test
  void with_copies_change_only_one_attribute() {
    Adjustment original = Adjustment.of(AdjustmentType.BREAKS, "every 20 minutes");

    Adjustment shorter = original.withType(AdjustmentType.SHORTER_SESSIONS);
    assertThat(shorter.type()).isEqualTo(AdjustmentType.SHORTER_SESSIONS);
    onlyThatAttributeChanged(original, shorter, c -> c.withType(original.type()));

    Adjustment moreOften = original.withDetail("every 10 minutes");
    assertThat(moreOften.detail()).contains("every 10 minutes");
    onlyThatAttributeChanged(original, moreOften, c -> c.withDetail(original.detail()));
  }

  @Test
  void equal_adjustments_are_equal_and_share_a_hash_code() {
    assertThat(Adjustment.of(AdjustmentType.EASY_READ_MATERIALS))
        .isEqualTo(new Adjustment.Builder().type(AdjustmentType.EASY_READ_MATERIALS).build())
        .hasSameHashCodeAs(Adjustment.of(AdjustmentType.EASY_READ_MATERIALS));
    assertThat(Adjustment.of(AdjustmentType.BREAKS))
        .isNotEqualTo(Adjustment.of(AdjustmentType.BREAKS, "every 20 minutes"));
  }
}
