package org.restorative.core.metrics;

import org.immutables.value.Value;
import org.restorative.core.internal.Invariants;

/**
 * One step of a cohort's referral funnel (domain brief §7.6, §9): how many cases reached it, and
 * how many reached it having reached every earlier step too.
 *
 * <p>The two counts differ when records skip a step: an indirect process reaches agreement with no
 * meeting held, and a consent recorded before any preparation contact counts at consent but not at
 * contact. {@link #count()} is each step on its own (the numerator of the step's measure); {@link
 * #inOrder()} follows one path through the funnel, so it never grows from step to step.
 */
@Value.Immutable
public abstract class FunnelStep implements WithFunnelStep {

  FunnelStep() {}

  /**
   * The step.
   *
   * @return the stage of the funnel
   */
  public abstract FunnelStage stage();

  /**
   * Cases that reached this step, whatever they did at the others.
   *
   * @return the count
   */
  public abstract long count();

  /**
   * Cases that reached this step and every earlier one.
   *
   * @return the count, at most {@link #count()}
   */
  public abstract long inOrder();

  /**
   * Cases that reached every earlier step: the previous step's {@link #inOrder()}, or the referrals
   * for the first step.
   *
   * @return the count
   */
  public abstract long previousInOrder();

  /**
   * Every case of the cohort.
   *
   * @return the referrals
   */
  public abstract long referrals();

  /**
   * The step's count out of all referrals (intention to treat).
   *
   * @return {@link #count()} of {@link #referrals()}
   */
  public Proportion ofReferrals() {
    return Proportion.of(count(), referrals());
  }

  /**
   * The conversion from the previous step along the funnel's path.
   *
   * @return {@link #inOrder()} of {@link #previousInOrder()}
   */
  public Proportion conversion() {
    return Proportion.of(inOrder(), previousInOrder());
  }

  @Value.Check
  void check() {
    Invariants.require(inOrder() >= 0, "funnel step inOrder must not be negative");
    Invariants.require(
        inOrder() <= count() && count() <= referrals(),
        "funnel step counts must satisfy inOrder <= count <= referrals");
    Invariants.require(
        inOrder() <= previousInOrder() && previousInOrder() <= referrals(),
        "funnel step counts must satisfy inOrder <= previousInOrder <= referrals");
  }

  /** Builds a {@link FunnelStep}. */
  public static final class Builder extends ImmutableFunnelStep.Builder {
    /** An empty builder. */
    public Builder() {}
  }
}
