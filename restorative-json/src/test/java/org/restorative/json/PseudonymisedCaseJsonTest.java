package org.restorative.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.casefile.Stage;
import org.restorative.core.privacy.PseudonymisedCase;
import org.restorative.core.privacy.PseudonymisedHarm;
import org.restorative.core.privacy.Pseudonymiser;
import tools.jackson.databind.node.ObjectNode;

/**
 * The pseudonymised view's NDJSON: a golden file pins its bytes, what is written reads back equal,
 * the published schema and page are the ones the declaration generates and agree with the reader,
 * and reading reports every problem with its code and pointer, never a value.
 */
class PseudonymisedCaseJsonTest {

  /** A key for the tests only: 32 bytes. */
  static final Pseudonymiser PSEUDONYMISER =
      Pseudonymiser.keyed("golden-key-of-the-format-tests!!".getBytes(StandardCharsets.US_ASCII));

  static final ZoneId ZONE = ZoneId.of("Europe/London");

  static final Path GOLDEN = JsonFixtures.GOLDEN.resolve("pseudonymised.ndjson");

  static final Path PAGE = Path.of("..", "docs", "pseudonymised-format.md");

  private static final PseudonymisedCaseJson STRICT = PseudonymisedCaseJson.strict();

  /** The golden cases of every stage, pseudonymised, in stage order. */
  static List<PseudonymisedCase> goldenCases() {
    return JsonFixtures.GOLDEN_STAGES.stream()
        .map(stage -> PSEUDONYMISER.pseudonymise(JsonFixtures.goldenCase(stage), ZONE))
        .toList();
  }

  static String goldenLines() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    STRICT.writeNdjson(goldenCases().stream(), out);
    return out.toString(StandardCharsets.UTF_8);
  }

  private static final class Published {
    static final Schema SCHEMA = PublishedSchemas.load(PseudonymisedSchema.current());
  }

  static List<Error> validate(String json) {
    return Published.SCHEMA.validate(json, InputFormat.JSON);
  }

  private static List<String> problems(PseudonymisedReadResult result) {
    return result.problems().stream()
        .map(v -> v.severity() + " " + v.code() + " " + v.path())
        .toList();
  }

  /** The golden line of the closed, completed case: every list of the format holds something. */
  private static String closedLine() {
    return STRICT.writeLine(
        PSEUDONYMISER.pseudonymise(JsonFixtures.goldenCase(Stage.CLOSED_COMPLETED), ZONE));
  }

  @Test
  void the_golden_lines_are_written_byte_for_byte_and_read_back_without_problems()
      throws IOException {
    if (Boolean.getBoolean("restorative.writeGolden")) {
      Files.writeString(GOLDEN, goldenLines(), StandardCharsets.UTF_8);
    }
    String golden = JsonFixtures.read(GOLDEN);

    assertThat(golden).isEqualTo(goldenLines());
    List<String> lines = golden.lines().toList();
    assertThat(lines).hasSize(Stage.values().length);
    List<PseudonymisedCase> cases = goldenCases();
    for (int i = 0; i < lines.size(); i++) {
      PseudonymisedReadResult read = STRICT.read(lines.get(i));
      assertThat(read.problems()).isEmpty();
      assertThat(read.pseudonymisedCase()).contains(cases.get(i));
      assertThat(STRICT.writeLine(read.pseudonymisedCase().orElseThrow())).isEqualTo(lines.get(i));
    }
  }

  @Test
  void a_line_starts_with_the_notice_then_names_its_format_and_version() {
    String line = closedLine();

    assertThat(line)
        .startsWith(
            "{\"notice\":\""
                + PseudonymisedCase.NOTICE
                + "\",\"format\":\"restorative-pseudonymised-case\",\"formatVersion\":1,\"casePseudonym\":\"C-");
    assertThat(line).doesNotContain("\n");
  }

  @Test
  void every_list_is_written_even_when_empty() {
    PseudonymisedCase referral =
        PSEUDONYMISER.pseudonymise(JsonFixtures.goldenCase(Stage.REFERRAL), ZONE);
    assertThat(referral.meetings()).isEmpty();

    String line = STRICT.writeLine(referral);

    assertThat(line)
        .contains("\"meetings\":[]")
        .contains("\"agreements\":[]")
        .contains("\"actions\":[]")
        .contains("\"evaluations\":[]")
        .contains("\"sensitiveFlags\":[");
    assertThat(STRICT.read(line).pseudonymisedCase()).contains(referral);
  }

  @Test
  void an_absent_list_reads_as_empty() {
    String line =
        STRICT.writeLine(PSEUDONYMISER.pseudonymise(JsonFixtures.goldenCase(Stage.REFERRAL), ZONE));

    PseudonymisedReadResult read = STRICT.read(line.replace(",\"meetings\":[]", ""));

    assertThat(read.problems()).isEmpty();
    assertThat(read.pseudonymisedCase().orElseThrow().meetings()).isEmpty();
  }

  static final Gen<PseudonymisedCase> PSEUDONYMISED =
      RoundTripPropertiesTest.CASES.map(c -> PSEUDONYMISER.pseudonymise(c, ZONE));

  @Test
  void read_of_write_is_the_same_pseudonymised_case_for_five_hundred_generated_cases() {
    qt().withFixedSeed(20261206L)
        .withExamples(500)
        .forAll(PSEUDONYMISED)
        .checkAssert(
            c -> {
              String line = STRICT.writeLine(c);
              PseudonymisedReadResult read = STRICT.read(line);
              assertThat(read.problems()).isEmpty();
              assertThat(read.pseudonymisedCase()).contains(c);
              assertThat(validate(line)).isEmpty();
            });
  }

  @Test
  void
      the_months_of_the_first_and_last_moments_of_a_case_record_in_any_zone_are_written_and_read_back() {
    PseudonymisedCase referral =
        PSEUDONYMISER.pseudonymise(JsonFixtures.goldenCase(Stage.REFERRAL), ZONE);
    RestorativeCase earliest =
        JsonFixtures.goldenCase(Stage.REFERRAL)
            .withReferral(
                JsonFixtures.goldenCase(Stage.REFERRAL).referral().withReceivedAt(Codecs.EARLIEST));

    PseudonymisedCase inLondon = PSEUDONYMISER.pseudonymise(earliest, ZONE);
    String first = STRICT.writeLine(inLondon);
    String last = STRICT.writeLine(referral.withReferredIn(YearMonth.of(10_000, 1)));

    assertThat(inLondon.referredIn()).isEqualTo(YearMonth.of(0, 12));
    assertThat(first).contains("\"referredIn\":\"0000-12\"");
    assertThat(last).contains("\"referredIn\":\"+10000-01\"");
    assertThat(STRICT.read(first).pseudonymisedCase()).contains(inLondon);
    assertThat(STRICT.read(last).pseudonymisedCase().orElseThrow().referredIn())
        .isEqualTo(YearMonth.of(10_000, 1));
    assertThat(validate(first)).isEmpty();
    assertThat(validate(last)).isEmpty();
    assertThat(problems(STRICT.read(last.replace("+10000-01", "+10001-01"))))
        .containsExactly("ERROR JSON_OUT_OF_RANGE /referredIn");
  }

  @Test
  void a_month_the_format_cannot_carry_is_refused_by_the_writer_by_its_pointer() {
    PseudonymisedCase c =
        PSEUDONYMISER
            .pseudonymise(JsonFixtures.goldenCase(Stage.REFERRAL), ZONE)
            .withReferredIn(YearMonth.of(10_001, 1));

    assertThatThrownBy(() -> STRICT.writeLine(c))
        .isInstanceOf(UnwritableValueException.class)
        .hasMessage(
            "Cannot write /referredIn: the format holds months in the years 0000 to 10000 only.");
  }

  @Test
  void the_shipped_schema_the_published_schema_and_the_generated_schema_are_identical()
      throws IOException {
    PublishedSchemas.assertCurrent(
        PseudonymisedSchema.RESOURCE,
        PseudonymisedSchema.current(),
        PseudonymisedSchema.generate(),
        "the pseudonymised-case schema in the jar");
  }

  @Test
  void the_published_page_is_the_one_the_declaration_generates() throws IOException {
    String generated = PseudonymisedDocs.markdown(example());
    if (Boolean.getBoolean("restorative.writeDocs")) {
      Files.writeString(PAGE, generated, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(PAGE, StandardCharsets.UTF_8))
        .as("docs/pseudonymised-format.md; regenerate with -Drestorative.writeDocs=true")
        .isEqualTo(generated);
    for (ObjectFormat<?, ?> format : formats().values()) {
      assertThat(generated).contains("### " + format.name());
    }
  }

  static String example() {
    String line = JsonFixtures.read(GOLDEN).lines().toList().get(Stage.CLOSED_COMPLETED.ordinal());
    return "The closed, completed golden case, pseudonymised with a test key: a line of the golden file"
        + " `restorative-json/src/test/resources/golden/pseudonymised.ndjson`, synthetic data, indented"
        + " here to be read (a file holds it on one line).\n\n```json\n"
        + CaseJson.tree(line).toPrettyString()
        + "\n```\n";
  }

  @Test
  void every_golden_line_passes_the_schema() {
    JsonFixtures.read(GOLDEN).lines().forEach(line -> assertThat(validate(line)).isEmpty());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"format\":\"restorative-pseudonymised-case\"=>\"format\":\"restorative-case\"",
        "\"formatVersion\":1=>\"formatVersion\":2",
        "\"formatVersion\":1,=>",
        "\"stage\":\"CLOSED_COMPLETED\"=>\"stage\":\"DONE\"",
        "\"referredIn\":\"=>\"referredIn\":\"x",
        "\"restricted\":false=>\"restricted\":\"no\"",
        "\"casePseudonym\":\"=>\"colour\":\"red\",\"casePseudonym\":\"",
        "\"types\":[\"=>\"types\":[\"PHYSICAL\",\"PHYSICAL\",\"",
        "\"severity\":{\"scale\":\"=>\"severity\":{\"scale\":\"NONE",
        "\"evaluations\":[=>\"evaluations\":\"none\",\"x\":[",
        "Pseudonymised, not anonymous=>Anonymous"
      })
  void what_the_strict_reader_refuses_the_schema_refuses(String change) {
    String[] parts = change.split("=>", -1);
    String line = closedLine();
    assertThat(line).contains(parts[0]);
    String broken =
        line.replaceFirst(
            java.util.regex.Pattern.quote(parts[0]),
            java.util.regex.Matcher.quoteReplacement(parts[1]));

    assertThat(STRICT.read(broken).isRead()).as(change).isFalse();
    assertThat(validate(broken)).as(change).isNotEmpty();
  }

  @Test
  void a_line_of_another_format_or_version_is_refused_at_its_header() {
    String line = closedLine();

    assertThat(
            problems(
                STRICT.read(line.replace("restorative-pseudonymised-case", "restorative-case"))))
        .containsExactly("ERROR JSON_UNSUPPORTED_FORMAT /format");
    assertThat(problems(STRICT.read(line.replace("\"formatVersion\":1", "\"formatVersion\":2"))))
        .containsExactly("ERROR JSON_UNSUPPORTED_FORMAT /formatVersion");
    assertThat(problems(STRICT.read(line.replace("\"formatVersion\":1,", ""))))
        .containsExactly("ERROR JSON_UNSUPPORTED_FORMAT /formatVersion");
    assertThat(
            problems(
                STRICT.read(CaseJson.strict().writeLine(JsonFixtures.goldenCase(Stage.REFERRAL)))))
        .containsExactly("ERROR JSON_UNSUPPORTED_FORMAT /format");
  }

  @Test
  void every_problem_of_a_line_is_reported_with_its_code_and_pointer() {
    String line =
        closedLine()
            .replace("\"referredIn\":\"", "\"referredIn\":\"13")
            .replaceFirst("\"setting\":\"[A-Z_]+\"", "\"setting\":\"ON_THE_MOON\"")
            .replaceFirst("\"restricted\":(true|false)", "\"restricted\":1")
            .replaceFirst("\"month\":\"\\d{4}-\\d{2}\"", "\"month\":\"2025-13\"");

    PseudonymisedReadResult read = STRICT.read(line);

    assertThat(read.isRead()).isFalse();
    assertThat(problems(read))
        .containsExactly(
            "ERROR JSON_INVALID_TIME /referredIn",
            "ERROR JSON_UNKNOWN_CODE /harms/0/setting",
            "ERROR JSON_WRONG_TYPE /parties/0/restricted",
            "ERROR JSON_INVALID_TIME /meetings/0/month");
  }

  @Test
  void
      an_unknown_property_is_refused_when_strict_and_dropped_with_a_warning_when_lenient_never_by_its_name() {
    String line =
        closedLine()
            .replaceFirst("\"pseudonym\":", "\"" + JsonFixtures.SENTINEL + "\":1,\"pseudonym\":");

    PseudonymisedReadResult strict = STRICT.read(line);
    PseudonymisedReadResult lenient = PseudonymisedCaseJson.lenient().read(line);

    assertThat(problems(strict)).containsExactly("ERROR JSON_UNKNOWN_PROPERTY /parties/0");
    assertThat(problems(lenient)).containsExactly("WARNING JSON_UNKNOWN_PROPERTY /parties/0");
    assertThat(lenient.pseudonymisedCase())
        .contains(STRICT.read(closedLine()).pseudonymisedCase().orElseThrow());
    assertThat(strict.problems().get(0).message())
        .isEqualTo("Member 1 of this object is a property the format does not define.");
    assertThat(strict.toString()).doesNotContain("Zebedee");
  }

  @Test
  void a_notice_other_than_the_fixed_one_and_values_the_view_refuses_are_inconsistent() {
    String line = closedLine();

    assertThat(problems(STRICT.read(line.replace("not anonymous", "anonymous"))))
        .containsExactly("ERROR JSON_INCONSISTENT_OBJECT ");
    assertThat(
            problems(
                STRICT.read(
                    line.replaceFirst("\"pseudonym\":\"P-[A-Z2-7]+\"", "\"pseudonym\":\" \""))))
        .containsExactly("ERROR JSON_INCONSISTENT_OBJECT /parties/0");
  }

  @Test
  void a_restricted_party_holds_an_mha_section_for_the_reader_and_the_schema() {
    assertThat(CaseJson.tree(closedLine()).at("/parties/1").has("mhaSection")).isFalse();
    assertThat(CaseJson.tree(closedLine()).at("/parties/0").has("mhaSection")).isTrue();

    String without = withParty(1, p -> p.put("restricted", true));
    String with = withParty(0, p -> p.put("restricted", true));

    assertThat(problems(STRICT.read(without)))
        .containsExactly("ERROR JSON_INCONSISTENT_OBJECT /parties/1");
    assertThat(validate(without)).isNotEmpty();
    assertThat(problems(STRICT.read(with))).isEmpty();
    assertThat(validate(with)).isEmpty();
  }

  /** The closed line with one of its parties changed. */
  private static String withParty(int index, Consumer<ObjectNode> change) {
    ObjectNode line = (ObjectNode) CaseJson.tree(closedLine());
    change.accept((ObjectNode) line.get("parties").get(index));
    return line.toString();
  }

  @Test
  void malformed_or_truncated_input_is_one_problem_at_a_place_the_format_defines() {
    String line = closedLine();

    assertThat(problems(STRICT.read(line.substring(0, line.indexOf("\"parties\"") + 14))))
        .containsExactly("ERROR JSON_MALFORMED /parties/0");
    assertThat(problems(STRICT.read(line + "{}"))).containsExactly("ERROR JSON_TRAILING_CONTENT ");
    assertThat(problems(STRICT.read("[]"))).containsExactly("ERROR JSON_WRONG_TYPE ");
    assertThat(problems(STRICT.read(""))).containsExactly("ERROR JSON_MALFORMED ");
    assertThat(problems(STRICT.read("\uFEFF" + line))).isEmpty();
  }

  /** Every object format of the pseudonymised view, as the schema met them. */
  static Map<String, ObjectFormat<?, ?>> formats() {
    SchemaBuilder schemas = new SchemaBuilder();
    PseudonymisedFormats.CASE.definition(schemas);
    return schemas.formats();
  }

  @Test
  void every_format_maps_exactly_the_attributes_of_its_value_type() throws ClassNotFoundException {
    Map<String, ObjectFormat<?, ?>> formats = formats();
    assertThat(formats.keySet())
        .containsExactlyInAnyOrder(
            "PseudonymisedCase",
            "PseudonymisedHarm",
            "PseudonymisedSeverity",
            "PseudonymisedParty",
            "PseudonymisedProcess",
            "PseudonymisedMeeting",
            "PseudonymisedAgreement",
            "PseudonymisedAction",
            "PseudonymisedEvaluation",
            "PseudonymisedEvent");
    for (Map.Entry<String, ObjectFormat<?, ?>> entry : formats.entrySet()) {
      Set<String> declared =
          entry.getValue().properties().stream()
              .map(p -> FormatCoverageTest.attribute(entry.getKey(), p.name()))
              .collect(Collectors.toSet());
      if (entry.getKey().equals("PseudonymisedSeverity")) {
        assertThat(declared).containsExactlyInAnyOrder("scale", "grade");
        continue;
      }
      Set<String> attributes =
          new HashSet<>(
              attributes(Class.forName("org.restorative.core.privacy." + entry.getKey())));
      entry.getValue().properties().stream()
          .filter(p -> p.type().endsWith(", with a default"))
          .forEach(p -> attributes.add(p.name()));
      if (entry.getKey().equals("PseudonymisedHarm")) {
        // The harm's severity scale and grade travel together as one object.
        assertThat(attributes.removeAll(Set.of("severityScale", "severityGrade"))).isTrue();
        attributes.add("severity");
      }
      assertThat(declared).as(entry.getKey()).isEqualTo(attributes);
    }
    assertThat(attributes(PseudonymisedHarm.class)).contains("severityScale", "severityGrade");
  }

  /** The abstract accessors; default-valued attributes, not abstract, are mapped as "defaulted". */
  private static Set<String> attributes(Class<?> type) {
    return Arrays.stream(type.getMethods())
        .filter(m -> Modifier.isAbstract(m.getModifiers()))
        .filter(m -> m.getParameterCount() == 0)
        .map(Method::getName)
        .collect(Collectors.toSet());
  }
}
