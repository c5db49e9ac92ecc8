package org.restorative.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.restorative.core.metrics.MetricsFixtures.HARMED;
import static org.restorative.core.metrics.MetricsFixtures.RESPONSIBLE;
import static org.restorative.core.metrics.MetricsFixtures.aReferral;
import static org.restorative.core.metrics.MetricsFixtures.anAnsweredEvaluation;
import static org.restorative.core.metrics.MetricsFixtures.anUnansweredEvaluation;
import static org.restorative.core.metrics.MetricsFixtures.at;
import static org.restorative.core.metrics.MetricsFixtures.inStage;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.casefile.Stage;
import org.restorative.core.outcome.EvaluationUptake;
import org.restorative.core.outcome.FeltAfter;
import org.restorative.core.outcome.Satisfaction;
import org.restorative.core.party.PartyId;
import org.restorative.core.party.PartyRole;

/**
 * The measures of the seven hand-counted cases of {@link HandCountedCohort}, every numerator and
 * denominator worked out on paper; the satisfaction figure with a known answer; days on known
 * dates; the empty cohort.
 */
class CohortMetricsTest {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  private static CohortMetrics handCounted() {
    return CohortMetrics.of(HandCountedCohort.all(), LONDON);
  }

  private static Proportion p(long numerator, long denominator) {
    return Proportion.of(numerator, denominator);
  }

  @Test
  void every_case_measure_of_the_hand_counted_cohort_matches_the_count_on_paper() {
    CohortMetrics metrics = handCounted();

    assertThat(metrics.referrals()).isEqualTo(7);
    assertThat(metrics.proportion(StandardMetric.REFERRALS)).isEqualTo(p(7, 7));
    assertThat(metrics.proportion(StandardMetric.CONTACT_MADE)).isEqualTo(p(5, 7));
    assertThat(metrics.proportion(StandardMetric.CONSENT_OBTAINED)).isEqualTo(p(4, 7));
    assertThat(metrics.proportion(StandardMetric.PROCESS_DIRECT)).isEqualTo(p(4, 7));
    assertThat(metrics.proportion(StandardMetric.PROCESS_INDIRECT)).isEqualTo(p(1, 7));
    assertThat(metrics.proportion(StandardMetric.PROCESS_NONE)).isEqualTo(p(2, 7));
    assertThat(metrics.proportion(StandardMetric.MEETING_HELD)).isEqualTo(p(3, 7));
    assertThat(metrics.proportion(StandardMetric.INTERVENTION_DELIVERED)).isEqualTo(p(4, 7));
    assertThat(metrics.proportion(StandardMetric.AGREEMENT_REACHED)).isEqualTo(p(4, 7));
    assertThat(metrics.proportion(StandardMetric.AGREEMENT_COMPLETED)).isEqualTo(p(1, 3));
    assertThat(metrics.proportion(StandardMetric.AGREEMENT_PARTIAL)).isEqualTo(p(1, 3));
    assertThat(metrics.proportion(StandardMetric.AGREEMENT_NOT_COMPLETED)).isEqualTo(p(1, 3));
    assertThat(metrics.proportion(StandardMetric.ACTIONS_COMPLETED)).isEqualTo(p(3, 5));
  }

  @Test
  void each_closure_outcome_is_counted_and_with_the_open_cases_they_make_up_the_referrals() {
    CohortMetrics metrics = handCounted();

    assertThat(metrics.proportion(StandardMetric.CLOSED_COMPLETED)).isEqualTo(p(1, 7));
    assertThat(metrics.proportion(StandardMetric.CLOSED_PARTIAL)).isEqualTo(p(1, 7));
    assertThat(metrics.proportion(StandardMetric.CLOSED_NOT_PROCEEDING)).isEqualTo(p(1, 7));
    assertThat(metrics.proportion(StandardMetric.CLOSED_WITHDRAWN)).isEqualTo(p(1, 7));
    assertThat(metrics.proportion(StandardMetric.OPEN)).isEqualTo(p(3, 7));
  }

  @Test
  void a_case_at_closure_or_paused_is_still_open() {
    CohortMetrics metrics =
        CohortMetrics.of(
            List.of(
                inStage(aReferral("case-closure"), Stage.CLOSURE).build(),
                inStage(aReferral("case-paused"), Stage.PAUSED).build()),
            LONDON);

    assertThat(metrics.proportion(StandardMetric.OPEN)).isEqualTo(p(2, 2));
  }

  @Test
  void the_funnel_counts_each_step_alone_and_along_the_path() {
    List<FunnelStep> funnel = handCounted().funnel();

    assertThat(funnel).extracting(FunnelStep::stage).containsExactly(FunnelStage.values());
    assertThat(funnel).extracting(FunnelStep::count).containsExactly(7L, 5L, 4L, 3L, 4L, 1L);
    assertThat(funnel).extracting(FunnelStep::inOrder).containsExactly(7L, 5L, 4L, 3L, 3L, 1L);
    assertThat(funnel)
        .extracting(FunnelStep::previousInOrder)
        .containsExactly(7L, 7L, 5L, 4L, 3L, 3L);
    assertThat(funnel.get(4).ofReferrals()).isEqualTo(p(4, 7));
    assertThat(funnel.get(5).conversion()).isEqualTo(p(1, 3));
  }

  @Test
  void satisfaction_and_the_other_evaluation_measures_are_counted_per_role_at_the_time() {
    CohortMetrics metrics = handCounted();

    Map<PartyRole, Proportion> answered =
        metrics.byRole(StandardMetric.EVALUATION_COMPLETED_BY_ROLE);
    assertThat(answered.get(PartyRole.PERSON_HARMED)).isEqualTo(p(2, 2));
    assertThat(answered.get(PartyRole.PERSON_RESPONSIBLE)).isEqualTo(p(2, 3));
    assertThat(answered.get(PartyRole.SUPPORTER)).isEqualTo(p(1, 1));

    Map<PartyRole, Proportion> satisfied = metrics.byRole(StandardMetric.SATISFIED_BY_ROLE);
    assertThat(satisfied.get(PartyRole.PERSON_HARMED)).isEqualTo(p(1, 2));
    assertThat(satisfied.get(PartyRole.PERSON_RESPONSIBLE)).isEqualTo(p(0, 2));
    assertThat(satisfied.get(PartyRole.SUPPORTER)).isEqualTo(p(1, 1));
    assertThat(metrics.proportion(StandardMetric.SATISFIED_BY_ROLE)).isEqualTo(p(2, 5));

    Map<PartyRole, Proportion> recommend = metrics.byRole(StandardMetric.WOULD_RECOMMEND_BY_ROLE);
    assertThat(recommend.get(PartyRole.PERSON_HARMED)).isEqualTo(p(1, 2));
    assertThat(recommend.get(PartyRole.PERSON_RESPONSIBLE)).isEqualTo(p(0, 2));
    assertThat(recommend.get(PartyRole.SUPPORTER)).isEqualTo(p(1, 1));

    Map<PartyRole, Proportion> better = metrics.byRole(StandardMetric.FELT_BETTER_BY_ROLE);
    assertThat(better.get(PartyRole.PERSON_HARMED)).isEqualTo(p(1, 2));
    assertThat(better.get(PartyRole.PERSON_RESPONSIBLE)).isEqualTo(p(0, 2));
    assertThat(better.get(PartyRole.SUPPORTER)).isEqualTo(p(1, 1));

    Map<PartyRole, Proportion> worse = metrics.byRole(StandardMetric.FELT_WORSE_BY_ROLE);
    assertThat(worse.get(PartyRole.PERSON_HARMED)).isEqualTo(p(1, 2));
    assertThat(worse.get(PartyRole.PERSON_RESPONSIBLE)).isEqualTo(p(1, 2));
    assertThat(worse.get(PartyRole.SUPPORTER)).isEqualTo(p(0, 1));
  }

  @Test
  void every_role_is_listed_in_order_and_a_role_nobody_held_is_none_of_none() {
    Map<PartyRole, Proportion> satisfied = handCounted().byRole(StandardMetric.SATISFIED_BY_ROLE);

    assertThat(satisfied.keySet()).containsExactly(PartyRole.values());
    assertThat(satisfied.get(PartyRole.SECOND_VICTIM)).isEqualTo(p(0, 0));
    assertThat(satisfied.get(PartyRole.SECOND_VICTIM).rate()).isEmpty();
  }

  @Test
  void seventeen_of_twenty_victims_who_completed_the_process_satisfied_is_eighty_five_percent() {
    List<RestorativeCase> cases = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      Satisfaction answer = i < 17 ? Satisfaction.SATISFIED : Satisfaction.NEUTRAL;
      cases.add(
          aReferral("case-victim-" + i)
              .addEvaluation(
                  anAnsweredEvaluation(
                      HARMED, PartyRole.PERSON_HARMED, answer, i < 15, FeltAfter.BETTER))
              .build());
    }
    for (int i = 0; i < 3; i++) {
      cases.add(
          aReferral("case-did-not-complete-" + i)
              .addEvaluation(
                  anAnsweredEvaluation(
                      HARMED,
                      PartyRole.PERSON_HARMED,
                      Satisfaction.VERY_SATISFIED,
                      true,
                      FeltAfter.BETTER,
                      false,
                      at("2026-04-01T10:00:00Z")))
              .build());
    }
    for (int i = 0; i < 2; i++) {
      cases.add(
          aReferral("case-declined-" + i)
              .addEvaluation(
                  anUnansweredEvaluation(
                      HARMED, PartyRole.PERSON_HARMED, EvaluationUptake.OFFERED_DECLINED, true))
              .build());
    }

    CohortMetrics metrics = CohortMetrics.of(cases, LONDON);
    Proportion victimsSatisfied =
        metrics.byRole(StandardMetric.SATISFIED_BY_ROLE).get(PartyRole.PERSON_HARMED);

    assertThat(victimsSatisfied).isEqualTo(p(17, 20));
    assertThat(victimsSatisfied.rate()).contains(new BigDecimal("0.8500"));
    assertThat(victimsSatisfied.percent()).contains(new BigDecimal("85.0"));
    assertThat(victimsSatisfied.display()).isEqualTo("17 of 20 (85.0%)");
    assertThat(metrics.byRole(StandardMetric.WOULD_RECOMMEND_BY_ROLE).get(PartyRole.PERSON_HARMED))
        .isEqualTo(p(15, 20));
    assertThat(
            metrics
                .byRole(StandardMetric.EVALUATION_COMPLETED_BY_ROLE)
                .get(PartyRole.PERSON_HARMED))
        .isEqualTo(p(20, 22));
  }

  @Test
  void harmed_roles_can_be_pooled_when_the_report_says_so() {
    RestorativeCase mutual =
        aReferral("case-mutual")
            .addEvaluation(
                anAnsweredEvaluation(
                    HARMED,
                    PartyRole.PERSON_HARMED,
                    Satisfaction.SATISFIED,
                    true,
                    FeltAfter.BETTER))
            .addEvaluation(
                anAnsweredEvaluation(
                    RESPONSIBLE,
                    PartyRole.SECOND_VICTIM,
                    Satisfaction.DISSATISFIED,
                    true,
                    FeltAfter.WORSE))
            .build();
    CohortMetrics metrics = CohortMetrics.of(List.of(mutual), LONDON);

    assertThat(
            metrics.pooled(
                StandardMetric.SATISFIED_BY_ROLE,
                EnumSet.of(PartyRole.PERSON_HARMED, PartyRole.SECOND_VICTIM)))
        .isEqualTo(p(1, 2));
    assertThat(metrics.pooled(StandardMetric.SATISFIED_BY_ROLE, EnumSet.of(PartyRole.SUPPORTER)))
        .isEqualTo(p(0, 0));
  }

  @Test
  void a_party_who_answered_twice_counts_once_with_their_latest_answer() {
    PartyId party = HARMED;
    RestorativeCase twice =
        aReferral("case-twice")
            .addEvaluation(
                anAnsweredEvaluation(
                    party,
                    PartyRole.PERSON_HARMED,
                    Satisfaction.VERY_SATISFIED,
                    true,
                    FeltAfter.BETTER,
                    true,
                    at("2026-05-02T10:00:00Z")))
            .addEvaluation(
                anAnsweredEvaluation(
                    party,
                    PartyRole.PERSON_HARMED,
                    Satisfaction.DISSATISFIED,
                    false,
                    FeltAfter.WORSE,
                    true,
                    at("2026-05-01T10:00:00Z")))
            .addEvaluation(
                anUnansweredEvaluation(
                    party, PartyRole.PERSON_HARMED, EvaluationUptake.OFFERED_NO_RESPONSE, true))
            .build();

    CohortMetrics metrics = CohortMetrics.of(List.of(twice), LONDON);

    assertThat(metrics.byRole(StandardMetric.SATISFIED_BY_ROLE).get(PartyRole.PERSON_HARMED))
        .isEqualTo(p(1, 1));
    assertThat(
            metrics
                .byRole(StandardMetric.EVALUATION_COMPLETED_BY_ROLE)
                .get(PartyRole.PERSON_HARMED))
        .isEqualTo(p(1, 1));
  }

  @Test
  void days_from_incident_to_referral_on_known_dates() {
    DaySummary days = handCounted().days(StandardMetric.DAYS_INCIDENT_TO_REFERRAL);

    // A 2, B 10, D 0 (London), G 1; C (month), E (approximate), F (harm not held) left out.
    assertThat(days.count()).isEqualTo(4);
    assertThat(days.total()).isEqualTo(13);
    assertThat(days.median()).contains(new BigDecimal("1.5"));
    assertThat(days.mean()).contains(new BigDecimal("3.3"));
    assertThat(days.min()).contains(0);
    assertThat(days.max()).contains(10);
  }

  @Test
  void days_are_calendar_days_in_the_zone_given() {
    DaySummary utc =
        CohortMetrics.of(HandCountedCohort.all(), ZoneOffset.UTC)
            .days(StandardMetric.DAYS_INCIDENT_TO_REFERRAL);

    // D's harm at 23:30 UTC on 31 March is 1 April in London but 31 March in UTC.
    assertThat(utc.total()).isEqualTo(14);
    assertThat(utc.min()).contains(1);
    assertThat(utc.median()).contains(new BigDecimal("1.5"));
    assertThat(utc.mean()).contains(new BigDecimal("3.5"));
    assertThat(CohortMetrics.empty().zone()).isEqualTo(LONDON);
    assertThat(CohortMetrics.tally().result().zone()).isEqualTo(LONDON);
  }

  @Test
  void days_from_referral_to_the_first_intervention_on_known_dates() {
    DaySummary days = handCounted().days(StandardMetric.DAYS_REFERRAL_TO_INTERVENTION);

    // A 17 (meeting), B 14 (letter), E 4 (meeting), G 4 (letter before the meeting).
    assertThat(days.count()).isEqualTo(4);
    assertThat(days.total()).isEqualTo(39);
    assertThat(days.median()).contains(new BigDecimal("9.0"));
    assertThat(days.mean()).contains(new BigDecimal("9.8"));
    assertThat(days.min()).contains(4);
    assertThat(days.max()).contains(17);
  }

  @Test
  void an_empty_cohort_counts_zero_of_zero_and_divides_by_nothing() {
    CohortMetrics empty = CohortMetrics.empty(LONDON);

    assertThat(empty.referrals()).isZero();
    for (StandardMetric metric : StandardMetric.values()) {
      if (metric.kind() == MetricKind.DAYS) {
        DaySummary days = empty.days(metric);
        assertThat(days.count()).isZero();
        assertThat(days.median()).isEmpty();
        assertThat(days.mean()).isEmpty();
        assertThat(days.min()).isEmpty();
        assertThat(days.max()).isEmpty();
      } else {
        assertThat(empty.proportion(metric)).isEqualTo(p(0, 0));
        assertThat(empty.proportion(metric).rate()).isEmpty();
        assertThat(empty.proportion(metric).percent()).isEmpty();
      }
      if (metric.kind() == MetricKind.BY_ROLE) {
        assertThat(empty.byRole(metric).values()).containsOnly(p(0, 0));
      }
    }
    assertThat(empty.funnel())
        .allSatisfy(
            step -> {
              assertThat(step.count()).isZero();
              assertThat(step.ofReferrals().rate()).isEmpty();
              assertThat(step.conversion().rate()).isEmpty();
            });
    assertThat(empty).isEqualTo(CohortMetrics.tally(LONDON).result());
  }

  @Test
  void asking_a_measure_the_wrong_question_names_the_measure() {
    CohortMetrics metrics = handCounted();

    assertThatIllegalArgumentException()
        .isThrownBy(() -> metrics.proportion(StandardMetric.DAYS_INCIDENT_TO_REFERRAL))
        .withMessageContaining("DAYS_INCIDENT_TO_REFERRAL");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> metrics.days(StandardMetric.CONTACT_MADE))
        .withMessageContaining("CONTACT_MADE");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> metrics.byRole(StandardMetric.MEETING_HELD))
        .withMessageContaining("MEETING_HELD");
  }

  @Test
  void the_tally_can_go_on_counting_after_a_result() {
    CohortMetrics.Tally tally = CohortMetrics.tally(LONDON);
    List<RestorativeCase> cases = HandCountedCohort.all();
    tally.addAll(cases.subList(0, 3));
    CohortMetrics early = tally.result();
    tally.addAll(cases.subList(3, cases.size()));

    assertThat(early.referrals()).isEqualTo(3);
    assertThat(tally.count()).isEqualTo(7);
    assertThat(tally.result()).isEqualTo(handCounted()).hasSameHashCodeAs(handCounted());
  }

  @Test
  void a_hundred_thousand_cases_are_counted_without_keeping_them() {
    List<RestorativeCase> seven = HandCountedCohort.all();
    CohortMetrics.Tally tally = CohortMetrics.tally(LONDON);
    for (int i = 0; i < 100_000; i++) {
      tally.add(seven.get(i % 7));
    }
    CohortMetrics metrics = tally.result();

    // 100,000 = 14,285 x 7 + 5: the first five cases (A to E) once more.
    assertThat(metrics.referrals()).isEqualTo(100_000);
    assertThat(metrics.proportion(StandardMetric.CLOSED_COMPLETED)).isEqualTo(p(14_286, 100_000));
    assertThat(metrics.days(StandardMetric.DAYS_REFERRAL_TO_INTERVENTION).count())
        .isEqualTo(4L * 14_285 + 3);
  }

  @Test
  void the_printed_measures_show_counts_only() {
    String printed = handCounted().toString();

    assertThat(printed).contains("referrals=7").doesNotContain("party-harmed");
  }
}
