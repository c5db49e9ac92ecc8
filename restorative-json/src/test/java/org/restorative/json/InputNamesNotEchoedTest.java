package org.restorative.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.casefile.Stage;
import org.restorative.core.rules.Pointer;
import org.restorative.core.rules.Severity;
import org.restorative.core.rules.Violation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A property name the format does not define is input, and can hold whatever a user typed; after a
 * lost byte, a value (a name, a narrative) can even be read as a property name. No such name ever
 * reaches a problem's path or message: an unknown property is reported at the object that holds it
 * with its position among the object's members, and a path from the parser stops at the deepest
 * place the format defines.
 */
class InputNamesNotEchoedTest {

  /**
   * Planted as a property name and as personal values; it must appear in no path and no message.
   */
  static final String SENTINEL = "Zq7Sentinel";

  static final RestorativeCase CLOSED = JsonFixtures.goldenCase(Stage.CLOSED_COMPLETED);

  /**
   * The closed golden case, with a risk assessment's conditions: the format's array of free text.
   */
  static final String DOCUMENT = withConditions(CaseJson.strict().write(CLOSED));

  static String withConditions(String document) {
    ObjectNode root = (ObjectNode) CaseJson.tree(document);
    ObjectNode assessment = (ObjectNode) root.get("riskAssessments").get(0);
    assessment.putArray("conditions").add("No contact on the ward").add(SENTINEL);
    return root.toPrettyString();
  }

  /** The document with every name, narrative and condition replaced by the sentinel. */
  static String withSentinelValues() {
    String text =
        DOCUMENT.replaceAll("\"(name|narrative)\" : \"[^\"]*\"", "\"$1\" : \"" + SENTINEL + "\"");
    assertThat(text.split(SENTINEL, -1).length - 1).isGreaterThan(4);
    return text;
  }

  /** No piece of the sentinel, even with one character lost, in any path or message. */
  static void assertNothingEchoed(ReadResult result) {
    for (Violation problem : result.problems()) {
      for (String text : List.of(problem.path(), problem.message())) {
        assertThat(text).doesNotContain("Zq7").doesNotContain("ntinel").doesNotContain("Sentine");
      }
    }
  }

  static ReadResult strict(String json) {
    ReadResult result = CaseJson.strict().read(json);
    assertNothingEchoed(result);
    return result;
  }

  static ReadResult lenient(String json) {
    ReadResult result = CaseJson.lenient().read(json);
    assertNothingEchoed(result);
    return result;
  }

  /** Every object of a document, by its JSON Pointer. */
  static void everyObject(JsonNode node, String pointer, BiConsumer<String, ObjectNode> each) {
    if (node instanceof ObjectNode object) {
      each.accept(pointer, object);
      for (Map.Entry<String, JsonNode> member : object.properties()) {
        everyObject(member.getValue(), pointer + Pointer.of(member.getKey()), each);
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        everyObject(array.get(i), pointer + Pointer.of(i), each);
      }
    }
  }

  static List<String> objectPointers() {
    List<String> pointers = new ArrayList<>();
    everyObject(CaseJson.tree(DOCUMENT), "", (pointer, object) -> pointers.add(pointer));
    assertThat(pointers)
        .hasSizeGreaterThan(40)
        .contains("", "/referral", "/riskAssessments/0", "/harms/0/severity");
    return pointers;
  }

  /** The document with the sentinel added as the last member of the object at {@code pointer}. */
  static String withSentinelKeyAt(String pointer) {
    JsonNode root = CaseJson.tree(DOCUMENT);
    ObjectNode object = (ObjectNode) root.at(pointer);
    object.put(SENTINEL, 1);
    return root.toPrettyString();
  }

  static int members(String pointer) {
    return CaseJson.tree(DOCUMENT).at(pointer).size();
  }

  @Test
  void the_document_reads_as_it_is() {
    assertThat(CaseJson.strict().read(DOCUMENT).problems()).isEmpty();
  }

  @Test
  void an_unknown_property_at_any_depth_is_reported_at_the_object_that_holds_it_by_its_position() {
    for (String pointer : objectPointers()) {
      String json = withSentinelKeyAt(pointer);
      String position = "Member " + (members(pointer) + 1) + " of this object";

      ReadResult strict = strict(json);
      ReadResult lenient = lenient(json);

      assertThat(strict.problems())
          .as(pointer)
          .extracting(Violation::code, Violation::severity, Violation::path)
          .containsExactly(
              tuple(ProblemCode.JSON_UNKNOWN_PROPERTY.name(), Severity.ERROR, pointer));
      assertThat(strict.problems().get(0).message()).startsWith(position);
      assertThat(strict.restorativeCase()).isEmpty();
      assertThat(lenient.problems())
          .as(pointer)
          .extracting(Violation::code, Violation::severity, Violation::path)
          .containsExactly(
              tuple(ProblemCode.JSON_UNKNOWN_PROPERTY.name(), Severity.WARNING, pointer));
      assertThat(lenient.problems().get(0).message()).startsWith(position);
      assertThat(lenient.restorativeCase())
          .as(pointer)
          .isEqualTo(CaseJson.strict().read(DOCUMENT).restorativeCase());
    }
  }

  @Test
  void two_unknown_properties_in_one_object_are_two_problems_told_apart_by_position() {
    String json =
        DOCUMENT.replaceFirst(
            "\"referral\" : \\{", "\"referral\" : { \"Zq7Sentinel\" : 1, \"Zq7SentinelToo\" : 2,");

    ReadResult lenient = lenient(json);

    assertThat(lenient.warnings())
        .extracting(Violation::code, Violation::path)
        .containsExactly(
            tuple(ProblemCode.JSON_UNKNOWN_PROPERTY.name(), "/referral"),
            tuple(ProblemCode.JSON_UNKNOWN_PROPERTY.name(), "/referral"));
    assertThat(lenient.warnings())
        .extracting(Violation::message)
        .allSatisfy(m -> assertThat(m).doesNotContain("Zq7"))
        .satisfies(m -> assertThat(m.get(0)).startsWith("Member 1 of this object"))
        .satisfies(m -> assertThat(m.get(1)).startsWith("Member 2 of this object"));
  }

  @Test
  void a_repeated_unknown_property_is_reported_at_the_object_that_holds_it() {
    for (String pointer : objectPointers()) {
      String json =
          withSentinelKeyAt(pointer)
              .replace("\"Zq7Sentinel\" : 1", "\"Zq7Sentinel\" : 1, \"Zq7Sentinel\" : 2");

      assertThat(strict(json).problems())
          .as(pointer)
          .extracting(Violation::code, Violation::path)
          .containsExactly(tuple(ProblemCode.JSON_DUPLICATE_PROPERTY.name(), pointer));
      assertThat(lenient(json).problems())
          .as(pointer)
          .extracting(Violation::code, Violation::path)
          .containsExactly(tuple(ProblemCode.JSON_DUPLICATE_PROPERTY.name(), pointer));
    }
  }

  @Test
  void a_repeated_property_of_the_format_is_reported_at_its_own_path() {
    String json = DOCUMENT.replaceFirst("\"source\" : ", "\"source\" : \"SELF\", \"source\" : ");

    assertThat(strict(json).problems())
        .extracting(Violation::code, Violation::path)
        .containsExactly(tuple(ProblemCode.JSON_DUPLICATE_PROPERTY.name(), "/referral/source"));
  }

  @Test
  void a_broken_limit_or_range_under_an_unknown_property_is_reported_at_the_object_that_holds_it() {
    String tooLong = "\"" + "x".repeat(CaseJson.MAX_STRING_LENGTH + 1) + "\"";
    for (String value : List.of(tooLong, "1e2147483648", "[[[[".repeat(20) + "]]]]".repeat(20))) {
      String json =
          DOCUMENT.replaceFirst(
              "\"occurred\" : \\{", "\"occurred\" : { \"Zq7Sentinel\" : " + value + ",");

      assertThat(strict(json).problems())
          .extracting(Violation::path)
          .containsExactly("/harms/0/occurred");
    }
  }

  @Test
  void a_broken_limit_at_a_property_of_the_format_is_reported_at_its_own_path() {
    String json =
        DOCUMENT.replaceFirst(
            "\"narrative\" : \"[^\"]*\"",
            "\"narrative\" : \"" + "x".repeat(CaseJson.MAX_STRING_LENGTH + 1) + "\"");

    assertThat(strict(json).problems())
        .extracting(Violation::code, Violation::path)
        .containsExactly(tuple(ProblemCode.JSON_LIMIT_EXCEEDED.name(), "/harms/0/narrative"));
  }

  @Test
  void a_value_read_as_a_name_after_a_lost_bracket_stops_the_path_at_the_object_that_holds_it() {
    String json = DOCUMENT.replace("\"conditions\" : [ ", "\"conditions\" : ");
    assertThat(json).isNotEqualTo(DOCUMENT);

    assertThat(strict(json).problems())
        .extracting(Violation::code, Violation::path)
        .containsExactly(tuple(ProblemCode.JSON_MALFORMED.name(), "/riskAssessments/0"));
  }

  @Test
  void a_lost_colon_after_a_name_of_the_format_is_reported_at_that_name() {
    String json =
        withSentinelValues().replaceFirst("\"name\" : \"Zq7Sentinel\"", "\"name\" \"Zq7Sentinel\"");

    assertThat(strict(json).problems())
        .extracting(Violation::code, Violation::path)
        .containsExactly(tuple(ProblemCode.JSON_MALFORMED.name(), "/parties/0/name"));
  }

  @Test
  void a_lost_colon_after_an_unknown_name_is_reported_at_the_object_that_holds_it() {
    String json =
        DOCUMENT.replaceFirst("\"referral\" : \\{", "\"referral\" : { \"Zq7Sentinel\" 1,");

    assertThat(strict(json).problems())
        .extracting(Violation::code, Violation::path)
        .containsExactly(tuple(ProblemCode.JSON_MALFORMED.name(), "/referral"));
  }

  @Test
  void no_single_lost_byte_near_a_planted_value_or_name_echoes_it_strict_or_lenient() {
    String planted =
        withSentinelValues()
            .replaceFirst(
                "\"referral\" : \\{", "\"referral\" : { \"Zq7Sentinel\" : \"Zq7Sentinel\",");
    Matcher at = Pattern.compile(SENTINEL).matcher(planted);
    int variants = 0;
    while (at.find()) {
      for (int i = Math.max(0, at.start() - 24);
          i < Math.min(planted.length(), at.end() + 24);
          i++) {
        String json = planted.substring(0, i) + planted.substring(i + 1);
        strict(json);
        lenient(json);
        variants++;
      }
    }
    assertThat(variants).isGreaterThan(300);
  }

  @Test
  void no_line_of_ndjson_echoes_a_planted_name_and_the_other_lines_are_read() throws IOException {
    String line = CaseJson.strict().writeLine(CLOSED);
    List<String> lines =
        List.of(
            line,
            line.replaceFirst("\"referral\":\\{", "\"referral\":{\"Zq7Sentinel\":1,"),
            line.replaceFirst(
                "\"referral\":\\{", "\"referral\":{\"Zq7Sentinel\":1,\"Zq7Sentinel\":2,"),
            line.replaceFirst("\"referral\":\\{", "\"referral\":{\"Zq7Sentinel\" 1,"),
            line);
    byte[] bytes = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);

    for (CaseJson json : List.of(CaseJson.strict(), CaseJson.lenient())) {
      List<NdjsonReader.Line> read;
      try (NdjsonReader reader = json.readNdjson(new ByteArrayInputStream(bytes))) {
        read = reader.stream().toList();
      }
      read.forEach(l -> assertNothingEchoed(l.result()));
      assertThat(read)
          .extracting(
              l -> l.result().problems().stream().map(p -> p.code() + " " + p.path()).toList())
          .containsExactly(
              List.of(),
              List.of(ProblemCode.JSON_UNKNOWN_PROPERTY.name() + " /referral"),
              List.of(ProblemCode.JSON_DUPLICATE_PROPERTY.name() + " /referral"),
              List.of(ProblemCode.JSON_MALFORMED.name() + " /referral"),
              List.of());
      assertThat(read.get(1).result().isRead()).isEqualTo(json.isLenient());
    }
  }

  @Test
  void the_defined_pointer_keeps_the_formats_names_and_stops_at_the_first_other() {
    assertThat(CaseFormat.definedPointer(List.of("parties", 1, "name")))
        .isEqualTo("/parties/1/name");
    assertThat(CaseFormat.definedPointer(List.of("parties", 1, SENTINEL, "name")))
        .isEqualTo("/parties/1");
    assertThat(CaseFormat.definedPointer(List.of("parties", "name"))).isEqualTo("/parties");
    assertThat(CaseFormat.definedPointer(List.of("formatVersion", 0))).isEqualTo("/formatVersion");
    assertThat(CaseFormat.definedPointer(List.of("stage", "x"))).isEqualTo("/stage");
    // A name of the format, but not of the object at that place.
    assertThat(CaseFormat.definedPointer(List.of("referral", "narrative"))).isEqualTo("/referral");
    assertThat(CaseFormat.definedPointer(List.of(SENTINEL))).isEmpty();
  }
}
