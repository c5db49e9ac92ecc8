package org.restorative.fhir;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The declaration of every attribute of the model that the Bundle does not carry, as a JSON Pointer
 * pattern into the case-record format ({@code *} stands for an index) with the reason. The writer
 * may name only these (an undeclared path is a programming error), the reader accepts only these
 * from a Bundle's {@code not-carried} extensions, and docs/fhir.md lists them.
 */
final class NotCarried {

  private NotCarried() {}

  static final Map<String, String> DECLARED = declared();

  private static Map<String, String> declared() {
    Map<String, String> d = new LinkedHashMap<>();
    d.put("/parties/*/dateOfBirth", "an Organization has no birth date");
    d.put("/parties/*/language", "an Organization has no communication language");
    return d;
  }

  /** The declared pattern a concrete path matches: its indices replaced by {@code *}. */
  static Optional<String> pattern(String path) {
    String pattern = path.replaceAll("/[0-9]+(?=/|$)", "/*");
    return DECLARED.containsKey(pattern) ? Optional.of(pattern) : Optional.empty();
  }
}
