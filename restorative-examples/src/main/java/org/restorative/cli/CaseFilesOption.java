package org.restorative.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The case records a command reads, and how strictly: the {@code FILE...} parameters and the {@code
 * --lenient} option of the commands that read every record ({@code validate}, {@code stats}, {@code
 * export}, {@code pseudonymise}, {@code fhir}), declared once so that they read and describe their
 * inputs alike.
 */
final class CaseFilesOption {

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description =
          "Case records: .json (one document), .ndjson or .jsonl (one per line), or - for standard"
              + " input. Other names are NDJSON when the first line is a whole object and more"
              + " follow.")
  private List<String> files = new ArrayList<>();

  @Option(
      names = "--lenient",
      description =
          "Drop properties the format does not define, with a warning each, instead of refusing"
              + " the record (default: strict).")
  private boolean lenient;

  /** The inputs: file names, or {@code -} for standard input. */
  List<String> files() {
    return files;
  }

  /** Whether properties the format does not define are dropped instead of refused. */
  boolean lenient() {
    return lenient;
  }
}
