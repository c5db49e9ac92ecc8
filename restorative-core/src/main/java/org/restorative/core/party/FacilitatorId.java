package org.restorative.core.party;

import org.restorative.core.Identifier;

/**
 * Identifies a restorative facilitator.
 *
 * @param value the identifier's text; see {@link Identifier#requireValid}
 */
public record FacilitatorId(String value) implements Identifier {

  /**
   * Checks the identifier's text.
   *
   * @param value the identifier's text; see {@link Identifier#requireValid}
   */
  public FacilitatorId {
    Identifier.requireValid(value, "FacilitatorId");
  }

  /**
   * Builds a FacilitatorId from its text.
   *
   * @param value the identifier's text
   * @return the identifier
   */
  public static FacilitatorId of(String value) {
    return new FacilitatorId(value);
  }

  /** Returns the identifier's text. */
  @Override
  public String toString() {
    return value;
  }
}
