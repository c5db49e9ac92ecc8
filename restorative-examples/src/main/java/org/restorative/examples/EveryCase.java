package org.restorative.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Consumer;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.rules.Violation;
import org.restorative.json.CaseJson;

/**
 * Reads every case of the inputs named on the command line, one at a time, for the commands that go
 * through all readable cases ({@code stats}, {@code pseudonymise}) and report the rest.
 *
 * <p>A record that cannot be read as a case is reported on standard error with its file, line (for
 * NDJSON), code, path and message — never a value from the record — and the reading goes on with the
 * next record; so are the warnings of a record read leniently (a property dropped); an input that cannot be opened is reported in one line and the reading goes on with
 * the next input. Nothing is kept, so memory stays flat.
 */
final class EveryCase {

  private EveryCase() {}

  /**
   * Hands every readable case of the inputs to {@code each}, in the order read.
   *
   * @param command the running command, for standard input and error
   * @param files the inputs: file names, or {@code -} for standard input
   * @param lenient whether properties the format does not define are dropped instead of refused
   * @param each takes each case; a failure it throws (such as a {@link CommandFailure} for an output
   *     that cannot be written) ends the reading
   * @return how many records or inputs could not be read — a record refused for its structure
   *     included — for the summary line and {@link RestorativeCommand#exitCode}
   */
  static long read(
      RestorativeCommand command, List<String> files, boolean lenient, Consumer<RestorativeCase> each) {
    CaseJson json = lenient ? CaseJson.lenient() : CaseJson.strict();
    long[] unreadable = new long[1];
    for (String file : files) {
      CaseInput input = new CaseInput(file);
      try {
        input.read(
            command.in(),
            json,
            (line, result) -> {
              if (result.restorativeCase().isPresent()) {
                report(command, input, line, result.warnings());
                each.accept(result.restorativeCase().get());
              } else {
                unreadable[0]++;
                report(command, input, line, result.errors());
              }
            });
      } catch (IOException e) {
        unreadable[0]++;
        cannotRead(command, input, RestorativeCommand.describe(e));
      } catch (UncheckedIOException e) {
        unreadable[0]++;
        cannotRead(command, input, RestorativeCommand.describe(e.getCause()));
      }
    }
    return unreadable[0];
  }

  private static void cannotRead(RestorativeCommand command, CaseInput input, String why) {
    command.out().flush();
    command.err().println(input.displayName() + ": cannot be read: " + why);
  }

  /**
   * Problems of a record — the errors of one that could not be read, the warnings of one read
   * leniently — one line each, never a value from it.
   */
  private static void report(
      RestorativeCommand command, CaseInput input, OptionalLong line, List<Violation> problems) {
    if (problems.isEmpty()) {
      return;
    }
    command.out().flush();
    String where = input.displayName() + (line.isPresent() ? ":" + line.getAsLong() : "");
    for (Violation v : problems) {
      command
          .err()
          .println(
              where
                  + ": "
                  + v.severity()
                  + " "
                  + v.code()
                  + " "
                  + (v.path().isEmpty() ? "-" : ValidateCommand.oneLine(v.path()))
                  + " "
                  + ValidateCommand.oneLine(v.message()));
    }
  }
}
