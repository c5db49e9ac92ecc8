package org.restorative.core.assessment;

import org.restorative.core.Identifier;

/**
 * Identifies a clinical-team consultation.
 *
 * @param value the identifier's text; see {@link Identifier#requireValid}
 */
public record ConsultationId(String value) implements Identifier {

  /**
   * Checks the identifier's text.
   *
   * @param value the identifier's text; see {@link Identifier#requireValid}
   */
  public ConsultationId {
    Identifier.requireValid(value, "ConsultationId");
  }

  /**
   * Builds a ConsultationId from its text.
   *
   * @param value the identifier's text
   * @return the identifier
   */
  public static ConsultationId of(String value) {
    return new ConsultationId(value);
  }

  /** Returns the identifier's text. */
  @Override
  public String toString() {
    return value;
  }
}
