package org.restorative.core.harm;

import java.util.Optional;
import org.immutables.value.Value;
import org.restorative.core.internal.Invariants;

/**
 * Whether the statutory Duty of Candour applies to a harm, and the reference of the notification
 * given to the person harmed (domain brief §2.3 {@code dutyOfCandourApplies} [DUTY-CANDOUR]). It
 * applies to notifiable safety incidents of moderate harm or above.
 */
@Value.Immutable
public abstract class DutyOfCandour implements WithDutyOfCandour {

  DutyOfCandour() {}

  /**
   * Whether the Duty of Candour applies.
   *
   * @return true when it applies
   */
  public abstract boolean applies();

  /**
   * The reference of the Duty of Candour notification, once given.
   *
   * @return the notification reference, only when the duty applies
   */
  public abstract Optional<String> notificationRef();

  /**
   * A decision whether the Duty of Candour applies, with no notification recorded yet.
   *
   * @param applies whether it applies
   * @return the decision
   */
  public static DutyOfCandour of(boolean applies) {
    return new Builder().applies(applies).build();
  }

  /**
   * The Duty of Candour applies and the notification was given.
   *
   * @param notificationRef the notification's reference
   * @return the decision
   */
  public static DutyOfCandour notifiedAs(String notificationRef) {
    return new Builder().applies(true).notificationRef(notificationRef).build();
  }

  /**
   * Whether the duty applies and the notification is recorded.
   *
   * @return true when the duty applies and a notification reference is present
   */
  public boolean isNotified() {
    return applies() && notificationRef().isPresent();
  }

  @Value.Check
  void check() {
    Invariants.nonBlank(notificationRef(), "dutyOfCandour notificationRef");
    Invariants.require(
        applies() || notificationRef().isEmpty(),
        "dutyOfCandour notificationRef must only be set when the duty applies");
  }

  /** Builds a {@link DutyOfCandour}. */
  public static final class Builder extends ImmutableDutyOfCandour.Builder {
    /** An empty builder. */
    public Builder() {}
  }
}
