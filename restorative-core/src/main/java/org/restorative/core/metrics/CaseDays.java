package org.restorative.core.metrics;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.harm.Harm;
import org.restorative.core.harm.HarmId;
import org.restorative.core.harm.OccurrencePrecision;
import org.restorative.core.internal.Dates;
import org.restorative.core.process.Meeting;
import org.restorative.core.process.MeetingStatus;
import org.restorative.core.process.Message;
import org.restorative.core.process.MessageStatus;

/**
 * The day counts of one case, as defined for {@link StandardMetric#DAYS_INCIDENT_TO_REFERRAL} and
 * {@link StandardMetric#DAYS_REFERRAL_TO_INTERVENTION} (domain brief §7.6: timing is critical in
 * forensic settings, IRP2024). Calendar days in the time zone given; nothing here reads the clock.
 */
public final class CaseDays {

  private CaseDays() {}

  /**
   * Calendar days from the incident to the referral: from the date of the latest-ending harm the
   * referral names to the date the referral was received.
   *
   * @param restorativeCase the case
   * @param zone the time zone the dates are read in
   * @return the days; empty when the referral names no harm held in the case, when the latest
   *     harm's time is known only to the month or approximately, or when the days are more than an
   *     {@code int} counts
   */
  public static Optional<Integer> incidentToReferral(RestorativeCase restorativeCase, ZoneId zone) {
    Optional<Harm> latest = Optional.empty();
    for (HarmId id : restorativeCase.referral().harms()) {
      Optional<Harm> harm = restorativeCase.harm(id);
      if (harm.isPresent()
          && (latest.isEmpty()
              || harm.get().occurred().latest().isAfter(latest.get().occurred().latest()))) {
        latest = harm;
      }
    }
    return latest
        .filter(CaseDays::knownToTheDay)
        .flatMap(
            harm ->
                daysBetween(
                    harm.occurred().latest(), restorativeCase.referral().receivedAt(), zone));
  }

  /**
   * Calendar days from the referral to the first intervention: the earliest start of a held meeting
   * or delivery of a message.
   *
   * @param restorativeCase the case
   * @param zone the time zone the dates are read in
   * @return the days; empty when no intervention took place, or when the days are more than an
   *     {@code int} counts
   */
  public static Optional<Integer> referralToIntervention(
      RestorativeCase restorativeCase, ZoneId zone) {
    return firstInterventionAt(restorativeCase)
        .flatMap(at -> daysBetween(restorativeCase.referral().receivedAt(), at, zone));
  }

  /**
   * The moment of the first intervention: the earliest start of a meeting in status HELD and
   * delivery of a message in status MESSAGE_DELIVERED.
   *
   * @param restorativeCase the case
   * @return the moment; empty when no intervention took place
   */
  public static Optional<Instant> firstInterventionAt(RestorativeCase restorativeCase) {
    Optional<Instant> first = Optional.empty();
    for (Meeting meeting : restorativeCase.meetings()) {
      if (meeting.status() == MeetingStatus.HELD) {
        first = earlier(first, meeting.startAt());
      }
    }
    for (Message message : restorativeCase.messages()) {
      if (message.status() == MessageStatus.MESSAGE_DELIVERED) {
        first = earlier(first, message.deliveredAt());
      }
    }
    return first;
  }

  private static Optional<Instant> earlier(Optional<Instant> current, Optional<Instant> candidate) {
    if (candidate.isEmpty()) {
      return current;
    }
    if (current.isEmpty() || candidate.get().isBefore(current.get())) {
      return candidate;
    }
    return current;
  }

  private static boolean knownToTheDay(Harm harm) {
    OccurrencePrecision precision = harm.occurred().precision();
    return precision == OccurrencePrecision.EXACT || precision == OccurrencePrecision.DAY;
  }

  /**
   * The calendar days between the days two moments fall on: empty when there are more than an
   * {@code int} counts, which only moments millions of years apart give (see {@link Dates#dateOf}
   * for moments beyond the dates a day holds).
   */
  private static Optional<Integer> daysBetween(Instant from, Instant to, ZoneId zone) {
    long days = ChronoUnit.DAYS.between(Dates.dateOf(from, zone), Dates.dateOf(to, zone));
    return days == (int) days ? Optional.of((int) days) : Optional.empty();
  }
}
