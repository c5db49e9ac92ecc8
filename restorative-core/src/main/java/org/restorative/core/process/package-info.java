/**
 * Restorative processes: the eleven process types and the medium, kept as separate attributes;
 * preparation contacts; meetings with attendees, facilitators, venue and status; indirect messages
 * with the facilitator's review.
 *
 * <p>All types are immutable; absence is {@link java.util.Optional}, never {@code null}.
 */
@NullMarked
package org.restorative.core.process;

import org.jspecify.annotations.NullMarked;
