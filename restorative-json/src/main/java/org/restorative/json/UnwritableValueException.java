package org.restorative.json;

import java.util.ArrayList;
import java.util.List;
import org.restorative.core.rules.Pointer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.TokenStreamContext;

/**
 * A case built in code holds a value the format cannot carry, so writing it would give a document
 * that reads back differently or not at all: a moment or date outside the years 0001 to 9999 (in
 * UTC), a decimal with more than 15 digits before its point or more than 6 decimal places (trailing
 * zeros aside), or text holding an unpaired UTF-16 surrogate (which has no UTF-8 form). Every value
 * the reader accepts, the writer writes; this is the other half: what the reader would refuse, the
 * writer refuses. {@link CaseJson} then writes nothing of the case; through {@link
 * RestorativeJacksonModule} the caller's generator holds what was written before the value.
 *
 * <p>It is a programming error of the caller, who built the model: the message names the value's
 * JSON Pointer in the document and the format's range, never the value.
 */
public final class UnwritableValueException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The JSON Pointer of the value in the document; {@code ""} for the document itself. */
  private final String pointer;

  private UnwritableValueException(String pointer, String range) {
    super(
        "Cannot write "
            + (pointer.isEmpty() ? "the document" : pointer)
            + ": the format holds "
            + range
            + " only.");
    this.pointer = pointer;
  }

  /**
   * Where the value would have been written, as a JSON Pointer into the document.
   *
   * @return the pointer
   */
  public String pointer() {
    return pointer;
  }

  /**
   * The exception for the value the generator is about to write.
   *
   * @param out the generator, positioned where the value would go
   * @param range what the format holds there, such as "moments in the years 0001 to 9999 (UTC)"
   * @return the exception
   */
  static UnwritableValueException at(JsonGenerator out, String range) {
    return new UnwritableValueException(pointerOfNextValue(out), range);
  }

  /**
   * The pointer of the value a generator writes next: in an object, the name just written; in an
   * array, the element after the last one written; above it, the places of the open containers.
   */
  private static String pointerOfNextValue(JsonGenerator out) {
    List<Object> segments = new ArrayList<>();
    boolean innermost = true;
    for (TokenStreamContext at = out.streamWriteContext();
        at != null && !at.inRoot();
        at = at.getParent()) {
      if (at.inObject()) {
        segments.add(0, at.currentName() == null ? "" : at.currentName());
      } else if (at.inArray()) {
        // The innermost array's next value follows the entries written (none before the first);
        // an outer array is writing its current element.
        segments.add(0, innermost ? at.getEntryCount() : at.getCurrentIndex());
      }
      innermost = false;
    }
    return Pointer.of(segments.toArray());
  }
}
