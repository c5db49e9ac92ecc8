package org.restorative.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** A count out of a count, with a rate that never divides by zero. */
class ProportionTest {

  @Test
  void a_rate_is_rounded_half_up_to_four_places_and_a_percentage_to_one() {
    Proportion twoThirds = Proportion.of(2, 3);

    assertThat(twoThirds.rate()).contains(new BigDecimal("0.6667"));
    assertThat(twoThirds.percent()).contains(new BigDecimal("66.7"));
    assertThat(Proportion.of(1, 8).percent()).contains(new BigDecimal("12.5"));
    assertThat(Proportion.of(1, 16).percent()).contains(new BigDecimal("6.3"));
  }

  @Test
  void nothing_out_of_nothing_has_no_rate() {
    Proportion none = Proportion.of(0, 0);

    assertThat(none.hasDenominator()).isFalse();
    assertThat(none.rate()).isEmpty();
    assertThat(none.percent()).isEmpty();
    assertThat(none.display()).isEqualTo("0 of 0");
  }

  @Test
  void a_proportion_reads_as_a_count_out_of_a_count() {
    assertThat(Proportion.of(17, 20).display()).isEqualTo("17 of 20 (85.0%)");
    assertThat(Proportion.of(0, 4).display()).isEqualTo("0 of 4 (0.0%)");
  }

  @Test
  void pooling_adds_numerators_and_denominators() {
    assertThat(Proportion.of(3, 4).plus(Proportion.of(1, 6))).isEqualTo(Proportion.of(4, 10));
  }

  @Test
  void equal_counts_are_equal_proportions() {
    assertThat(Proportion.of(3, 4))
        .isEqualTo(Proportion.of(3, 4))
        .hasSameHashCodeAs(Proportion.of(3, 4));
    assertThat(Proportion.of(3, 4)).isNotEqualTo(Proportion.of(6, 8));
  }

  @Test
  void changing_the_numerator_keeps_the_denominator() {
    Proportion changed = Proportion.of(3, 4).withNumerator(1);

    assertThat(changed.numerator()).isEqualTo(1);
    assertThat(changed.denominator()).isEqualTo(4);
  }

  @Test
  void a_numerator_cannot_exceed_its_denominator_nor_either_be_negative() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Proportion.of(5, 4))
        .withMessageContaining("numerator")
        .withMessageNotContaining("5");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Proportion.of(-1, 4))
        .withMessageContaining("numerator");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Proportion.of(0, -7))
        .withMessageContaining("denominator")
        .withMessageNotContaining("7");
  }
}
