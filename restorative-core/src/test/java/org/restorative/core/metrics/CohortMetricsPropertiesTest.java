package org.restorative.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.party.PartyRole;
import org.restorative.core.synthetic.SyntheticCases;

/**
 * Properties of the measures of synthetic cohorts (fixed seeds): the counts hold together, and the
 * order the cases are added in does not change the result.
 */
class CohortMetricsPropertiesTest {

  static final long FIXED_SEED = 20_260_314L;
  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  /** A synthetic cohort: a seed and a size, drawn by QuickTheories. */
  record Cohort(long seed, int size) {
    List<RestorativeCase> cases() {
      return SyntheticCases.seeded(seed).cohort(size).toList();
    }
  }

  static final Gen<Cohort> COHORTS =
      longs().between(0, 100_000).zip(integers().between(0, 60), Cohort::new);

  private static long numerator(CohortMetrics metrics, StandardMetric metric) {
    return metrics.proportion(metric).numerator();
  }

  private static long denominator(CohortMetrics metrics, StandardMetric metric) {
    return metrics.proportion(metric).denominator();
  }

  @Test
  void the_funnel_narrows_when_the_generator_records_every_step_before_the_next() {
    qt().withFixedSeed(FIXED_SEED)
        .withExamples(60)
        .forAll(COHORTS)
        .checkAssert(
            cohort -> {
              CohortMetrics metrics = CohortMetrics.of(cohort.cases(), LONDON);
              long referrals = metrics.referrals();
              long contacted = numerator(metrics, StandardMetric.CONTACT_MADE);
              long consented = numerator(metrics, StandardMetric.CONSENT_OBTAINED);
              long met = numerator(metrics, StandardMetric.MEETING_HELD);
              assertThat(referrals).isEqualTo(cohort.size());
              assertThat(met).isLessThanOrEqualTo(consented);
              assertThat(consented).isLessThanOrEqualTo(contacted);
              assertThat(contacted).isLessThanOrEqualTo(referrals);
              List<FunnelStep> funnel = metrics.funnel();
              // The generator never skips contact, consent or meeting, so the path equals the
              // counts.
              for (int i = 0; i <= FunnelStage.MEETING.ordinal(); i++) {
                assertThat(funnel.get(i).inOrder()).isEqualTo(funnel.get(i).count());
              }
              for (int i = 1; i < funnel.size(); i++) {
                assertThat(funnel.get(i).previousInOrder()).isEqualTo(funnel.get(i - 1).inOrder());
              }
            });
  }

  @Test
  void the_measures_that_divide_the_referrals_add_up_to_the_referrals() {
    qt().withFixedSeed(FIXED_SEED)
        .withExamples(60)
        .forAll(COHORTS)
        .checkAssert(
            cohort -> {
              CohortMetrics metrics = CohortMetrics.of(cohort.cases(), LONDON);
              long referrals = metrics.referrals();
              assertThat(
                      numerator(metrics, StandardMetric.CLOSED_COMPLETED)
                          + numerator(metrics, StandardMetric.CLOSED_PARTIAL)
                          + numerator(metrics, StandardMetric.CLOSED_NOT_PROCEEDING)
                          + numerator(metrics, StandardMetric.CLOSED_WITHDRAWN)
                          + numerator(metrics, StandardMetric.OPEN))
                  .isEqualTo(referrals);
              assertThat(
                      numerator(metrics, StandardMetric.PROCESS_DIRECT)
                          + numerator(metrics, StandardMetric.PROCESS_INDIRECT)
                          + numerator(metrics, StandardMetric.PROCESS_NONE))
                  .isEqualTo(referrals);
              long ended = denominator(metrics, StandardMetric.AGREEMENT_COMPLETED);
              assertThat(
                      numerator(metrics, StandardMetric.AGREEMENT_COMPLETED)
                          + numerator(metrics, StandardMetric.AGREEMENT_PARTIAL)
                          + numerator(metrics, StandardMetric.AGREEMENT_NOT_COMPLETED))
                  .isEqualTo(ended);
              assertThat(ended)
                  .isLessThanOrEqualTo(numerator(metrics, StandardMetric.AGREEMENT_REACHED));
              for (StandardMetric metric : StandardMetric.values()) {
                if (metric.kind() == MetricKind.PROPORTION
                    && metric.unit().equals("cases")
                    && metric.denominator().startsWith("referrals")) {
                  assertThat(denominator(metrics, metric)).as("%s", metric).isEqualTo(referrals);
                }
              }
            });
  }

  @Test
  void the_day_and_role_measures_agree_with_the_case_measures() {
    qt().withFixedSeed(FIXED_SEED)
        .withExamples(60)
        .forAll(COHORTS)
        .checkAssert(
            cohort -> {
              CohortMetrics metrics = CohortMetrics.of(cohort.cases(), LONDON);
              assertThat(metrics.days(StandardMetric.DAYS_REFERRAL_TO_INTERVENTION).count())
                  .isEqualTo(numerator(metrics, StandardMetric.INTERVENTION_DELIVERED));
              // Every synthetic harm is known exactly and precedes its referral.
              DaySummary incident = metrics.days(StandardMetric.DAYS_INCIDENT_TO_REFERRAL);
              assertThat(incident.count()).isEqualTo(metrics.referrals());
              incident.min().ifPresent(min -> assertThat(min).isGreaterThanOrEqualTo(0));
              for (StandardMetric metric : StandardMetric.values()) {
                if (metric.kind() != MetricKind.BY_ROLE) {
                  continue;
                }
                Proportion pooled = Proportion.of(0, 0);
                for (Map.Entry<PartyRole, Proportion> role : metrics.byRole(metric).entrySet()) {
                  pooled = pooled.plus(role.getValue());
                }
                assertThat(metrics.proportion(metric)).as("%s", metric).isEqualTo(pooled);
              }
              Proportion better = metrics.proportion(StandardMetric.FELT_BETTER_BY_ROLE);
              Proportion worse = metrics.proportion(StandardMetric.FELT_WORSE_BY_ROLE);
              assertThat(better.denominator()).isEqualTo(worse.denominator());
              assertThat(better.numerator() + worse.numerator())
                  .isLessThanOrEqualTo(better.denominator());
            });
  }

  @Test
  void the_order_the_cases_are_added_in_does_not_change_the_result() {
    qt().withFixedSeed(FIXED_SEED)
        .withExamples(40)
        .forAll(COHORTS, longs().all())
        .checkAssert(
            (cohort, shuffleSeed) -> {
              List<RestorativeCase> cases = cohort.cases();
              List<RestorativeCase> shuffled = new ArrayList<>(cases);
              Collections.shuffle(shuffled, new Random(shuffleSeed));
              List<RestorativeCase> reversed = new ArrayList<>(cases);
              Collections.reverse(reversed);
              CohortMetrics inOrder = CohortMetrics.of(cases, LONDON);
              assertThat(CohortMetrics.of(shuffled, LONDON))
                  .isEqualTo(inOrder)
                  .hasSameHashCodeAs(inOrder);
              assertThat(CohortMetrics.of(reversed, LONDON)).isEqualTo(inOrder);
            });
  }

  @Test
  void each_case_counts_in_the_cohort_exactly_as_its_flags_say() {
    qt().withFixedSeed(FIXED_SEED)
        .withExamples(30)
        .forAll(COHORTS)
        .checkAssert(
            cohort -> {
              List<RestorativeCase> cases = cohort.cases();
              CohortMetrics metrics = CohortMetrics.of(cases, LONDON);
              List<CaseFlags> flags = cases.stream().map(CaseFlags::of).toList();
              assertThat(numerator(metrics, StandardMetric.CONTACT_MADE))
                  .isEqualTo(flags.stream().filter(CaseFlags::contacted).count());
              assertThat(numerator(metrics, StandardMetric.CONSENT_OBTAINED))
                  .isEqualTo(flags.stream().filter(CaseFlags::consented).count());
              assertThat(numerator(metrics, StandardMetric.AGREEMENT_COMPLETED))
                  .isEqualTo(flags.stream().filter(CaseFlags::agreementFulfilled).count());
              assertThat(
                      numerator(metrics, StandardMetric.CLOSED_COMPLETED)
                          + numerator(metrics, StandardMetric.CLOSED_PARTIAL))
                  .isEqualTo(flags.stream().filter(CaseFlags::completed).count());
            });
  }
}
