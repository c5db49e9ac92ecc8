package org.restorative.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A tally keeps a day measure as how many cases took each number of days, not as one number per
 * case, so its memory does not grow with the cohort; its summary is the one the list of every
 * case's days gives, median included, however the counts were added and merged.
 */
class DayCountsTest {

  @Test
  void the_summary_of_the_counts_is_the_summary_of_the_list_of_days() {
    qt().withFixedSeed(20261207L)
        .withExamples(2_000)
        .forAll(
            lists().of(integers().between(-40, 4_000)).ofSizeBetween(0, 300),
            lists().of(integers().between(-5, 60)).ofSizeBetween(0, 300))
        .checkAssert(
            (some, more) -> {
              CohortMetrics.DayCounts first = counts(some);
              first.addAll(counts(more));
              List<Integer> all = new java.util.ArrayList<>(some);
              all.addAll(more);

              assertThat(first.summary()).isEqualTo(DaySummary.of(all));
            });
  }

  @Test
  void counts_merged_with_themselves_count_every_case_twice() {
    CohortMetrics.DayCounts counts = counts(List.of(3, 1, 4, 1, 5));
    counts.addAll(counts);

    assertThat(counts.summary()).isEqualTo(DaySummary.of(List.of(3, 1, 4, 1, 5, 3, 1, 4, 1, 5)));
  }

  @Test
  void a_million_cases_of_a_few_hundred_day_counts_keep_a_few_hundred_entries() {
    CohortMetrics.DayCounts counts = new CohortMetrics.DayCounts();
    for (int i = 0; i < 1_000_000; i++) {
      counts.add(i % 365);
    }

    assertThat(counts.distinct()).isEqualTo(365);
    assertThat(counts.summary().count()).isEqualTo(1_000_000);
    assertThat(counts.summary().median()).contains(new java.math.BigDecimal("182.0"));
  }

  private static CohortMetrics.DayCounts counts(List<Integer> days) {
    CohortMetrics.DayCounts counts = new CohortMetrics.DayCounts();
    days.forEach(counts::add);
    return counts;
  }
}
