package org.restorative.core.assessment;

import org.restorative.core.Identifier;

/**
 * Identifies a safety plan.
 *
 * @param value the identifier's text; see {@link Identifier#requireValid}
 */
public record SafetyPlanId(String value) implements Identifier {

  /**
   * Checks the identifier's text.
   *
   * @param value the identifier's text; see {@link Identifier#requireValid}
   */
  public SafetyPlanId {
    Identifier.requireValid(value, "SafetyPlanId");
  }

  /**
   * Builds a SafetyPlanId from its text.
   *
   * @param value the identifier's text
   * @return the identifier
   */
  public static SafetyPlanId of(String value) {
    return new SafetyPlanId(value);
  }

  /** Returns the identifier's text. */
  @Override
  public String toString() {
    return value;
  }
}
