package org.restorative.core.outcome;

import java.util.Optional;
import org.immutables.value.Value;
import org.restorative.core.internal.Invariants;
import org.restorative.core.party.PartyId;

/**
 * Who is accountable for, or monitors, an action: either a party of the case or a named
 * organisational role such as "Ward manager" (domain brief §7.2, {@code ownerPartyId |
 * ownerOrgRole}).
 *
 * <p>Naming a role rather than a person keeps an organisational obligation with the post when staff
 * change ("whose obligation is it to meet that need?", LYLE-DEKKER; rule 43).
 */
@Value.Immutable
public abstract class PartyOrRole implements WithPartyOrRole {

  PartyOrRole() {}

  /**
   * The party, when a party of the case is accountable.
   *
   * @return the party, present exactly when no role is named
   */
  public abstract Optional<PartyId> party();

  /**
   * The organisational role, when a post rather than a party is accountable. A role is a post, not
   * a person's name, so it is not redacted.
   *
   * @return the role, such as "Ward manager", present exactly when no party is named
   */
  public abstract Optional<String> role();

  /**
   * A party of the case.
   *
   * @param party the party
   * @return the party as owner or monitor
   */
  public static PartyOrRole party(PartyId party) {
    return new Builder().party(party).build();
  }

  /**
   * A named organisational role.
   *
   * @param role the role, such as "Ward manager"
   * @return the role as owner or monitor
   */
  public static PartyOrRole role(String role) {
    return new Builder().role(role).build();
  }

  /**
   * Whether this names a party of the case rather than an organisational role.
   *
   * @return true when a party is named
   */
  public boolean isParty() {
    return party().isPresent();
  }

  /**
   * Whether this names the given party.
   *
   * @param candidate the party to compare with
   * @return true when this names exactly that party
   */
  public boolean isParty(PartyId candidate) {
    return party().filter(candidate::equals).isPresent();
  }

  @Value.Check
  void check() {
    Invariants.require(
        party().isPresent() != role().isPresent(),
        "party or role must name exactly one of party and role");
    Invariants.nonBlank(role(), "party or role role");
  }

  /** Builds a {@link PartyOrRole}. */
  public static final class Builder extends ImmutablePartyOrRole.Builder {
    /** An empty builder. */
    public Builder() {}
  }
}
