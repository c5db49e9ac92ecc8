package org.restorative.core.party;

import org.restorative.core.Identifier;

/**
 * Identifies a party to a case: a person harmed, a person responsible, a supporter or another
 * participant.
 *
 * @param value the identifier's text; see {@link Identifier#requireValid}
 */
public record PartyId(String value) implements Identifier {

  /**
   * Checks the identifier's text.
   *
   * @param value the identifier's text; see {@link Identifier#requireValid}
   */
  public PartyId {
    Identifier.requireValid(value, "PartyId");
  }

  /**
   * Builds a PartyId from its text.
   *
   * @param value the identifier's text
   * @return the identifier
   */
  public static PartyId of(String value) {
    return new PartyId(value);
  }

  /** Returns the identifier's text. */
  @Override
  public String toString() {
    return value;
  }
}
