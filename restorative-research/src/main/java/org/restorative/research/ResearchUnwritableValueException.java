package org.restorative.research;

/**
 * A case built in code holds a value the research tables cannot carry: a moment or date outside the
 * years 0001 to 9999 (a moment's year in UTC) that a table writes or takes a value from. These are
 * the values the case-record format refuses too ({@code CaseJson} throws restorative-json's {@code
 * UnwritableValueException} for them), so a case read from a record never holds one. The case gives
 * no rows: {@link ResearchTableWriter} writes nothing of it.
 *
 * <p>It is a programming error of the caller, who built the model: the message names the value's
 * JSON Pointer in the case record, the table and column it would go to, and the range the tables
 * take, never the value. The pointer is the place to look, as for the JSON and FHIR writers: it
 * names the one value in the case, where a column takes its value from one of many (an action's
 * {@code ended_at} from the last change of its status history).
 */
public final class ResearchUnwritableValueException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The JSON Pointer of the value in the case record. */
  private final String pointer;

  ResearchUnwritableValueException(String pointer, String file, String column, String range) {
    super(
        "Cannot write "
            + file
            + ", column "
            + column
            + ", from "
            + pointer
            + ": the tables take "
            + range
            + " only.");
    this.pointer = pointer;
  }

  /**
   * Where the value is, as a JSON Pointer into the case-record format, such as {@code
   * /closure/closedAt} or {@code /actions/0/statusHistory/2/at}.
   *
   * @return the pointer
   */
  public String pointer() {
    return pointer;
  }
}
