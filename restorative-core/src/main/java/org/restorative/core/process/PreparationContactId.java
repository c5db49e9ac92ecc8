package org.restorative.core.process;

import org.restorative.core.Identifier;

/**
 * Identifies a preparation contact.
 *
 * @param value the identifier's text; see {@link Identifier#requireValid}
 */
public record PreparationContactId(String value) implements Identifier {

  /**
   * Checks the identifier's text.
   *
   * @param value the identifier's text; see {@link Identifier#requireValid}
   */
  public PreparationContactId {
    Identifier.requireValid(value, "PreparationContactId");
  }

  /**
   * Builds a PreparationContactId from its text.
   *
   * @param value the identifier's text
   * @return the identifier
   */
  public static PreparationContactId of(String value) {
    return new PreparationContactId(value);
  }

  /** Returns the identifier's text. */
  @Override
  public String toString() {
    return value;
  }
}
