package org.restorative.core.consent;

import org.restorative.core.Identifier;

/**
 * Identifies a Gillick competence assessment.
 *
 * @param value the identifier's text; see {@link Identifier#requireValid}
 */
public record CompetenceAssessmentId(String value) implements Identifier {

  /**
   * Checks the identifier's text.
   *
   * @param value the identifier's text; see {@link Identifier#requireValid}
   */
  public CompetenceAssessmentId {
    Identifier.requireValid(value, "CompetenceAssessmentId");
  }

  /**
   * Builds a CompetenceAssessmentId from its text.
   *
   * @param value the identifier's text
   * @return the identifier
   */
  public static CompetenceAssessmentId of(String value) {
    return new CompetenceAssessmentId(value);
  }

  /** Returns the identifier's text. */
  @Override
  public String toString() {
    return value;
  }
}
