package org.restorative.json;

import java.util.List;
import org.restorative.core.rules.Violation;

/**
 * What reading a document of this module's formats gave, whatever it holds: whether it was read,
 * and every problem found, as violations with codes and JSON Pointers. A case record's {@link
 * ReadResult} and a policy's {@link PolicyReadResult} are both, so code that reports problems
 * serves either.
 */
public interface ReadOutcome {

  /**
   * Every problem, in document order.
   *
   * @return the problems
   */
  List<Violation> problems();

  /**
   * Whether the document was read without error.
   *
   * @return true if its value was read
   */
  boolean isRead();

  /**
   * The errors.
   *
   * @return the problems of severity ERROR
   */
  default List<Violation> errors() {
    return problems().stream().filter(Violation::isError).toList();
  }

  /**
   * The warnings.
   *
   * @return the problems of severity WARNING
   */
  default List<Violation> warnings() {
    return problems().stream().filter(v -> !v.isError()).toList();
  }

  /**
   * How an outcome prints: whether it was read, and its problems' codes and paths, never a value.
   *
   * @param outcome the outcome
   * @param name the record type's simple name
   * @return such as {@code ReadResult{read=false, problems=[JSON_MISSING_PROPERTY@/stage]}}
   */
  static String describe(ReadOutcome outcome, String name) {
    return name
        + "{read="
        + outcome.isRead()
        + ", problems="
        + outcome.problems().stream().map(v -> v.code() + "@" + v.path()).toList()
        + "}";
  }
}
