package org.restorative.json;

/**
 * Thrown on the straight path of reading (straight from the token stream into the builders) at the
 * first sign that a document is not one the path can read without a problem: the document is then
 * read again on the full path, which collects every problem with its code and JSON Pointer. It
 * carries nothing of the input and no stack trace, so taking the detour costs little more than a
 * jump.
 */
final class Detour extends RuntimeException {

  private static final long serialVersionUID = 1L;

  Detour() {
    super("the document is read on the full path", null, false, false);
  }
}
