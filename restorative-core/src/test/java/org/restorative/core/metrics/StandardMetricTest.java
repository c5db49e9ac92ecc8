package org.restorative.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every standard measure is defined in full, once. */
class StandardMetricTest {

  @Test
  void the_measures_the_issue_asks_for_are_all_defined() {
    assertThat(StandardMetric.values())
        .extracting(Enum::name)
        .contains(
            "REFERRALS",
            "CONTACT_MADE",
            "CONSENT_OBTAINED",
            "PROCESS_DIRECT",
            "PROCESS_INDIRECT",
            "PROCESS_NONE",
            "MEETING_HELD",
            "AGREEMENT_REACHED",
            "AGREEMENT_COMPLETED",
            "AGREEMENT_PARTIAL",
            "AGREEMENT_NOT_COMPLETED",
            "CLOSED_COMPLETED",
            "CLOSED_PARTIAL",
            "CLOSED_NOT_PROCEEDING",
            "CLOSED_WITHDRAWN",
            "OPEN",
            "DAYS_INCIDENT_TO_REFERRAL",
            "DAYS_REFERRAL_TO_INTERVENTION",
            "SATISFIED_BY_ROLE",
            "WOULD_RECOMMEND_BY_ROLE",
            "FELT_BETTER_BY_ROLE",
            "FELT_WORSE_BY_ROLE");
  }

  @Test
  void every_measure_has_a_title_a_definition_a_numerator_and_a_denominator() {
    for (StandardMetric metric : StandardMetric.values()) {
      assertThat(
              List.of(
                  metric.title(), metric.definition(), metric.numerator(), metric.denominator()))
          .as("%s", metric)
          .allSatisfy(text -> assertThat(text).isNotBlank());
      assertThat(metric.unit()).isIn("cases", "actions", "evaluations");
      assertThat(metric.definition()).as("%s ends as a sentence", metric).endsWith(".");
    }
  }

  @Test
  void titles_are_unique() {
    Set<String> titles = new HashSet<>();
    Arrays.stream(StandardMetric.values()).forEach(m -> assertThat(titles.add(m.title())).isTrue());
  }

  @Test
  void the_kind_of_a_measure_follows_its_name() {
    for (StandardMetric metric : StandardMetric.values()) {
      MetricKind expected =
          metric.name().startsWith("DAYS_")
              ? MetricKind.DAYS
              : metric.name().endsWith("_BY_ROLE") ? MetricKind.BY_ROLE : MetricKind.PROPORTION;
      assertThat(metric.kind()).as("%s", metric).isEqualTo(expected);
      if (expected == MetricKind.BY_ROLE) {
        assertThat(metric.unit()).isEqualTo("evaluations");
        assertThat(metric.denominator()).contains("per role");
      }
    }
  }

  @Test
  void every_case_progress_measure_is_over_all_referrals() {
    for (StandardMetric metric :
        List.of(
            StandardMetric.CONTACT_MADE,
            StandardMetric.CONSENT_OBTAINED,
            StandardMetric.PROCESS_DIRECT,
            StandardMetric.PROCESS_INDIRECT,
            StandardMetric.PROCESS_NONE,
            StandardMetric.MEETING_HELD,
            StandardMetric.INTERVENTION_DELIVERED,
            StandardMetric.AGREEMENT_REACHED,
            StandardMetric.CLOSED_COMPLETED,
            StandardMetric.CLOSED_PARTIAL,
            StandardMetric.CLOSED_NOT_PROCEEDING,
            StandardMetric.CLOSED_WITHDRAWN,
            StandardMetric.OPEN)) {
      assertThat(metric.denominator()).as("%s", metric).isEqualTo("referrals (all cases)");
    }
  }

  @Test
  void the_satisfaction_measure_names_its_denominator_as_the_brief_asks() {
    assertThat(StandardMetric.SATISFIED_BY_ROLE.definition())
        .contains(
            "`completedProcess`", "`COMPLETED`", "`SATISFIED`", "`VERY_SATISFIED`", "`roleAtTime`");
  }
}
