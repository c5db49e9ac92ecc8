package org.restorative.json;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.restorative.core.rules.Pointer;
import org.restorative.core.rules.Severity;
import org.restorative.core.rules.Violation;

/**
 * The state of one read: where in the document the reader is, as a JSON Pointer, and the problems
 * found so far. Problems are collected, never thrown, so one read reports them all, up to {@link
 * CaseJson#MAX_PROBLEMS}: the problems past the cap are counted, not kept, and reported as one
 * {@code JSON_TOO_MANY_PROBLEMS} problem with their count.
 */
final class ReadContext {

  /**
   * The context of the straight path: it keeps no state, so one instance serves every thread, and
   * its first problem is a {@link Detour} to the full path instead of a problem kept.
   */
  static final ReadContext STRAIGHT = new ReadContext(false, CaseFormat.SOURCE, 0, true);

  private final boolean lenient;
  private final boolean straight;
  private final String source;
  private final int maxProblems;
  private final Deque<String> path = new ArrayDeque<>();
  private final List<Violation> problems = new ArrayList<>();

  /** The repeats the lenient reader dropped from sets. */
  private final DroppedRepeats dropped = new DroppedRepeats();

  private int errors;
  private long notListed;

  ReadContext(boolean lenient) {
    this(lenient, CaseFormat.SOURCE, CaseJson.MAX_PROBLEMS);
  }

  /**
   * The state of one read of another document of the library (a trust's policy).
   *
   * @param lenient whether unknown properties are dropped with a warning
   * @param source the source every problem names
   * @param maxProblems most problems listed
   */
  ReadContext(boolean lenient, String source, int maxProblems) {
    this(lenient, source, maxProblems, false);
  }

  private ReadContext(boolean lenient, String source, int maxProblems, boolean straight) {
    this.straight = straight;
    this.lenient = lenient;
    this.source = source;
    this.maxProblems = maxProblems;
  }

  /** Steps into a property or element, runs the reading, and steps out again. */
  <T> T at(Object segment, java.util.function.Supplier<T> reading) {
    if (straight) {
      return reading.get();
    }
    path.addLast(Pointer.of(segment));
    try {
      return reading.get();
    } finally {
      path.removeLast();
    }
  }

  String pointer() {
    return String.join("", path);
  }

  String pointer(Object segment) {
    return pointer() + Pointer.of(segment);
  }

  void error(ProblemCode code, String message) {
    add(code, Severity.ERROR, "", message);
  }

  void error(Object segment, ProblemCode code, String message) {
    add(code, Severity.ERROR, Pointer.of(segment), message);
  }

  /** An error at the current path plus {@code tail}, a JSON Pointer relative to it. */
  void errorBelow(String tail, ProblemCode code, String message) {
    add(code, Severity.ERROR, tail, message);
  }

  /**
   * Keeps a problem at the current path plus {@code tail}, or, past the cap, only counts it
   * (without building its path).
   */
  private void add(ProblemCode code, Severity severity, String tail, String message) {
    if (straight) {
      throw new Detour();
    }
    if (severity == Severity.ERROR) {
      errors++;
    }
    if (problems.size() >= maxProblems) {
      notListed++;
      return;
    }
    problems.add(Violation.of(code, severity, pointer() + tail, message, source));
  }

  /**
   * An unknown property: an error when strict, a warning that it was dropped when lenient. It is
   * reported at the pointer of the object that holds it, with its position among the object's
   * members in the message, never with its name: a name the format does not define is input, and
   * can hold anything a user typed.
   *
   * @param member the property's position among the object's members, in document order, from 1
   */
  void unknownProperty(int member) {
    Severity severity = lenient ? Severity.WARNING : Severity.ERROR;
    String message =
        lenient
            ? "Member "
                + member
                + " of this object is a property the format does not define; it was dropped."
            : "Member " + member + " of this object is a property the format does not define.";
    add(ProblemCode.JSON_UNKNOWN_PROPERTY, severity, "", message);
  }

  /**
   * A repeated element of a set-valued array: an error when strict, a warning that the repeat was
   * dropped when lenient (the set it belongs to is the same either way).
   */
  void duplicateElement(int index) {
    Severity severity = lenient ? Severity.WARNING : Severity.ERROR;
    String message =
        lenient
            ? "A repeated element of a set was dropped."
            : "This element repeats an earlier element of the set.";
    add(ProblemCode.JSON_DUPLICATE_ELEMENT, severity, Pointer.of(index), message);
    if (lenient) {
      dropped.add(pointer(), index);
    }
  }

  /**
   * Where a place of the model read here stands in the document: {@code tail}, a JSON Pointer below
   * the current path to a place in what was built (such as an id the case's check refused), with
   * each index into a set moved past the repeats the lenient reader dropped from it before that
   * place.
   */
  String inDocument(String tail) {
    return dropped.inDocument(pointer(), tail);
  }

  boolean lenient() {
    return lenient;
  }

  /** The errors found so far, those past the cap included. */
  int errorCount() {
    return errors;
  }

  /** Whether more problems were found than the most listed; the document is then not read. */
  boolean overCap() {
    return notListed > 0;
  }

  /**
   * The problems kept, in document order; over the cap, followed by one {@code
   * JSON_TOO_MANY_PROBLEMS} error at the document that gives the count of the problems not listed.
   */
  List<Violation> problems() {
    if (!overCap()) {
      return List.copyOf(problems);
    }
    List<Violation> all = new ArrayList<>(problems);
    all.add(
        Violation.of(
            ProblemCode.JSON_TOO_MANY_PROBLEMS,
            Severity.ERROR,
            "",
            "More than "
                + maxProblems
                + " problems were found; "
                + notListed
                + " more are not listed.",
            source));
    return List.copyOf(all);
  }
}
