package org.restorative.core.questions;

import org.restorative.core.Identifier;

/**
 * Identifies a question set, across all its versions.
 *
 * @param value the identifier's text; see {@link Identifier#requireValid}
 */
public record QuestionSetId(String value) implements Identifier {

  /**
   * Checks the identifier's text.
   *
   * @param value the identifier's text; see {@link Identifier#requireValid}
   */
  public QuestionSetId {
    Identifier.requireValid(value, "QuestionSetId");
  }

  /**
   * Builds a QuestionSetId from its text.
   *
   * @param value the identifier's text
   * @return the identifier
   */
  public static QuestionSetId of(String value) {
    return new QuestionSetId(value);
  }

  /** Returns the identifier's text. */
  @Override
  public String toString() {
    return value;
  }
}
