package org.restorative.json;

import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.restorative.core.privacy.PseudonymisedCase;
import org.restorative.core.privacy.Pseudonymiser;
import org.restorative.core.rules.Severity;
import org.restorative.core.rules.Violation;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes and reads the pseudonymised view of cases ({@link PseudonymisedCase}, made by {@link
 * Pseudonymiser}) as NDJSON, one case per line: the form {@code restorative pseudonymise} writes
 * and a researcher reads back.
 *
 * <pre>{@code
 * Pseudonymiser pseudonymiser = Pseudonymiser.keyed(key);
 * String line = PseudonymisedCaseJson.strict().writeLine(pseudonymiser.pseudonymise(c, zone));
 * PseudonymisedReadResult read = PseudonymisedCaseJson.strict().read(line);
 * }</pre>
 *
 * <p>Every line is one JSON object. Its first property is {@code notice}, holding {@link
 * PseudonymisedCase#NOTICE}, so that whoever opens the file reads first that it is still personal
 * data; then the format's name and version, {@code "format": "restorative-pseudonymised-case"} and
 * {@code "formatVersion": 1}; then the case's properties under the names of the value types. Months
 * are {@code yyyy-mm}; codes are the enum constants' names; an absent optional is left out; every
 * list and set is written, empty or not, sets of codes in the order of their enum. A harm's
 * severity is an object with its {@code scale} and, on a national scale, its {@code grade}. Every
 * property, its type and the format's problems are listed in {@code docs/pseudonymised-format.md};
 * the JSON Schema is {@link PseudonymisedSchema}.
 *
 * <p>Reading never throws for bad input: every problem is a {@link Violation} with a code from
 * {@link ProblemCode}, a JSON Pointer that holds only the format's own names, and a message that
 * never echoes a value, as for case records. A line must name the format and its version. {@link
 * #strict()} refuses a property the format does not define; {@link #lenient()} drops it with a
 * warning.
 *
 * <p>Limits: a line of at most {@value #MAX_DOCUMENT_LENGTH} characters, nesting of at most {@value
 * #MAX_DEPTH}, strings and names of at most {@value #MAX_STRING_LENGTH} characters, numbers of at
 * most {@value #MAX_NUMBER_LENGTH}; at most {@value #MAX_PROBLEMS} problems listed. Instances are
 * immutable and safe to share between threads.
 */
public final class PseudonymisedCaseJson {

  /** The name every line carries in {@code format}. */
  public static final String FORMAT_NAME = "restorative-pseudonymised-case";

  /** The version this library reads and writes. */
  public static final int VERSION = 1;

  /** Longest line accepted, in characters, as for a case record. */
  public static final int MAX_DOCUMENT_LENGTH = CaseJson.MAX_DOCUMENT_LENGTH;

  /** Deepest nesting accepted; the format itself nests four levels. */
  public static final int MAX_DEPTH = 16;

  /**
   * Longest string or property name accepted, in characters: the view holds codes and pseudonyms.
   */
  public static final int MAX_STRING_LENGTH = 1_000;

  /** Longest number accepted, in characters. */
  public static final int MAX_NUMBER_LENGTH = 100;

  /**
   * Most problems listed for one line; past it one {@code JSON_TOO_MANY_PROBLEMS} counts the rest.
   */
  public static final int MAX_PROBLEMS = CaseJson.MAX_PROBLEMS;

  /** The line's header: required, naming this version. */
  static final DocumentHeader HEADER =
      DocumentHeader.required(FORMAT_NAME, VERSION, "pseudonymised-case", "line");

  /** The source named by every problem. */
  static final String SOURCE = HEADER.source();

  private static final JsonMapper MAPPER =
      JsonDocuments.mapper(
          StreamReadConstraints.builder()
              .maxNestingDepth(MAX_DEPTH)
              .maxStringLength(MAX_STRING_LENGTH)
              .maxNumberLength(MAX_NUMBER_LENGTH)
              .maxNameLength(MAX_STRING_LENGTH)
              .maxDocumentLength(MAX_DOCUMENT_LENGTH)
              .build());

  // No separator between root values: a line starts with its object, not a space.
  private static final ObjectWriter COMPACT = JsonDocuments.compact(MAPPER);

  private final boolean lenient;

  private PseudonymisedCaseJson(boolean lenient) {
    this.lenient = lenient;
  }

  /**
   * A reader and writer that refuses a property the format does not define.
   *
   * @return the strict instance
   */
  public static PseudonymisedCaseJson strict() {
    return new PseudonymisedCaseJson(false);
  }

  /**
   * A reader and writer that drops a property the format does not define, reporting it as a warning
   * at the object that holds it.
   *
   * @return the lenient instance
   */
  public static PseudonymisedCaseJson lenient() {
    return new PseudonymisedCaseJson(true);
  }

  /**
   * Whether unknown properties are dropped with a warning rather than refused.
   *
   * @return true when lenient
   */
  public boolean isLenient() {
    return lenient;
  }

  /**
   * Writes a pseudonymised case on one line, without a newline: one line of NDJSON.
   *
   * @param pseudonymisedCase the pseudonymised case
   * @return the line
   * @throws UnwritableValueException if the case holds a month outside the years 0001 to 9999 or
   *     text with an unpaired surrogate; it names the value's pointer, never the value
   */
  public String writeLine(PseudonymisedCase pseudonymisedCase) {
    return JsonDocuments.writeText(
        MAPPER, COMPACT, pseudonymisedCase, PseudonymisedCaseJson::write);
  }

  /**
   * Writes pseudonymised cases as NDJSON: one per line, each line ending with a newline, in UTF-8,
   * as they come, so a stream of any length needs only the memory of one case.
   *
   * @param cases the pseudonymised cases
   * @param out where to write; flushed, not closed
   * @throws UnwritableValueException if a case holds a value the format cannot carry; the lines
   *     before it are written, and no part of its own line
   */
  public void writeNdjson(Stream<PseudonymisedCase> cases, OutputStream out) {
    JsonDocuments.writeLines(cases, this::writeLine, out);
  }

  /** The notice first, then the format's name and version, then the other properties. */
  private static void write(JsonGenerator out, PseudonymisedCase pseudonymisedCase) {
    out.writeStartObject();
    for (ObjectFormat.Property<PseudonymisedCase, PseudonymisedCase.Builder> property :
        PseudonymisedFormats.CASE.properties()) {
      property.writer().write(out, pseudonymisedCase);
      if (property.name().equals(PseudonymisedFormats.NOTICE)) {
        HEADER.write(out);
      }
    }
    out.writeEndObject();
  }

  /**
   * Reads one line of pseudonymised NDJSON (or one such object on its own). A leading byte-order
   * mark is skipped.
   *
   * @param line the line, without its line end
   * @return the pseudonymised case, when the line could be read, and every problem found
   */
  public PseudonymisedReadResult read(String line) {
    String text =
        !line.isEmpty() && line.charAt(0) == CaseJson.BYTE_ORDER_MARK ? line.substring(1) : line;
    if (text.length() > MAX_DOCUMENT_LENGTH) {
      return problem(
          "",
          ProblemCode.JSON_LIMIT_EXCEEDED,
          "The line is longer than " + MAX_DOCUMENT_LENGTH + " characters.");
    }
    return DocumentParse.parse(
            MAPPER,
            () -> MAPPER.createParser(text),
            parser -> CaseJson.pointer(parser, PseudonymisedFormats.CASE),
            e -> "The input breaks a limit of the pseudonymised-case format.",
            "An object holds the same property twice.")
        .fold(f -> problem(f.path(), f.code(), f.message()), this::readTree);
  }

  private PseudonymisedReadResult readTree(JsonNode root) {
    if (!root.isObject()) {
      return problem("", ProblemCode.JSON_WRONG_TYPE, "A pseudonymised case is a JSON object.");
    }
    ReadContext context = new ReadContext(lenient, SOURCE, MAX_PROBLEMS);
    Optional<PseudonymisedCase> read =
        HEADER
            .read(root, List.of(), context)
            .flatMap(line -> PseudonymisedFormats.CASE.read(line, context));
    return new PseudonymisedReadResult(
        context.overCap() ? Optional.empty() : read, context.problems());
  }

  private static PseudonymisedReadResult problem(String path, ProblemCode code, String message) {
    return new PseudonymisedReadResult(
        Optional.empty(), List.of(Violation.of(code, Severity.ERROR, path, message, SOURCE)));
  }
}
