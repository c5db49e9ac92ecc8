package org.restorative.core.consent;

import java.util.Optional;
import org.immutables.value.Value;
import org.restorative.core.internal.Invariants;
import org.restorative.core.party.PartyId;

/**
 * A person or body that information may be shared with, or was disclosed to.
 *
 * <p>The ICO asks that consent names every controller relying on it; a category alone is not
 * specific enough. A recipient is therefore either a party of the case or a named organisation.
 */
@Value.Immutable
public abstract class Recipient implements WithRecipient {

  Recipient() {}

  /**
   * The kind of recipient.
   *
   * @return the type
   */
  public abstract RecipientType type();

  /**
   * The party, when the recipient is another party of the case.
   *
   * @return the party, present exactly when the type is {@link RecipientType#PARTY}
   */
  public abstract Optional<PartyId> party();

  /**
   * The organisation's name, when the recipient is not a party.
   *
   * @return the organisation's name, present exactly when the type is not {@link
   *     RecipientType#PARTY}
   */
  public abstract Optional<String> organisation();

  /**
   * A recipient that is a party of the case.
   *
   * @param party the party
   * @return the recipient
   */
  public static Recipient party(PartyId party) {
    return new Builder().type(RecipientType.PARTY).party(party).build();
  }

  /**
   * A named organisation.
   *
   * @param type the kind of organisation; not {@link RecipientType#PARTY}
   * @param name the organisation's name
   * @return the recipient
   */
  public static Recipient organisation(RecipientType type, String name) {
    return new Builder().type(type).organisation(name).build();
  }

  @Value.Check
  void check() {
    boolean isParty = type() == RecipientType.PARTY;
    Invariants.require(
        party().isPresent() == isParty, "recipient party must be set exactly when type is PARTY");
    Invariants.require(
        organisation().isPresent() != isParty,
        "recipient organisation must be set exactly when type is not PARTY");
    Invariants.nonBlank(organisation(), "recipient organisation");
  }

  /** Builds a {@link Recipient}. */
  public static final class Builder extends ImmutableRecipient.Builder {
    /** An empty builder. */
    public Builder() {}
  }
}
