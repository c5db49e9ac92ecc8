package org.restorative.core.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The structural invariant checks used by the value types' {@code @Value.Check} methods.
 *
 * <p>Each check throws {@link IllegalArgumentException} whose message names the attribute and never
 * contains the value, so that a failed check cannot leak a name, date of birth or narrative into a
 * log. Contextual checks (is consent in place before a meeting?) are rules, not invariants.
 *
 * <p>Not API: public only because every concept package of core uses it. Its package is not
 * exported by the {@code org.restorative.core} module, and an architecture test keeps every class
 * outside core from using it, so it can change in any release.
 */
public final class Invariants {

  private Invariants() {}

  /**
   * Requires a non-blank text.
   *
   * @param value the text
   * @param attribute the attribute's name, for the message
   */
  public static void nonBlank(String value, String attribute) {
    if (value.isBlank()) {
      throw new IllegalArgumentException(attribute + " must not be blank");
    }
  }

  /**
   * Requires an optional text to be non-blank when present.
   *
   * @param value the optional text
   * @param attribute the attribute's name, for the message
   */
  public static void nonBlank(Optional<String> value, String attribute) {
    value.ifPresent(v -> nonBlank(v, attribute));
  }

  /**
   * Requires every text of a collection to be non-blank.
   *
   * @param values the texts
   * @param attribute the attribute's name, for the message
   */
  public static void allNonBlank(Collection<String> values, String attribute) {
    values.forEach(v -> nonBlank(v, attribute));
  }

  /**
   * Requires a number to lie in a closed range.
   *
   * @param value the number
   * @param min the smallest allowed value
   * @param max the largest allowed value
   * @param attribute the attribute's name, for the message
   */
  public static void inRange(long value, long min, long max, String attribute) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(attribute + " must be between " + min + " and " + max);
    }
  }

  /**
   * Requires an interval's end not to be before its start, when both are known.
   *
   * @param start the start
   * @param end the end
   * @param startAttribute the start attribute's name
   * @param endAttribute the end attribute's name
   */
  public static void inOrder(
      Optional<Instant> start, Optional<Instant> end, String startAttribute, String endAttribute) {
    if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get())) {
      throw new IllegalArgumentException(endAttribute + " must not be before " + startAttribute);
    }
  }

  /**
   * Requires a date interval's end not to be before its start, when both are known.
   *
   * @param start the first day
   * @param end the last day
   * @param startAttribute the start attribute's name
   * @param endAttribute the end attribute's name
   */
  public static void datesInOrder(
      Optional<LocalDate> start,
      Optional<LocalDate> end,
      String startAttribute,
      String endAttribute) {
    if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get())) {
      throw new IllegalArgumentException(endAttribute + " must not be before " + startAttribute);
    }
  }

  /**
   * Requires that no two elements share a key.
   *
   * @param elements the elements
   * @param key the key of an element, such as its id
   * @param attribute the collection's name, for the message
   * @param <T> the element type
   */
  public static <T> void unique(
      Collection<T> elements, Function<? super T, ?> key, String attribute) {
    int size = elements.size();
    if (size < 2) {
      return;
    }
    if (size <= SMALL && elements instanceof List<T> list) {
      // A case's lists are short: comparing each pair is quicker than hashing into a set.
      for (int i = 1; i < size; i++) {
        Object id = key.apply(list.get(i));
        for (int j = 0; j < i; j++) {
          if (id.equals(key.apply(list.get(j)))) {
            throw duplicate(attribute);
          }
        }
      }
      return;
    }
    Set<Object> seen = new HashSet<>();
    for (T element : elements) {
      if (!seen.add(key.apply(element))) {
        throw duplicate(attribute);
      }
    }
  }

  /** Lists up to this long are checked for duplicates pair by pair. */
  private static final int SMALL = 8;

  private static IllegalArgumentException duplicate(String attribute) {
    return new IllegalArgumentException(attribute + " must not hold two entries with the same id");
  }

  /**
   * Requires a condition, naming the broken invariant in the message.
   *
   * @param condition the condition that must hold
   * @param message what must hold, in words that contain no value
   */
  public static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }
}
