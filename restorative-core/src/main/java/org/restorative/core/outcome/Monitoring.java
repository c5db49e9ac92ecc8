package org.restorative.core.outcome;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.restorative.core.internal.Invariants;

/**
 * How an outcome agreement as a whole is monitored: who monitors it, how, and on which dates it is
 * reviewed (domain brief §7.1, §7.5; RJC Service Provider Code A asks for procedures to monitor
 * implementation; SCOT-FW §24.1 asks that commitments are monitored and reviewed).
 */
@Value.Immutable
public abstract class Monitoring implements WithMonitoring {

  Monitoring() {}

  /**
   * Who monitors the agreement.
   *
   * @return a party or a named organisational role
   */
  public abstract PartyOrRole monitor();

  /**
   * How the agreement is monitored.
   *
   * @return the method
   */
  public abstract MonitoringMethod method();

  /**
   * The dates on which the agreement is reviewed.
   *
   * @return the review dates, earliest first, without repeats
   */
  public abstract List<LocalDate> reviewDates();

  /**
   * The first review on or after a date: the review still to come on that day.
   *
   * @param date the day asked about
   * @return the next review date, or empty when every review is before {@code date}
   */
  public Optional<LocalDate> nextReviewOn(LocalDate date) {
    return reviewDates().stream().filter(d -> !d.isBefore(date)).findFirst();
  }

  @Value.Check
  void check() {
    List<LocalDate> dates = reviewDates();
    for (int i = 1; i < dates.size(); i++) {
      Invariants.require(
          dates.get(i).isAfter(dates.get(i - 1)),
          "monitoring reviewDates must be in date order without repeats");
    }
  }

  /** Builds a {@link Monitoring}. */
  public static final class Builder extends ImmutableMonitoring.Builder {
    /** An empty builder. */
    public Builder() {}
  }
}
