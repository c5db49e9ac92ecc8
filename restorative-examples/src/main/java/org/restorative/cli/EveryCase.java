package org.restorative.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.rules.Violation;
import org.restorative.json.CaseJson;
import org.restorative.json.ReadResult;

/**
 * Reads every record of the inputs named on the command line, one at a time, for the commands that
 * go through all of them ({@code validate}, {@code stats}, {@code export}, {@code pseudonymise}),
 * and reports the rest.
 *
 * <p>A record that cannot be read as a case is reported on standard error with its file, line (for
 * NDJSON), code, path and message — never a value from the record — and the reading goes on with
 * the next record; so are the warnings of a record read leniently (a property dropped). An input
 * that cannot be opened is reported in one line and the reading goes on with the next input.
 *
 * <p>A defect of the tool met while handling one readable record — any unexpected exception — is
 * reported in one line with the record's file and line and the exception's class, never its message
 * (which could quote a value), and the reading goes on with the next record; the command then ends
 * with exit code 3. A failure the command raises on purpose — a {@link CommandFailure}, such as an
 * output that cannot be written — still ends the reading, and so does an {@link
 * UncheckedIOException} from its output, as a {@link CommandFailure} with exit code 2. Nothing is
 * kept, so memory stays flat.
 *
 * <p>NDJSON records can be read and prepared on several threads ({@code --threads}): each record's
 * work is split into what can be done apart (reading, checking, counting, formatting), on a worker
 * thread, and the step it leaves (counting the outcome, printing, writing), taken on the reading
 * thread in input order. Every failure above is handled in its record's turn, so the output, the
 * counts and the exit code are those of one thread.
 */
final class EveryCase {

  private EveryCase() {}

  /** What is done with each record read, readable or not. */
  @FunctionalInterface
  interface RecordSink {
    /**
     * Takes one record.
     *
     * @param input the input it came from
     * @param line the NDJSON line number, or empty for a whole document
     * @param result the case read and its problems
     */
    void accept(CaseInput input, OptionalLong line, ReadResult result);
  }

  /**
   * What a command makes of each record in two steps: the first on a worker thread, several records
   * at once, the second — the step the first returns — on the reading thread in input order.
   * Whatever is printed or written belongs in the second, so the output is the same on any number
   * of threads.
   */
  @FunctionalInterface
  interface RecordWork {
    /**
     * Does what can be done apart for one record, readable or not — checking, counting into the
     * thread's own tally, formatting — and returns the step left to take in input order.
     *
     * @param input the input it came from
     * @param line the NDJSON line number, or empty for a whole document
     * @param result the case read and its problems
     * @return what is left to do, on the reading thread
     */
    Runnable prepare(CaseInput input, OptionalLong line, ReadResult result);
  }

  /** What a command makes of each readable case in two steps, as {@link RecordWork} does. */
  @FunctionalInterface
  interface CaseWork {
    /**
     * Does what can be done apart for one case, on a worker thread.
     *
     * @param restorativeCase the case
     * @return what is left to do, on the reading thread, in input order
     */
    Runnable prepare(RestorativeCase restorativeCase);
  }

  /** The step of a record with nothing left to do. */
  static final Runnable NOTHING = () -> {};

  /**
   * What reading the inputs came to, for the summary line and the exit code.
   *
   * @param unreadable how many records or inputs could not be read, a record refused for its
   *     structure included
   * @param defects how many readable records were skipped because the tool failed on them
   */
  record Counts(long unreadable, long defects) {

    /**
     * The command's exit code, given the ERRORs found in the records read.
     *
     * @param errors how many violations of severity ERROR were found
     * @return the exit code, as {@link RestorativeCommand#exitCode(long, long, long)} decides it
     */
    int exitCode(long errors) {
      return RestorativeCommand.exitCode(unreadable, errors, defects);
    }

    /**
     * The end of a summary line: how many records were not read or were skipped, or nothing.
     *
     * @return such as {@code "; 1 could not be read"}, or empty when every record was handled
     */
    String notHandled() {
      return (unreadable > 0 ? "; " + unreadable + " could not be read" : "")
          + (defects > 0 ? "; " + defects + " skipped by an internal error" : "");
    }
  }

  /**
   * Hands every readable case of the inputs to {@code each}, in the order read, and reports the
   * problems of each record on standard error.
   *
   * @param command the running command, for standard input and error
   * @param files the inputs: file names, or {@code -} for standard input
   * @param lenient whether properties the format does not define are dropped instead of refused
   * @param each takes each case; a {@link CommandFailure} or {@link UncheckedIOException} it throws
   *     ends the reading (the latter as a {@link CommandFailure}), any other exception skips the
   *     record as a defect
   * @return what reading came to
   */
  static Counts read(
      RestorativeCommand command,
      List<String> files,
      boolean lenient,
      Consumer<RestorativeCase> each) {
    return read(command, files, lenient, 1, c -> () -> each.accept(c));
  }

  /**
   * Hands every readable case of the inputs to {@code work} on {@code threads} threads, takes the
   * steps it returns in input order on this thread, and reports the problems of each record on
   * standard error in its turn: the output is the same on any number of threads.
   *
   * @param command the running command, for standard input and error
   * @param files the inputs: file names, or {@code -} for standard input
   * @param lenient whether properties the format does not define are dropped instead of refused
   * @param threads how many threads read and prepare NDJSON records; 1 does it all on this thread
   * @param work prepares each case; what it or its step throws is handled in the record's turn: a
   *     {@link CommandFailure} or {@link UncheckedIOException} ends the reading (the latter as a
   *     {@link CommandFailure}), any other exception skips the record as a defect
   * @return what reading came to
   */
  static Counts read(
      RestorativeCommand command, List<String> files, boolean lenient, int threads, CaseWork work) {
    return read(
        command,
        files,
        lenient ? CaseJson.lenient() : CaseJson.strict(),
        threads,
        (input, line, result) -> {
          if (result.restorativeCase().isPresent()) {
            List<Violation> warnings = result.warnings();
            Runnable step = prepared(() -> work.prepare(result.restorativeCase().get()));
            return () -> {
              report(command, input, line, warnings);
              step.run();
            };
          }
          List<Violation> errors = result.errors();
          return () -> report(command, input, line, errors);
        });
  }

  /**
   * Hands every record of the inputs to {@code each}, readable or not, in the order read; counts
   * the records that could not be read, and the records {@code each} failed on.
   *
   * @param command the running command, for standard input and error
   * @param files the inputs: file names, or {@code -} for standard input
   * @param json the reader
   * @param each takes each record and reports its problems; a {@link CommandFailure} or {@link
   *     UncheckedIOException} it throws ends the reading (the latter as a {@link CommandFailure}),
   *     any other exception skips the record as a defect
   * @return what reading came to
   */
  static Counts read(
      RestorativeCommand command, List<String> files, CaseJson json, RecordSink each) {
    return read(
        command, files, json, 1, (input, line, result) -> () -> each.accept(input, line, result));
  }

  /**
   * Hands every record of the inputs, readable or not, to {@code work} on {@code threads} threads,
   * and takes the steps it returns in input order on this thread; counts the records that could not
   * be read, and the records {@code work} or its step failed on.
   *
   * @param command the running command, for standard input and error
   * @param files the inputs: file names, or {@code -} for standard input
   * @param json the reader
   * @param threads how many threads read and prepare NDJSON records; 1 does it all on this thread
   * @param work prepares each record; what it or its step throws is handled in the record's turn: a
   *     {@link CommandFailure} or {@link UncheckedIOException} ends the reading (the latter as a
   *     {@link CommandFailure}), any other exception skips the record as a defect
   * @return what reading came to
   */
  static Counts read(
      RestorativeCommand command, List<String> files, CaseJson json, int threads, RecordWork work) {
    long[] unreadable = new long[1];
    long[] defects = new long[1];
    for (String file : files) {
      CaseInput input = new CaseInput(file);
      try {
        input.read(
            command.in(),
            json,
            threads,
            (line, result) -> {
              // On a worker thread: nothing here touches the counts or the output.
              boolean read = result.isRead();
              Runnable step = prepared(() -> work.prepare(input, line, result));
              return () -> handle(command, input, line, read, step, unreadable, defects);
            });
      } catch (IOException e) {
        unreadable[0]++;
        cannotRead(command, input, input.describe(e));
      } catch (UncheckedIOException e) {
        unreadable[0]++;
        IOException cause = e.getCause();
        cannotRead(
            command, input, cause == null ? RestorativeCommand.describe(e) : input.describe(cause));
      }
    }
    return new Counts(unreadable[0], defects[0]);
  }

  /**
   * The step a preparation returned, or, when it threw, a step that throws the same exception, so
   * that it is handled in the record's turn.
   */
  private static Runnable prepared(Supplier<Runnable> preparation) {
    try {
      return preparation.get();
    } catch (RuntimeException e) {
      return () -> {
        throw e;
      };
    }
  }

  /** Takes one record's step in its turn, on the reading thread, counting what went wrong. */
  private static void handle(
      RestorativeCommand command,
      CaseInput input,
      OptionalLong line,
      boolean read,
      Runnable step,
      long[] unreadable,
      long[] defects) {
    if (!read) {
      unreadable[0]++;
    }
    try {
      step.run();
    } catch (CommandFailure e) {
      throw e;
    } catch (UncheckedIOException e) {
      // From the command's output, not its input: the input's failures come from read.
      throw new CommandFailure(
          RestorativeCommand.UNREADABLE, "cannot write: " + RestorativeCommand.describe(e));
    } catch (RuntimeException e) {
      defects[0]++;
      skipped(command, input, line, e);
    }
  }

  private static void cannotRead(RestorativeCommand command, CaseInput input, String why) {
    command.out().flush();
    command.err().println(input.displayName() + ": cannot be read: " + why);
  }

  /**
   * One line for a record the tool failed on: where, and the exception's class, never its message.
   */
  private static void skipped(
      RestorativeCommand command, CaseInput input, OptionalLong line, RuntimeException e) {
    command.out().flush();
    command
        .err()
        .println(
            where(input, line)
                + ": internal error ("
                + e.getClass().getSimpleName()
                + "); record skipped, please report it with the command line used");
  }

  private static String where(CaseInput input, OptionalLong line) {
    return input.displayName() + (line.isPresent() ? ":" + line.getAsLong() : "");
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
    String where = where(input, line);
    for (Violation v : problems) {
      command.err().println(problemLine(where, v));
    }
  }

  /**
   * One reading problem as one line: where, then severity, code, path ({@code -} for the document)
   * and message, each on one line.
   */
  static String problemLine(String where, Violation v) {
    return where
        + ": "
        + v.severity()
        + " "
        + v.code()
        + " "
        + (v.path().isEmpty() ? "-" : ValidateCommand.oneLine(v.path()))
        + " "
        + ValidateCommand.oneLine(v.message());
  }
}
