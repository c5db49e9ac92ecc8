package org.restorative.examples;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes CSV as RFC 4180 says: fields separated by commas, records ended by CRLF, a field quoted when
 * it holds a comma, a double quote, a carriage return or a line feed, and a double quote inside a
 * quoted field written twice. R ({@code read.csv}, {@code readr}) and pandas read it as it is.
 */
final class CsvWriter implements Closeable {

  /** The record separator: CRLF, as RFC 4180 §2 says. */
  static final String LINE_END = "\r\n";

  private final Writer out;

  CsvWriter(Writer out) {
    this.out = out;
  }

  /**
   * Writes one record.
   *
   * @param fields the fields; an empty string is an empty field
   * @throws IOException if writing fails
   */
  void write(List<String> fields) throws IOException {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(field(fields.get(i)));
    }
    out.write(LINE_END);
  }

  /**
   * One field as written: quoted when it must be.
   *
   * @param value the value
   * @return the field
   */
  static String field(String value) {
    boolean quote = false;
    for (int i = 0; i < value.length() && !quote; i++) {
      char c = value.charAt(i);
      quote = c == ',' || c == '"' || c == '\r' || c == '\n';
    }
    return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
