/**
 * The case: {@code RestorativeCase}, the aggregate that holds every part of a restorative case by
 * id, its stage, pause and not-proceeding reasons, closure, and the append-only history of events.
 *
 * <p>All types are immutable; absence is {@link java.util.Optional}, never {@code null}.
 */
@NullMarked
package org.restorative.core.casefile;

import org.jspecify.annotations.NullMarked;
