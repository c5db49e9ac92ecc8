package org.restorative.core.harm;

import java.util.Arrays;
import java.util.Optional;
import org.immutables.value.Value;
import org.restorative.core.internal.Invariants;

/**
 * How severe a harm was, graded on a named scale (domain brief §2.4). Trusts use different scales,
 * so the scale is always recorded with the grade: the Duty of Candour scale of regulation 20
 * [DUTY-CANDOUR], the NRLS grading of patient safety incidents, or a trust's own local scale.
 *
 * <p>For the two named scales the grade is the name of a constant of {@link DutyOfCandourGrade} or
 * {@link NrlsGrade}; use {@link #dutyOfCandour(DutyOfCandourGrade)} and {@link #nrls(NrlsGrade)}.
 * For a local scale the grade is the trust's own code; use {@link #local(String, String)}.
 */
@Value.Immutable
public abstract class HarmSeverity implements WithHarmSeverity {

  HarmSeverity() {}

  /**
   * The scale the grade is on.
   *
   * @return the scale
   */
  public abstract SeverityScale scale();

  /**
   * The grade: the constant's name for the Duty of Candour and NRLS scales, the trust's own code
   * for a local scale.
   *
   * @return the grade
   */
  public abstract String grade();

  /**
   * The name of the trust's local scale.
   *
   * @return the local scale's name, present exactly when the scale is {@link SeverityScale#LOCAL}
   */
  public abstract Optional<String> localScale();

  /**
   * A grade on the Duty of Candour scale [DUTY-CANDOUR].
   *
   * @param grade the grade
   * @return the severity
   */
  public static HarmSeverity dutyOfCandour(DutyOfCandourGrade grade) {
    return new Builder().scale(SeverityScale.DUTY_OF_CANDOUR_REG20).grade(grade.name()).build();
  }

  /**
   * A grade on the NRLS scale for patient safety incidents.
   *
   * @param grade the grade
   * @return the severity
   */
  public static HarmSeverity nrls(NrlsGrade grade) {
    return new Builder().scale(SeverityScale.NRLS_GRADING).grade(grade.name()).build();
  }

  /**
   * A grade on a trust's local scale.
   *
   * @param scale the local scale's name
   * @param grade the grade on that scale
   * @return the severity
   */
  public static HarmSeverity local(String scale, String grade) {
    return new Builder().scale(SeverityScale.LOCAL).localScale(scale).grade(grade).build();
  }

  /**
   * The grade as a Duty of Candour grade.
   *
   * @return the grade, present exactly when the scale is {@link
   *     SeverityScale#DUTY_OF_CANDOUR_REG20}
   */
  public Optional<DutyOfCandourGrade> dutyOfCandourGrade() {
    return scale() == SeverityScale.DUTY_OF_CANDOUR_REG20
        ? Optional.of(DutyOfCandourGrade.valueOf(grade()))
        : Optional.empty();
  }

  /**
   * The grade as an NRLS grade.
   *
   * @return the grade, present exactly when the scale is {@link SeverityScale#NRLS_GRADING}
   */
  public Optional<NrlsGrade> nrlsGrade() {
    return scale() == SeverityScale.NRLS_GRADING
        ? Optional.of(NrlsGrade.valueOf(grade()))
        : Optional.empty();
  }

  /**
   * Whether the harm reaches the Duty of Candour threshold of moderate harm or above
   * [DUTY-CANDOUR]: a Duty of Candour grade other than {@link DutyOfCandourGrade#BELOW_THRESHOLD},
   * or an NRLS grade of moderate, severe or death. A local grade cannot be mapped, so it never
   * counts; record the Duty of Candour decision on the harm instead.
   *
   * @return true when a named scale's grade reaches the threshold
   */
  public boolean meetsDutyOfCandourThreshold() {
    return dutyOfCandourGrade().map(DutyOfCandourGrade::meetsThreshold).orElse(false)
        || nrlsGrade().map(NrlsGrade::meetsDutyOfCandourThreshold).orElse(false);
  }

  @Value.Check
  void check() {
    Invariants.nonBlank(grade(), "severity grade");
    Invariants.nonBlank(localScale(), "severity localScale");
    boolean isLocal = scale() == SeverityScale.LOCAL;
    Invariants.require(
        localScale().isPresent() == isLocal,
        "severity localScale must be set exactly when scale is LOCAL");
    if (scale() == SeverityScale.DUTY_OF_CANDOUR_REG20) {
      Invariants.require(
          isConstantOf(DutyOfCandourGrade.values(), grade()),
          "severity grade must be a DutyOfCandourGrade when scale is DUTY_OF_CANDOUR_REG20");
    }
    if (scale() == SeverityScale.NRLS_GRADING) {
      Invariants.require(
          isConstantOf(NrlsGrade.values(), grade()),
          "severity grade must be an NrlsGrade when scale is NRLS_GRADING");
    }
  }

  private static boolean isConstantOf(Enum<?>[] constants, String name) {
    return Arrays.stream(constants).anyMatch(c -> c.name().equals(name));
  }

  /** Builds a {@link HarmSeverity}. */
  public static final class Builder extends ImmutableHarmSeverity.Builder {
    /** An empty builder. */
    public Builder() {}
  }
}
