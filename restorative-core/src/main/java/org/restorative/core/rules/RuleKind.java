package org.restorative.core.rules;

/**
 * Whether a rule checks a snapshot of a case or is also a guarantee of the transition functions.
 */
public enum RuleKind {
  /** Checks a case as it is. */
  CHECK,
  /**
   * A guarantee of {@link CaseTransitions} (withdrawal is always accepted; closed cases do not
   * move), also checked on a snapshot so that a record that breaks it is reported.
   */
  GUARANTEE
}
