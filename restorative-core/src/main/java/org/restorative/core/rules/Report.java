package org.restorative.core.rules;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.restorative.core.casefile.RestorativeCase;

/**
 * The outcome of checking a case: every violation found, errors and warnings together, in rule
 * order. Nothing stops at the first problem.
 */
@Value.Immutable
public abstract class Report implements WithReport {

  Report() {}

  /**
   * The case that was checked. Left out of {@code equals}, {@code hashCode} and {@code toString},
   * so that a report prints as its violations.
   *
   * @return the case
   */
  @Value.Auxiliary
  public abstract RestorativeCase subject();

  /**
   * Every violation, in the order of the rule set.
   *
   * @return the violations
   */
  public abstract List<Violation> violations();

  /**
   * A report of violations about a case.
   *
   * @param subject the case
   * @param violations the violations
   * @return the report
   */
  public static Report of(RestorativeCase subject, List<Violation> violations) {
    return new Builder().subject(subject).addAllViolations(violations).build();
  }

  /**
   * The errors.
   *
   * @return the violations of severity {@link Severity#ERROR}
   */
  public List<Violation> errors() {
    return violations().stream().filter(Violation::isError).toList();
  }

  /**
   * The warnings.
   *
   * @return the violations of severity {@link Severity#WARNING}
   */
  public List<Violation> warnings() {
    return violations().stream().filter(v -> !v.isError()).toList();
  }

  /**
   * Whether any error was found.
   *
   * @return true if there is at least one error
   */
  public boolean hasErrors() {
    return violations().stream().anyMatch(Violation::isError);
  }

  /**
   * The distinct codes found, errors and warnings.
   *
   * @return the codes
   */
  public Set<String> codes() {
    return violations().stream().map(Violation::code).collect(Collectors.toUnmodifiableSet());
  }

  /**
   * The report as a vavr validation: valid with the case when there is no error (warnings do not
   * invalidate), invalid with the errors otherwise.
   *
   * @return the validation
   */
  public Validation<Seq<Violation>, RestorativeCase> toValidation() {
    List<Violation> errors = errors();
    return errors.isEmpty()
        ? Validation.valid(subject())
        : Validation.invalid(io.vavr.collection.List.ofAll(errors));
  }

  /** Builds a {@link Report}. */
  public static final class Builder extends ImmutableReport.Builder {
    /** An empty builder. */
    public Builder() {}
  }
}
