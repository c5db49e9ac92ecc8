package org.restorative.core.party;

import org.restorative.core.Identifier;

/**
 * Identifies the member of staff or system user who performed or recorded an act.
 *
 * @param value the identifier's text; see {@link Identifier#requireValid}
 */
public record ActorId(String value) implements Identifier {

  /**
   * Checks the identifier's text.
   *
   * @param value the identifier's text; see {@link Identifier#requireValid}
   */
  public ActorId {
    Identifier.requireValid(value, "ActorId");
  }

  /**
   * Builds an ActorId from its text.
   *
   * @param value the identifier's text
   * @return the identifier
   */
  public static ActorId of(String value) {
    return new ActorId(value);
  }

  /** Returns the identifier's text. */
  @Override
  public String toString() {
    return value;
  }
}
