package org.restorative.core.archfixture;

import java.time.Instant;
import java.util.UUID;

/** A deliberately bad class: it reads the clock and randomness. Used to prove the rule can fail. */
public final class ClockReadingRecord {

  private ClockReadingRecord() {}

  /**
   * Stamps a record with the current time and a random id, which core must never do.
   *
   * @return a stamp
   */
  public static String stamp() {
    return Instant.now() + "/" + UUID.randomUUID();
  }
}
