package org.restorative.core.consent;

import org.restorative.core.Identifier;

/**
 * Identifies a mental capacity assessment.
 *
 * @param value the identifier's text; see {@link Identifier#requireValid}
 */
public record CapacityAssessmentId(String value) implements Identifier {

  /**
   * Checks the identifier's text.
   *
   * @param value the identifier's text; see {@link Identifier#requireValid}
   */
  public CapacityAssessmentId {
    Identifier.requireValid(value, "CapacityAssessmentId");
  }

  /**
   * Builds a CapacityAssessmentId from its text.
   *
   * @param value the identifier's text
   * @return the identifier
   */
  public static CapacityAssessmentId of(String value) {
    return new CapacityAssessmentId(value);
  }

  /** Returns the identifier's text. */
  @Override
  public String toString() {
    return value;
  }
}
