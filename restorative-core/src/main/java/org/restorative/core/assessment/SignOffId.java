package org.restorative.core.assessment;

import org.restorative.core.Identifier;

/**
 * Identifies a case supervisor's sign-off.
 *
 * @param value the identifier's text; see {@link Identifier#requireValid}
 */
public record SignOffId(String value) implements Identifier {

  /**
   * Checks the identifier's text.
   *
   * @param value the identifier's text; see {@link Identifier#requireValid}
   */
  public SignOffId {
    Identifier.requireValid(value, "SignOffId");
  }

  /**
   * Builds a SignOffId from its text.
   *
   * @param value the identifier's text
   * @return the identifier
   */
  public static SignOffId of(String value) {
    return new SignOffId(value);
  }

  /** Returns the identifier's text. */
  @Override
  public String toString() {
    return value;
  }
}
