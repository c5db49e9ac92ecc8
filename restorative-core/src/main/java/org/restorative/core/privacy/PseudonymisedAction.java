package org.restorative.core.privacy;

import java.util.Optional;
import org.immutables.value.Value;
import org.restorative.core.Invariants;
import org.restorative.core.outcome.ActionStatus;
import org.restorative.core.outcome.ActionType;

/**
 * An action of an outcome agreement in a {@link PseudonymisedCase}: its type, status and owner (a
 * party's pseudonym or an organisational post). No description, no evidence, no dates.
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
   * @return the pseudonym, present exactly when no role owns it
   */
  public abstract Optional<String> ownerPseudonym();

  /**
   * The organisational post that owns the action, such as "Ward manager" (a post, not a person).
   *
   * @return the role, present exactly when no party owns it
   */
  public abstract Optional<String> ownerRole();

  @Value.Check
  void check() {
    Invariants.require(
        ownerPseudonym().isPresent() != ownerRole().isPresent(),
        "pseudonymised action must name exactly one of ownerPseudonym and ownerRole");
    Invariants.nonBlank(ownerPseudonym(), "pseudonymised action ownerPseudonym");
    Invariants.nonBlank(ownerRole(), "pseudonymised action ownerRole");
  }

  /** Builds a {@link PseudonymisedAction}. */
  public static final class Builder extends ImmutablePseudonymisedAction.Builder {
    /** An empty builder. */
    public Builder() {}
  }
}
