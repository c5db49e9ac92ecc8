package org.restorative.core;

/**
 * A typed identifier: an opaque, non-blank string assigned by the embedding system.
 *
 * <p>Every concept has its own identifier type ({@code PartyId}, {@code HarmId}, ...), so that a
 * meeting id can never be passed where a party id is expected. Identifiers are not personal data:
 * they must not encode names, dates of birth or NHS numbers.
 */
public interface Identifier {

  /** Longest identifier accepted, in characters. */
  int MAX_LENGTH = 128;

  /**
   * The identifier's text.
   *
   * @return the non-blank identifier
   */
  String value();

  /**
   * Checks an identifier's text.
   *
   * @param value the text to check
   * @param type the identifier type's simple name, used in the message
   * @return {@code value}, unchanged
   * @throws IllegalArgumentException if the text is blank, longer than {@link #MAX_LENGTH}, or
   *     holds whitespace at either end, a control character or an unpaired UTF-16 surrogate (text
   *     that is not valid Unicode and cannot be written as UTF-8); the message never contains the
   *     value
   */
  static String requireValid(String value, String type) {
    if (value.isBlank()) {
      throw new IllegalArgumentException(type + " must not be blank");
    }
    if (value.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(type + " must be at most " + MAX_LENGTH + " characters");
    }
    if (!value.strip().equals(value)) {
      throw new IllegalArgumentException(type + " must not start or end with whitespace");
    }
    for (int i = 0; i < value.length(); i++) {
      if (Character.isISOControl(value.charAt(i))) {
        throw new IllegalArgumentException(type + " must not contain control characters");
      }
    }
    if (hasUnpairedSurrogate(value)) {
      throw new IllegalArgumentException(
          type + " must be valid Unicode text (no unpaired surrogate)");
    }
    return value;
  }

  /**
   * Tells whether a text holds a UTF-16 surrogate that is not part of a high-low pair.
   *
   * @param value the text to check
   * @return true if some high surrogate is not followed by a low one, or some low surrogate is not
   *     preceded by a high one
   */
  static boolean hasUnpairedSurrogate(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
          i++;
        } else {
          return true;
        }
      } else if (Character.isLowSurrogate(c)) {
        return true;
      }
    }
    return false;
  }
}
