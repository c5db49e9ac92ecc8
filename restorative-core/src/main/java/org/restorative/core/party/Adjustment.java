package org.restorative.core.party;

import java.util.Optional;
import org.immutables.value.Value;
import org.restorative.core.internal.Invariants;

/**
 * A reasonable adjustment agreed with a participant, such as visual aids, simple language, shorter
 * sessions, an afternoon appointment, an interpreter booked or an online option (domain brief §3.2,
 * §3.4; MCA s3(2), RJDORSET-ACCESS).
 */
@Value.Immutable
public abstract class Adjustment implements WithAdjustment {

  Adjustment() {}

  /**
   * The kind of adjustment.
   *
   * @return the type
   */
  public abstract AdjustmentType type();

  /**
   * What exactly was agreed, such as "appointments after 2pm".
   *
   * @return the detail, non-blank when present
   */
  @Value.Redacted
  public abstract Optional<String> detail();

  /**
   * An adjustment without further detail.
   *
   * @param type the kind of adjustment
   * @return the adjustment
   */
  public static Adjustment of(AdjustmentType type) {
    return new Builder().type(type).build();
  }

  /**
   * An adjustment with its detail.
   *
   * @param type the kind of adjustment
   * @param detail what exactly was agreed
   * @return the adjustment
   */
  public static Adjustment of(AdjustmentType type, String detail) {
    return new Builder().type(type).detail(detail).build();
  }

  @Value.Check
  void check() {
    Invariants.nonBlank(detail(), "adjustment detail");
  }

  /** Builds an {@link Adjustment}. */
  public static final class Builder extends ImmutableAdjustment.Builder {
    /** An empty builder. */
    public Builder() {}
  }
}
