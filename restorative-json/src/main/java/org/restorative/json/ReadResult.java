package org.restorative.json;

import java.util.List;
import java.util.Optional;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.rules.Violation;

/**
 * What reading a case record gave: the case, when the document could be read, and every problem
 * found, as violations with codes and JSON Pointers. Warnings (a dropped unknown property when
 * reading leniently) come with a case; errors come without one.
 *
 * @param restorativeCase the case, if the document could be read
 * @param problems every problem, in document order
 */
public record ReadResult(Optional<RestorativeCase> restorativeCase, List<Violation> problems)
    implements ReadOutcome {

  /**
   * Copies the problems.
   *
   * @param restorativeCase the case, if the document could be read
   * @param problems every problem, in document order
   */
  public ReadResult {
    problems = List.copyOf(problems);
  }

  /**
   * Whether the document was read without error.
   *
   * @return true if a case was read
   */
  @Override
  public boolean isRead() {
    return restorativeCase.isPresent();
  }

  /** Returns the problem codes and paths, never a value. */
  @Override
  public String toString() {
    return ReadOutcome.describe(this, "ReadResult");
  }
}
