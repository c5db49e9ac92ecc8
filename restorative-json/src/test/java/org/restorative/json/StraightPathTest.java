package org.restorative.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.casefile.Stage;
import org.restorative.core.party.PartyRole;
import org.restorative.core.rules.Violation;
import org.restorative.core.synthetic.SyntheticCases;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The straight path (token stream straight into the builders) and the full path (a tree, every
 * problem collected) are held to one another: the straight path reads every document the writer
 * writes, so valid records never pay for the full path; and on any document, mutated or not, the
 * reader gives exactly what the full path alone gives — the same case, the same problems.
 */
class StraightPathTest {

  private static final CaseJson STRICT = CaseJson.strict();
  private static final CaseJson LENIENT = CaseJson.lenient();
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private static final Gen<RestorativeCase> CASES =
      longs()
          .between(0, 10_000)
          .zip(
              integers().between(0, Stage.values().length - 1),
              longs().between(0, 1_000),
              (seed, stage, index) ->
                  SyntheticCases.seeded(seed).caseAt(Stage.values()[stage], index));

  // ------------------------------------------------------------ the straight path is taken

  @Test
  void every_document_the_writer_writes_is_read_on_the_straight_path() {
    List<RestorativeCase> cases = new ArrayList<>();
    JsonFixtures.GOLDEN_STAGES.forEach(stage -> cases.add(JsonFixtures.goldenCase(stage)));
    cases.add(JsonFixtures.organisationCase());
    SyntheticCases.seeded(11).cohort(300).forEach(cases::add);

    for (RestorativeCase c : cases) {
      String document = STRICT.write(c);
      String line = STRICT.writeLine(c);
      assertThat(straight(MAPPER.createParser(document))).isEqualTo(c);
      assertThat(straight(MAPPER.createParser(line))).isEqualTo(c);
      assertThat(straight(MAPPER.createParser(line.getBytes(StandardCharsets.UTF_8)))).isEqualTo(c);
    }
  }

  @Test
  void the_straight_path_reads_a_valid_record_whatever_the_order_of_its_properties() {
    RestorativeCase c = JsonFixtures.goldenCase(Stage.FOLLOW_UP);
    ObjectNode tree = (ObjectNode) MAPPER.readTree(STRICT.write(c));
    reverseEveryObject(tree);

    assertThat(straight(MAPPER.createParser(MAPPER.writeValueAsString(tree)))).isEqualTo(c);
  }

  @Test
  void a_document_with_a_problem_or_of_an_older_version_takes_the_detour() {
    String line = STRICT.writeLine(JsonFixtures.goldenCase(Stage.REFERRAL));

    for (String detour :
        List.of(
            line.replace("\"formatVersion\":1", "\"formatVersion\":0"),
            line.replace("\"format\":\"restorative-case\",", ""),
            line.replace("{\"format\"", "{\"x\":1,\"format\""),
            line.replace("{\"format\"", "{\"formatVersion\":1,\"format\""),
            line + " {}",
            line.substring(0, line.length() - 1))) {
      assertThatThrownBy(() -> straight(MAPPER.createParser(detour)))
          .isInstanceOf(RuntimeException.class);
      assertThat(STRICT.read(detour)).isEqualTo(STRICT.fullPathOnly().read(detour));
    }
  }

  // ------------------------------------------------------------ the two paths agree

  @Test
  void a_mutated_record_reads_as_the_full_path_alone_reads_it() {
    qt().withFixedSeed(20261207L)
        .withExamples(1_500)
        .forAll(CASES, longs().all())
        .checkAssert(
            (c, seed) -> {
              String mutant = mutate(STRICT.writeLine(c), new Random(seed));
              byte[] bytes = mutant.getBytes(StandardCharsets.UTF_8);
              for (CaseJson json : List.of(STRICT, LENIENT)) {
                ReadResult full = json.fullPathOnly().read(mutant);
                assertThat(json.read(mutant)).isEqualTo(full);
                assertThat(json.read(bytes)).isEqualTo(json.fullPathOnly().read(bytes));
              }
            });
  }

  @Test
  void an_ndjson_stream_reads_as_the_full_path_alone_reads_it() {
    Random random = new Random(7);
    StringBuilder ndjson = new StringBuilder();
    SyntheticCases.seeded(5)
        .cohort(200)
        .forEach(
            c -> {
              String line = STRICT.writeLine(c);
              ndjson.append(random.nextBoolean() ? line : mutate(line, random)).append('\n');
            });
    byte[] bytes = ndjson.toString().getBytes(StandardCharsets.UTF_8);

    assertThat(lines(STRICT, bytes)).isEqualTo(lines(STRICT.fullPathOnly(), bytes));
    assertThat(lines(LENIENT, bytes)).isEqualTo(lines(LENIENT.fullPathOnly(), bytes));
  }

  @Test
  void a_record_with_text_beyond_ascii_reads_from_its_bytes_as_the_full_path_reads_it() {
    List<String> beyond =
        List.of("\u00e9", "\u2019", "Si\u00e2n", "\u00df", "\ud83d\ude00", "\u2028");
    int[] clean = {0};
    qt().withFixedSeed(20261207L)
        .withExamples(400)
        .forAll(CASES, longs().all())
        .checkAssert(
            (c, seed) -> {
              Random random = new Random(seed);
              ObjectNode root = (ObjectNode) MAPPER.readTree(STRICT.writeLine(c));
              List<ObjectNode> objects = new ArrayList<>();
              collect(root, objects);
              // Ids stay as they are: an id changed in one place names nothing elsewhere.
              Set<String> ids = new HashSet<>();
              for (ObjectNode object : objects) {
                JsonNode id = object.get("id");
                if (id != null && id.isString()) {
                  ids.add(id.stringValue());
                }
              }
              for (int k = 0; k < 3; k++) {
                ObjectNode target = objects.get(random.nextInt(objects.size()));
                target
                    .properties()
                    .forEach(
                        member -> {
                          if (member.getValue().isString()
                              && !ids.contains(member.getValue().stringValue())
                              && random.nextInt(3) == 0) {
                            member.setValue(
                                MAPPER
                                    .getNodeFactory()
                                    .stringNode(
                                        member.getValue().stringValue()
                                            + beyond.get(random.nextInt(beyond.size()))));
                          }
                        });
              }
              byte[] bytes = MAPPER.writeValueAsString(root).getBytes(StandardCharsets.UTF_8);
              for (CaseJson json : List.of(STRICT, LENIENT)) {
                ReadResult read = json.read(bytes);
                assertThat(read).isEqualTo(json.fullPathOnly().read(bytes));
                if (json == STRICT && read.problems().isEmpty()) {
                  clean[0]++;
                }
              }
            });
    assertThat(clean[0]).as("records read without a problem").isGreaterThan(40);
  }

  @Test
  void
      bytes_that_are_not_well_formed_utf8_are_refused_whatever_the_parser_of_bytes_makes_of_them() {
    String line = STRICT.writeLine(JsonFixtures.goldenCase(Stage.CLOSED_COMPLETED));
    int at = line.indexOf("A patient") + 1;
    assertThat(at).isPositive();
    byte[] head = line.substring(0, at).getBytes(StandardCharsets.UTF_8);
    byte[] tail = line.substring(at).getBytes(StandardCharsets.UTF_8);
    for (byte[] odd :
        List.of(
            new byte[] {(byte) 0xC1, (byte) 0x81}, // an overlong 'A'
            new byte[] {(byte) 0xE0, (byte) 0x81, (byte) 0x81}, // an overlong 'A' in three bytes
            new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, // a surrogate, encoded alone
            new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // beyond U+10FFFF
            new byte[] {(byte) 0xE2, (byte) 0x82}, // cut short
            new byte[] {(byte) 0x80}, // a continuation byte alone
            new byte[] {(byte) 0xFF})) {
      byte[] bytes = new byte[head.length + odd.length + tail.length];
      System.arraycopy(head, 0, bytes, 0, head.length);
      System.arraycopy(odd, 0, bytes, head.length, odd.length);
      System.arraycopy(tail, 0, bytes, head.length + odd.length, tail.length);
      ReadResult read = STRICT.read(bytes);
      assertThat(read).isEqualTo(STRICT.fullPathOnly().read(bytes));
      assertThat(read.problems())
          .extracting(Violation::code)
          .containsExactly(ProblemCode.JSON_INVALID_ENCODING.name());
      assertThat(lines(STRICT, bytes)).extracting(NdjsonReader.Line::result).containsExactly(read);
    }
    byte[] accented =
        line.replace("A patient", "A pati\u00e9nt \ud83d\ude00").getBytes(StandardCharsets.UTF_8);
    assertThat(STRICT.read(accented).restorativeCase()).isPresent();
    assertThat(STRICT.read(accented)).isEqualTo(STRICT.fullPathOnly().read(accented));
  }

  @Test
  void a_range_is_plain_ascii_only_without_a_nul_or_a_byte_beyond_ascii() {
    byte[] ascii =
        "{\"format\":\"restorative-case\",\"x\":[1,2]}".getBytes(StandardCharsets.US_ASCII);
    assertThat(CaseJson.isPlainAscii(ascii, 0, ascii.length)).isTrue();
    for (int at = 0; at < ascii.length; at++) {
      for (byte odd : new byte[] {0, (byte) 0x80, (byte) 0xC3, (byte) 0xFF}) {
        byte[] bytes = ascii.clone();
        bytes[at] = odd;
        assertThat(CaseJson.isPlainAscii(bytes, 0, bytes.length))
            .as("byte %d at %d", odd, at)
            .isFalse();
        assertThat(CaseJson.isPlainAscii(bytes, 0, at)).isTrue();
      }
    }
  }

  @Test
  void a_record_in_utf16_or_utf32_without_a_byte_order_mark_is_refused_as_not_utf8() {
    String line = STRICT.writeLine(JsonFixtures.goldenCase(Stage.REFERRAL));
    for (java.nio.charset.Charset charset :
        List.of(
            StandardCharsets.UTF_16BE,
            StandardCharsets.UTF_16LE,
            java.nio.charset.Charset.forName("UTF-32BE"))) {
      byte[] bytes = line.getBytes(charset);
      ReadResult read = STRICT.read(bytes);
      assertThat(read).isEqualTo(STRICT.fullPathOnly().read(bytes));
      assertThat(read.isRead()).isFalse();
    }
  }

  // ------------------------------------------------------------ codecs, one value at a time

  @Test
  void a_moment_of_the_written_shape_is_the_instant_the_general_parser_gives() {
    qt().withFixedSeed(20261207L)
        .withExamples(5_000)
        .forAll(
            integers()
                .between(0, 9999)
                .zip(
                    integers().between(0, 13),
                    integers().between(0, 32),
                    (year, month, day) -> String.format("%04d-%02d-%02d", year, month, day)),
            integers()
                .between(0, 25)
                .zip(
                    integers().between(0, 61),
                    integers().between(0, 61),
                    (hour, minute, second) ->
                        String.format("%02d:%02d:%02d", hour, minute, second)),
            integers().between(0, 11))
        .checkAssert(
            (date, time, places) -> {
              String text =
                  date
                      + "T"
                      + time
                      + (places == 0 ? "" : "." + "123456789012".substring(0, places))
                      + "Z";
              sameAsTheGeneralParser(text);
              contractHolds(Codecs.INSTANT, quoted(text));
            });
  }

  @Test
  void moments_and_dates_of_other_shapes_are_left_to_the_general_parser() {
    for (String text :
        List.of(
            "2025-03-12t15:20:00Z",
            "2025-03-12T15:20:00z",
            "2025-03-12T15:20Z",
            "2025-03-12T15:20:00+01:00",
            "2025-03-12T15:20:00.Z",
            "2025-03-12T24:00:00Z",
            "2025-03-12T15:20:60Z",
            "+10000-01-01T00:00:00Z",
            "0000-12-31T23:59:59Z",
            "2025-02-29T00:00:00Z",
            "2024-02-29T00:00:00Z",
            "2025-3-12T15:20:00Z",
            "2025-03-12T15:20:00.1234567890Z")) {
      sameAsTheGeneralParser(text);
      contractHolds(Codecs.INSTANT, quoted(text));
    }
    for (String text :
        List.of(
            "2024-02-29", "2025-02-29", "0000-01-01", "+10000-01-01", "2025-13-01", "2025-1-1")) {
      contractHolds(Codecs.DATE, quoted(text));
    }
  }

  @Test
  void every_scalar_codec_accepts_on_the_straight_path_exactly_what_it_reads_without_a_problem() {
    List<String> values =
        List.of(
            "1",
            "-1",
            "0",
            "2147483647",
            "2147483648",
            "-2147483649",
            "1.5",
            "16.50",
            "1e3",
            "999999999999999.999999",
            "1000000000000000",
            "0.0000001",
            "true",
            "false",
            "\"\"",
            "\" \"",
            "\"a\"",
            "\"ward/one\"",
            "\"ward//one\"",
            "\"\\ud800\"",
            "\"\\ud83d\\ude00\"",
            "\"2025-03\"",
            "\"+10000-01\"",
            "\"2025-13\"",
            "\"2025-03-12\"",
            "\"PERSON_HARMED\"",
            "\"person_harmed\"",
            "[]",
            "{}");
    List<Codec<?>> codecs =
        List.of(
            Codecs.TEXT,
            Codecs.INTEGER,
            Codecs.DECIMAL,
            Codecs.BOOLEAN,
            Codecs.DATE,
            Codecs.MONTH,
            Codecs.INSTANT,
            Codecs.PLACE,
            Ids.PARTY,
            Codecs.code(PartyRole.class));
    for (Codec<?> codec : codecs) {
      for (String value : values) {
        contractHolds(codec, value);
      }
    }
  }

  /**
   * Names whose hashes collide: "Aa" and "BB" have the same {@code String.hashCode} and the same
   * {@link Codecs#codeHash}.
   */
  enum Colliding {
    Aa,
    BB,
    AaAa,
    BBBB,
    AaBB,
    BBAa
  }

  @Test
  void a_code_is_found_among_codes_whose_names_share_a_hash() {
    Codec<Colliding> codec = Codecs.code(Colliding.class);
    for (Colliding constant : Colliding.values()) {
      assertThat(straightValue(codec, quoted(constant.name()))).isEqualTo(constant);
    }
    for (String other : List.of("Ab", "AaA", "", "aa", "BBB")) {
      contractHolds(codec, quoted(other));
      assertThatThrownBy(() -> straightValue(codec, quoted(other))).isInstanceOf(Detour.class);
    }
  }

  // ------------------------------------------------------------ helpers

  private static RestorativeCase straight(JsonParser in) {
    try (in) {
      return CaseFormat.readStraight(in);
    }
  }

  private static Object straightValue(Codec<?> codec, String json) {
    try (JsonParser in = MAPPER.createParser(json)) {
      in.nextToken();
      return codec.readStraight(in);
    }
  }

  /**
   * The codec's promise: the straight path gives a value exactly when the full path reads one
   * without a problem, and the same value; otherwise it takes a {@link Detour}.
   */
  private static void contractHolds(Codec<?> codec, String json) {
    JsonNode node = CaseJson.tree(json);
    ReadContext context = new ReadContext(false);
    Optional<?> full = codec.read(node, context);
    Optional<Object> straight;
    try {
      straight = Optional.of(straightValue(codec, json));
    } catch (Detour e) {
      straight = Optional.empty();
    }
    if (context.problems().isEmpty()) {
      assertThat(straight).as("%s read straight", json).isEqualTo(full);
    } else {
      assertThat(straight).as("%s read straight", json).isEmpty();
    }
  }

  private static void sameAsTheGeneralParser(String text) {
    Optional<Instant> general;
    try {
      general = Optional.of(OffsetDateTime.parse(text, Codecs.MOMENT).toInstant());
    } catch (DateTimeException e) {
      general = Optional.empty();
    }
    Instant plain;
    try {
      plain = Codecs.plainMoment(text);
    } catch (DateTimeException e) {
      assertThat(general).as("%s is refused by both", text).isEmpty();
      return;
    }
    if (plain != null) {
      assertThat(Optional.of(plain)).as(text).isEqualTo(general);
    }
    if (text.length() == 10) {
      LocalDate date = null;
      try {
        date = Codecs.plainDate(text);
      } catch (DateTimeException e) {
        assertThatThrownBy(() -> LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE))
            .isInstanceOf(DateTimeException.class);
      }
      if (date != null) {
        assertThat(date).isEqualTo(LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE));
      }
    }
  }

  private static String quoted(String text) {
    return "\"" + text + "\"";
  }

  private static List<NdjsonReader.Line> lines(CaseJson json, byte[] bytes) {
    List<NdjsonReader.Line> lines = new ArrayList<>();
    try (NdjsonReader reader = json.readNdjson(new java.io.ByteArrayInputStream(bytes))) {
      reader.forEachRemaining(lines::add);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return lines;
  }

  private static void reverseEveryObject(JsonNode node) {
    if (node instanceof ObjectNode object) {
      List<Map.Entry<String, JsonNode>> members = new ArrayList<>(object.properties());
      object.removeAll();
      for (int i = members.size() - 1; i >= 0; i--) {
        reverseEveryObject(members.get(i).getValue());
        object.set(members.get(i).getKey(), members.get(i).getValue());
      }
    } else if (node instanceof ArrayNode array) {
      array.forEach(StraightPathTest::reverseEveryObject);
    }
  }

  /**
   * One mutation of a written record: in its tree (a property dropped, nulled, given a value of
   * another type or an unknown code, an unknown property added, an element repeated, the members
   * reordered, the header changed) or in its text (a byte dropped, changed or added, a property
   * repeated, the text cut short).
   */
  private static String mutate(String line, Random random) {
    int kind = random.nextInt(12);
    if (kind >= 9) {
      return mutateText(line, random, kind);
    }
    ObjectNode root = (ObjectNode) MAPPER.readTree(line);
    List<ObjectNode> objects = new ArrayList<>();
    collect(root, objects);
    ObjectNode target = objects.get(random.nextInt(objects.size()));
    List<String> names = new ArrayList<>();
    target.propertyNames().forEach(names::add);
    String name = names.isEmpty() ? "x" : names.get(random.nextInt(names.size()));
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    switch (kind) {
      case 0 -> target.remove(name);
      case 1 -> target.putNull(name);
      case 2 -> target.set(name, otherType(target.get(name), random));
      case 3 -> target.put("unknown" + random.nextInt(3), random.nextInt());
      case 4 -> {
        JsonNode value = target.get(name);
        if (value instanceof ArrayNode array && !array.isEmpty()) {
          array.add(array.get(random.nextInt(array.size())).deepCopy());
        } else {
          target.put(name, "NOT_A_CODE");
        }
      }
      case 5 -> reverseEveryObject(target);
      case 6 -> root.put("formatVersion", random.nextInt(4) - 1);
      case 7 -> {
        JsonNode value = target.get(name);
        if (value != null && value.isString()) {
          String text = value.stringValue();
          target.put(name, text.isEmpty() ? " " : text.substring(0, text.length() / 2));
        } else {
          target.set(name, nodes.numberNode(1.5));
        }
      }
      default -> {
        root.remove("format");
        root.put("format", random.nextBoolean() ? "restorative-case" : "other");
      }
    }
    return MAPPER.writeValueAsString(root);
  }

  /** Characters a text mutation puts in: JSON's own, a digit, a letter, an escape. */
  private static final String STRAY = "{}[],:\"0-aZ\\";

  private static String mutateText(String line, Random random, int kind) {
    int at = random.nextInt(line.length());
    return switch (kind) {
      case 9 -> line.substring(0, at) + line.substring(at + 1);
      case 10 -> {
        int name = line.indexOf("\"id\":", at);
        yield name < 0
            ? line.substring(0, at)
            : line.substring(0, name) + "\"id\":\"e-0\"," + line.substring(name);
      }
      default ->
          line.substring(0, at)
              + STRAY.charAt(random.nextInt(STRAY.length()))
              + line.substring(random.nextBoolean() ? at : at + 1);
    };
  }

  private static JsonNode otherType(JsonNode value, Random random) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    if (value == null || value.isString()) {
      return random.nextBoolean() ? nodes.numberNode(7) : nodes.booleanNode(true);
    }
    if (value.isNumber()) {
      return random.nextBoolean() ? nodes.stringNode("7") : nodes.numberNode(1L << 40);
    }
    if (value.isArray()) {
      return nodes.objectNode();
    }
    return nodes.arrayNode();
  }

  private static void collect(JsonNode node, List<ObjectNode> objects) {
    if (node instanceof ObjectNode object) {
      objects.add(object);
    }
    for (Iterator<JsonNode> children = node.values().iterator(); children.hasNext(); ) {
      collect(children.next(), objects);
    }
  }
}
