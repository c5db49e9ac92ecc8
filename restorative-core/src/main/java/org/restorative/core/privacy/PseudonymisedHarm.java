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
import org.restorative.core.harm.SeverityScale;

/**
 * A harm in a {@link PseudonymisedCase}: its codes and the month it happened, without its
 * narrative, its external references, the people involved or a trust's own (free-text) severity
 * grade.
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
   * The scale the harm's severity is graded on, when it is graded.
   *
   * @return the scale
   */
  public abstract Optional<SeverityScale> severityScale();

  /**
   * The severity's grade when it is graded on a national scale ({@link
   * SeverityScale#DUTY_OF_CANDOUR_REG20} or {@link SeverityScale#NRLS_GRADING}): one of that
   * scale's codes. Empty on a trust's {@link SeverityScale#LOCAL} scale, whose grades and scale
   * name are the trust's own free text ({@link Sensitivity#PERSONAL}), never carried into a
   * pseudonymised case.
   *
   * @return the grade's code
   */
  public abstract Optional<String> severityGrade();

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
