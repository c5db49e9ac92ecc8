package org.restorative.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.party.PartyRole;
import org.restorative.core.synthetic.SyntheticCases;

/**
 * {@link CohortMetrics.Tally#merge}: a synthetic cohort cut into parts at arbitrary points, one
 * tally per part, merged in any order or shape, counts exactly what one tally fed every case
 * counts.
 */
class TallyMergeTest {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  /** The cases cut before each of the given indexes, in order; some parts may be empty. */
  private static List<List<RestorativeCase>> cut(
      List<RestorativeCase> cases, int parts, long seed) {
    Random random = new Random(seed);
    TreeSet<Integer> cuts = new TreeSet<>();
    for (int i = 1; i < parts; i++) {
      cuts.add(random.nextInt(cases.size() + 1));
    }
    List<List<RestorativeCase>> split = new ArrayList<>();
    int from = 0;
    for (int to : cuts) {
      split.add(cases.subList(from, to));
      from = to;
    }
    split.add(cases.subList(from, cases.size()));
    return split;
  }

  private static List<CohortMetrics.Tally> tallies(List<List<RestorativeCase>> parts) {
    List<CohortMetrics.Tally> tallies = new ArrayList<>();
    for (List<RestorativeCase> part : parts) {
      tallies.add(CohortMetrics.tally(LONDON).addAll(part));
    }
    return tallies;
  }

  /** Merges pairwise, as the reduce step of a cluster would, until one tally is left. */
  private static CohortMetrics.Tally mergeAsATree(List<CohortMetrics.Tally> tallies) {
    List<CohortMetrics.Tally> level = new ArrayList<>(tallies);
    while (level.size() > 1) {
      List<CohortMetrics.Tally> next = new ArrayList<>();
      for (int i = 0; i < level.size(); i += 2) {
        next.add(i + 1 < level.size() ? level.get(i).merge(level.get(i + 1)) : level.get(i));
      }
      level = next;
    }
    return level.get(0);
  }

  /** Every figure, read through the public API, then the whole value. */
  private static void assertSameMeasures(CohortMetrics merged, CohortMetrics whole) {
    assertThat(merged.zone()).isEqualTo(whole.zone());
    assertThat(merged.referrals()).isEqualTo(whole.referrals());
    for (StandardMetric metric : StandardMetric.values()) {
      switch (metric.kind()) {
        case PROPORTION ->
            assertThat(merged.proportion(metric))
                .as("%s", metric)
                .isEqualTo(whole.proportion(metric));
        case DAYS -> {
          DaySummary mine = merged.days(metric);
          DaySummary theirs = whole.days(metric);
          assertThat(mine).as("%s", metric).isEqualTo(theirs);
          assertThat(mine.count()).as("%s count", metric).isEqualTo(theirs.count());
          assertThat(mine.total()).as("%s total", metric).isEqualTo(theirs.total());
          assertThat(mine.median()).as("%s median", metric).isEqualTo(theirs.median());
          assertThat(mine.mean()).as("%s mean", metric).isEqualTo(theirs.mean());
          assertThat(mine.min()).as("%s min", metric).isEqualTo(theirs.min());
          assertThat(mine.max()).as("%s max", metric).isEqualTo(theirs.max());
        }
        case BY_ROLE -> {
          assertThat(merged.proportion(metric))
              .as("%s", metric)
              .isEqualTo(whole.proportion(metric));
          for (PartyRole role : PartyRole.values()) {
            assertThat(merged.byRole(metric).get(role))
                .as("%s %s", metric, role)
                .isEqualTo(whole.byRole(metric).get(role));
          }
        }
      }
    }
    assertThat(merged.funnel()).hasSameSizeAs(whole.funnel());
    for (int i = 0; i < whole.funnel().size(); i++) {
      FunnelStep mine = merged.funnel().get(i);
      FunnelStep theirs = whole.funnel().get(i);
      assertThat(mine.stage()).isEqualTo(theirs.stage());
      assertThat(mine.count()).as("%s count", theirs.stage()).isEqualTo(theirs.count());
      assertThat(mine.inOrder()).as("%s in order", theirs.stage()).isEqualTo(theirs.inOrder());
      assertThat(mine.previousInOrder())
          .as("%s previous", theirs.stage())
          .isEqualTo(theirs.previousInOrder());
      assertThat(mine.referrals()).isEqualTo(theirs.referrals());
      assertThat(mine).isEqualTo(theirs);
    }
    assertThat(merged).isEqualTo(whole).hasSameHashCodeAs(whole);
  }

  @Test
  void tallies_of_the_parts_of_a_cohort_merged_in_any_order_count_what_one_tally_counts() {
    qt().withFixedSeed(CohortMetricsPropertiesTest.FIXED_SEED)
        .withExamples(50)
        .forAll(
            longs().between(0, 100_000),
            integers().between(0, 90),
            integers().between(1, 7),
            longs().all())
        .checkAssert(
            (seed, size, parts, cutSeed) -> {
              List<RestorativeCase> cases = SyntheticCases.seeded(seed).cohort(size).toList();
              CohortMetrics whole = CohortMetrics.tally(LONDON).addAll(cases).result();
              List<List<RestorativeCase>> split = cut(cases, parts, cutSeed);

              List<CohortMetrics.Tally> shuffled = tallies(split);
              Collections.shuffle(shuffled, new Random(cutSeed));
              CohortMetrics.Tally folded = CohortMetrics.tally(LONDON);
              for (CohortMetrics.Tally part : shuffled) {
                assertThat(folded.merge(part)).isSameAs(folded);
              }
              assertThat(folded.count()).isEqualTo((long) size);
              assertSameMeasures(folded.result(), whole);

              List<CohortMetrics.Tally> reversed = tallies(split);
              Collections.reverse(reversed);
              assertSameMeasures(mergeAsATree(reversed).result(), whole);
            });
  }

  @Test
  void a_merged_tally_goes_on_counting_as_if_it_had_been_fed_every_case() {
    qt().withFixedSeed(CohortMetricsPropertiesTest.FIXED_SEED)
        .withExamples(30)
        .forAll(longs().between(0, 100_000), integers().between(0, 60), integers().between(0, 60))
        .checkAssert(
            (seed, first, second) -> {
              List<RestorativeCase> cases = SyntheticCases.seeded(seed).cohort(60).toList();
              int cut = Math.min(first, second);
              int next = Math.max(first, second);
              CohortMetrics.Tally tally = CohortMetrics.tally(LONDON).addAll(cases.subList(0, cut));
              CohortMetrics.Tally other =
                  CohortMetrics.tally(LONDON).addAll(cases.subList(cut, next));
              tally.merge(other).addAll(cases.subList(next, cases.size()));
              assertSameMeasures(tally.result(), CohortMetrics.of(cases, LONDON));
            });
  }

  @Test
  void merging_an_empty_tally_changes_nothing_and_leaves_the_other_tally_as_it_was() {
    qt().withFixedSeed(CohortMetricsPropertiesTest.FIXED_SEED)
        .withExamples(30)
        .forAll(longs().between(0, 100_000), integers().between(0, 60))
        .checkAssert(
            (seed, size) -> {
              List<RestorativeCase> cases = SyntheticCases.seeded(seed).cohort(size).toList();
              CohortMetrics whole = CohortMetrics.of(cases, LONDON);
              CohortMetrics.Tally tally = CohortMetrics.tally(LONDON).addAll(cases);
              CohortMetrics.Tally empty = CohortMetrics.tally(LONDON);
              assertSameMeasures(tally.merge(empty).result(), whole);
              assertSameMeasures(empty.result(), CohortMetrics.empty(LONDON));
              assertSameMeasures(CohortMetrics.tally(LONDON).merge(tally).result(), whole);
              assertSameMeasures(tally.result(), whole);
            });
  }

  @Test
  void a_tally_merged_with_itself_counts_every_case_twice() {
    List<RestorativeCase> cases = SyntheticCases.seeded(7).cohort(40).toList();
    CohortMetrics.Tally tally = CohortMetrics.tally(LONDON).addAll(cases);
    List<RestorativeCase> twice = new ArrayList<>(cases);
    twice.addAll(cases);
    assertSameMeasures(tally.merge(tally).result(), CohortMetrics.of(twice, LONDON));
  }

  @Test
  void a_tally_of_another_time_zone_is_refused_without_naming_either_zone() {
    CohortMetrics.Tally london =
        CohortMetrics.tally(LONDON).addAll(SyntheticCases.seeded(3).cohort(5).toList());
    CohortMetrics before = london.result();
    CohortMetrics.Tally paris = CohortMetrics.tally(ZoneId.of("Europe/Paris"));
    assertThatThrownBy(() -> london.merge(paris))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a tally merges only a tally counted in the same time zone")
        .message()
        .doesNotContain("Europe", "London", "Paris");
    assertThat(london.result()).isEqualTo(before);
  }
}
