package org.restorative.core.party;

import java.util.Optional;
import org.immutables.value.Value;
import org.restorative.core.internal.Invariants;

/** One conflict of interest a facilitator declares for a case (domain brief §3.7, Rule 26). */
@Value.Immutable
public abstract class DeclaredConflict implements WithDeclaredConflict {

  DeclaredConflict() {}

  /**
   * The kind of conflict.
   *
   * @return the kind
   */
  public abstract ConflictKind kind();

  /**
   * The party the conflict concerns.
   *
   * @return the party, when the conflict concerns a party of the case
   */
  public abstract Optional<PartyId> party();

  /**
   * The conflict in the facilitator's words.
   *
   * @return the detail, non-blank when present
   */
  @Value.Redacted
  public abstract Optional<String> detail();

  /**
   * A conflict of a kind concerning a party.
   *
   * @param kind the kind
   * @param party the party concerned
   * @return the conflict
   */
  public static DeclaredConflict of(ConflictKind kind, PartyId party) {
    return new Builder().kind(kind).party(party).build();
  }

  @Value.Check
  void check() {
    Invariants.nonBlank(detail(), "declared conflict detail");
  }

  /** Builds a {@link DeclaredConflict}. */
  public static final class Builder extends ImmutableDeclaredConflict.Builder {
    /** An empty builder. */
    public Builder() {}
  }
}
