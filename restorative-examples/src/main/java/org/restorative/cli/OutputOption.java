package org.restorative.cli;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The {@code -o}/{@code --output} option of the commands that write NDJSON ({@code pseudonymise},
 * {@code fhir}): the file to write instead of standard output.
 */
final class OutputOption {

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Where to write the NDJSON (default: standard output); replaced if it exists.")
  private @Nullable Path output;

  /** The file to write, or null for standard output. */
  @Nullable Path output() {
    return output;
  }
}
