package org.restorative.core.party;

import java.math.BigDecimal;
import org.immutables.value.Value;
import org.restorative.core.internal.Invariants;

/**
 * A facilitator's continuing professional development in one year (domain brief §3.7; RJC
 * Practitioner Code of Practice D: foundation 6 hours, intermediate 12, advanced 16, at least half
 * RJC-approved; see {@link TrainingLevel#annualCpdHours()}).
 *
 * <p>Hours are decimals, so that half hours can be recorded; equality compares them as {@link
 * BigDecimal#equals(Object)} does, scale included.
 */
@Value.Immutable
public abstract class CpdRecord implements WithCpdRecord {

  CpdRecord() {}

  /**
   * The calendar year.
   *
   * @return the year, from 1900 to 9999
   */
  public abstract int year();

  /**
   * The hours of CPD done in the year.
   *
   * @return the hours, not negative
   */
  public abstract BigDecimal hours();

  /**
   * The part of {@link #hours()} that was RJC-approved.
   *
   * @return the approved hours, not negative and not more than {@link #hours()}
   */
  public abstract BigDecimal rjcApprovedHours();

  /**
   * A year's CPD.
   *
   * @param year the calendar year
   * @param hours the hours done
   * @param rjcApprovedHours the RJC-approved part of them
   * @return the record
   */
  public static CpdRecord of(int year, BigDecimal hours, BigDecimal rjcApprovedHours) {
    return new Builder().year(year).hours(hours).rjcApprovedHours(rjcApprovedHours).build();
  }

  @Value.Check
  void check() {
    Invariants.inRange(year(), 1900, 9999, "cpd record year");
    Invariants.require(hours().signum() >= 0, "cpd record hours must not be negative");
    Invariants.require(
        rjcApprovedHours().signum() >= 0, "cpd record rjcApprovedHours must not be negative");
    Invariants.require(
        rjcApprovedHours().compareTo(hours()) <= 0,
        "cpd record rjcApprovedHours must not be more than hours");
  }

  /** Builds a {@link CpdRecord}. */
  public static final class Builder extends ImmutableCpdRecord.Builder {
    /** An empty builder. */
    public Builder() {}
  }
}
