package org.restorative.core.rules;

import org.restorative.core.internal.Invariants;

/**
 * What a rule's check reports: where and what, before the rule set gives it a code, severity and
 * source. An advisory finding is reported as a warning even by an error rule (rule {@code
 * CONSENT_IN_WRITING} warns about verbal consent and errs on missing consent).
 *
 * @param path the JSON Pointer of the offending element
 * @param message what is wrong, with no personal value
 * @param advisory whether to report it as a warning whatever the rule's severity
 */
public record Finding(String path, String message, boolean advisory) {

  /**
   * Checks the finding.
   *
   * @param path the JSON Pointer of the offending element
   * @param message what is wrong, with no personal value
   * @param advisory whether to report it as a warning whatever the rule's severity
   */
  public Finding {
    Invariants.require(
        path.isEmpty() || path.startsWith("/"), "finding path must be a JSON Pointer");
    Invariants.nonBlank(message, "finding message");
  }

  /**
   * A finding reported with the rule's severity.
   *
   * @param path the JSON Pointer, for example from {@link Pointer#of}
   * @param message what is wrong, with no personal value
   * @return the finding
   */
  public static Finding at(String path, String message) {
    return new Finding(path, message, false);
  }

  /**
   * A finding always reported as a warning.
   *
   * @param path the JSON Pointer
   * @param message what is wrong, with no personal value
   * @return the finding
   */
  public static Finding advisory(String path, String message) {
    return new Finding(path, message, true);
  }
}
