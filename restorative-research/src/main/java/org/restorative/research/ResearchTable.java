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

  /**
   * A cell's value would come from a moment or date outside the range the tables take; the table
   * turns it into a {@link ResearchUnwritableValueException} naming its file and the column.
   */
  static final class OutOfRange extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The value's JSON Pointer in the case record. */
    final String pointer;

    /** What the tables take there, such as "dates in the years 0001 to 9999". */
    final String range;

    OutOfRange(String pointer, String range) {
      super(null, null, false, false);
      this.pointer = pointer;
      this.range = range;
    }
  }

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
    String file = name + ".csv";
    List<Column> columns = cells.stream().map(Cell::column).toList();
    Function<RestorativeCase, List<List<String>>> rows =
        c -> {
          List<List<String>> all = new ArrayList<>();
          for (T part : parts.apply(c)) {
            List<String> fields = new ArrayList<>(cells.size());
            for (Cell<T> cell : cells) {
              String value;
              try {
                value = cell.value().apply(c, part);
              } catch (OutOfRange e) {
                throw new ResearchUnwritableValueException(
                    e.pointer, file, cell.column().name(), e.range);
              }
              fields.add(cell.column().type() == ColumnType.ID ? asText(value) : value);
            }
            all.add(List.copyOf(fields));
          }
          return List.copyOf(all);
        };
    return new ResearchTable(name, file, description, columns, rows);
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
   * @throws ResearchUnwritableValueException if the case holds a moment or date outside the years
   *     0001 to 9999 (a moment's year in UTC) that the table writes or takes a value from; its
   *     message names the value's JSON Pointer and the column, never the value
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
