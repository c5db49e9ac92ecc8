package org.restorative.core.casefile;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The calendar a case record holds: the years 0001 to 9999, moments in UTC, as ISO 8601 writes them
 * with four digits and as FHIR R4's {@code instant}, {@code dateTime} and {@code date} allow. The
 * model itself holds any date or instant {@code java.time} does; every writer of a case (the JSON
 * case record, the FHIR Bundle, the research tables) refuses a value outside this calendar, and
 * every reader refuses to read one.
 */
public final class RecordCalendar {

  private RecordCalendar() {}

  /** The earliest moment a record holds: the first instant of year 0001, in UTC. */
  public static final Instant EARLIEST_MOMENT = Instant.parse("0001-01-01T00:00:00Z");

  /** The latest moment a record holds: the last nanosecond of year 9999, in UTC. */
  public static final Instant LATEST_MOMENT = Instant.parse("9999-12-31T23:59:59.999999999Z");

  /** The first day a record holds: 1 January 0001. */
  public static final LocalDate FIRST_DAY = LocalDate.of(1, 1, 1);

  /** The last day a record holds: 31 December 9999. */
  public static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

  /**
   * Whether a record holds a moment: from {@link #EARLIEST_MOMENT} to {@link #LATEST_MOMENT}.
   *
   * @param moment the moment
   * @return true if it lies in the years 0001 to 9999, in UTC
   */
  public static boolean holds(Instant moment) {
    return !moment.isBefore(EARLIEST_MOMENT) && !moment.isAfter(LATEST_MOMENT);
  }

  /**
   * Whether a record holds a day: from {@link #FIRST_DAY} to {@link #LAST_DAY}.
   *
   * @param day the day
   * @return true if it lies in the years 0001 to 9999
   */
  public static boolean holds(LocalDate day) {
    return day.getYear() >= 1 && day.getYear() <= 9999;
  }
}
