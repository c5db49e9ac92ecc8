package org.restorative.core.party;

import org.restorative.core.Identifier;

/**
 * Identifies a professional in a non-party role, such as a case supervisor, clinical consultee or
 * interpreter.
 *
 * @param value the identifier's text; see {@link Identifier#requireValid}
 */
public record ProfessionalId(String value) implements Identifier {

  /**
   * Checks the identifier's text.
   *
   * @param value the identifier's text; see {@link Identifier#requireValid}
   */
  public ProfessionalId {
    Identifier.requireValid(value, "ProfessionalId");
  }

  /**
   * Builds a ProfessionalId from its text.
   *
   * @param value the identifier's text
   * @return the identifier
   */
  public static ProfessionalId of(String value) {
    return new ProfessionalId(value);
  }

  /** Returns the identifier's text. */
  @Override
  public String toString() {
    return value;
  }
}
