package org.restorative.examples.archfixture;

import org.restorative.core.internal.Invariants;

/**
 * A deliberately bad class: code outside core calling core's internal checks. Test fixture only.
 */
public final class UsesCoreInternals {

  private UsesCoreInternals() {}

  /**
   * Checks a label with core's internal check.
   *
   * @param label the label
   */
  public static void check(String label) {
    Invariants.nonBlank(label, "label");
  }
}
