package org.restorative.core.outcome;

import org.restorative.core.Identifier;

/**
 * Identifies a participant evaluation.
 *
 * @param value the identifier's text; see {@link Identifier#requireValid}
 */
public record EvaluationId(String value) implements Identifier {

  /**
   * Checks the identifier's text.
   *
   * @param value the identifier's text; see {@link Identifier#requireValid}
   */
  public EvaluationId {
    Identifier.requireValid(value, "EvaluationId");
  }

  /**
   * Builds an EvaluationId from its text.
   *
   * @param value the identifier's text
   * @return the identifier
   */
  public static EvaluationId of(String value) {
    return new EvaluationId(value);
  }

  /** Returns the identifier's text. */
  @Override
  public String toString() {
    return value;
  }
}
