package org.restorative.core.party;

/**
 * The level of restorative practice training a facilitator holds, in the order of the RJC's
 * practitioner register (domain brief §3.7; RJC Practitioner Code of Practice B and D).
 */
public enum TrainingLevel {
  /** Foundation level. */
  FOUNDATION(6),
  /** Intermediate level. */
  INTERMEDIATE(12),
  /** Advanced level. */
  ADVANCED(16);

  private final int annualCpdHours;

  TrainingLevel(int annualCpdHours) {
    this.annualCpdHours = annualCpdHours;
  }

  /**
   * Whether this level is the given level or above it.
   *
   * @param level the level required
   * @return true when this level is at or above {@code level}
   */
  public boolean isAtLeast(TrainingLevel level) {
    return compareTo(level) >= 0;
  }

  /**
   * The hours of continuing professional development a practitioner at this level does each year,
   * at least half of them RJC-approved (RJC Practitioner Code of Practice D).
   *
   * @return 6 for foundation, 12 for intermediate, 16 for advanced
   */
  public int annualCpdHours() {
    return annualCpdHours;
  }
}
