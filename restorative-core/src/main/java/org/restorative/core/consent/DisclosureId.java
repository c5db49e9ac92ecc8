package org.restorative.core.consent;

import org.restorative.core.Identifier;

/**
 * Identifies an entry of the disclosure log.
 *
 * @param value the identifier's text; see {@link Identifier#requireValid}
 */
public record DisclosureId(String value) implements Identifier {

  /**
   * Checks the identifier's text.
   *
   * @param value the identifier's text; see {@link Identifier#requireValid}
   */
  public DisclosureId {
    Identifier.requireValid(value, "DisclosureId");
  }

  /**
   * Builds a DisclosureId from its text.
   *
   * @param value the identifier's text
   * @return the identifier
   */
  public static DisclosureId of(String value) {
    return new DisclosureId(value);
  }

  /** Returns the identifier's text. */
  @Override
  public String toString() {
    return value;
  }
}
