package org.restorative.core.assessment;

import org.restorative.core.Identifier;

/**
 * Identifies a safeguarding concern.
 *
 * @param value the identifier's text; see {@link Identifier#requireValid}
 */
public record SafeguardingConcernId(String value) implements Identifier {

  /**
   * Checks the identifier's text.
   *
   * @param value the identifier's text; see {@link Identifier#requireValid}
   */
  public SafeguardingConcernId {
    Identifier.requireValid(value, "SafeguardingConcernId");
  }

  /**
   * Builds a SafeguardingConcernId from its text.
   *
   * @param value the identifier's text
   * @return the identifier
   */
  public static SafeguardingConcernId of(String value) {
    return new SafeguardingConcernId(value);
  }

  /** Returns the identifier's text. */
  @Override
  public String toString() {
    return value;
  }
}
