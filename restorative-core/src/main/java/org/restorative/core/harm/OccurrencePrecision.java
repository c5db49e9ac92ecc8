package org.restorative.core.harm;

/**
 * How precisely the time of a harm is known (domain brief §2.3 {@code occurredAt}, practice
 * consensus [PC]).
 */
public enum OccurrencePrecision {
  /** The moment is known exactly, for example from the incident report. */
  EXACT,
  /** The day is known, not the time. */
  DAY,
  /** Only the month is known. */
  MONTH,
  /** The time is an approximation, for example of harm that went on over a period. */
  APPROXIMATE
}
