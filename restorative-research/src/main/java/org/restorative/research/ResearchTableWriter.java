package org.restorative.research;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVPrinter;
import org.restorative.core.casefile.RestorativeCase;

/**
 * Writes the five research tables as RFC 4180 CSV (see {@link ResearchCsv}), a case at a time: each
 * case's rows go out as it is written and the writer keeps none of them, so memory stays flat
 * however many cases there are. Every table's rows of a case are made before any is written, so a
 * case whose rows cannot be made leaves no part of itself in the tables.
 *
 * <pre>{@code
 * try (ResearchTableWriter tables = ResearchTableWriter.open(Path.of("tables"))) {
 *   tables.writeAll(SyntheticCases.seeded(7).cohort(2000));
 * }
 * }</pre>
 *
 * <p>Not safe for use by several threads at once. To spread the work over threads, make each case's
 * rows with {@link #rows(RestorativeCase)} on any thread, and write them in order with {@link
 * #writeRows(CaseRows)} on one.
 */
public final class ResearchTableWriter implements Closeable {

  private final Map<ResearchTable, CSVPrinter> printers;
  private final List<Appendable> outputs;
  private final boolean owned;
  private long cases;

  private ResearchTableWriter(
      Map<ResearchTable, CSVPrinter> printers, List<Appendable> outputs, boolean owned) {
    this.printers = printers;
    this.outputs = outputs;
    this.owned = owned;
  }

  /**
   * Opens a writer of the tables in a folder, created if missing: {@code cases.csv}, {@code
   * parties.csv}, {@code meetings.csv}, {@code actions.csv} and {@code evaluations.csv}, each with
   * its header row, and {@code data-dictionary.csv}, written whole. Files of those names are
   * replaced. Closing the writer closes the files.
   *
   * @param directory the folder
   * @return the writer
   * @throws IOException if the folder or a file cannot be made or written
   */
  public static ResearchTableWriter open(Path directory) throws IOException {
    Files.createDirectories(directory);
    List<Appendable> files = new ArrayList<>();
    try {
      for (ResearchTable table : ResearchTables.ALL) {
        files.add(file(directory.resolve(table.file())));
      }
      ResearchTables.writeDictionary(directory);
      return start(files, true);
    } catch (IOException | RuntimeException e) {
      for (Appendable file : files) {
        try {
          ((Closeable) file).close();
        } catch (IOException suppressed) {
          e.addSuppressed(suppressed);
        }
      }
      throw e;
    }
  }

  /**
   * A writer of the tables to outputs of the caller's, one per table, each of which gets its header
   * row at once. Closing the writer flushes them (those that are {@link Flushable}) but does not
   * close them. The data dictionary is the caller's to write, with {@link
   * ResearchTables#writeDictionary(Appendable)}.
   *
   * @param outputs the output of each of the five tables of {@link ResearchTables#ALL}, distinct
   * @return the writer
   * @throws IOException if a header row cannot be written
   */
  public static ResearchTableWriter of(Function<ResearchTable, ? extends Appendable> outputs)
      throws IOException {
    List<Appendable> each = new ArrayList<>();
    for (ResearchTable table : ResearchTables.ALL) {
      each.add(Objects.requireNonNull(outputs.apply(table), "an output for every table"));
    }
    return start(each, false);
  }

  private static ResearchTableWriter start(List<Appendable> outputs, boolean owned)
      throws IOException {
    Map<ResearchTable, CSVPrinter> printers = new LinkedHashMap<>();
    for (int i = 0; i < ResearchTables.ALL.size(); i++) {
      ResearchTable table = ResearchTables.ALL.get(i);
      CSVPrinter printer = ResearchCsv.printer(outputs.get(i));
      printer.printRecord(table.header());
      printers.put(table, printer);
    }
    return new ResearchTableWriter(printers, List.copyOf(outputs), owned);
  }

  private static Appendable file(Path file) throws IOException {
    return new BufferedWriter(
        new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16);
  }

  /**
   * One case's rows for each of the five tables, made and not yet written. A class rather than a
   * record: its rows hold values of the case, which it neither prints nor compares.
   */
  public static final class CaseRows {
    private final List<List<List<String>>> tables;

    private CaseRows(List<List<List<String>>> tables) {
      this.tables = tables;
    }
  }

  /**
   * Makes one case's rows for every table, without writing them: this reads the case only, so it
   * may run on any thread, several cases at once, while {@link #writeRows(CaseRows)} writes the
   * rows in order on one thread.
   *
   * @param restorativeCase the case
   * @return its rows
   * @throws ResearchUnwritableValueException if the case holds a moment or date outside the years
   *     0001 to 9999 (a moment's year in UTC) that a table writes or takes a value from, which only
   *     a case built in code can; its message names the value's JSON Pointer, never the value
   */
  public static CaseRows rows(RestorativeCase restorativeCase) {
    List<List<List<String>>> tables = new ArrayList<>(ResearchTables.ALL.size());
    for (ResearchTable table : ResearchTables.ALL) {
      tables.add(table.rows(restorativeCase));
    }
    return new CaseRows(tables);
  }

  /**
   * Writes one case's rows to every table. The rows are all made first; if making them fails,
   * nothing of the case is written.
   *
   * @param restorativeCase the case
   * @throws IOException if writing fails
   * @throws ResearchUnwritableValueException if the case holds a moment or date outside the years
   *     0001 to 9999 that a table writes or takes a value from (see {@link #rows}); nothing of the
   *     case is written
   */
  public void write(RestorativeCase restorativeCase) throws IOException {
    writeRows(rows(restorativeCase));
  }

  /**
   * Writes one case's rows, made by {@link #rows(RestorativeCase)}, to every table.
   *
   * @param rows the case's rows
   * @throws IOException if writing fails
   */
  public void writeRows(CaseRows rows) throws IOException {
    int i = 0;
    for (CSVPrinter printer : printers.values()) {
      for (List<String> row : rows.tables.get(i)) {
        printer.printRecord(row);
      }
      i++;
    }
    cases++;
  }

  /**
   * Writes each case of a stream in turn, holding one at a time.
   *
   * @param restorativeCases the cases, such as {@code CaseJson.strict().readNdjson(...)}'s or a
   *     synthetic cohort
   * @throws IOException if writing fails
   * @throws ResearchUnwritableValueException if a case holds a moment or date outside the years
   *     0001 to 9999 that a table writes or takes a value from (see {@link #rows}); the cases
   *     before it are written whole, nothing of it and none after it
   */
  public void writeAll(Stream<RestorativeCase> restorativeCases) throws IOException {
    try {
      Iterator<RestorativeCase> each = restorativeCases.iterator();
      while (each.hasNext()) {
        write(each.next());
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * How many cases have been written.
   *
   * @return the count
   */
  public long cases() {
    return cases;
  }

  /**
   * Flushes every table's output.
   *
   * @throws IOException if flushing fails
   */
  public void flush() throws IOException {
    for (CSVPrinter printer : printers.values()) {
      printer.flush();
    }
  }

  /**
   * Flushes every table; closes the files when the writer opened them.
   *
   * @throws IOException if flushing or closing fails; every table is still tried
   */
  @Override
  public void close() throws IOException {
    IOException failed = null;
    for (int i = 0; i < outputs.size(); i++) {
      try {
        if (owned) {
          ((Closeable) outputs.get(i)).close();
        } else if (outputs.get(i) instanceof Flushable flushable) {
          flushable.flush();
        }
      } catch (IOException e) {
        if (failed == null) {
          failed = e;
        } else {
          failed.addSuppressed(e);
        }
      }
    }
    if (failed != null) {
      throw failed;
    }
  }
}
