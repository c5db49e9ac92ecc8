package org.restorative.core.archfixture;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * A deliberately bad class: it takes a day from a moment and moves it with {@code java.time}
 * directly, which throws at the ends of the range. Used to prove the rule can fail.
 */
public final class DayAfterRecord {

  private DayAfterRecord() {}

  /**
   * The day after the day a moment falls on, which throws for {@link Instant#MAX}.
   *
   * @param moment the moment
   * @return the day after
   */
  public static LocalDate dayAfter(Instant moment) {
    return LocalDate.ofInstant(moment, ZoneOffset.UTC).plusDays(1);
  }
}
