/**
 * Privacy of the case record: the sensitivity class of every field ({@link
 * org.restorative.core.privacy.Sensitivity}, {@link
 * org.restorative.core.privacy.FieldSensitivity}), a keyed pseudonymised view for research and
 * quality assurance ({@link org.restorative.core.privacy.Pseudonymiser}, {@link
 * org.restorative.core.privacy.PseudonymisedCase}) and a redacted copy of a case for sharing its
 * structure without the people in it ({@link org.restorative.core.privacy.RedactedView}).
 *
 * <p>The package sits above the concept packages and the case: it reads them, nothing in them reads
 * it. It does no I/O; keys are passed in by the caller and never printed.
 *
 * <p>Domain brief §4.8 (Caldicott principles: use the minimum necessary confidential information,
 * on a need-to-know basis) and the ICO's anonymisation and pseudonymisation guidance: pseudonymised
 * data is still personal data for anyone who holds the key.
 */
@NullMarked
package org.restorative.core.privacy;

import org.jspecify.annotations.NullMarked;
