package org.restorative.research;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.restorative.core.casefile.RestorativeCase;

/**
 * One research table: its name, its file, what a row is, its columns, and the rows a case gives.
 * The five tables are the constants of {@link ResearchTables}.
 */
public final class ResearchTable {

  /**
   * One column and how a row of the table gives its value.
   *
   * @param <T> the part of the case a row stands for
   */
  record Cell<T>(Column column, BiFunction<RestorativeCase, T, String> value) {}

  private final String name;
  private final String file;
  private final String description;
  private final List<Column> columns;
  private final Function<RestorativeCase, List<List<String>>> rows;

  private ResearchTable(
      String name,
      String file,
      String description,
      List<Column> columns,
      Function<RestorativeCase, List<List<String>>> rows) {
    this.name = name;
    this.file = file;
    this.description = description;
    this.columns = columns;
    this.rows = rows;
  }

  /**
   * A table whose rows are the parts {@code parts} gives of a case, one field per cell.
   *
   * @param <T> the part of the case a row stands for
   */
  static <T> ResearchTable of(
      String name,
      String description,
      Function<RestorativeCase, List<T>> parts,
      List<Cell<T>> cells) {
    List<Column> columns = cells.stream().map(Cell::column).toList();
    Function<RestorativeCase, List<List<String>>> rows =
        c -> {
          List<List<String>> all = new ArrayList<>();
          for (T part : parts.apply(c)) {
            List<String> fields = new ArrayList<>(cells.size());
            for (Cell<T> cell : cells) {
              String value = cell.value().apply(c, part);
              fields.add(cell.column().type() == ColumnType.ID ? asText(value) : value);
            }
            all.add(List.copyOf(fields));
          }
          return List.copyOf(all);
        };
    return new ResearchTable(name, name + ".csv", description, columns, rows);
  }

  /**
   * An id as a spreadsheet shows it as text: one that begins with {@code =}, {@code +}, {@code -}
   * or {@code @}, which a spreadsheet would take for a formula and run (CSV injection, OWASP), gets
   * a {@code '} before it; any other is written as it is. An id holds no tab, carriage return or
   * other control character, the other characters that begin a formula.
   */
  static String asText(String id) {
    if (id.isEmpty()) {
      return id;
    }
    char first = id.charAt(0);
    return first == '=' || first == '+' || first == '-' || first == '@' ? "'" + id : id;
  }

  /**
   * The table's name, such as {@code cases}.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The table's file, such as {@code cases.csv}.
   *
   * @return the file's name
   */
  public String file() {
    return file;
  }

  /**
   * What a row of the table is, in a sentence.
   *
   * @return the description
   */
  public String description() {
    return description;
  }

  /**
   * The columns, in order.
   *
   * @return the columns
   */
  public List<Column> columns() {
    return columns;
  }

  /**
   * The header row: the columns' names, in order.
   *
   * @return the names
   */
  public List<String> header() {
    return columns.stream().map(Column::name).toList();
  }

  /**
   * The rows one case gives the table, each as its fields in column order; an absent value is an
   * empty field. The cases table gives one row per case, the others one per party, meeting, action
   * or evaluation, none when the case holds none.
   *
   * @param restorativeCase the case
   * @return the rows
   */
  public List<List<String>> rows(RestorativeCase restorativeCase) {
    return rows.apply(restorativeCase);
  }

  /** The table's file name only: a table holds no values of its own. */
  @Override
  public String toString() {
    return "ResearchTable[" + file + "]";
  }
}
