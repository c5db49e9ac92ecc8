/**
 * The rules: what a trust's restorative-justice lead, its Mental Health Act lead and its
 * information governance lead would each insist on, as pure functions of a case that report every
 * problem at once.
 *
 * <p>A {@link org.restorative.core.rules.Violation} is data: a stable code, a severity, a JSON
 * Pointer into the case record, a message without personal data, and its source. A {@link
 * org.restorative.core.rules.RuleSet} checks a case as it is now, or checks the gate into a stage;
 * {@link org.restorative.core.rules.RuleSet#standard()} holds the 55 rules of the domain brief, and
 * a trust derives its own set from it. {@link org.restorative.core.rules.Policy} holds every
 * threshold no source fixes. {@link org.restorative.core.rules.CaseTransitions} moves a case
 * between stages, through the gates, appending to its history.
 *
 * <p>All types are immutable; absence is {@link java.util.Optional}, never {@code null}.
 */
@NullMarked
package org.restorative.core.rules;

import org.jspecify.annotations.NullMarked;
