/**
 * Parties and the people around them: roles (person harmed, person responsible, both, supporter,
 * representative, affected other, second victim, organisation), age band, Mental Health Act status
 * and leave, communication needs and adjustments, vulnerability, the graded acknowledgement of
 * responsibility; facilitators with their training and supervision; professionals in non-party
 * roles.
 *
 * <p>All types are immutable; absence is {@link java.util.Optional}, never {@code null}.
 */
@NullMarked
package org.restorative.core.party;

import org.jspecify.annotations.NullMarked;
