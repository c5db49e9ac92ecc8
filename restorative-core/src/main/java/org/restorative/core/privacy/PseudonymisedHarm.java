package org.restorative.core.privacy;

import java.time.YearMonth;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.restorative.core.harm.HarmContext;
import org.restorative.core.harm.HarmType;
import org.restorative.core.harm.LegalStatus;
import org.restorative.core.harm.SensitiveFlag;
import org.restorative.core.harm.Setting;
import org.restorative.core.harm.Severity;

/**
 * A harm in a {@link PseudonymisedCase}: its codes and the month it happened, without its narrative,
 * its external references or the people involved.
 */
@Value.Immutable
public abstract class PseudonymisedHarm implements WithPseudonymisedHarm {

  PseudonymisedHarm() {}

  /**
   * Who harmed whom, in the brief's categories (§2.1).
   *
   * @return the context
   */
  public abstract HarmContext context();

  /**
   * Where it happened.
   *
   * @return the setting
   */
  public abstract Setting setting();

  /**
   * The kinds of harm.
   *
   * @return the harm types
   */
  public abstract Set<HarmType> types();

  /**
   * The graded severity, when recorded.
   *
   * @return the severity
   */
  public abstract Optional<Severity> severity();

  /**
   * The flags that make the case sensitive (special category: kept because research needs them).
   *
   * @return the sensitive flags
   */
  public abstract Set<SensitiveFlag> sensitiveFlags();

  /**
   * The legal status of the harm (criminal offence data: kept because research needs it).
   *
   * @return the legal status
   */
  public abstract LegalStatus legalStatus();

  /**
   * The month the harm began, in the zone the case was pseudonymised for; never the day.
   *
   * @return the month of occurrence
   */
  public abstract YearMonth occurredIn();

  /** Builds a {@link PseudonymisedHarm}. */
  public static final class Builder extends ImmutablePseudonymisedHarm.Builder {
    /** An empty builder. */
    public Builder() {}
  }
}
