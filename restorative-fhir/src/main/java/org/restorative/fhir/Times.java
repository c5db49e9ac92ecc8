package org.restorative.fhir;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.InstantType;
import org.restorative.core.casefile.RecordCalendar;

/**
 * The moments, dates and months of a case as a Bundle writes them, each with its JSON Pointer. FHIR
 * R4's {@code instant}, {@code dateTime} and {@code date} hold the years 0001 to 9999 of ISO 8601's
 * proleptic Gregorian calendar, as the case-record format does; a value outside them is refused
 * with a {@link FhirUnwritableValueException} at its pointer, and the Bundle is never returned.
 *
 * <p>The text is made here by {@code java.time}, and HAPI is given the text, not a {@link
 * java.util.Date}: HAPI formats a Date in the Julian calendar before 15 October 1582, so that
 * {@code 1500-03-01T12:00:00Z} came out as {@code 1500-02-20}, and a Date cannot hold {@link
 * Instant#MIN} or {@link Instant#MAX} at all. {@link Reading} reads the text back the same way.
 */
final class Times {

  private Times() {}

  static final String MOMENTS = "moments in the years 0001 to 9999 (UTC)";

  static final String DATES = "dates in the years 0001 to 9999";

  static final String MONTHS = "months in the years 0000 to 10000";

  /** A moment to the second, in UTC, as the Bundle has always written it ({@code +00:00}). */
  private static final DateTimeFormatter TO_THE_SECOND =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'+00:00'").withZone(ZoneOffset.UTC);

  /** A moment to the millisecond, in UTC: a FHIR dateTime holds no finer precision in HAPI. */
  private static final DateTimeFormatter TO_THE_MILLISECOND =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'+00:00'").withZone(ZoneOffset.UTC);

  /**
   * A moment as a FHIR dateTime in UTC: to the second, or to the millisecond when it has a fraction
   * of a second (a finer fraction is cut to the millisecond).
   *
   * @param at the moment
   * @param path its JSON Pointer, for the exception
   * @throws FhirUnwritableValueException if the moment is outside the years 0001 to 9999
   */
  static DateTimeType dateTime(Instant at, String path) {
    return new DateTimeType(text(at, path));
  }

  /** A moment as a FHIR instant, written as {@link #dateTime} writes it. */
  static InstantType instant(Instant at, String path) {
    return new InstantType(text(at, path));
  }

  private static String text(Instant at, String path) {
    if (!RecordCalendar.holds(at)) {
      throw new FhirUnwritableValueException(path, MOMENTS);
    }
    return at.truncatedTo(ChronoUnit.SECONDS).equals(at)
        ? TO_THE_SECOND.format(at)
        : TO_THE_MILLISECOND.format(at);
  }

  /**
   * A date as a FHIR date.
   *
   * @throws FhirUnwritableValueException if the date is outside the years 0001 to 9999
   */
  static DateType date(LocalDate day, String path) {
    return new DateType(text(day, path));
  }

  /** A date as a FHIR dateTime of day precision, where the element is a dateTime (a Period's). */
  static DateTimeType dayAsDateTime(LocalDate day, String path) {
    return new DateTimeType(text(day, path));
  }

  private static String text(LocalDate day, String path) {
    if (!RecordCalendar.holds(day)) {
      throw new FhirUnwritableValueException(path, DATES);
    }
    return day.toString();
  }

  /**
   * A month of a pseudonymised view as a FHIR dateTime of month precision. The view takes its
   * months in a zone, so a moment of the years 0001 to 9999 in UTC can fall in December of year
   * 0000 or January of year 10000 there, which the pseudonymised form holds and FHIR does not: such
   * a month is written as the nearest month FHIR holds, January 0001 or December 9999.
   *
   * @throws FhirUnwritableValueException if the month is outside the years 0000 to 10000, which no
   *     view of a case record holds
   */
  static DateTimeType month(YearMonth month, String path) {
    if (month.getYear() < 0 || month.getYear() > 10_000) {
      throw new FhirUnwritableValueException(path, MONTHS);
    }
    YearMonth written =
        month.getYear() == 0
            ? YearMonth.of(1, 1)
            : month.getYear() == 10_000 ? YearMonth.of(9999, 12) : month;
    return new DateTimeType(written.toString());
  }
}
