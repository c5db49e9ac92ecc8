/**
 * A restorative case as a FHIR R4 {@code Bundle} and back, with HAPI FHIR's R4 model.
 *
 * <p>{@link org.restorative.fhir.FhirBundles} is the entry point. Reading a Bundle back returns the
 * case and problems: what FHIR does not carry is reported with a stable code and a JSON Pointer
 * into the case-record format, never dropped in silence.
 */
@NullMarked
package org.restorative.fhir;

import org.jspecify.annotations.NullMarked;
