package org.restorative.core.outcome;

import org.restorative.core.Identifier;

/**
 * Identifies an action of an outcome agreement.
 *
 * @param value the identifier's text; see {@link Identifier#requireValid}
 */
public record ActionId(String value) implements Identifier {

  /**
   * Checks the identifier's text.
   *
   * @param value the identifier's text; see {@link Identifier#requireValid}
   */
  public ActionId {
    Identifier.requireValid(value, "ActionId");
  }

  /**
   * Builds an ActionId from its text.
   *
   * @param value the identifier's text
   * @return the identifier
   */
  public static ActionId of(String value) {
    return new ActionId(value);
  }

  /** Returns the identifier's text. */
  @Override
  public String toString() {
    return value;
  }
}
