package org.restorative.core.party;

import java.time.Instant;
import java.util.List;
import org.immutables.value.Value;

/**
 * A facilitator's declaration of conflicts of interest for a case; an empty list declares none
 * (domain brief §3.7, Rule 26; RJC-PR2020 Impartiality).
 */
@Value.Immutable
public abstract class ConflictDeclaration implements WithConflictDeclaration {

  ConflictDeclaration() {}

  /**
   * When the declaration was made.
   *
   * @return the moment
   */
  public abstract Instant declaredAt();

  /**
   * The conflicts declared.
   *
   * @return the conflicts, empty when none is declared
   */
  public abstract List<DeclaredConflict> conflicts();

  /**
   * A declaration that there is no conflict.
   *
   * @param declaredAt when it was made
   * @return the declaration
   */
  public static ConflictDeclaration none(Instant declaredAt) {
    return new Builder().declaredAt(declaredAt).build();
  }

  /**
   * Whether a conflict of a kind is declared.
   *
   * @param kind the kind
   * @return true when a declared conflict has that kind
   */
  public boolean hasConflict(ConflictKind kind) {
    return conflicts().stream().anyMatch(c -> c.kind() == kind);
  }

  /**
   * Whether the declaration declares no conflict at all.
   *
   * @return true when the list of conflicts is empty
   */
  public boolean declaresNoConflict() {
    return conflicts().isEmpty();
  }

  /** Builds a {@link ConflictDeclaration}. */
  public static final class Builder extends ImmutableConflictDeclaration.Builder {
    /** An empty builder. */
    public Builder() {}
  }
}
