package org.restorative.core.harm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.restorative.core.harm.HarmFixtures.ASSAULT_AT;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class OccurrenceTest {

  private static final Instant MARCH_START = Instant.parse("2026-03-01T00:00:00Z");
  private static final Instant MARCH_END = Instant.parse("2026-03-31T23:59:59Z");

  @Test
  void an_assault_at_a_known_moment_is_an_exact_occurrence() {
    Occurrence occurrence = Occurrence.of(ASSAULT_AT, OccurrencePrecision.EXACT);

    assertThat(occurrence.start()).isEqualTo(ASSAULT_AT);
    assertThat(occurrence.end()).isEmpty();
    assertThat(occurrence.precision()).isEqualTo(OccurrencePrecision.EXACT);
    assertThat(occurrence.isPeriod()).isFalse();
    assertThat(occurrence.latest()).isEqualTo(ASSAULT_AT);
  }

  @Test
  void bullying_over_a_month_is_a_period_whose_latest_moment_is_its_end() {
    Occurrence occurrence = Occurrence.of(MARCH_START, MARCH_END, OccurrencePrecision.MONTH);

    assertThat(occurrence.isPeriod()).isTrue();
    assertThat(occurrence.start()).isEqualTo(MARCH_START);
    assertThat(occurrence.end()).contains(MARCH_END);
    assertThat(occurrence.latest()).isEqualTo(MARCH_END);
  }

  @Test
  void a_period_of_one_moment_is_allowed() {
    assertThat(Occurrence.of(ASSAULT_AT, ASSAULT_AT, OccurrencePrecision.EXACT).latest())
        .isEqualTo(ASSAULT_AT);
  }

  @Test
  void a_period_cannot_end_before_it_starts() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Occurrence.of(MARCH_END, MARCH_START, OccurrencePrecision.MONTH))
        .withMessageContaining("occurrence end")
        .withMessageContaining("occurrence start")
        .withMessageNotContaining("2026");
  }

  @Test
  void a_copy_with_another_precision_changes_only_the_precision() {
    Occurrence original = Occurrence.of(MARCH_START, MARCH_END, OccurrencePrecision.MONTH);

    Occurrence copy = original.withPrecision(OccurrencePrecision.APPROXIMATE);

    assertThat(copy.precision()).isEqualTo(OccurrencePrecision.APPROXIMATE);
    assertThat(copy).isNotEqualTo(original);
    assertThat(copy.withPrecision(OccurrencePrecision.MONTH)).isEqualTo(original);
  }

  @Test
  void a_copy_with_an_end_before_the_start_is_rejected() {
    Occurrence original = Occurrence.of(MARCH_END, OccurrencePrecision.DAY);

    assertThatIllegalArgumentException()
        .isThrownBy(() -> original.withEnd(MARCH_START))
        .withMessageContaining("occurrence end");
  }

  @Test
  void two_occurrences_with_the_same_times_and_precision_are_equal() {
    assertThat(Occurrence.of(ASSAULT_AT, OccurrencePrecision.DAY))
        .isEqualTo(Occurrence.of(ASSAULT_AT, OccurrencePrecision.DAY))
        .hasSameHashCodeAs(Occurrence.of(ASSAULT_AT, OccurrencePrecision.DAY))
        .isNotEqualTo(Occurrence.of(ASSAULT_AT, OccurrencePrecision.EXACT));
  }
}
