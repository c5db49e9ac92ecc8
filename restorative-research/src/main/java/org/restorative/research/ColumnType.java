package org.restorative.research;

import java.util.Locale;

/**
 * What a column of a research table holds, as the data dictionary names it. An absent value is an
 * empty field whatever the type.
 */
public enum ColumnType {
  /**
   * An id of the record: a case's, a party's, a meeting's, ... An id that begins with {@code =},
   * {@code +}, {@code -} or {@code @} is written with a {@code '} before it, so that a spreadsheet
   * shows it as text instead of running it as a formula.
   */
  ID,
  /** One code of the model, the name of an enum constant such as {@code PERSON_HARMED}. */
  CODE,
  /** Codes joined by {@code ;}, each at most once, in the order of their declaration. */
  CODES,
  /**
   * An ISO-8601 calendar date ({@code 2026-03-09}) in the trust's zone, Europe/London, in the years
   * 0001 to 9999. The day of a moment is the day it falls on in the zone; a moment within hours of
   * the ends of those years (in UTC) can fall on 0000-12-31 or 10000-01-01 there, and is written as
   * on 0001-01-01 or 9999-12-31, so that every reader of ISO-8601 dates (Python's {@code
   * datetime.date} among them) parses it.
   */
  DATE,
  /** An ISO-8601 instant in UTC ({@code 2026-03-09T10:15:30Z}), in the years 0001 to 9999. */
  DATETIME,
  /** A whole number. */
  INTEGER,
  /** A decimal number with a point ({@code 25.00}), never an exponent. */
  DECIMAL,
  /** {@code true} or {@code false}. */
  BOOLEAN;

  /**
   * The type's name in the data dictionary: {@code id}, {@code code}, {@code codes}, {@code date},
   * {@code datetime}, {@code integer}, {@code decimal} or {@code boolean}.
   *
   * @return the name, in lower case
   */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
