package org.restorative.json;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.restorative.core.rules.Violation;

/**
 * What the fuzz targets plant in an input and what they promise about the problems it gives.
 *
 * <p>A fuzz target never trusts the fuzzer to type a name: it expands every backtick of its input
 * (a byte that means nothing in JSON outside a string) into {@link #SENTINEL}, a made-up personal
 * name, so the seeds and the fuzzer's mutations put it in values, keys, codes, numbers and ids. The
 * sentinel must then never come out in a problem's message or path.
 */
final class Planted {

  private Planted() {}

  /** A made-up name that nothing in the library's own text holds, in any case. */
  static final String SENTINEL = "Zebedee";

  /** The byte the targets expand into the sentinel. */
  static final byte MARK = '`';

  /** The codes the reader defines: every public constant of {@link ProblemCode}. */
  static final Set<String> CODES = codes();

  /** The input with every {@link #MARK} replaced by the sentinel's bytes. */
  static byte[] expand(byte[] input) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(input.length + 16);
    for (byte b : input) {
      if (b == MARK) {
        out.writeBytes(SENTINEL.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      } else {
        out.write(b);
      }
    }
    return out.toByteArray();
  }

  /** Whether a text holds the sentinel, in any letter case. */
  static boolean holdsSentinel(String text) {
    return text.toLowerCase(Locale.ROOT).contains(SENTINEL.toLowerCase(Locale.ROOT));
  }

  /**
   * Checks what every read promises, whatever the input: problems carry the reader's codes, a JSON
   * Pointer and a message, and neither the message nor the path holds the sentinel; a case comes
   * with warnings only, and no case with at least one error.
   */
  static void checkProblems(ReadResult result) {
    for (Violation problem : result.problems()) {
      require(
          CODES.contains(problem.code()), "a code the reader does not define: " + problem.code());
      require(
          isPointer(problem.path()), "a path that is not a JSON Pointer, for " + problem.code());
      require(!problem.message().isBlank(), "a blank message for " + problem.code());
      require(
          !holdsSentinel(problem.message()),
          "the planted value in the message of " + problem.code());
      require(!holdsSentinel(problem.path()), "the planted value in the path of " + problem.code());
    }
    require(
        result.problems().size() <= CaseJson.MAX_PROBLEMS + 1,
        "more problems listed than the cap: " + result.problems().size());
    if (result.isRead()) {
      require(result.errors().isEmpty(), "a case read with errors: " + result);
    } else {
      require(!result.errors().isEmpty(), "no case and no error: " + result);
    }
  }

  /** RFC 6901: empty, or segments each after a '/', with '~' only as "~0" or "~1". */
  static boolean isPointer(String path) {
    if (path.isEmpty()) {
      return true;
    }
    if (path.charAt(0) != '/') {
      return false;
    }
    for (int i = 0; i < path.length(); i++) {
      if (path.charAt(i) == '~'
          && (i + 1 == path.length() || (path.charAt(i + 1) != '0' && path.charAt(i + 1) != '1'))) {
        return false;
      }
    }
    return true;
  }

  /** Fails the fuzz target with a message that names the broken promise. */
  static void require(boolean promise, String broken) {
    if (!promise) {
      throw new AssertionError("Broken promise: " + broken);
    }
  }

  private static Set<String> codes() {
    return Arrays.stream(ProblemCode.values())
        .map(ProblemCode::name)
        .collect(Collectors.toUnmodifiableSet());
  }
}
