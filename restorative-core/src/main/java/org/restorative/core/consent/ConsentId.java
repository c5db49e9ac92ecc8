package org.restorative.core.consent;

import org.restorative.core.Identifier;

/**
 * Identifies a consent record.
 *
 * @param value the identifier's text; see {@link Identifier#requireValid}
 */
public record ConsentId(String value) implements Identifier {

  /**
   * Checks the identifier's text.
   *
   * @param value the identifier's text; see {@link Identifier#requireValid}
   */
  public ConsentId {
    Identifier.requireValid(value, "ConsentId");
  }

  /**
   * Builds a ConsentId from its text.
   *
   * @param value the identifier's text
   * @return the identifier
   */
  public static ConsentId of(String value) {
    return new ConsentId(value);
  }

  /** Returns the identifier's text. */
  @Override
  public String toString() {
    return value;
  }
}
