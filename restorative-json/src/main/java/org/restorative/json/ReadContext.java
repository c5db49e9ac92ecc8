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
 * found so far. Problems are collected, never thrown, so one read reports them all.
 */
final class ReadContext {

  private final boolean lenient;
  private final Deque<String> path = new ArrayDeque<>();
  private final List<Violation> problems = new ArrayList<>();

  ReadContext(boolean lenient) {
    this.lenient = lenient;
  }

  /** Steps into a property or element, runs the reading, and steps out again. */
  <T> T at(Object segment, java.util.function.Supplier<T> reading) {
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

  void error(String code, String message) {
    problems.add(Violation.of(code, Severity.ERROR, pointer(), message, CaseFormat.SOURCE));
  }

  void error(Object segment, String code, String message) {
    problems.add(Violation.of(code, Severity.ERROR, pointer(segment), message, CaseFormat.SOURCE));
  }

  /** An unknown property: an error when strict, a warning that it was dropped when lenient. */
  void unknownProperty(String name) {
    Severity severity = lenient ? Severity.WARNING : Severity.ERROR;
    String message =
        lenient
            ? "An unknown property was dropped."
            : "The format does not define this property.";
    problems.add(Violation.of(Problems.UNKNOWN_PROPERTY, severity, pointer(name), message, CaseFormat.SOURCE));
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
    problems.add(
        Violation.of(Problems.DUPLICATE_ELEMENT, severity, pointer(index), message, CaseFormat.SOURCE));
  }

  boolean lenient() {
    return lenient;
  }

  int errorCount() {
    return (int) problems.stream().filter(Violation::isError).count();
  }

  List<Violation> problems() {
    return List.copyOf(problems);
  }
}
