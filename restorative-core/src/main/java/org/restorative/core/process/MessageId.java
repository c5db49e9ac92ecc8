package org.restorative.core.process;

import org.restorative.core.Identifier;

/**
 * Identifies an indirect message.
 *
 * @param value the identifier's text; see {@link Identifier#requireValid}
 */
public record MessageId(String value) implements Identifier {

  /**
   * Checks the identifier's text.
   *
   * @param value the identifier's text; see {@link Identifier#requireValid}
   */
  public MessageId {
    Identifier.requireValid(value, "MessageId");
  }

  /**
   * Builds a MessageId from its text.
   *
   * @param value the identifier's text
   * @return the identifier
   */
  public static MessageId of(String value) {
    return new MessageId(value);
  }

  /** Returns the identifier's text. */
  @Override
  public String toString() {
    return value;
  }
}
