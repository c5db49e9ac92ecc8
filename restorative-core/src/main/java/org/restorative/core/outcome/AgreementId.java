package org.restorative.core.outcome;

import org.restorative.core.Identifier;

/**
 * Identifies an outcome agreement.
 *
 * @param value the identifier's text; see {@link Identifier#requireValid}
 */
public record AgreementId(String value) implements Identifier {

  /**
   * Checks the identifier's text.
   *
   * @param value the identifier's text; see {@link Identifier#requireValid}
   */
  public AgreementId {
    Identifier.requireValid(value, "AgreementId");
  }

  /**
   * Builds an AgreementId from its text.
   *
   * @param value the identifier's text
   * @return the identifier
   */
  public static AgreementId of(String value) {
    return new AgreementId(value);
  }

  /** Returns the identifier's text. */
  @Override
  public String toString() {
    return value;
  }
}
