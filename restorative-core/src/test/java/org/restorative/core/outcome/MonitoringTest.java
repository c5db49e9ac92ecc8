package org.restorative.core.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.restorative.core.outcome.OutcomeFixtures.RP_LEAD;
import static org.restorative.core.outcome.OutcomeFixtures.WARD_MANAGER;
import static org.restorative.core.outcome.OutcomeFixtures.aMonthlyReviewByTheLead;
import static org.restorative.core.outcome.OutcomeFixtures.attributesThatDiffer;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MonitoringTest {

  private static final LocalDate APRIL_REVIEW = LocalDate.of(2025, 4, 12);
  private static final LocalDate MAY_REVIEW = LocalDate.of(2025, 5, 12);
  private static final LocalDate JUNE_REVIEW = LocalDate.of(2025, 6, 12);

  @Test
  void the_restorative_practice_lead_reviews_the_agreement_monthly() {
    Monitoring monitoring = aMonthlyReviewByTheLead();
    assertThat(monitoring.monitor()).isEqualTo(PartyOrRole.role(RP_LEAD));
    assertThat(monitoring.method()).isEqualTo(MonitoringMethod.REVIEW_MEETING);
    assertThat(monitoring.reviewDates()).containsExactly(APRIL_REVIEW, MAY_REVIEW, JUNE_REVIEW);
  }

  @Test
  void the_next_review_is_the_first_on_or_after_the_day() {
    Monitoring monitoring = aMonthlyReviewByTheLead();
    assertThat(monitoring.nextReviewOn(LocalDate.of(2025, 3, 12))).contains(APRIL_REVIEW);
    assertThat(monitoring.nextReviewOn(APRIL_REVIEW)).contains(APRIL_REVIEW);
    assertThat(monitoring.nextReviewOn(APRIL_REVIEW.plusDays(1))).contains(MAY_REVIEW);
    assertThat(monitoring.nextReviewOn(JUNE_REVIEW.plusDays(1))).isEmpty();
  }

  @Test
  void monitoring_without_review_dates_has_no_next_review() {
    Monitoring monitoring =
        new Monitoring.Builder()
            .monitor(PartyOrRole.role(WARD_MANAGER))
            .method(MonitoringMethod.CHECK_IN_WITH_PARTIES)
            .build();
    assertThat(monitoring.reviewDates()).isEmpty();
    assertThat(monitoring.nextReviewOn(APRIL_REVIEW)).isEmpty();
  }

  @Test
  void handing_monitoring_to_the_ward_manager_changes_only_the_monitor() {
    Monitoring before = aMonthlyReviewByTheLead();
    Monitoring after = before.withMonitor(PartyOrRole.role(WARD_MANAGER));
    assertThat(after.monitor()).isEqualTo(PartyOrRole.role(WARD_MANAGER));
    assertThat(attributesThatDiffer(before, after)).containsExactly("monitor");
  }

  @Test
  void changing_the_method_changes_only_the_method() {
    Monitoring before = aMonthlyReviewByTheLead();
    Monitoring after = before.withMethod(MonitoringMethod.CHECK_IN_WITH_PARTIES);
    assertThat(attributesThatDiffer(before, after)).containsExactly("method");
  }

  @Test
  void the_same_monitoring_arranged_twice_is_equal() {
    assertThat(aMonthlyReviewByTheLead())
        .isEqualTo(aMonthlyReviewByTheLead())
        .hasSameHashCodeAs(aMonthlyReviewByTheLead())
        .isNotEqualTo(aMonthlyReviewByTheLead().withReviewDates(APRIL_REVIEW));
  }

  @Test
  void review_dates_must_be_in_date_order() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> aMonthlyReviewByTheLead().withReviewDates(MAY_REVIEW, APRIL_REVIEW))
        .withMessageContaining("monitoring reviewDates")
        .withMessageNotContaining("2025");
  }

  @Test
  void a_review_date_must_not_be_repeated() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> aMonthlyReviewByTheLead().withReviewDates(MAY_REVIEW, MAY_REVIEW))
        .withMessageContaining("monitoring reviewDates")
        .withMessageNotContaining("2025");
  }
}
