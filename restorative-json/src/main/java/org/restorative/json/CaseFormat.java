package org.restorative.json;

/** The case-record format: its name, version and source label for problems. Work in progress. */
final class CaseFormat {

  private CaseFormat() {}

  /** The source named by every reading problem. */
  static final String SOURCE = "restorative case-record format, version 1";
}
