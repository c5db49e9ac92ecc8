package org.restorative.fhir;

import org.restorative.core.rules.ViolationCode;

/**
 * The codes of problems found while reading a FHIR Bundle back into a case ({@link
 * FhirBundles#read}). They share the shape of rule violations and of restorative-json's problems:
 * code, severity, a JSON Pointer into the case-record format, and a message that never echoes a
 * value from the input.
 */
public enum FhirProblemCode implements ViolationCode {

  /**
   * An attribute of the case held a value that the Bundle does not carry (a warning): the case read
   * back lacks it. The Bundle's EpisodeOfCare names each such attribute in a {@code not-carried}
   * extension, and {@code docs/fhir.md} lists every attribute that does not map.
   */
  FHIR_NOT_CARRIED,

  /** The Bundle holds no {@code EpisodeOfCare} of this library: there is no case to read. */
  FHIR_NO_CASE,

  /** A resource lacks an element the case needs (an id, a code, a time, a reference). */
  FHIR_MISSING_ELEMENT,

  /**
   * A coding of one of this library's code systems holds a code the code system does not define.
   */
  FHIR_UNKNOWN_CODE,

  /**
   * A reference names no resource of the Bundle, or a resource of the wrong kind; or a part read
   * names, by id, a part of the case whose resource the Bundle does not hold (a meeting's process,
   * an action's agreement), reported at the id's JSON Pointer in the case.
   */
  FHIR_BROKEN_REFERENCE,

  /**
   * A value cannot be read: a malformed id, a time without a zone, or a time outside the years 0001
   * to 9999, which FHIR R4 does not hold.
   */
  FHIR_INVALID_VALUE,

  /**
   * The parts read do not make a case: the model's structural invariants reject them (for example a
   * withdrawn consent without its withdrawal).
   */
  FHIR_NOT_A_CASE
}
