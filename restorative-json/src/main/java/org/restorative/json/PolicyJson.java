package org.restorative.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.restorative.core.questions.QuestionCatalogue;
import org.restorative.core.rules.Pointer;
import org.restorative.core.rules.Policy;
import org.restorative.core.rules.Severity;
import org.restorative.core.rules.Violation;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes a trust's {@link Policy} as a small JSON object whose properties are the
 * policy's settings: the policy file of a trust.
 *
 * <pre>{@code
 * PolicyReadResult result = PolicyJson.strict().read("{\"consentReconfirmationWindow\": \"P14D\"}");
 * Policy policy = result.policy().orElse(Policy.standard());
 * result.problems().forEach(p -> log(p.code(), p.path()));   // never a value from the input
 * }</pre>
 *
 * <p>A setting left out keeps its default, or stays unset for the settings no source fixes. The
 * document may name its format first ({@code "format": "restorative-policy", "formatVersion": 1});
 * the writer always does, and a document without them is read as version 1. Every setting, its
 * type, unit and default are listed in {@code docs/policy-format.md}, and the JSON Schema is {@link
 * PolicySchema}.
 *
 * <p>Reading never throws for bad input: every problem is a {@link Violation} with a code from
 * {@link ProblemCode}, a JSON Pointer and a message that never echoes a value, as for case records.
 * A pointer holds only the format's own names: an unknown setting is reported at the document
 * ({@code ""}) by its position among the document's members, never by its name. {@link #strict()}
 * refuses a setting the format does not define; {@link #lenient()} drops it with a warning. A value
 * the policy refuses (a negative window or threshold) is {@code JSON_INVALID_VALUE} at the
 * setting's pointer.
 *
 * <p>The question catalogue is not a setting of the file: {@link #write} leaves it out, and reading
 * gives {@link QuestionCatalogue#standard()}; a trust with its own catalogue sets it in code on the
 * policy read.
 *
 * <p>Limits: a document of at most {@value #MAX_DOCUMENT_LENGTH} characters, nesting of at most
 * {@value #MAX_DEPTH}, strings of at most {@value #MAX_STRING_LENGTH} characters, numbers of at
 * most {@value #MAX_NUMBER_LENGTH}; at most {@value #MAX_PROBLEMS} problems listed. Instances are
 * immutable and safe to share between threads.
 */
public final class PolicyJson {

  /** The name a policy document may carry in {@code format}. */
  public static final String FORMAT_NAME = "restorative-policy";

  /** The version this library reads and writes. */
  public static final int VERSION = 1;

  /** Longest document accepted, in characters: a policy is a few hundred. */
  public static final int MAX_DOCUMENT_LENGTH = 65_536;

  /** Deepest nesting accepted; a policy is one flat object. */
  public static final int MAX_DEPTH = 16;

  /** Longest string accepted, in characters. */
  public static final int MAX_STRING_LENGTH = 1_000;

  /** Longest number accepted, in characters. */
  public static final int MAX_NUMBER_LENGTH = 100;

  /**
   * Most problems listed for one document; past it one {@code JSON_TOO_MANY_PROBLEMS} counts the
   * rest.
   */
  public static final int MAX_PROBLEMS = 100;

  /**
   * The document's header: optional, since a policy file is written by hand and files written
   * before the format had a name must keep working.
   */
  static final DocumentHeader HEADER =
      DocumentHeader.optional(FORMAT_NAME, VERSION, "policy", "document");

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

  private static final ObjectWriter PRETTY = JsonDocuments.pretty(MAPPER);

  private final boolean lenient;

  private PolicyJson(boolean lenient) {
    this.lenient = lenient;
  }

  /**
   * A reader and writer that refuses a setting the format does not define.
   *
   * @return the strict instance
   */
  public static PolicyJson strict() {
    return new PolicyJson(false);
  }

  /**
   * A reader and writer that drops a setting the format does not define, reporting it as a warning
   * at the document by its position.
   *
   * @return the lenient instance
   */
  public static PolicyJson lenient() {
    return new PolicyJson(true);
  }

  /**
   * Whether unknown settings are dropped with a warning rather than refused.
   *
   * @return true when lenient
   */
  public boolean isLenient() {
    return lenient;
  }

  /**
   * The settings a policy document may hold, in the order of {@link Policy} and of the written
   * document: for a tool's help or an error that lists them.
   *
   * @return the settings' names
   */
  public static List<String> settings() {
    return PolicyFormats.POLICY.properties().stream().map(ObjectFormat.Property::name).toList();
  }

  /**
   * Writes a policy as an indented JSON document that names its format, with every setting that has
   * a default and every optional setting that is set, ending with a newline. The question catalogue
   * is left out.
   *
   * @param policy the policy
   * @return the document
   * @throws UnwritableValueException if the amount threshold is beyond the range the reader accepts
   *     (15 digits before the point, 6 decimal places); it names the setting, never the value
   */
  public String write(Policy policy) {
    return JsonDocuments.writeText(MAPPER, PRETTY, policy, PolicyJson::write) + "\n";
  }

  /** The format's name and version first, then the settings. */
  private static void write(JsonGenerator out, Policy policy) {
    out.writeStartObject();
    HEADER.write(out);
    PolicyFormats.POLICY.writeProperties(out, policy);
    out.writeEndObject();
  }

  /**
   * Reads a policy document. A leading byte-order mark is skipped.
   *
   * @param json the document
   * @return the policy, when it could be read, and every problem found
   */
  public PolicyReadResult read(String json) {
    String text =
        !json.isEmpty() && json.charAt(0) == CaseJson.BYTE_ORDER_MARK ? json.substring(1) : json;
    if (text.length() > MAX_DOCUMENT_LENGTH) {
      return tooLong();
    }
    return parse(text);
  }

  /**
   * Reads a policy document from UTF-8 bytes. A leading byte-order mark is skipped; bytes that are
   * not valid UTF-8 are refused with {@code JSON_INVALID_ENCODING}.
   *
   * @param json the document
   * @return the policy, when it could be read, and every problem found
   */
  public PolicyReadResult read(byte[] json) {
    if (json.length > MAX_DOCUMENT_LENGTH * 4L) {
      return tooLong();
    }
    Optional<String> text = CaseJson.decode(json, 0, json.length);
    return text.isPresent()
        ? read(text.get())
        : problem("", ProblemCode.JSON_INVALID_ENCODING, "The input is not valid UTF-8.");
  }

  /**
   * Reads a policy document from a stream of UTF-8 bytes, up to its end or just past the length
   * limit.
   *
   * @param json the stream; not closed
   * @return the policy, when it could be read, and every problem found
   */
  public PolicyReadResult read(InputStream json) {
    try {
      return read(json.readNBytes(MAX_DOCUMENT_LENGTH * 4 + 1));
    } catch (IOException e) {
      return problem("", ProblemCode.JSON_MALFORMED, "The input cannot be read.");
    }
  }

  /**
   * Reads a policy document from characters, up to their end or just past the length limit.
   *
   * @param json the characters; not closed
   * @return the policy, when it could be read, and every problem found
   */
  public PolicyReadResult read(Reader json) {
    StringBuilder text = new StringBuilder();
    char[] chunk = new char[4096];
    try {
      int n;
      while ((n = json.read(chunk)) > 0) {
        text.append(chunk, 0, n);
        if (text.length() > MAX_DOCUMENT_LENGTH + 1) {
          return tooLong();
        }
      }
    } catch (IOException e) {
      return problem("", ProblemCode.JSON_MALFORMED, "The input cannot be read.");
    }
    return read(text.toString());
  }

  private PolicyReadResult parse(String json) {
    return DocumentParse.parse(
            MAPPER,
            () -> MAPPER.createParser(json),
            PolicyJson::pointer,
            e -> "The input breaks a limit of the policy format.",
            "The document holds the same setting twice.")
        .fold(f -> problem(f.path(), f.code(), f.message()), this::readTree);
  }

  private PolicyReadResult readTree(JsonNode root) {
    if (!root.isObject()) {
      return problem(
          "",
          ProblemCode.JSON_WRONG_TYPE,
          "A policy is a JSON object whose properties are its settings.");
    }
    ReadContext context = new ReadContext(lenient, SOURCE, MAX_PROBLEMS);
    Optional<Policy> policy =
        HEADER
            .read(root, List.of(), context)
            .flatMap(document -> PolicyFormats.POLICY.read(document, context));
    return new PolicyReadResult(context.overCap() ? Optional.empty() : policy, context.problems());
  }

  /**
   * Where the parser stopped, as far as the format defines the place: the setting it was reading
   * when the format defines that setting, otherwise the document. A policy is one flat object, so
   * nothing deeper than a setting is a place of the format.
   */
  private static String pointer(JsonParser parser) {
    try {
      List<Object> segments = new ArrayList<>();
      for (TokenStreamContext at = parser.streamReadContext();
          at != null && !at.inRoot();
          at = at.getParent()) {
        segments.add(0, at.inObject() && at.hasCurrentName() ? at.currentName() : "");
      }
      if (!segments.isEmpty()
          && segments.get(0) instanceof String name
          && PolicyFormats.POLICY.property(name).isPresent()) {
        return Pointer.of(name);
      }
      return "";
    } catch (RuntimeException e) {
      return "";
    }
  }

  private static PolicyReadResult tooLong() {
    return problem(
        "",
        ProblemCode.JSON_LIMIT_EXCEEDED,
        "The document is longer than " + MAX_DOCUMENT_LENGTH + " characters.");
  }

  private static PolicyReadResult problem(String path, ProblemCode code, String message) {
    return new PolicyReadResult(
        Optional.empty(), List.of(Violation.of(code, Severity.ERROR, path, message, SOURCE)));
  }
}
