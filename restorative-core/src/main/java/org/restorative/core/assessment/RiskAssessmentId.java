package org.restorative.core.assessment;

import org.restorative.core.Identifier;

/**
 * Identifies a risk and strengths assessment.
 *
 * @param value the identifier's text; see {@link Identifier#requireValid}
 */
public record RiskAssessmentId(String value) implements Identifier {

  /**
   * Checks the identifier's text.
   *
   * @param value the identifier's text; see {@link Identifier#requireValid}
   */
  public RiskAssessmentId {
    Identifier.requireValid(value, "RiskAssessmentId");
  }

  /**
   * Builds a RiskAssessmentId from its text.
   *
   * @param value the identifier's text
   * @return the identifier
   */
  public static RiskAssessmentId of(String value) {
    return new RiskAssessmentId(value);
  }

  /** Returns the identifier's text. */
  @Override
  public String toString() {
    return value;
  }
}
