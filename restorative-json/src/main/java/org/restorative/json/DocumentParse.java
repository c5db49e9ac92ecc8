package org.restorative.json;

import io.vavr.control.Either;
import java.util.function.Function;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Parses one JSON document into a tree under a format's limits, or names the one problem that
 * stopped it: the step every reader of this module shares before its format reads the tree. The
 * problem's path comes from the reader's own {@code pointer}, which keeps only the names its format
 * defines, and no message quotes the input.
 */
final class DocumentParse {

  private DocumentParse() {}

  /** The problem that stopped parsing: where, its code and its message. */
  record Failure(String path, ProblemCode code, String message) {}

  /**
   * Parses the document the parser reads.
   *
   * @param mapper the mapper holding the format's limits
   * @param open opens the parser over the input
   * @param pointer where the parser stopped, as far as the format defines the place
   * @param limitBroken the message for a broken limit
   * @param duplicate the message for a property given twice
   * @return the tree, or the problem
   */
  static Either<Failure, JsonNode> parse(
      JsonMapper mapper,
      Supplier<JsonParser> open,
      Function<JsonParser, String> pointer,
      Function<StreamConstraintsException, String> limitBroken,
      String duplicate) {
    try (JsonParser parser = open.get()) {
      try {
        JsonNode root = mapper.readTree(parser);
        if (root == null || root.isMissingNode()) {
          return fail("", ProblemCode.JSON_MALFORMED, "The input holds no JSON document.");
        }
        if (parser.nextToken() != null) {
          return fail("", ProblemCode.JSON_TRAILING_CONTENT, "More content follows the document.");
        }
        return Either.right(root);
      } catch (NumberFormatException e) {
        // Jackson parses a decimal eagerly; an exponent beyond any BigDecimal's (1e2147483648) ends
        // here.
        return fail(
            pointer.apply(parser),
            ProblemCode.JSON_OUT_OF_RANGE,
            "A number's exponent is out of range.");
      } catch (StreamConstraintsException e) {
        return fail(pointer.apply(parser), ProblemCode.JSON_LIMIT_EXCEEDED, limitBroken.apply(e));
      } catch (JacksonException e) {
        return String.valueOf(e.getOriginalMessage()).startsWith("Duplicate")
            ? fail(pointer.apply(parser), ProblemCode.JSON_DUPLICATE_PROPERTY, duplicate)
            : fail(
                pointer.apply(parser),
                ProblemCode.JSON_MALFORMED,
                "The input is not well-formed JSON, or it ends too early.");
      }
    } catch (JacksonException e) {
      return fail("", ProblemCode.JSON_MALFORMED, "The input cannot be opened as JSON.");
    }
  }

  private static Either<Failure, JsonNode> fail(String path, ProblemCode code, String message) {
    return Either.left(new Failure(path, code, message));
  }
}
