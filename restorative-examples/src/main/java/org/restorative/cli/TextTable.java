package org.restorative.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table for a terminal: a header row, a rule of dashes, then the rows, columns
 * separated by two spaces, text left-aligned and numbers right-aligned, no trailing spaces.
 */
final class TextTable {

  private final List<String> header;
  private final String alignment;
  private final List<List<String>> rows = new ArrayList<>();

  /**
   * An empty table.
   *
   * @param alignment one letter per column: {@code L} for left-aligned, {@code R} for right-aligned
   * @param header the column headings
   */
  TextTable(String alignment, String... header) {
    if (alignment.length() != header.length || !alignment.matches("[LR]*")) {
      throw new IllegalArgumentException("text table alignment must give L or R for each column");
    }
    this.header = List.of(header);
    this.alignment = alignment;
  }

  /**
   * Adds a row.
   *
   * @param cells one cell per column
   * @return this table
   */
  TextTable add(String... cells) {
    if (cells.length != header.size()) {
      throw new IllegalArgumentException("text table row must have one cell per column");
    }
    rows.add(List.of(cells));
    return this;
  }

  /**
   * Prints the table.
   *
   * @param out where to print
   */
  void print(PrintStream out) {
    int[] widths = new int[header.size()];
    List<List<String>> all = new ArrayList<>();
    all.add(header);
    all.addAll(rows);
    for (List<String> row : all) {
      for (int i = 0; i < widths.length; i++) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    List<String> rule = new ArrayList<>();
    for (int width : widths) {
      rule.add("-".repeat(width));
    }
    out.println(line(header, widths));
    out.println(line(rule, widths));
    for (List<String> row : rows) {
      out.println(line(row, widths));
    }
  }

  private String line(List<String> cells, int[] widths) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < widths.length; i++) {
      if (i > 0) {
        text.append("  ");
      }
      String cell = cells.get(i);
      String pad = " ".repeat(widths[i] - cell.length());
      text.append(alignment.charAt(i) == 'R' ? pad + cell : cell + pad);
    }
    return text.toString().stripTrailing();
  }
}
