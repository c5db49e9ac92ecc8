package org.restorative.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.synthetic.SyntheticCases;

/**
 * A trust may set any window, interval or threshold of time that is not negative, however long: one
 * that reaches beyond the dates an instant or a date can hold is checked as one that reaches back
 * (or on) past every date a record can hold, instead of making the rules throw.
 */
class PolicyBeyondTheCalendarTest {

  static final Instant AS_OF = Instant.parse("2030-01-01T00:00:00Z");

  /** Ten thousand years: longer than any span between two dates a record holds (0001 to 9999). */
  static final Duration CALENDAR_LONG_WINDOW = Duration.ofDays(3_660_000);

  static final Period CALENDAR_LONG_PERIOD = Period.ofYears(10_000);

  /** Each setting of time, with a value beyond the calendar and one as long as the calendar. */
  enum Setting {
    CONSENT_RECONFIRMATION_WINDOW((b, d) -> b.consentReconfirmationWindow(d), (b, p) -> b),
    CAPACITY_REASSESSMENT_WINDOW((b, d) -> b.capacityReassessmentWindow(d), (b, p) -> b),
    SUPERVISION_INTERVAL((b, d) -> b, (b, p) -> b.supervisionInterval(p)),
    OBSERVED_PRACTICE_INTERVAL((b, d) -> b, (b, p) -> b.observedPracticeInterval(p)),
    PROPORTIONALITY_DURATION_THRESHOLD(
        (b, d) -> b, (b, p) -> b.proportionalityDurationThreshold(p));

    final BiFunction<Policy.Builder, Duration, Policy.Builder> window;
    final BiFunction<Policy.Builder, Period, Policy.Builder> period;

    Setting(
        BiFunction<Policy.Builder, Duration, Policy.Builder> window,
        BiFunction<Policy.Builder, Period, Policy.Builder> period) {
      this.window = window;
      this.period = period;
    }

    Policy policy(Duration window, Period period) {
      return this.period.apply(this.window.apply(new Policy.Builder(), window), period).build();
    }
  }

  @ParameterizedTest
  @EnumSource(Setting.class)
  void a_setting_beyond_the_calendar_is_checked_as_one_as_long_as_the_calendar(Setting setting) {
    Policy beyond =
        setting.policy(Duration.ofSeconds(Long.MAX_VALUE), Period.ofYears(Integer.MAX_VALUE));
    Policy calendarLong = setting.policy(CALENDAR_LONG_WINDOW, CALENDAR_LONG_PERIOD);
    Policy none = setting.policy(Duration.ZERO, Period.ZERO);
    boolean settingCounts = false;

    for (RestorativeCase c : cases()) {
      List<String> calendarLongFindings =
          findings(RuleSet.standard().check(c, calendarLong, AS_OF));
      assertThat(findings(RuleSet.standard().check(c, beyond, AS_OF)))
          .as("case %s", c.id())
          .isEqualTo(calendarLongFindings);
      settingCounts |=
          !findings(RuleSet.standard().check(c, none, AS_OF)).equals(calendarLongFindings);
    }
    assertThat(settingCounts).as("the cohort has a case the setting changes").isTrue();
  }

  /**
   * A synthetic cohort, and a held meeting attended by a patient whose capacity fluctuates, which
   * the capacity window judges.
   */
  static List<RestorativeCase> cases() {
    RestorativeCase held = ConsentCapacityFixtures.aHeldMeetingWithADoubtedCapacityPatient();
    RestorativeCase fluctuating =
        held.withCapacityAssessments(
            held.capacityAssessments().stream()
                .map(a -> a.hasCapacity() ? a.withFluctuating(true) : a)
                .toList());
    List<RestorativeCase> cases = new ArrayList<>(SyntheticCases.seeded(3).cohort(300).toList());
    cases.add(fluctuating);
    return cases;
  }

  /** Each violation's code and JSON Pointer, in the report's order. */
  static List<String> findings(Report report) {
    return report.violations().stream()
        .map(v -> v.code() + " " + v.path())
        .collect(Collectors.toList());
  }
}
