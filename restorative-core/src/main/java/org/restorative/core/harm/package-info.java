/**
 * The record of harm: its context (patient on patient, patient on staff, ...), harm types, severity
 * on a named scale, sensitive-case flags, legal status, contact restrictions, external incident
 * references, setting, the persons involved and the agreed neutral narrative.
 *
 * <p>All types are immutable; absence is {@link java.util.Optional}, never {@code null}.
 */
@NullMarked
package org.restorative.core.harm;

import org.jspecify.annotations.NullMarked;
