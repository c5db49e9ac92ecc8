package org.restorative.fhir;

/**
 * A case built in code, or a pseudonymised view of one, holds a value a FHIR R4 Bundle cannot
 * carry: a moment or date outside the years 0001 to 9999 (a moment's year in UTC), which FHIR's
 * {@code instant}, {@code dateTime} and {@code date} do not hold (their regular expressions allow
 * no other year), or a month of a pseudonymised view outside the years 0000 to 10000. These are the
 * values the case-record format refuses too ({@code CaseJson} throws restorative-json's {@code
 * UnwritableValueException} for them), so a case read from a record never holds one. {@link
 * FhirBundles} then returns no Bundle: it is made whole or not at all.
 *
 * <p>It is a programming error of the caller, who built the model: the message names the value's
 * JSON Pointer and the range FHIR holds there, never the value. The pointer is into the case-record
 * format, as the JSON writer names it and as {@link FhirBundles#read} reports problems (into the
 * pseudonymised form for {@link FhirBundles#pseudonymised}), because the caller holds the case, not
 * the Bundle, and a pointer names the one value among many of the same FHIR element.
 */
public final class FhirUnwritableValueException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The JSON Pointer of the value in the case record (or the pseudonymised form). */
  private final String pointer;

  FhirUnwritableValueException(String pointer, String range) {
    super("Cannot write " + pointer + " in a FHIR Bundle: it takes " + range + " only.");
    this.pointer = pointer;
  }

  /**
   * Where the value is, as a JSON Pointer into the case-record format ({@code
   * /meetings/0/startAt}), or into the pseudonymised form for a pseudonymised view ({@code
   * /harms/0/occurredIn}).
   *
   * @return the pointer
   */
  public String pointer() {
    return pointer;
  }
}
