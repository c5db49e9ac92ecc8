package org.restorative.research;

import java.util.Objects;

/**
 * One column of a research table, as the data dictionary describes it.
 *
 * @param name the column's name in the header row, such as {@code case_id}
 * @param type what the column holds
 * @param description what it means, in a sentence
 */
public record Column(String name, ColumnType type, String description) {

  /**
   * A column.
   *
   * @param name the column's name in the header row, such as {@code case_id}
   * @param type what the column holds
   * @param description what it means, in a sentence
   * @throws NullPointerException if any part is null
   */
  public Column {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(description, "description");
  }
}
