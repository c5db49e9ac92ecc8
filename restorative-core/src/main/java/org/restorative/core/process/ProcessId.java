package org.restorative.core.process;

import org.restorative.core.Identifier;

/**
 * Identifies a restorative process chosen for a case.
 *
 * @param value the identifier's text; see {@link Identifier#requireValid}
 */
public record ProcessId(String value) implements Identifier {

  /**
   * Checks the identifier's text.
   *
   * @param value the identifier's text; see {@link Identifier#requireValid}
   */
  public ProcessId {
    Identifier.requireValid(value, "ProcessId");
  }

  /**
   * Builds a ProcessId from its text.
   *
   * @param value the identifier's text
   * @return the identifier
   */
  public static ProcessId of(String value) {
    return new ProcessId(value);
  }

  /** Returns the identifier's text. */
  @Override
  public String toString() {
    return value;
  }
}
