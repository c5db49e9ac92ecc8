package org.restorative.json;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The header of one of the module's documents, {@code "format"} and {@code "formatVersion"}: the
 * name of the document's format and its version, declared once for each document type (case
 * records, pseudonymised lines, policies). The one declaration writes the header, checks it on the
 * full path (the same code and pointers for every type, each message made from the type's name,
 * version and what one of its documents is called), takes it on the straight path, puts it in the
 * schema and describes it in the documentation.
 *
 * <p>The types differ in what a reader accepts, each difference declared here: a case record and a
 * pseudonymised line must name their format and version ({@link #required}), and a case record of
 * an older version is brought forward by upcasters ({@link #upcast}); a policy may leave its header
 * out, or give it {@code null}, and is then read as the current version ({@link #optional}).
 */
final class DocumentHeader {

  /** The property that names the document's format. */
  static final String FORMAT_PROPERTY = "format";

  /** The property that gives the format's version. */
  static final String VERSION_PROPERTY = "formatVersion";

  /** The header's properties, in the order they are written. */
  static final List<String> PROPERTIES = List.of(FORMAT_PROPERTY, VERSION_PROPERTY);

  /** What a reader accepts of a header. */
  private enum Reading {
    /** The header must name the format and this version. */
    REQUIRED,
    /** The header must name the format and a version; an older one is upcast to this one. */
    UPCAST,
    /** The header may be left out or {@code null}; what it names must be the format and version. */
    OPTIONAL
  }

  private final String name;
  private final int version;
  private final String title;
  private final String noun;
  private final Reading reading;

  private DocumentHeader(String name, int version, String title, String noun, Reading reading) {
    this.name = name;
    this.version = version;
    this.title = title;
    this.noun = noun;
    this.reading = reading;
  }

  /**
   * A header every document must carry, naming the format and this version.
   *
   * @param name the format's name, the value of {@value #FORMAT_PROPERTY}
   * @param version the version this library reads and writes
   * @param title the format's name in a problem's source and messages ({@code
   *     "pseudonymised-case"})
   * @param noun what one document is called in a problem's message ({@code "line"})
   * @return the header
   */
  static DocumentHeader required(String name, int version, String title, String noun) {
    return new DocumentHeader(name, version, title, noun, Reading.REQUIRED);
  }

  /**
   * A header every document must carry, naming the format and this version or an older one, which
   * the reader's upcasters bring forward before the document is read.
   *
   * @see #required
   */
  static DocumentHeader upcast(String name, int version, String title, String noun) {
    return new DocumentHeader(name, version, title, noun, Reading.UPCAST);
  }

  /**
   * A header a document may leave out, or give as {@code null}: it is then read as this version.
   *
   * @see #required
   */
  static DocumentHeader optional(String name, int version, String title, String noun) {
    return new DocumentHeader(name, version, title, noun, Reading.OPTIONAL);
  }

  /** The source every problem of the format names: its title and version. */
  String source() {
    return "restorative " + title + " format, version " + version;
  }

  /** Writes the header's two properties, into an object already started. */
  void write(JsonGenerator out) {
    out.writeName(FORMAT_PROPERTY);
    out.writeString(name);
    out.writeName(VERSION_PROPERTY);
    out.writeNumber(version);
  }

  /**
   * Checks the header of a parsed document on the full path and, for a header read through
   * upcasters, brings an older version forward. A problem is a {@code JSON_UNSUPPORTED_FORMAT}
   * error at {@code /format} or {@code /formatVersion}, and the document is not read further.
   *
   * @param root the document, a JSON object
   * @param upcasters the upcasters, any order; for a header that is not read through them, none
   * @param context where the problem goes
   * @return the document as of this version, {@code root} itself unless it was upcast; empty when
   *     the header has a problem
   */
  Optional<JsonNode> read(JsonNode root, List<Upcaster> upcasters, ReadContext context) {
    JsonNode format = root.get(FORMAT_PROPERTY);
    if (absent(format)
        ? reading != Reading.OPTIONAL
        : !(format.isString() && name.equals(format.stringValue()))) {
      context.error(
          FORMAT_PROPERTY,
          ProblemCode.JSON_UNSUPPORTED_FORMAT,
          reading == Reading.OPTIONAL
              ? "The " + noun + " names a format other than " + name + "."
              : "The " + noun + " does not name the format " + name + ".");
      return Optional.empty();
    }
    JsonNode given = root.get(VERSION_PROPERTY);
    if (absent(given) && reading == Reading.OPTIONAL) {
      return Optional.of(root);
    }
    if (absent(given) || !given.isIntegralNumber() || !given.canConvertToInt()) {
      return unsupportedVersion(context, absent(given));
    }
    if (reading != Reading.UPCAST) {
      return given.intValue() == version ? Optional.of(root) : unsupportedVersion(context, false);
    }
    JsonNode current = root;
    int at = given.intValue();
    while (at < version) {
      int from = at;
      Optional<Upcaster> upcaster =
          upcasters.stream().filter(u -> u.fromVersion() == from).findFirst();
      if (upcaster.isEmpty()) {
        break;
      }
      ObjectNode upcast = upcaster.get().upcast(((ObjectNode) current).deepCopy());
      upcast.put(VERSION_PROPERTY, from + 1);
      current = upcast;
      at = from + 1;
    }
    if (at != version) {
      return unsupportedVersion(context, false);
    }
    return Optional.of(current);
  }

  /**
   * A header that gives no version, or a version this reader cannot read: one that is not a whole
   * number of 32 bits (a string, a fraction, 2147483648) is given but unreadable, not missing.
   */
  private Optional<JsonNode> unsupportedVersion(ReadContext context, boolean missing) {
    context.error(
        VERSION_PROPERTY,
        ProblemCode.JSON_UNSUPPORTED_FORMAT,
        reading != Reading.UPCAST
            ? "This reader reads version " + version + " of the " + title + " format."
            : missing
                ? "The " + noun + " does not give its format version."
                : "This reader reads format version "
                    + version
                    + " and older versions it can upcast.");
    return Optional.empty();
  }

  private static boolean absent(@Nullable JsonNode value) {
    return value == null || value.isNull();
  }

  /**
   * A fresh taker of the header on the straight path, for one document: it takes exactly this
   * format and this version, each once, and takes a detour to the full path at anything else.
   */
  Straight straight() {
    return new Straight();
  }

  /** The header as the straight path takes it from the tokens of one document. */
  final class Straight implements ObjectFormat.Elsewhere {

    private boolean formatTaken;
    private boolean versionTaken;

    private Straight() {}

    @Override
    public void take(String property, JsonParser in) {
      if (property.equals(FORMAT_PROPERTY)
          && !formatTaken
          && in.currentToken() == JsonToken.VALUE_STRING
          && in.getString().equals(name)) {
        formatTaken = true;
      } else if (property.equals(VERSION_PROPERTY)
          && !versionTaken
          && in.currentToken() == JsonToken.VALUE_NUMBER_INT
          && in.getNumberType() == JsonParser.NumberType.INT
          && in.getIntValue() == version) {
        versionTaken = true;
      } else {
        throw new Detour();
      }
    }

    /**
     * Whether the document named this format and this version. One that did not, even where its
     * header may be left out, is read on the full path.
     */
    boolean taken() {
      return formatTaken && versionTaken;
    }
  }

  /**
   * Puts the header's two properties, each a constant, into a document schema's {@code properties}.
   */
  void define(ObjectNode properties) {
    properties.putObject(FORMAT_PROPERTY).put("const", name);
    properties.putObject(VERSION_PROPERTY).put("const", version);
  }

  /** The header's properties a document must hold: both, or none when the header is optional. */
  List<String> required() {
    return reading == Reading.OPTIONAL ? List.of() : PROPERTIES;
  }

  /**
   * The header's properties for the documentation of the document's object: {@code `format`
   * ("restorative-case", required) and `formatVersion` (1, required)}.
   */
  String describe() {
    String presence = reading == Reading.OPTIONAL ? "optional" : "required";
    return "`"
        + FORMAT_PROPERTY
        + "` (\""
        + name
        + "\", "
        + presence
        + ") and `"
        + VERSION_PROPERTY
        + "` ("
        + version
        + ", "
        + presence
        + ")";
  }
}
