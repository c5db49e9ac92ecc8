package org.restorative.core.metrics;

/**
 * Where a case's outcome agreement stands, read from its current agreements (domain brief §7.4):
 * still in force, or ended completed, partly completed or not completed. See {@link
 * StandardMetric#AGREEMENT_COMPLETED} for the exact reading.
 */
public enum AgreementFulfilment {
  /** The agreement is still being carried out, or its outcome is not recorded. */
  IN_FORCE,
  /** Every current agreement was completed. */
  COMPLETED,
  /** The agreements ended with some actions done and some not. */
  PARTIALLY_COMPLETED,
  /** Every current agreement ended not completed. */
  NOT_COMPLETED;

  /**
   * Whether the agreement has come to an end, so that it counts in the fulfilment denominator.
   *
   * @return true for every state except {@link #IN_FORCE}
   */
  public boolean hasEnded() {
    return this != IN_FORCE;
  }
}
