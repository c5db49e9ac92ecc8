package org.restorative.research;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a table as the research tables are written: RFC 4180 CSV through Apache Commons CSV, with
 * a header row, fields separated by commas, records ended by CRLF, a field quoted when it holds a
 * comma, a double quote, a carriage return or a line feed, and a double quote inside a quoted field
 * written twice. Commons CSV also quotes a field that begins with a character up to {@code #} in
 * Unicode order (a space, {@code !}, {@code "}, {@code #} or a control character) or ends in a
 * space or a control character, and an empty first field of a record; each reads back as it was.
 * Files are UTF-8 without a byte-order mark. R ({@code read.csv}, {@code readr}) and pandas ({@code
 * read_csv}) read it as it is.
 *
 * <p>For a table of one's own, such as a funnel or a count by role: {@code
 * ResearchCsv.write(Path.of("funnel.csv"), header, rows)}.
 */
public final class ResearchCsv {

  /** RFC 4180: commas, double quotes where needed, CRLF after every record. */
  static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

  private ResearchCsv() {}

  /**
   * Writes a header row and the rows to {@code out}, leaving it open.
   *
   * @param out where to write; flushed, not closed
   * @param header the header row
   * @param rows the rows; an empty string is an empty field
   * @throws IOException if writing fails
   */
  public static void write(
      Appendable out, List<String> header, Iterable<? extends List<String>> rows)
      throws IOException {
    CSVPrinter printer = printer(out);
    printer.printRecord(header);
    for (List<String> row : rows) {
      printer.printRecord(row);
    }
    printer.flush();
  }

  /**
   * Writes a header row and the rows to a file, UTF-8 without a byte-order mark, replacing it if it
   * exists.
   *
   * @param file the file; its folder must exist
   * @param header the header row
   * @param rows the rows; an empty string is an empty field
   * @throws IOException if writing fails
   */
  public static void write(Path file, List<String> header, Iterable<? extends List<String>> rows)
      throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(out, header, rows);
    }
  }

  /** A printer over {@code out} in the research tables' format; it writes no header of its own. */
  static CSVPrinter printer(Appendable out) throws IOException {
    return new CSVPrinter(out, FORMAT);
  }
}
