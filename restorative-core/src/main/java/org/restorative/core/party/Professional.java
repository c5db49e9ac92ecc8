package org.restorative.core.party;

import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.restorative.core.internal.Invariants;

/**
 * A professional in a non-party role: a case supervisor, clinical consultee, interpreter,
 * intermediary, advocate, Victim Liaison Officer or MHCS caseworker (domain brief §3.1). An
 * interpreter must not also be a party, a supporter or a relative of a party (brief Rule 32);
 * {@link #relatedParties()} records the connections that check needs.
 */
@Value.Immutable
public abstract class Professional implements WithProfessional {

  Professional() {}

  /**
   * The professional's identifier.
   *
   * @return the id
   */
  public abstract ProfessionalId id();

  /**
   * The professional's role.
   *
   * @return the role
   */
  public abstract ProfessionalRole role();

  /**
   * The professional's name.
   *
   * @return the name, non-blank when present
   */
  @Value.Redacted
  public abstract Optional<String> name();

  /**
   * The organisation the professional works for.
   *
   * @return the organisation's name, non-blank when present
   */
  public abstract Optional<String> organisation();

  /**
   * The language an interpreter interprets.
   *
   * @return the language, non-blank when present
   */
  public abstract Optional<String> language();

  /**
   * The parties this professional is related to or personally connected with.
   *
   * @return the related parties
   */
  public abstract Set<PartyId> relatedParties();

  /**
   * Whether the professional is related to or personally connected with a party.
   *
   * @param party the party
   * @return true when {@code party} is among {@link #relatedParties()}
   */
  public boolean isRelatedTo(PartyId party) {
    return relatedParties().contains(party);
  }

  @Value.Check
  void check() {
    Invariants.nonBlank(name(), "professional name");
    Invariants.nonBlank(organisation(), "professional organisation");
    Invariants.nonBlank(language(), "professional language");
  }

  /** Builds a {@link Professional}. */
  public static final class Builder extends ImmutableProfessional.Builder {
    /** An empty builder. */
    public Builder() {}
  }
}
