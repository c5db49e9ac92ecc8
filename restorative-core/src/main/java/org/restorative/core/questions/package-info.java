/**
 * The restorative question framework as versioned data: question sets with their sources and
 * licence notes, the shipped catalogue, and the record of a question set's use in a case with its
 * responses.
 *
 * <p>All types are immutable; absence is {@link java.util.Optional}, never {@code null}.
 */
@NullMarked
package org.restorative.core.questions;

import org.jspecify.annotations.NullMarked;
