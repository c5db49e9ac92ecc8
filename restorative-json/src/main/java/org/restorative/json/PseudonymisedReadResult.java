package org.restorative.json;

import java.util.List;
import java.util.Optional;
import org.restorative.core.privacy.PseudonymisedCase;
import org.restorative.core.rules.Violation;

/**
 * What reading one line of pseudonymised NDJSON gave: the pseudonymised case, when the line could
 * be read, and every problem found, as violations with codes and JSON Pointers. Warnings (a dropped
 * unknown property when reading leniently) come with a case; errors come without one.
 *
 * @param pseudonymisedCase the pseudonymised case, if the line could be read
 * @param problems every problem, in document order
 */
public record PseudonymisedReadResult(
    Optional<PseudonymisedCase> pseudonymisedCase, List<Violation> problems)
    implements ReadOutcome {

  /**
   * Copies the problems.
   *
   * @param pseudonymisedCase the pseudonymised case, if the line could be read
   * @param problems every problem, in document order
   */
  public PseudonymisedReadResult {
    problems = List.copyOf(problems);
  }

  /**
   * Whether the line was read without error.
   *
   * @return true if a pseudonymised case was read
   */
  @Override
  public boolean isRead() {
    return pseudonymisedCase.isPresent();
  }

  /** Returns whether a case was read and the problems' codes and paths, never a value. */
  @Override
  public String toString() {
    return ReadOutcome.describe(this, "PseudonymisedReadResult");
  }
}
