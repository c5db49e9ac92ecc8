package org.restorative.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The count, median, mean, shortest and longest of day counts. */
class DaySummaryTest {

  @Test
  void an_odd_number_of_cases_has_the_middle_one_as_median() {
    DaySummary days = DaySummary.of(List.of(30, 2, 7));

    assertThat(days.count()).isEqualTo(3);
    assertThat(days.total()).isEqualTo(39);
    assertThat(days.median()).contains(new BigDecimal("7.0"));
    assertThat(days.mean()).contains(new BigDecimal("13.0"));
    assertThat(days.min()).contains(2);
    assertThat(days.max()).contains(30);
  }

  @Test
  void an_even_number_of_cases_has_the_mean_of_the_two_middle_ones_as_median() {
    DaySummary days = DaySummary.of(List.of(4, 1, 2, 9));

    assertThat(days.median()).contains(new BigDecimal("3.0"));
    assertThat(DaySummary.of(List.of(1, 2)).median()).contains(new BigDecimal("1.5"));
    assertThat(days.mean()).contains(new BigDecimal("4.0"));
  }

  @Test
  void the_mean_is_rounded_half_up_to_one_place() {
    assertThat(DaySummary.of(List.of(0, 0, 1, 1, 1, 1, 1, 1)).mean())
        .contains(new BigDecimal("0.8"));
    assertThat(DaySummary.of(List.of(1, 2, 2, 2)).mean()).contains(new BigDecimal("1.8"));
    assertThat(DaySummary.of(List.of(-3, -2)).mean()).contains(new BigDecimal("-2.5"));
  }

  @Test
  void a_negative_day_count_is_kept_to_show_a_recording_error() {
    DaySummary days = DaySummary.of(List.of(-2, 5));

    assertThat(days.min()).contains(-2);
    assertThat(days.median()).contains(new BigDecimal("1.5"));
  }

  @Test
  void no_cases_leave_every_statistic_empty() {
    DaySummary none = DaySummary.of(List.of());

    assertThat(none.isEmpty()).isTrue();
    assertThat(none.total()).isZero();
    assertThat(none.median()).isEmpty();
    assertThat(none.mean()).isEmpty();
    assertThat(none.min()).isEmpty();
    assertThat(none.max()).isEmpty();
  }

  @Test
  void the_order_of_the_day_counts_does_not_matter() {
    assertThat(DaySummary.of(List.of(5, 1, 3)))
        .isEqualTo(DaySummary.of(List.of(3, 5, 1)))
        .hasSameHashCodeAs(DaySummary.of(List.of(1, 3, 5)));
  }

  @Test
  void a_summary_must_hold_together() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new DaySummary.Builder().count(0).total(0).min(3).build())
        .withMessageContaining("median, mean, min and max");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new DaySummary.Builder()
                    .count(1)
                    .total(5)
                    .median(new BigDecimal("5.0"))
                    .mean(new BigDecimal("5.0"))
                    .min(6)
                    .max(5)
                    .build())
        .withMessageContaining("min");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new DaySummary.Builder().count(0).total(4).build())
        .withMessageContaining("total");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new DaySummary.Builder()
                    .count(2)
                    .total(100)
                    .median(new BigDecimal("5.0"))
                    .mean(new BigDecimal("50.0"))
                    .min(4)
                    .max(6)
                    .build())
        .withMessageContaining("total");
  }

  @Test
  void changing_the_count_keeps_the_other_statistics() {
    DaySummary days = DaySummary.of(List.of(2, 4));
    DaySummary changed = days.withCount(3).withTotal(6);

    assertThat(changed.median()).isEqualTo(days.median());
    assertThat(changed.min()).isEqualTo(days.min());
    assertThat(changed.max()).isEqualTo(days.max());
  }
}
