package org.restorative.json;

import java.util.List;
import java.util.Optional;
import org.restorative.core.rules.Policy;
import org.restorative.core.rules.Violation;

/**
 * What reading a policy document gave: the policy, when the document could be read, and every
 * problem found, as violations with codes and JSON Pointers. Warnings (a dropped unknown setting
 * when reading leniently) come with a policy; errors come without one.
 *
 * @param policy the policy, if the document could be read
 * @param problems every problem, in document order
 */
public record PolicyReadResult(Optional<Policy> policy, List<Violation> problems)
    implements ReadOutcome {

  /**
   * Copies the problems.
   *
   * @param policy the policy, if the document could be read
   * @param problems every problem, in document order
   */
  public PolicyReadResult {
    problems = List.copyOf(problems);
  }

  /**
   * Whether the document was read without error.
   *
   * @return true if a policy was read
   */
  @Override
  public boolean isRead() {
    return policy.isPresent();
  }

  /** Returns whether a policy was read and the problems' codes and paths, never a value. */
  @Override
  public String toString() {
    return ReadOutcome.describe(this, "PolicyReadResult");
  }
}
