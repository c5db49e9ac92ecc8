package org.restorative.core.consent;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The functional test of capacity: whether the person can understand, retain, use or weigh the
 * relevant information and communicate their decision (domain brief §4.5, MCA 2005 s3(1)). A limb
 * not yet considered is absent.
 */
@Value.Immutable
public abstract class FunctionalTest implements WithFunctionalTest {

  FunctionalTest() {}

  /**
   * A functional test in which the person was found able on all four limbs, with no notes.
   *
   * @return the test
   */
  public static FunctionalTest ableOnEveryLimb() {
    LimbFinding able = LimbFinding.of(Ability.ABLE);
    return new Builder().understand(able).retain(able).useOrWeigh(able).communicate(able).build();
  }

  /**
   * Understanding the relevant information, explained in an appropriate way (s3(1)(a), s3(2)).
   *
   * @return the finding, if the limb was considered
   */
  public abstract Optional<LimbFinding> understand();

  /**
   * Retaining the information, if only briefly (s3(1)(b), s3(3)).
   *
   * @return the finding, if the limb was considered
   */
  public abstract Optional<LimbFinding> retain();

  /**
   * Using or weighing the information as part of deciding (s3(1)(c)).
   *
   * @return the finding, if the limb was considered
   */
  public abstract Optional<LimbFinding> useOrWeigh();

  /**
   * Communicating the decision by any means (s3(1)(d)).
   *
   * @return the finding, if the limb was considered
   */
  public abstract Optional<LimbFinding> communicate();

  /**
   * The finding on one limb.
   *
   * @param limb the limb
   * @return the finding, if the limb was considered
   */
  public Optional<LimbFinding> finding(FunctionalLimb limb) {
    return switch (limb) {
      case UNDERSTAND -> understand();
      case RETAIN -> retain();
      case USE_OR_WEIGH -> useOrWeigh();
      case COMMUNICATE -> communicate();
    };
  }

  /**
   * The limbs on which the person was found unable; rule 14 asks a lack of capacity to name them.
   *
   * @return the failed limbs, in statutory order; empty when none failed
   */
  public Set<FunctionalLimb> failedLimbs() {
    Set<FunctionalLimb> failed = EnumSet.noneOf(FunctionalLimb.class);
    for (FunctionalLimb limb : FunctionalLimb.values()) {
      if (finding(limb).map(LimbFinding::isUnable).orElse(false)) {
        failed.add(limb);
      }
    }
    return Collections.unmodifiableSet(failed);
  }

  /**
   * Whether all four limbs were considered.
   *
   * @return true when every limb has a finding
   */
  public boolean isComplete() {
    for (FunctionalLimb limb : FunctionalLimb.values()) {
      if (finding(limb).isEmpty()) {
        return false;
      }
    }
    return true;
  }

  /** Builds a {@link FunctionalTest}. */
  public static final class Builder extends ImmutableFunctionalTest.Builder {
    /** An empty builder. */
    public Builder() {}
  }
}
