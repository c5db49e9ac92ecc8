package org.restorative.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.restorative.research.ResearchTableWriter;
import org.restorative.research.ResearchTables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code restorative export --csv DIR FILE...}: flat CSV tables of case records for R, pandas or a
 * spreadsheet — {@code cases.csv}, {@code parties.csv}, {@code meetings.csv}, {@code actions.csv},
 * {@code evaluations.csv} — and {@code data-dictionary.csv}, which describes every column.
 *
 * <p>The files are UTF-8 without a byte-order mark, with a header row, RFC 4180 quoting and CRLF
 * line ends (RFC 4180 §2; R's {@code read.csv} and {@code readr::read_csv} and pandas' {@code
 * read_csv} read them as they are). They hold no names, dates of birth or free text. The tables are
 * the library's, {@link ResearchTables}, written by its {@link ResearchTableWriter}; this command
 * reads the files and reports. Cases are read one at a time, so memory stays flat however many
 * there are.
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    versionProvider = RestorativeCommand.Version.class,
    description = {
      "Writes case records as flat CSV tables: cases.csv, parties.csv, meetings.csv, actions.csv,"
          + " evaluations.csv, and data-dictionary.csv describing every column.",
      "UTF-8, a header row, RFC 4180 quoting, CRLF line ends, ISO-8601 dates (Europe/London) and"
          + " instants (UTC), lists of codes joined by ';'. No names, dates of birth or free text."
          + " An id that begins with =, +, - or @ is written with a ' before it, so that a"
          + " spreadsheet shows it as text instead of running it as a formula.",
      "Exit code 0 when every record was read and exported; 2 when an input or a record cannot be"
          + " read (the others are still exported; the summary says how many were not); 3 only for a"
          + " defect of the tool. export checks no rules, so it never exits 1."
    })
final class ExportCommand implements Callable<Integer> {

  @ParentCommand private @Nullable RestorativeCommand root;

  @Option(
      names = "--csv",
      paramLabel = "DIR",
      required = true,
      description = "The directory to write the tables to; created if missing, files replaced.")
  private @Nullable Path directory;

  @Mixin private CaseFilesOption records = new CaseFilesOption();

  @Mixin private ThreadsOption threads = new ThreadsOption();

  @Override
  public Integer call() {
    if (root == null || directory == null) {
      throw new IllegalStateException("export runs as a subcommand of restorative, with --csv");
    }
    RestorativeCommand command = root;
    Path dir = directory;
    ResearchTableWriter tables = open(dir);
    EveryCase.Counts read;
    try {
      read =
          EveryCase.read(
              command,
              records.files(),
              records.lenient(),
              threads.threads(),
              c -> {
                ResearchTableWriter.CaseRows rows = ResearchTableWriter.rows(c);
                return () -> {
                  try {
                    tables.writeRows(rows);
                  } catch (IOException e) {
                    throw cannotWrite(dir, e);
                  }
                };
              });
    } finally {
      try {
        tables.close();
      } catch (IOException e) {
        command.err().println("restorative: cannot finish writing to " + dir);
      }
    }
    long exported = tables.cases();
    command
        .err()
        .println(
            "restorative export: "
                + exported
                + (exported == 1 ? " case" : " cases")
                + " written to "
                + dir
                + read.notHandled());
    return read.exitCode(0);
  }

  /** The tables' writer: the folder made, each table's header and the data dictionary written. */
  private static ResearchTableWriter open(Path dir) {
    try {
      return ResearchTableWriter.open(dir);
    } catch (IOException e) {
      throw cannotWrite(dir, e);
    }
  }

  private static CommandFailure cannotWrite(Path dir, IOException e) {
    return new CommandFailure(
        RestorativeCommand.UNREADABLE,
        "cannot write to " + dir + ": " + RestorativeCommand.describe(e));
  }
}
