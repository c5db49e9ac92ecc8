package org.restorative.core.casefile;

import org.restorative.core.Identifier;

/**
 * Identifies an event of a case's history.
 *
 * @param value the identifier's text; see {@link Identifier#requireValid}
 */
public record EventId(String value) implements Identifier {

  /**
   * Checks the identifier's text.
   *
   * @param value the identifier's text; see {@link Identifier#requireValid}
   */
  public EventId {
    Identifier.requireValid(value, "EventId");
  }

  /**
   * Builds an EventId from its text.
   *
   * @param value the identifier's text
   * @return the identifier
   */
  public static EventId of(String value) {
    return new EventId(value);
  }

  /** Returns the identifier's text. */
  @Override
  public String toString() {
    return value;
  }
}
