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

  /**
   * Where a place in the case read stands in the document it was read from. The lenient reader
   * drops a repeated element of a set with a warning ({@code JSON_DUPLICATE_ELEMENT}), so each
   * element after it stands one place further in the document than in the case's set; a violation
   * the rules find in the case is at this pointer in the document. Without a dropped repeat before
   * it, the place has the same pointer in both.
   *
   * @param pointer a JSON Pointer into the case read, such as a rule violation's path
   * @return the JSON Pointer of the same place in the document; any other text as it was given
   */
  public String pointerInDocument(String pointer) {
    return problems.isEmpty() ? pointer : DroppedRepeats.of(problems).inDocument("", pointer);
  }

  /** Returns the problem codes and paths, never a value. */
  @Override
  public String toString() {
    return ReadOutcome.describe(this, "ReadResult");
  }
}
