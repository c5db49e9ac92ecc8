/**
 * Assessments around a restorative process: risk and strengths assessments, safety plans,
 * clinical-team consultations, case supervisor sign-offs and safeguarding concerns.
 *
 * <p>All types are immutable; absence is {@link java.util.Optional}, never {@code null}.
 */
@NullMarked
package org.restorative.core.assessment;

import org.jspecify.annotations.NullMarked;
