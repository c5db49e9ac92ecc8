package org.restorative.core.rules;

/** How serious a violation is. */
public enum Severity {
  /** The case must not enter the stage, or the record is wrong and must be corrected. */
  ERROR,
  /** Allowed, but worth a look: good practice says otherwise. */
  WARNING
}
