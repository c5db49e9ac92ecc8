package org.restorative.core.internal;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.ZoneId;

/**
 * The calendar arithmetic of the rules, the metrics and the privacy views, kept within the range of
 * {@code java.time}: a day taken from a moment, the moment a day starts, a day or a moment moved by
 * a span. {@code java.time} throws {@link DateTimeException} for a result beyond the dates or
 * instants it holds, and a case built in code may hold any of them ({@link LocalDate#MAX} for a
 * leave without end, say), so each result beyond the range is the range's end on the same side
 * instead. An architecture test keeps this arithmetic here.
 *
 * <p>Not API: public only because several packages of core use it. Its package is not exported by
 * the {@code org.restorative.core} module, and an architecture test keeps every class outside core
 * from using it, so it can change in any release.
 */
public final class Dates {

  private Dates() {}

  /**
   * The day a moment falls on in a zone: {@link LocalDate#MIN} or {@link LocalDate#MAX} for a
   * moment beyond the dates a {@link LocalDate} holds (within a day of the ends of {@link
   * Instant}'s range).
   *
   * @param moment the moment
   * @param zone the zone
   * @return the day
   */
  public static LocalDate dateOf(Instant moment, ZoneId zone) {
    try {
      return LocalDate.ofInstant(moment, zone);
    } catch (DateTimeException beyondTheDates) {
      return moment.isBefore(Instant.EPOCH) ? LocalDate.MIN : LocalDate.MAX;
    }
  }

  /**
   * The month a moment falls in, in a zone: the month of {@link #dateOf}.
   *
   * @param moment the moment
   * @param zone the zone
   * @return the month
   */
  public static YearMonth monthOf(Instant moment, ZoneId zone) {
    LocalDate day = dateOf(moment, zone);
    return YearMonth.of(day.getYear(), day.getMonth());
  }

  /**
   * The moment a day starts in a zone (at the end of a gap in the zone's clock, when midnight falls
   * in one); {@link Instant#MIN} or {@link Instant#MAX} should the zone's offset take it beyond the
   * dates a date-time holds.
   *
   * @param day the day
   * @param zone the zone
   * @return the moment
   */
  public static Instant startOf(LocalDate day, ZoneId zone) {
    try {
      return day.atStartOfDay(zone).toInstant();
    } catch (DateTimeException beyondTheDates) {
      return day.isBefore(LocalDate.EPOCH) ? Instant.MIN : Instant.MAX;
    }
  }

  /**
   * The moment the day after a day starts in a zone: {@link Instant#MAX} after {@link
   * LocalDate#MAX}, which has no day after it.
   *
   * @param day the day
   * @param zone the zone
   * @return the moment
   */
  public static Instant startOfDayAfter(LocalDate day, ZoneId zone) {
    return day.equals(LocalDate.MAX) ? Instant.MAX : startOf(day.plusDays(1), zone);
  }

  /**
   * The moment a span before a moment: the moment less the span, or {@link Instant#MIN} when the
   * span reaches back further than an instant can go (a trust may set any window that is not
   * negative, and one longer than the calendar means "at any time before").
   *
   * @param moment the moment
   * @param span the span; not negative
   * @return the moment the span opens
   */
  public static Instant before(Instant moment, Duration span) {
    return span.compareTo(Duration.between(Instant.MIN, moment)) >= 0
        ? Instant.MIN
        : moment.minus(span);
  }

  /**
   * The day a period before a day: the day less the period, or {@link LocalDate#MIN} when the
   * period reaches back further than a date can go.
   *
   * @param day the day
   * @param period the period; not negative
   * @return the day
   */
  public static LocalDate before(LocalDate day, Period period) {
    try {
      return day.minus(period);
    } catch (DateTimeException | ArithmeticException beyondTheCalendar) {
      return LocalDate.MIN;
    }
  }

  /**
   * The day a period after a day: the day plus the period, or {@link LocalDate#MAX} when the period
   * reaches further than a date can go.
   *
   * @param day the day
   * @param period the period; not negative
   * @return the day
   */
  public static LocalDate after(LocalDate day, Period period) {
    try {
      return day.plus(period);
    } catch (DateTimeException | ArithmeticException beyondTheCalendar) {
      return LocalDate.MAX;
    }
  }
}
