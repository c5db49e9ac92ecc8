package org.restorative.core.casefile;

import org.restorative.core.Identifier;

/**
 * Identifies a restorative case.
 *
 * @param value the identifier's text; see {@link Identifier#requireValid}
 */
public record CaseId(String value) implements Identifier {

  /**
   * Checks the identifier's text.
   *
   * @param value the identifier's text; see {@link Identifier#requireValid}
   */
  public CaseId {
    Identifier.requireValid(value, "CaseId");
  }

  /**
   * Builds a CaseId from its text.
   *
   * @param value the identifier's text
   * @return the identifier
   */
  public static CaseId of(String value) {
    return new CaseId(value);
  }

  /** Returns the identifier's text. */
  @Override
  public String toString() {
    return value;
  }
}
