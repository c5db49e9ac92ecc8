package org.restorative.json;

import java.util.List;
import java.util.Optional;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.rules.Pointer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;

/**
 * The case-record document: a JSON object that names its format and version first, then holds the
 * case's properties. Older versions are brought up to date by upcasters before they are read.
 */
final class CaseFormat {

  private CaseFormat() {}

  /** The name every case-record document carries in {@value DocumentHeader#FORMAT_PROPERTY}. */
  static final String FORMAT_NAME = "restorative-case";

  /** The version this library writes. */
  static final int VERSION = 1;

  /** The document's header: required, and an older version is read through upcasters. */
  static final DocumentHeader HEADER =
      DocumentHeader.upcast(FORMAT_NAME, VERSION, "case-record", "document");

  /** The source named by every reading problem. */
  static final String SOURCE = HEADER.source();

  /**
   * The longest start of a path into a document that the format defines, as a JSON Pointer: each
   * property name is kept only while it is a property the format defines in the object at that
   * place, and each index only while the place is an array; the pointer stops before the first
   * segment that is not. A name the format does not define is input, and can hold anything a user
   * typed (or, after a byte is lost, a value read as a name), so it never reaches a problem's path.
   *
   * @param segments property names ({@code String}) and array indices ({@code Integer}), from the
   *     document's root
   * @return the pointer; the empty string for the document
   */
  static String definedPointer(List<?> segments) {
    return definedPointer(CaseFileFormats.RESTORATIVE_CASE, segments);
  }

  /**
   * {@link #definedPointer(List)} for the document of another format of this module, whose root
   * object is {@code root}.
   */
  static String definedPointer(Codec<?> root, List<?> segments) {
    StringBuilder pointer = new StringBuilder();
    Codec<?> at = root;
    boolean inArray = false;
    boolean leaf = false;
    for (Object segment : segments) {
      if (leaf) {
        break;
      }
      if (inArray) {
        if (!(segment instanceof Integer)) {
          break;
        }
        inArray = false;
      } else if (segment instanceof String name
          && at instanceof ObjectFormat<?, ?> object
          && object.defines(name)) {
        Optional<? extends ObjectFormat.Property<?, ?>> property = object.property(name);
        if (property.isPresent()) {
          at = property.get().codec();
          inArray = property.get().array();
        } else {
          leaf = true;
        }
      } else {
        break;
      }
      pointer.append(Pointer.of(segment));
    }
    return pointer.toString();
  }

  static void write(JsonGenerator out, RestorativeCase restorativeCase) {
    out.writeStartObject();
    HEADER.write(out);
    CaseFileFormats.RESTORATIVE_CASE.writeProperties(out, restorativeCase);
    out.writeEndObject();
  }

  /**
   * Reads a parsed document: checks its header, upcasts an older version, then reads the case.
   *
   * @param root the parsed document
   * @param upcasters the upcasters, any order
   * @param context where problems go
   * @return the case, when the document could be read
   */
  static Optional<RestorativeCase> read(
      JsonNode root, List<Upcaster> upcasters, ReadContext context) {
    if (!root.isObject()) {
      context.error(ProblemCode.JSON_WRONG_TYPE, "A case record is a JSON object.");
      return Optional.empty();
    }
    return HEADER
        .read(root, upcasters, context)
        .flatMap(current -> CaseFileFormats.RESTORATIVE_CASE.read(current, context));
  }

  /**
   * Reads a document straight from the token stream into the builders, when it is one of this
   * version and holds no problem at all; otherwise (an older version for the upcasters included)
   * takes a {@link Detour}, or lets the parser's exception through, and the caller reads the
   * document on the full path, {@link #read(JsonNode, List, ReadContext)}, which says what is
   * wrong.
   *
   * @param in a parser before the document's first token
   * @return the case, the same the full path reads from the document
   */
  static RestorativeCase readStraight(JsonParser in) {
    if (in.nextToken() != JsonToken.START_OBJECT) {
      throw new Detour();
    }
    DocumentHeader.Straight header = HEADER.straight();
    RestorativeCase restorativeCase = CaseFileFormats.RESTORATIVE_CASE.readStraight(in, header);
    if (!header.taken() || in.nextToken() != null) {
      throw new Detour();
    }
    return restorativeCase;
  }
}
