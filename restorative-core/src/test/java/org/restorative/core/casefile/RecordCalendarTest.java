package org.restorative.core.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A record holds the years 0001 to 9999, ends included, and nothing beyond them. */
class RecordCalendarTest {

  @Test
  void a_record_holds_moments_from_the_first_instant_of_0001_to_the_last_of_9999() {
    assertThat(RecordCalendar.holds(RecordCalendar.EARLIEST_MOMENT)).isTrue();
    assertThat(RecordCalendar.holds(RecordCalendar.LATEST_MOMENT)).isTrue();
    assertThat(RecordCalendar.holds(RecordCalendar.EARLIEST_MOMENT.minus(Duration.ofNanos(1))))
        .isFalse();
    assertThat(RecordCalendar.holds(RecordCalendar.LATEST_MOMENT.plus(Duration.ofNanos(1))))
        .isFalse();
    assertThat(RecordCalendar.holds(Instant.MIN)).isFalse();
    assertThat(RecordCalendar.holds(Instant.MAX)).isFalse();
  }

  @Test
  void a_record_holds_days_from_the_first_of_0001_to_the_last_of_9999() {
    assertThat(RecordCalendar.holds(RecordCalendar.FIRST_DAY)).isTrue();
    assertThat(RecordCalendar.holds(RecordCalendar.LAST_DAY)).isTrue();
    assertThat(RecordCalendar.holds(RecordCalendar.FIRST_DAY.minusDays(1))).isFalse();
    assertThat(RecordCalendar.holds(RecordCalendar.LAST_DAY.plusDays(1))).isFalse();
    assertThat(RecordCalendar.holds(LocalDate.MIN)).isFalse();
    assertThat(RecordCalendar.holds(LocalDate.MAX)).isFalse();
  }
}
