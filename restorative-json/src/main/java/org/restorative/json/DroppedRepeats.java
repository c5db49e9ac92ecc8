package org.restorative.json;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.restorative.core.rules.Severity;
import org.restorative.core.rules.Violation;

/**
 * The repeated elements the lenient reader dropped from sets, and where a place in the case built
 * stands in the document read: an element after a dropped repeat stands one place further in the
 * document than in its set, for each repeat dropped before it.
 */
final class DroppedRepeats {

  /** For the pointer of each array that had a repeat, the indices dropped, in document order. */
  private final Map<String, List<Integer>> byArray = new HashMap<>();

  /** The repeats a read's warnings name: each {@code JSON_DUPLICATE_ELEMENT} warning. */
  static DroppedRepeats of(List<Violation> problems) {
    DroppedRepeats dropped = new DroppedRepeats();
    for (Violation problem : problems) {
      if (problem.severity() == Severity.WARNING
          && problem.code().equals(ProblemCode.JSON_DUPLICATE_ELEMENT.name())) {
        int last = problem.path().lastIndexOf('/');
        String index = problem.path().substring(last + 1);
        if (isIndex(index)) {
          dropped.add(problem.path().substring(0, last), Integer.parseInt(index));
        }
      }
    }
    return dropped;
  }

  /** Keeps a repeat dropped from the array at {@code array}, after those kept so far in it. */
  void add(String array, int index) {
    byArray.computeIfAbsent(array, a -> new ArrayList<>()).add(index);
  }

  /**
   * Where a place of the case stands in the document.
   *
   * @param base the pointer of the object the case was built from, in the document
   * @param tail a JSON Pointer below it to a place in the case built
   * @return the pointer below {@code base} of the same place in the document
   */
  String inDocument(String base, String tail) {
    if (byArray.isEmpty() || !tail.startsWith("/")) {
      return tail; // no repeat dropped, or not a pointer below the object: nothing to move
    }
    // The format's property names hold neither '/' nor '~' and are never numbers, so each
    // segment of digits is an index.
    StringBuilder document = new StringBuilder(base);
    for (String segment : tail.substring(1).split("/", -1)) {
      List<Integer> repeats = isIndex(segment) ? byArray.get(document.toString()) : null;
      document.append('/');
      if (repeats == null) {
        document.append(segment);
        continue;
      }
      int index = Integer.parseInt(segment);
      for (int repeat : repeats) {
        if (repeat <= index) {
          index++;
        }
      }
      document.append(index);
    }
    return document.substring(base.length());
  }

  private static boolean isIndex(String segment) {
    if (segment.isEmpty() || segment.length() > 9) {
      return false;
    }
    for (int i = 0; i < segment.length(); i++) {
      if (segment.charAt(i) < '0' || segment.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
