package org.restorative.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.rules.Policy;
import org.restorative.core.rules.Report;
import org.restorative.core.rules.RuleSet;
import org.restorative.core.rules.Severity;
import org.restorative.core.rules.Violation;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes case records in the versioned JSON format, one case per document or one per line
 * (NDJSON).
 *
 * <pre>{@code
 * CaseJson json = CaseJson.strict();
 * String text = json.write(restorativeCase);
 * ReadResult result = json.read(text);
 * result.problems().forEach(p -> log(p.code(), p.path()));   // never a value from the input
 * }</pre>
 *
 * <p>Reading never throws for bad input: every problem is a {@link Violation} with a code from
 * {@link ProblemCode}, a JSON Pointer and a message that never echoes a value. A pointer holds only
 * the format's own property names: an unknown property is reported at the object that holds it, by
 * its position among the object's members, and a problem found while parsing at the deepest place
 * the parser reached that the format defines (see {@link ProblemCode}). {@link #strict()} refuses
 * properties the format does not define; {@link #lenient()} drops them and reports each as a
 * warning. Documents of older format versions are upcast before they are read.
 *
 * <p>Limits guard against hostile input: nesting deeper than {@value #MAX_DEPTH}, a string longer
 * than {@value #MAX_STRING_LENGTH} characters, a number longer than {@value #MAX_NUMBER_LENGTH}
 * digits, a property name longer than {@value #MAX_NAME_LENGTH} characters, and a document (or
 * NDJSON line) longer than {@value #MAX_DOCUMENT_LENGTH} characters are refused with {@code
 * JSON_LIMIT_EXCEEDED}. At most {@value #MAX_PROBLEMS} problems are listed for one document; past
 * that the rest are counted in one {@code JSON_TOO_MANY_PROBLEMS} error and the record is not read.
 * Duplicate property names and content after the document are refused too. Numbers, dates and
 * moments outside the format's ranges (years 0001 to 9999; decimals of at most 15 digits before the
 * point and 6 places; whole numbers within 32 bits) are refused with {@code JSON_OUT_OF_RANGE}. No
 * type is ever chosen from the input: the format has no polymorphic typing.
 *
 * <p>What the reader accepts, the writer writes, and the reverse: a case built in code with a value
 * outside the format's ranges (an instant in year 10000, a decimal of 10^15, text with an unpaired
 * UTF-16 surrogate) is refused with an {@link UnwritableValueException} that names the value's JSON
 * Pointer and the range, never the value, rather than written as a document the reader would
 * refuse.
 *
 * <p>A document of the current version that holds no problem, as every document this class writes,
 * is read straight from the parser's tokens into the model's builders; any other is read again on
 * the full path, which parses a tree, upcasts it and collects every problem. The result is the same
 * either way; a document with a problem costs up to one straight read more.
 *
 * <p>Instances are immutable and safe to share between threads: one strict or lenient instance
 * reads and writes documents and NDJSON on any number of threads at once with the same bytes, cases
 * and problems as on one, given upcasters that keep no state. An {@link NdjsonReader} is one
 * stream's cursor and belongs to one thread.
 */
public final class CaseJson {

  /** Deepest nesting accepted; the format itself nests about eight levels. */
  public static final int MAX_DEPTH = 64;

  /** Longest string accepted, in characters. */
  public static final int MAX_STRING_LENGTH = 1_000_000;

  /** Longest number accepted, in characters. */
  public static final int MAX_NUMBER_LENGTH = 100;

  /** Longest property name accepted, in characters. */
  public static final int MAX_NAME_LENGTH = 1_000;

  /** Longest document, or NDJSON line, accepted, in characters. */
  public static final int MAX_DOCUMENT_LENGTH = 10_000_000;

  /**
   * Most problems listed for one document (or NDJSON line). Past it the rest are counted, not kept:
   * one {@code JSON_TOO_MANY_PROBLEMS} error gives their count and the record is not read.
   */
  public static final int MAX_PROBLEMS = 1_000;

  private static final JsonMapper MAPPER =
      JsonDocuments.mapper(
          StreamReadConstraints.builder()
              .maxNestingDepth(MAX_DEPTH)
              .maxStringLength(MAX_STRING_LENGTH)
              .maxNumberLength(MAX_NUMBER_LENGTH)
              .maxNameLength(MAX_NAME_LENGTH)
              .maxDocumentLength(MAX_DOCUMENT_LENGTH)
              .build());

  /**
   * The straight path's parsers: the format's limits, but no duplicate detection, for the straight
   * path finds a repeated property itself at no cost, and leaves it to the full path to report.
   */
  private static final ObjectReader STRAIGHT =
      MAPPER.reader().without(StreamReadFeature.STRICT_DUPLICATE_DETECTION);

  private static final ObjectWriter PRETTY = JsonDocuments.pretty(MAPPER);

  // No separator between root values: NDJSON lines start with their object, not a space.
  private static final ObjectWriter COMPACT = JsonDocuments.compact(MAPPER);

  private final boolean lenient;
  private final List<Upcaster> upcasters;
  private final boolean straightPath;

  private CaseJson(boolean lenient, List<Upcaster> upcasters) {
    this(lenient, upcasters, true);
  }

  private CaseJson(boolean lenient, List<Upcaster> upcasters, boolean straightPath) {
    this.lenient = lenient;
    this.upcasters = List.copyOf(upcasters);
    this.straightPath = straightPath;
  }

  /**
   * A reader and writer that refuses properties the format does not define.
   *
   * @return the strict instance
   */
  public static CaseJson strict() {
    return new CaseJson(false, List.of());
  }

  /**
   * A reader and writer that drops properties the format does not define, reporting each as a
   * warning at the object that holds it.
   *
   * @return the lenient instance
   */
  public static CaseJson lenient() {
    return new CaseJson(true, List.of());
  }

  /**
   * A copy that also upcasts documents of an older version.
   *
   * @param upcaster the upcaster
   * @return the copy
   */
  public CaseJson withUpcaster(Upcaster upcaster) {
    List<Upcaster> more = new ArrayList<>(upcasters);
    more.add(upcaster);
    return new CaseJson(lenient, more, straightPath);
  }

  /**
   * A copy that reads every document on the full path only: the reference the straight path is held
   * to, for the tests that compare the two on every document they read.
   */
  CaseJson fullPathOnly() {
    return new CaseJson(lenient, upcasters, false);
  }

  /**
   * Whether unknown properties are dropped with a warning rather than refused.
   *
   * @return true when lenient
   */
  public boolean isLenient() {
    return lenient;
  }

  // ------------------------------------------------------------------------------- writing

  /**
   * Writes a case as an indented JSON document, ending with a newline.
   *
   * @param restorativeCase the case
   * @return the document
   * @throws UnwritableValueException if the case holds a value the format cannot carry (a moment or
   *     date outside the years 0001 to 9999, a decimal beyond its range, text with an unpaired
   *     surrogate); nothing of the case is written
   */
  public String write(RestorativeCase restorativeCase) {
    return JsonDocuments.writeText(MAPPER, PRETTY, restorativeCase, CaseFormat::write) + "\n";
  }

  /**
   * Writes a case as an indented JSON document in UTF-8, ending with a newline.
   *
   * @param restorativeCase the case
   * @param out where to write; not closed
   * @throws UnwritableValueException if the case holds a value the format cannot carry (a moment or
   *     date outside the years 0001 to 9999, a decimal beyond its range, text with an unpaired
   *     surrogate); nothing of the case is written
   */
  public void write(RestorativeCase restorativeCase, OutputStream out) {
    try {
      out.write(write(restorativeCase).getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a case on one line, without a newline: one line of NDJSON.
   *
   * @param restorativeCase the case
   * @return the line
   * @throws UnwritableValueException if the case holds a value the format cannot carry (a moment or
   *     date outside the years 0001 to 9999, a decimal beyond its range, text with an unpaired
   *     surrogate); nothing of the case is written
   */
  public String writeLine(RestorativeCase restorativeCase) {
    return JsonDocuments.writeText(MAPPER, COMPACT, restorativeCase, CaseFormat::write);
  }

  /**
   * Writes cases as NDJSON: one case per line, each line ending with a newline, in UTF-8. The cases
   * are written as they come, so a stream of any length needs only the memory of one case.
   *
   * @param cases the cases
   * @param out where to write; flushed, not closed
   * @throws UnwritableValueException if a case holds a value the format cannot carry; the lines of
   *     the cases before it are written, and no part of its own line
   */
  public void writeNdjson(Stream<RestorativeCase> cases, OutputStream out) {
    JsonDocuments.writeLines(cases, this::writeLine, out);
  }

  // ------------------------------------------------------------------------------- reading

  /**
   * Reads one case-record document. A leading byte-order mark ({@code U+FEFF}) is skipped.
   *
   * @param json the document
   * @return the case and every problem found
   */
  public ReadResult read(String json) {
    return readText(
        !json.isEmpty() && json.charAt(0) == BYTE_ORDER_MARK ? json.substring(1) : json);
  }

  /**
   * Reads one document's text as it is, a byte-order mark included (NDJSON lines after the first).
   */
  ReadResult readText(String json) {
    if (json.length() > MAX_DOCUMENT_LENGTH) {
      return tooLong();
    }
    RestorativeCase straight = straightPath ? straight(() -> STRAIGHT.createParser(json)) : null;
    return straight != null ? withoutProblems(straight) : parse(() -> MAPPER.createParser(json));
  }

  /**
   * Reads a document given as bytes that are all ASCII, so that each byte is one character and the
   * parser of bytes sees what the parser of text would; a byte-order mark is not ASCII.
   */
  ReadResult readAscii(byte[] json, int offset, int length) {
    if (length > MAX_DOCUMENT_LENGTH) {
      return tooLong();
    }
    RestorativeCase straight =
        straightPath ? straight(() -> STRAIGHT.createParser(json, offset, length)) : null;
    if (straight != null) {
      return withoutProblems(straight);
    }
    String text = new String(json, offset, length, StandardCharsets.US_ASCII);
    return parse(() -> MAPPER.createParser(text));
  }

  /**
   * Reads a document given as UTF-8 bytes that begin with ASCII characters other than NUL, parsing
   * the bytes themselves; null for other bytes (a byte-order mark, say), which the caller reads as
   * before. The bytes are parsed first and checked after, while they are still in the processor's
   * cache: a result stands only when the bytes are ASCII, or, when they are not, well-formed UTF-8
   * without NUL, whose characters Jackson's parser of bytes sees exactly as the strict decoder
   * does. Jackson takes the encoding from the first four bytes alone, so ASCII there means UTF-8.
   * Bytes that are not well-formed UTF-8 are refused as before, whatever the parser made of them.
   */
  @Nullable ReadResult readUtf8(byte[] json, int offset, int length) {
    if (!straightPath
        || length > MAX_DOCUMENT_LENGTH
        || !startsWithPlainAscii(json, offset, length)) {
      return null;
    }
    RestorativeCase straight = straight(() -> STRAIGHT.createParser(json, offset, length));
    if (isPlainAscii(json, offset, length)) {
      if (straight != null) {
        return withoutProblems(straight);
      }
      String text = new String(json, offset, length, StandardCharsets.US_ASCII);
      return parse(() -> MAPPER.createParser(text));
    }
    Optional<String> decoded = decode(json, offset, length);
    if (decoded.isEmpty()) {
      return invalidEncoding();
    }
    String text = decoded.get();
    if (straight != null && text.indexOf('\0') < 0) {
      return withoutProblems(straight);
    }
    return parse(() -> MAPPER.createParser(text));
  }

  /** Whether the first four bytes (or all, when fewer) are ASCII other than NUL. */
  private static boolean startsWithPlainAscii(byte[] bytes, int offset, int length) {
    for (int i = offset; i < offset + Math.min(length, 4); i++) {
      if (bytes[i] <= 0) {
        return false;
      }
    }
    return length > 0;
  }

  /**
   * Whether every byte in the range is ASCII other than NUL. A NUL is never part of a well-formed
   * document in UTF-8, and Jackson's parser of bytes would take bytes with NULs for UTF-16 or
   * UTF-32, which this format refuses as not UTF-8: such bytes go the way of other bytes.
   */
  static boolean isPlainAscii(byte[] bytes, int offset, int length) {
    int end = offset + length;
    int i = offset;
    for (; i + Long.BYTES <= end; i += Long.BYTES) {
      long eight = EightBytes.at(bytes, i);
      if (((eight & EightBytes.HIGH_BITS) | EightBytes.zeros(eight)) != 0) {
        return false;
      }
    }
    for (; i < end; i++) {
      if (bytes[i] <= 0) {
        return false;
      }
    }
    return true;
  }

  private static ReadResult withoutProblems(RestorativeCase restorativeCase) {
    return new ReadResult(Optional.of(restorativeCase), List.of());
  }

  /**
   * The straight path: the case read from the token stream straight into the builders, when the
   * document holds no problem at all; null at the first sign of one, for the full path, {@link
   * #parse}, to read the document again and report every problem with its code and path. Only
   * documents with a problem, and those of an older version, pay for the second reading; the
   * straight path and the full path give equal cases, which the tests check on every document they
   * read.
   */
  private static @Nullable RestorativeCase straight(ParserSource source) {
    try (JsonParser in = source.open()) {
      return CaseFormat.readStraight(in);
    } catch (RuntimeException e) {
      // A detour, a parser's refusal or a value's own check: the full path says which.
      return null;
    }
  }

  /**
   * Reads one case-record document from UTF-8 bytes. A leading byte-order mark is skipped; bytes
   * that are not valid UTF-8 (an overlong encoding included) are refused with {@code
   * JSON_INVALID_ENCODING}.
   *
   * @param json the document
   * @return the case and every problem found
   */
  public ReadResult read(byte[] json) {
    if (json.length > MAX_DOCUMENT_LENGTH * 4L) {
      return tooLong();
    }
    ReadResult read = readUtf8(json, 0, json.length);
    if (read != null) {
      return read;
    }
    if (isPlainAscii(json, 0, json.length)) {
      return readAscii(json, 0, json.length);
    }
    Optional<String> text = decode(json, 0, json.length);
    return text.isPresent() ? read(text.get()) : invalidEncoding();
  }

  /** The result for bytes that are not valid UTF-8, before any parsing. */
  static ReadResult invalidEncoding() {
    return problem("", ProblemCode.JSON_INVALID_ENCODING, "The input is not valid UTF-8.");
  }

  /**
   * Reads one case-record document from a stream of UTF-8 bytes, up to its end. A leading
   * byte-order mark is skipped; bytes that are not valid UTF-8 are refused with {@code
   * JSON_INVALID_ENCODING}.
   *
   * @param json the stream; not closed
   * @return the case and every problem found
   */
  public ReadResult read(InputStream json) {
    byte[] bytes;
    try {
      bytes = json.readNBytes(MAX_DOCUMENT_LENGTH * 4 + 1);
    } catch (IOException e) {
      return problem("", ProblemCode.JSON_MALFORMED, "The input cannot be read.");
    }
    return read(bytes);
  }

  /**
   * Reads one case-record document from characters, up to their end. A leading byte-order mark is
   * skipped.
   *
   * @param json the characters; not closed
   * @return the case and every problem found
   */
  public ReadResult read(Reader json) {
    StringBuilder text = new StringBuilder();
    char[] chunk = new char[1 << 16];
    try {
      int n;
      while ((n = json.read(chunk)) > 0) {
        text.append(chunk, 0, n);
        if (text.length() > MAX_DOCUMENT_LENGTH) {
          return tooLong();
        }
      }
    } catch (IOException e) {
      return problem("", ProblemCode.JSON_MALFORMED, "The input cannot be read.");
    }
    return read(text.toString());
  }

  /** The character a byte-order mark decodes to. */
  static final char BYTE_ORDER_MARK = '\uFEFF';

  /** Decodes UTF-8 strictly: empty when any byte is not part of a well-formed character. */
  static Optional<String> decode(byte[] bytes, int offset, int length) {
    try {
      return Optional.of(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes, offset, length))
              .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  /**
   * Reads NDJSON: one case per line. Each line is read on its own, so a bad line is reported with
   * its number and the lines after it are still read. Blank lines are skipped.
   *
   * @param ndjson the stream of UTF-8 lines; closed when the reader is closed
   * @return a reader of line results
   */
  public NdjsonReader readNdjson(InputStream ndjson) {
    return new NdjsonReader(this, ndjson);
  }

  /**
   * Reads a case and, when it could be read, checks it against a rule set: one list of problems,
   * the reading problems first, then the rules' violations, each at its place in the document
   * ({@link ReadResult#pointerInDocument}).
   *
   * @param json the document
   * @param rules the rules
   * @param policy the trust's policy
   * @param asOf the moment of checking
   * @return the case, when readable, and every problem and violation
   */
  public ReadResult readAndCheck(String json, RuleSet rules, Policy policy, Instant asOf) {
    ReadResult read = read(json);
    if (read.restorativeCase().isEmpty()) {
      return read;
    }
    Report report = rules.check(read.restorativeCase().get(), policy, asOf);
    List<Violation> all = new ArrayList<>(read.problems());
    for (Violation violation : report.violations()) {
      all.add(violation.withPath(read.pointerInDocument(violation.path())));
    }
    return new ReadResult(read.restorativeCase(), all);
  }

  /** The result for a document over the length limit, before any parsing. */
  static ReadResult tooLong() {
    return new ReadResult(
        Optional.empty(),
        List.of(
            Violation.of(
                ProblemCode.JSON_LIMIT_EXCEEDED,
                Severity.ERROR,
                "",
                "The document is longer than " + MAX_DOCUMENT_LENGTH + " characters.",
                CaseFormat.SOURCE)));
  }

  @FunctionalInterface
  private interface ParserSource {
    JsonParser open();
  }

  private ReadResult parse(ParserSource source) {
    return DocumentParse.parse(
            MAPPER,
            source::open,
            CaseJson::pointer,
            e -> "The input breaks a limit: " + limitOf(e) + ".",
            "An object holds the same property twice.")
        .fold(f -> problem(f.path(), f.code(), f.message()), this::readTree);
  }

  /**
   * Parses text into a tree under the format's limits and number settings (decimals keep their
   * scale), throwing on malformed input; for the format's own tests of single objects.
   */
  static JsonNode tree(String json) {
    return MAPPER.readTree(json);
  }

  /** Reads a document already parsed, with this reader's strictness and upcasters. */
  ReadResult readTree(JsonNode root) {
    ReadContext context = new ReadContext(lenient);
    Optional<RestorativeCase> c = CaseFormat.read(root, upcasters, context);
    return new ReadResult(context.overCap() ? Optional.empty() : c, context.problems());
  }

  /**
   * Where the parser stopped, as far as the format defines the place: the parser's own path can
   * hold any name the input chose, and after a lost byte a value read as a name, so it is cut back
   * by {@link CaseFormat#definedPointer} to the deepest place the format defines.
   */
  static String pointer(JsonParser parser) {
    return pointer(parser, CaseFileFormats.RESTORATIVE_CASE);
  }

  /**
   * {@link #pointer(JsonParser)} for a document of another format, whose root object is {@code
   * root}.
   */
  static String pointer(JsonParser parser, Codec<?> root) {
    try {
      List<Object> segments = new ArrayList<>();
      for (TokenStreamContext at = parser.streamReadContext();
          at != null && !at.inRoot();
          at = at.getParent()) {
        if (at.inObject() && at.hasCurrentName()) {
          segments.add(0, at.currentName());
        } else if (at.inArray() && at.hasCurrentIndex()) {
          segments.add(0, at.getCurrentIndex());
        } else {
          // An object before its first name or an array before its first element: the path ends
          // here.
          segments.clear();
        }
      }
      return CaseFormat.definedPointer(root, segments);
    } catch (RuntimeException e) {
      return "";
    }
  }

  /**
   * Names the limit broken, from the exception's text, which names the limit and never the value.
   */
  private static String limitOf(StreamConstraintsException e) {
    String message = String.valueOf(e.getMessage());
    if (message.contains("nesting depth")) {
      return "nesting deeper than " + MAX_DEPTH;
    }
    if (message.contains("String value length")) {
      return "a string longer than " + MAX_STRING_LENGTH + " characters";
    }
    if (message.contains("Number value length")) {
      return "a number longer than " + MAX_NUMBER_LENGTH + " characters";
    }
    if (message.contains("Name length")) {
      return "a property name longer than " + MAX_NAME_LENGTH + " characters";
    }
    return "a document longer than " + MAX_DOCUMENT_LENGTH + " characters";
  }

  private static ReadResult problem(String path, ProblemCode code, String message) {
    return new ReadResult(
        Optional.empty(),
        List.of(Violation.of(code, Severity.ERROR, path, message, CaseFormat.SOURCE)));
  }
}
