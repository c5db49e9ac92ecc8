package org.restorative.core.process;

import org.restorative.core.Identifier;

/**
 * Identifies a meeting.
 *
 * @param value the identifier's text; see {@link Identifier#requireValid}
 */
public record MeetingId(String value) implements Identifier {

  /**
   * Checks the identifier's text.
   *
   * @param value the identifier's text; see {@link Identifier#requireValid}
   */
  public MeetingId {
    Identifier.requireValid(value, "MeetingId");
  }

  /**
   * Builds a MeetingId from its text.
   *
   * @param value the identifier's text
   * @return the identifier
   */
  public static MeetingId of(String value) {
    return new MeetingId(value);
  }

  /** Returns the identifier's text. */
  @Override
  public String toString() {
    return value;
  }
}
