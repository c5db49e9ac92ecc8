package org.restorative.core.rules;

/**
 * The code of a {@link Violation}: a {@link StandardCode} of the standard rules and transitions, a
 * {@link TrustCode} of a trust's own rules, or the code of a problem found while reading a record
 * (restorative-json's {@code ProblemCode}).
 *
 * <p>A code is written in reports and records as its {@link #name()}, in SCREAMING_SNAKE_CASE. A
 * {@link Violation} keeps that name as text, so that a report read back by a system that does not
 * know a trust's codes still holds them; {@link Violation#is(ViolationCode)} compares a violation
 * with a typed code.
 */
public interface ViolationCode {

  /**
   * The code as written in reports and records, such as {@code CONSENT_REQUIRED_BEFORE_MEETING}.
   *
   * @return the code's name, SCREAMING_SNAKE_CASE letters and digits
   */
  String name();
}
