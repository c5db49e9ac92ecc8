package org.restorative.fhir;

import java.util.List;
import java.util.Optional;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.rules.Violation;

/**
 * The case read from a FHIR Bundle, and the problems found: the case is present when no problem is
 * an error. Warnings ({@link FhirProblemCode#FHIR_NOT_CARRIED}) name the attributes the Bundle did
 * not carry.
 *
 * @param restorativeCase the case, when it could be read
 * @param problems the problems, in the order found
 */
public record FhirReadResult(Optional<RestorativeCase> restorativeCase, List<Violation> problems) {

  /**
   * Copies the problems.
   *
   * @param restorativeCase the case, when it could be read
   * @param problems the problems
   */
  public FhirReadResult {
    problems = List.copyOf(problems);
  }

  /**
   * Whether the case was read.
   *
   * @return true when the case is present
   */
  public boolean isRead() {
    return restorativeCase.isPresent();
  }

  /**
   * The problems that are errors.
   *
   * @return the errors
   */
  public List<Violation> errors() {
    return problems.stream().filter(Violation::isError).toList();
  }

  @Override
  public String toString() {
    return "FhirReadResult{read="
        + isRead()
        + ", problems="
        + problems.stream().map(v -> v.code() + "@" + v.path()).toList()
        + "}";
  }
}
