package org.restorative.core.rules;

/**
 * Builds JSON Pointers (RFC 6901) into a case record from property names and list indices, escaping
 * {@code ~} and {@code /} in names.
 */
public final class Pointer {

  private Pointer() {}

  /**
   * A pointer from its segments: property names and list indices.
   *
   * <pre>{@code Pointer.of("meetings", 2, "attendees", 0)  // "/meetings/2/attendees/0"}</pre>
   *
   * @param segments names (any object, written with {@code toString()}) and indices
   * @return the pointer; the empty string when there are no segments
   */
  public static String of(Object... segments) {
    StringBuilder pointer = new StringBuilder(32);
    for (Object segment : segments) {
      pointer.append('/');
      if (segment instanceof Integer index) {
        pointer.append(index.intValue());
        continue;
      }
      String name = segment.toString();
      if (name.indexOf('~') < 0 && name.indexOf('/') < 0) {
        pointer.append(name);
      } else {
        pointer.append(name.replace("~", "~0").replace("/", "~1"));
      }
    }
    return pointer.toString();
  }
}
