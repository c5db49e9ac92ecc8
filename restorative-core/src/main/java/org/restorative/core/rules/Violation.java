package org.restorative.core.rules;

import org.immutables.value.Value;
import org.restorative.core.internal.Invariants;

/**
 * One thing wrong with a case: a stable code, its severity, where in the case record it is, what is
 * wrong in words that hold no personal data, and the source the rule comes from.
 *
 * <p>Systems map codes to their own screens; tests assert codes and paths, never message text.
 */
@Value.Immutable
public abstract class Violation implements WithViolation {

  Violation() {}

  /**
   * The rule's stable code, in SCREAMING_SNAKE_CASE, such as {@code
   * CONSENT_REQUIRED_BEFORE_MEETING}.
   *
   * @return the code
   */
  public abstract String code();

  /**
   * How serious it is.
   *
   * @return the severity
   */
  public abstract Severity severity();

  /**
   * Where it is: a JSON Pointer (RFC 6901) into the case record, such as {@code
   * /meetings/0/attendees/1}; the empty string is the whole case. It holds only the format's own
   * property names and array indices, never a name taken from input: a problem with a property the
   * format does not define points at the object that holds it.
   *
   * @return the pointer
   */
  public abstract String path();

  /**
   * What is wrong, in short English without any personal value.
   *
   * @return the message
   */
  public abstract String message();

  /**
   * Where the rule comes from, such as "RJC Service Provider Code C".
   *
   * @return the source
   */
  public abstract String source();

  /**
   * Builds a violation.
   *
   * @param code the code
   * @param severity the severity
   * @param path the JSON Pointer
   * @param message the message
   * @param source the source
   * @return the violation
   */
  public static Violation of(
      ViolationCode code, Severity severity, String path, String message, String source) {
    return new Builder()
        .code(code.name())
        .severity(severity)
        .path(path)
        .message(message)
        .source(source)
        .build();
  }

  /**
   * Whether this violation has the given code.
   *
   * @param code a standard code, a trust's code or a reading problem's code
   * @return true when the code's name is this violation's code
   */
  public boolean is(ViolationCode code) {
    return code().equals(code.name());
  }

  /**
   * Whether this is an error.
   *
   * @return true for {@link Severity#ERROR}
   */
  public boolean isError() {
    return severity() == Severity.ERROR;
  }

  @Value.Check
  void check() {
    Rule.requireCode(code());
    Invariants.require(
        path().isEmpty() || path().startsWith("/"), "violation path must be a JSON Pointer");
    Invariants.nonBlank(message(), "violation message");
    Invariants.nonBlank(source(), "violation source");
  }

  /** Builds a {@link Violation}. */
  public static final class Builder extends ImmutableViolation.Builder {
    /** An empty builder. */
    public Builder() {}
  }
}
