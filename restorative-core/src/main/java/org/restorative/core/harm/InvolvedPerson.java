package org.restorative.core.harm;

import org.immutables.value.Value;
import org.restorative.core.party.PartyId;

/**
 * A person involved in a harm and the part they played in it (domain brief §2.3 {@code
 * involvedPersons}).
 */
@Value.Immutable
public abstract class InvolvedPerson implements WithInvolvedPerson {

  InvolvedPerson() {}

  /**
   * The person, as a party of the case.
   *
   * @return the party
   */
  public abstract PartyId party();

  /**
   * The part the person played in the harm.
   *
   * @return the role in the harm
   */
  public abstract RoleInHarm role();

  /**
   * A person involved in a harm.
   *
   * @param party the party
   * @param role the part they played
   * @return the involved person
   */
  public static InvolvedPerson of(PartyId party, RoleInHarm role) {
    return new Builder().party(party).role(role).build();
  }

  /** Builds an {@link InvolvedPerson}. */
  public static final class Builder extends ImmutableInvolvedPerson.Builder {
    /** An empty builder. */
    public Builder() {}
  }
}
