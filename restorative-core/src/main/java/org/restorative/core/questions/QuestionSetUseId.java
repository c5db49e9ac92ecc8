package org.restorative.core.questions;

import org.restorative.core.Identifier;

/**
 * Identifies one use of a question set in a case.
 *
 * @param value the identifier's text; see {@link Identifier#requireValid}
 */
public record QuestionSetUseId(String value) implements Identifier {

  /**
   * Checks the identifier's text.
   *
   * @param value the identifier's text; see {@link Identifier#requireValid}
   */
  public QuestionSetUseId {
    Identifier.requireValid(value, "QuestionSetUseId");
  }

  /**
   * Builds a QuestionSetUseId from its text.
   *
   * @param value the identifier's text
   * @return the identifier
   */
  public static QuestionSetUseId of(String value) {
    return new QuestionSetUseId(value);
  }

  /** Returns the identifier's text. */
  @Override
  public String toString() {
    return value;
  }
}
