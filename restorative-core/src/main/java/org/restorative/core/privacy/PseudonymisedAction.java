package org.restorative.core.privacy;

import java.util.Optional;
import org.immutables.value.Value;
import org.restorative.core.internal.Invariants;
import org.restorative.core.outcome.ActionStatus;
import org.restorative.core.outcome.ActionType;

/**
 * An action of an outcome agreement in a {@link PseudonymisedCase}: its type, status and owner (a
 * party's pseudonym or an organisational post, or neither when the action names no owner yet). No
 * description, no evidence, no dates.
 */
@Value.Immutable
public abstract class PseudonymisedAction implements WithPseudonymisedAction {

  PseudonymisedAction() {}

  /**
   * The kind of action.
   *
   * @return the type
   */
  public abstract ActionType type();

  /**
   * Where the action has got to.
   *
   * @return the status
   */
  public abstract ActionStatus status();

  /**
   * The pseudonym of the party who owns the action.
   *
   * @return the pseudonym, present only when a party owns the action
   */
  public abstract Optional<String> ownerPseudonym();

  /**
   * The organisational post that owns the action, such as "Ward manager" (a post, not a person).
   *
   * @return the role, present only when a role owns the action
   */
  public abstract Optional<String> ownerRole();

  @Value.Check
  void check() {
    Invariants.require(
        ownerPseudonym().isEmpty() || ownerRole().isEmpty(),
        "pseudonymised action must name at most one of ownerPseudonym and ownerRole");
    Invariants.nonBlank(ownerPseudonym(), "pseudonymised action ownerPseudonym");
    Invariants.nonBlank(ownerRole(), "pseudonymised action ownerRole");
  }

  /** Builds a {@link PseudonymisedAction}. */
  public static final class Builder extends ImmutablePseudonymisedAction.Builder {
    /** An empty builder. */
    public Builder() {}
  }
}
