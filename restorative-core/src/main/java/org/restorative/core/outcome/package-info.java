/**
 * Outcome agreements with each party's agreement, monitoring and confidentiality terms; their
 * actions with owner, due or review date, monitor and status history; participant evaluations.
 *
 * <p>All types are immutable; absence is {@link java.util.Optional}, never {@code null}.
 */
@NullMarked
package org.restorative.core.outcome;

import org.jspecify.annotations.NullMarked;
