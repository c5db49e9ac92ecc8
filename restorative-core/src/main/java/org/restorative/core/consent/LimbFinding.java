package org.restorative.core.consent;

import java.util.Optional;
import org.immutables.value.Value;
import org.restorative.core.internal.Invariants;

/**
 * The finding on one limb of the functional test, with the evidence for it (domain brief §4.5, MCA
 * 2005 s3(1)).
 */
@Value.Immutable
public abstract class LimbFinding implements WithLimbFinding {

  LimbFinding() {}

  /**
   * Whether the person was able to do what the limb asks.
   *
   * @return the ability
   */
  public abstract Ability ability();

  /**
   * What the assessor saw or heard that supports the finding, in free text.
   *
   * @return the evidence, if recorded
   */
  @Value.Redacted
  public abstract Optional<String> evidence();

  /**
   * A finding without evidence text.
   *
   * @param ability the finding
   * @return the limb finding
   */
  public static LimbFinding of(Ability ability) {
    return new Builder().ability(ability).build();
  }

  /**
   * A finding with its evidence.
   *
   * @param ability the finding
   * @param evidence the evidence, in free text
   * @return the limb finding
   */
  public static LimbFinding of(Ability ability, String evidence) {
    return new Builder().ability(ability).evidence(evidence).build();
  }

  /**
   * Whether the person was found unable on this limb.
   *
   * @return true when the ability is {@link Ability#UNABLE}
   */
  public boolean isUnable() {
    return ability() == Ability.UNABLE;
  }

  @Value.Check
  void check() {
    Invariants.nonBlank(evidence(), "limb finding evidence");
  }

  /** Builds a {@link LimbFinding}. */
  public static final class Builder extends ImmutableLimbFinding.Builder {
    /** An empty builder. */
    public Builder() {}
  }
}
