package org.restorative.json;

/**
 * The codes of problems found while reading a case record ({@link CaseJson}) or a trust's policy
 * ({@link PolicyJson}). They share the shape of rule violations:
 * code, severity, JSON Pointer and a message that never echoes a value from the input.
 *
 * <p>A problem's path holds only the format's own property names and array indices, never a name
 * the input chose: a name the format does not define can hold anything a user typed (after a lost
 * byte, even a value read as a name). An unknown property is reported at the object that holds it,
 * with its position among the object's members in the message; a problem found while parsing is
 * reported at the deepest place the parser reached that the format defines (see {@link
 * #UNKNOWN_PROPERTY} and {@link #MALFORMED_JSON}).
 */
public final class Problems {

  private Problems() {}

  /**
   * The input is not well-formed JSON, or ends too early. Reported, like every problem found while
   * parsing, at the deepest place the parser reached that the format defines: its pointer keeps each
   * property name only while the format defines that property in the object at that place.
   */
  public static final String MALFORMED_JSON = "JSON_MALFORMED";

  /**
   * The bytes are not valid UTF-8: a byte that starts no character, a truncated sequence, an
   * overlong encoding or an encoded surrogate. Nothing is decoded into replacement characters.
   */
  public static final String INVALID_ENCODING = "JSON_INVALID_ENCODING";

  /** The input breaks a limit: nesting depth, string length, number length or document size. */
  public static final String LIMIT_EXCEEDED = "JSON_LIMIT_EXCEEDED";

  /**
   * A document holds more problems than {@link CaseJson#MAX_PROBLEMS}: the first are listed, then this
   * one error at the document ({@code ""}) gives the count of the rest, and the record is not read.
   */
  public static final String TOO_MANY_PROBLEMS = "JSON_TOO_MANY_PROBLEMS";

  /**
   * An object holds the same property twice: reported at the property's path when the format
   * defines it there, otherwise at the object that holds it.
   */
  public static final String DUPLICATE_PROPERTY = "JSON_DUPLICATE_PROPERTY";

  /**
   * A set-valued array (harm types, topics, participants, ...) holds an element equal to an earlier
   * one: an error when strict, a warning when lenient (the repeat is dropped).
   */
  public static final String DUPLICATE_ELEMENT = "JSON_DUPLICATE_ELEMENT";

  /** More content follows the document. */
  public static final String TRAILING_CONTENT = "JSON_TRAILING_CONTENT";

  /** The document does not name the case-record format, or names a version this reader cannot read. */
  public static final String UNSUPPORTED_FORMAT = "JSON_UNSUPPORTED_FORMAT";

  /** A value has the wrong JSON type: a string where an object belongs, for example. */
  public static final String WRONG_TYPE = "JSON_WRONG_TYPE";

  /** A required property is missing or null. */
  public static final String MISSING_PROPERTY = "JSON_MISSING_PROPERTY";

  /**
   * A property the format does not define: an error when strict, a warning when lenient (the
   * property is dropped). Reported at the pointer of the object that holds it, never with its name;
   * the message gives its position among the object's members, counted from 1 in document order.
   */
  public static final String UNKNOWN_PROPERTY = "JSON_UNKNOWN_PROPERTY";

  /** A string is not one of the codes of its enumeration. */
  public static final String UNKNOWN_CODE = "JSON_UNKNOWN_CODE";

  /**
   * A date or moment cannot be read: an impossible date, or a moment without an offset; in a policy,
   * a duration or period that ISO-8601 does not read.
   */
  public static final String INVALID_TIME = "JSON_INVALID_TIME";

  /**
   * A number, date or moment lies outside the range the format accepts: a moment or date outside
   * the years 0001 to 9999 (in UTC), a decimal with more than 15 digits before its point or more
   * than 6 decimal places (trailing zeros aside), a whole
   * number beyond 32 bits, or a number whose exponent no number can hold.
   */
  public static final String OUT_OF_RANGE = "JSON_OUT_OF_RANGE";

  /** A value is of the right type but not allowed: a blank id, a number out of range. */
  public static final String INVALID_VALUE = "JSON_INVALID_VALUE";

  /** An object's values contradict each other (a structural invariant of the model). */
  public static final String INCONSISTENT_OBJECT = "JSON_INCONSISTENT_OBJECT";
}
