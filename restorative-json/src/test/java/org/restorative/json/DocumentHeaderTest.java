package org.restorative.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.restorative.core.rules.Severity;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The headers of the three documents, read on the full path from one table: where they agree (a
 * wrong name or version is {@code JSON_UNSUPPORTED_FORMAT} at {@code /format} or {@code
 * /formatVersion}) and where each differs as declared (a policy may leave its header out or give it
 * {@code null}; a case record of an older version goes to the upcasters).
 */
class DocumentHeaderTest {

  private static final String READ = "read";

  /**
   * A header, with {@code OWN} for the format's own name, and what reading it gives for a case
   * record, a pseudonymised line and a policy: {@value #READ}, or the problem's code and pointer.
   */
  static Stream<Arguments> headers() {
    String format = "JSON_UNSUPPORTED_FORMAT /format";
    String version = "JSON_UNSUPPORTED_FORMAT /formatVersion";
    return Stream.of(
        Arguments.of("{\"format\": \"OWN\", \"formatVersion\": 1}", READ, READ, READ),
        Arguments.of("{\"formatVersion\": 1, \"format\": \"OWN\"}", READ, READ, READ),
        Arguments.of("{}", format, format, READ),
        Arguments.of("{\"format\": null, \"formatVersion\": null}", format, format, READ),
        Arguments.of("{\"formatVersion\": 1}", format, format, READ),
        Arguments.of("{\"format\": null, \"formatVersion\": 1}", format, format, READ),
        Arguments.of("{\"format\": \"OWN\"}", version, version, READ),
        Arguments.of("{\"format\": \"OWN\", \"formatVersion\": null}", version, version, READ),
        Arguments.of("{\"format\": \"restorative\", \"formatVersion\": 1}", format, format, format),
        Arguments.of("{\"format\": \"OWN-x\", \"formatVersion\": 1}", format, format, format),
        Arguments.of("{\"format\": 1, \"formatVersion\": 1}", format, format, format),
        Arguments.of("{\"format\": [\"OWN\"], \"formatVersion\": 1}", format, format, format),
        Arguments.of("{\"format\": \"other\", \"formatVersion\": 2}", format, format, format),
        Arguments.of("{\"format\": \"OWN\", \"formatVersion\": 2}", version, version, version),
        Arguments.of("{\"format\": \"OWN\", \"formatVersion\": 0}", version, version, version),
        Arguments.of("{\"format\": \"OWN\", \"formatVersion\": 1.0}", version, version, version),
        Arguments.of("{\"format\": \"OWN\", \"formatVersion\": \"1\"}", version, version, version),
        Arguments.of(
            "{\"format\": \"OWN\", \"formatVersion\": 4294967297}", version, version, version));
  }

  @ParameterizedTest
  @MethodSource("headers")
  void each_document_reads_its_header_as_declared(
      String header, String caseRecord, String pseudonymised, String policy) {
    assertThat(read(CaseFormat.HEADER, CaseFormat.FORMAT_NAME, header, List.of()))
        .as("case record")
        .isEqualTo(caseRecord);
    assertThat(
            read(
                PseudonymisedCaseJson.HEADER, PseudonymisedCaseJson.FORMAT_NAME, header, List.of()))
        .as("pseudonymised line")
        .isEqualTo(pseudonymised);
    assertThat(read(PolicyJson.HEADER, PolicyJson.FORMAT_NAME, header, List.of()))
        .as("policy")
        .isEqualTo(policy);
  }

  @Test
  void only_the_case_record_header_brings_an_older_version_to_its_upcasters() {
    String older = "{\"format\": \"OWN\", \"formatVersion\": 0}";
    List<Upcaster> upcasters = List.of(new Marking(0));

    assertThat(read(CaseFormat.HEADER, CaseFormat.FORMAT_NAME, older, upcasters)).isEqualTo(READ);
    assertThat(
            read(PseudonymisedCaseJson.HEADER, PseudonymisedCaseJson.FORMAT_NAME, older, upcasters))
        .isEqualTo("JSON_UNSUPPORTED_FORMAT /formatVersion");
    assertThat(read(PolicyJson.HEADER, PolicyJson.FORMAT_NAME, older, upcasters))
        .isEqualTo("JSON_UNSUPPORTED_FORMAT /formatVersion");
  }

  @Test
  void an_older_case_record_is_brought_forward_one_version_at_a_time() {
    ReadContext context = new ReadContext(false);
    JsonNode older = CaseJson.tree("{\"format\": \"restorative-case\", \"formatVersion\": -1}");

    Optional<JsonNode> read =
        CaseFormat.HEADER.read(older, List.of(new Marking(0), new Marking(-1)), context);

    assertThat(context.problems()).isEmpty();
    assertThat(read).isPresent();
    assertThat(read.get().get("formatVersion").intValue()).isEqualTo(CaseFormat.VERSION);
    assertThat(read.get().has("upcastFrom-1")).isTrue();
    assertThat(read.get().has("upcastFrom0")).isTrue();
    assertThat(older.has("upcastFrom-1")).as("the document given is left as it was").isFalse();
  }

  @Test
  void a_case_record_no_chain_of_upcasters_brings_to_the_current_version_is_refused() {
    ReadContext context = new ReadContext(false);
    JsonNode older = CaseJson.tree("{\"format\": \"restorative-case\", \"formatVersion\": -1}");

    Optional<JsonNode> read = CaseFormat.HEADER.read(older, List.of(new Marking(-1)), context);

    assertThat(read).isEmpty();
    assertThat(context.problems())
        .extracting(v -> v.code() + " " + v.path())
        .containsExactly("JSON_UNSUPPORTED_FORMAT /formatVersion");
  }

  @ParameterizedTest
  @MethodSource("caseRecordVersions")
  void a_case_record_is_told_its_version_is_missing_only_when_it_gives_none(
      String version, String message) {
    ReadContext context = new ReadContext(false);
    String header = "{\"format\": \"restorative-case\"" + version + "}";

    CaseFormat.HEADER.read(CaseJson.tree(header), List.of(), context);

    assertThat(context.problems()).extracting(v -> v.message()).containsExactly(message);
  }

  static Stream<Arguments> caseRecordVersions() {
    String missing = "The document does not give its format version.";
    String unreadable =
        "This reader reads format version "
            + CaseFormat.VERSION
            + " and older versions it can upcast.";
    return Stream.of(
        Arguments.of("", missing),
        Arguments.of(", \"formatVersion\": null", missing),
        Arguments.of(", \"formatVersion\": \"1\"", unreadable),
        Arguments.of(", \"formatVersion\": 1.0", unreadable),
        Arguments.of(", \"formatVersion\": 2147483648", unreadable),
        Arguments.of(", \"formatVersion\": 2", unreadable),
        Arguments.of(", \"formatVersion\": 0", unreadable));
  }

  private static String read(
      DocumentHeader documentHeader, String name, String header, List<Upcaster> upcasters) {
    ReadContext context = new ReadContext(false, documentHeader.source(), 10);
    Optional<JsonNode> read =
        documentHeader.read(CaseJson.tree(header.replace("OWN", name)), upcasters, context);
    assertThat(context.problems()).allMatch(v -> v.severity() == Severity.ERROR);
    assertThat(read.isPresent()).isEqualTo(context.problems().isEmpty());
    return context.problems().stream()
        .map(v -> v.code() + " " + v.path())
        .reduce((a, b) -> a + ", " + b)
        .orElse(READ);
  }

  /** An upcaster that marks the document it brought forward from its version. */
  private record Marking(int fromVersion) implements Upcaster {
    @Override
    public ObjectNode upcast(ObjectNode document) {
      return document.put("upcastFrom" + fromVersion, true);
    }
  }
}
