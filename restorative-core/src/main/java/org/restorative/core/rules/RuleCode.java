package org.restorative.core.rules;

/**
 * The code of a {@link Rule}: one of the {@link StandardCode standard codes}, or a {@link
 * TrustCode} that a trust gives its own rules. No other kind of code names a rule, so a rule cannot
 * take the code of a reading problem.
 */
public sealed interface RuleCode extends ViolationCode permits StandardCode, TrustCode {}
