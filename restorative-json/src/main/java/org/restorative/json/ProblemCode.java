package org.restorative.json;

import org.restorative.core.rules.ViolationCode;

/**
 * The codes of problems found while reading a case record ({@link CaseJson}), a pseudonymised case
 * ({@link PseudonymisedCaseJson}) or a trust's policy ({@link PolicyJson}). They share the shape of
 * rule violations: code, severity, JSON Pointer and a message that never echoes a value from the
 * input.
 *
 * <p>A problem's path holds only the format's own property names and array indices, never a name
 * the input chose: a name the format does not define can hold anything a user typed (after a lost
 * byte, even a value read as a name). An unknown property is reported at the object that holds it,
 * with its position among the object's members in the message; a problem found while parsing is
 * reported at the deepest place the parser reached that the format defines (see {@link
 * #JSON_UNKNOWN_PROPERTY} and {@link #JSON_MALFORMED}).
 */
public enum ProblemCode implements ViolationCode {

  /**
   * The input is not well-formed JSON, or ends too early. Reported, like every problem found while
   * parsing, at the deepest place the parser reached that the format defines: its pointer keeps
   * each property name only while the format defines that property in the object at that place.
   */
  JSON_MALFORMED,

  /**
   * The bytes are not valid UTF-8: a byte that starts no character, a truncated sequence, an
   * overlong encoding or an encoded surrogate. Nothing is decoded into replacement characters.
   */
  JSON_INVALID_ENCODING,

  /** The input breaks a limit: nesting depth, string length, number length or document size. */
  JSON_LIMIT_EXCEEDED,

  /**
   * A document holds more problems than {@link CaseJson#MAX_PROBLEMS}: the first are listed, then
   * this one error at the document ({@code ""}) gives the count of the rest, and the record is not
   * read.
   */
  JSON_TOO_MANY_PROBLEMS,

  /**
   * An object holds the same property twice: reported at the property's path when the format
   * defines it there, otherwise at the object that holds it.
   */
  JSON_DUPLICATE_PROPERTY,

  /**
   * A set-valued array (harm types, topics, participants, ...) holds an element equal to an earlier
   * one: an error when strict, a warning when lenient (the repeat is dropped).
   */
  JSON_DUPLICATE_ELEMENT,

  /** More content follows the document. */
  JSON_TRAILING_CONTENT,

  /**
   * The document does not name its format (the case-record, pseudonymised-case or policy format) as
   * its reader requires, or names a version the reader cannot read.
   */
  JSON_UNSUPPORTED_FORMAT,

  /** A value has the wrong JSON type: a string where an object belongs, for example. */
  JSON_WRONG_TYPE,

  /** A required property is missing or null. */
  JSON_MISSING_PROPERTY,

  /**
   * A property the format does not define: an error when strict, a warning when lenient (the
   * property is dropped). Reported at the pointer of the object that holds it, never with its name;
   * the message gives its position among the object's members, counted from 1 in document order.
   */
  JSON_UNKNOWN_PROPERTY,

  /** A string is not one of the codes of its enumeration. */
  JSON_UNKNOWN_CODE,

  /**
   * A date or moment cannot be read: an impossible date, or a moment without an offset; in a
   * policy, a duration or period that ISO-8601 does not read.
   */
  JSON_INVALID_TIME,

  /**
   * A number, date or moment lies outside the range the format accepts: a moment or date outside
   * the years 0001 to 9999 (in UTC), a decimal with more than 15 digits before its point or more
   * than 6 decimal places (trailing zeros aside), a whole number beyond 32 bits, or a number whose
   * exponent no number can hold.
   */
  JSON_OUT_OF_RANGE,

  /** A value is of the right type but not allowed: a blank id, a number out of range. */
  JSON_INVALID_VALUE,

  /** An object's values contradict each other (a structural invariant of the model). */
  JSON_INCONSISTENT_OBJECT,

  /**
   * An id names a part the case does not hold: an attendee who is not one of its parties, a meeting
   * of a process it lacks, a referral of a harm it does not record. Reported at the id (the element
   * of a list of ids, such as {@code /processes/0/participants/2}), once for every such id, with
   * the list of the case it should name an entry of in the message; the case is not read. Ids of
   * staff and of other cases are not followed (see {@link
   * org.restorative.core.casefile.UnknownReferenceException}).
   */
  JSON_UNKNOWN_REFERENCE;
}
