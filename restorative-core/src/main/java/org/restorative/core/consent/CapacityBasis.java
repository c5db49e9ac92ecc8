package org.restorative.core.consent;

import java.util.Optional;
import org.immutables.value.Value;
import org.restorative.core.internal.Invariants;

/**
 * Why a consent treats the person as having capacity to give it: presumed, or assessed with the
 * assessment named (domain brief §4.3; MCA 2005 s1(2), rules 11 and 12).
 */
@Value.Immutable
public abstract class CapacityBasis implements WithCapacityBasis {

  CapacityBasis() {}

  /**
   * Whether capacity was presumed or assessed.
   *
   * @return the type of basis
   */
  public abstract CapacityBasisType type();

  /**
   * The capacity assessment relied on.
   *
   * @return the assessment, present exactly when the type is {@link
   *     CapacityBasisType#ASSESSED_HAS_CAPACITY}
   */
  public abstract Optional<CapacityAssessmentId> assessment();

  /**
   * Capacity presumed, there being no reason to doubt it (MCA 2005 s1(2)).
   *
   * @return the basis
   */
  public static CapacityBasis presumed() {
    return new Builder().type(CapacityBasisType.PRESUMED_NO_REASON_TO_DOUBT).build();
  }

  /**
   * Capacity established by an assessment that found the person has capacity.
   *
   * @param assessment the assessment
   * @return the basis
   */
  public static CapacityBasis assessed(CapacityAssessmentId assessment) {
    return new Builder()
        .type(CapacityBasisType.ASSESSED_HAS_CAPACITY)
        .assessment(assessment)
        .build();
  }

  @Value.Check
  void check() {
    Invariants.require(
        assessment().isPresent() == (type() == CapacityBasisType.ASSESSED_HAS_CAPACITY),
        "capacity basis assessment must be present exactly when type is ASSESSED_HAS_CAPACITY");
  }

  /** Builds a {@link CapacityBasis}. */
  public static final class Builder extends ImmutableCapacityBasis.Builder {
    /** An empty builder. */
    public Builder() {}
  }
}
