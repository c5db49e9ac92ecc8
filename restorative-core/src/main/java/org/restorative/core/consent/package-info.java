/**
 * Consent and capacity: the three kinds of consent (participation, data processing, disclosure)
 * kept apart, each with its scope, lifecycle, reconfirmations and withdrawal; Mental Capacity Act
 * 2005 assessments; Gillick competence assessments; the disclosure log.
 *
 * <p>All types are immutable; absence is {@link java.util.Optional}, never {@code null}.
 */
@NullMarked
package org.restorative.core.consent;

import org.jspecify.annotations.NullMarked;
