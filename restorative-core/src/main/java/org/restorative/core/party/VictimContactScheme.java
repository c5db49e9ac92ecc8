package org.restorative.core.party;

import java.util.Optional;
import org.immutables.value.Value;
import org.restorative.core.internal.Invariants;

/**
 * A person harmed's Victim Contact Scheme status and route (domain brief §3.2, §3.8; Victims' Code
 * Right 11, HFV-Q144). The scheme is separate from restorative work: taking part in one must not
 * depend on the other.
 */
@Value.Immutable
public abstract class VictimContactScheme implements WithVictimContactScheme {

  VictimContactScheme() {}

  /**
   * The person's place in the scheme.
   *
   * @return the status
   */
  public abstract VcsStatus status();

  /**
   * Who keeps the person informed.
   *
   * @return the route, absent when the person is not eligible
   */
  public abstract Optional<VcsRoute> route();

  /**
   * A scheme status without a route.
   *
   * @param status the status
   * @return the scheme status
   */
  public static VictimContactScheme of(VcsStatus status) {
    return new Builder().status(status).build();
  }

  /**
   * A scheme status with its route.
   *
   * @param status the status; not {@link VcsStatus#NOT_ELIGIBLE}
   * @param route who keeps the person informed
   * @return the scheme status
   */
  public static VictimContactScheme of(VcsStatus status, VcsRoute route) {
    return new Builder().status(status).route(route).build();
  }

  /**
   * Whether the person is in the scheme.
   *
   * @return true when the status is {@link VcsStatus#OPTED_IN}
   */
  public boolean isOptedIn() {
    return status() == VcsStatus.OPTED_IN;
  }

  @Value.Check
  void check() {
    Invariants.require(
        status().isEligible() || route().isEmpty(),
        "victim contact scheme route must be absent when status is NOT_ELIGIBLE");
  }

  /** Builds a {@link VictimContactScheme}. */
  public static final class Builder extends ImmutableVictimContactScheme.Builder {
    /** An empty builder. */
    public Builder() {}
  }
}
