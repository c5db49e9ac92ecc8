package org.restorative.core.rules;

import java.util.Arrays;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.restorative.core.internal.Invariants;

/**
 * The code of a rule a trust writes for itself, beside the {@link StandardCode standard codes}:
 *
 * <pre>{@code
 * static final TrustCode CONSULTEE_FOR_INPATIENTS =
 *     TrustCode.of("TRUST_CLINICAL_CONSULTEE_FOR_INPATIENTS");
 * }</pre>
 *
 * <p>A trust code is SCREAMING_SNAKE_CASE letters and digits. It cannot be the name of a standard
 * code (a report would then not say whose rule it was), and it cannot begin with {@code JSON_}, the
 * prefix of the problems found while reading a record. Two trust codes with the same name are
 * equal.
 */
public final class TrustCode implements RuleCode {

  private static final Pattern SHAPE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");

  /** The prefix of the codes of problems found while reading a record, kept from trust codes. */
  static final String READING_PREFIX = "JSON_";

  private final String name;

  private TrustCode(String name) {
    this.name = name;
  }

  /**
   * A trust's code.
   *
   * @param name SCREAMING_SNAKE_CASE letters and digits; not a standard code's name and not
   *     starting with {@code JSON_}
   * @return the code
   * @throws IllegalArgumentException if the name breaks one of those conditions
   */
  public static TrustCode of(String name) {
    Invariants.require(
        SHAPE.matcher(name).matches(),
        "a trust code must be SCREAMING_SNAKE_CASE letters and digits");
    Invariants.require(
        Arrays.stream(StandardCode.values()).noneMatch(c -> c.name().equals(name)),
        "a trust code cannot be a standard code's name: " + name);
    Invariants.require(
        !name.startsWith(READING_PREFIX),
        "a trust code cannot begin with " + READING_PREFIX + ", the prefix of reading problems");
    return new TrustCode(name);
  }

  @Override
  public String name() {
    return name;
  }

  /** Trust codes are equal when their names are. */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof TrustCode code && name.equals(code.name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  /** Returns the name. */
  @Override
  public String toString() {
    return name;
  }
}
