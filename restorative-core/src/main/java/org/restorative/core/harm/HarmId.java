package org.restorative.core.harm;

import org.restorative.core.Identifier;

/**
 * Identifies a record of harm.
 *
 * @param value the identifier's text; see {@link Identifier#requireValid}
 */
public record HarmId(String value) implements Identifier {

  /**
   * Checks the identifier's text.
   *
   * @param value the identifier's text; see {@link Identifier#requireValid}
   */
  public HarmId {
    Identifier.requireValid(value, "HarmId");
  }

  /**
   * Builds a HarmId from its text.
   *
   * @param value the identifier's text
   * @return the identifier
   */
  public static HarmId of(String value) {
    return new HarmId(value);
  }

  /** Returns the identifier's text. */
  @Override
  public String toString() {
    return value;
  }
}
