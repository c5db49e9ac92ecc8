package org.restorative.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.restorative.core.casefile.Stage;
import org.restorative.core.rules.Violation;
import org.restorative.core.synthetic.SyntheticCases;
import org.restorative.json.CaseJson;
import org.restorative.json.ReadResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The published schema and a strict {@link CaseJson} give the same verdict — valid, or refused — on
 * every document of a corpus: the golden files, the hostile inputs, and seeded structure-level
 * mutants of valid records. Where they differ, the difference is one of the kinds listed in the
 * format's documentation under "Where the schema and the reader differ", with its reason; any other
 * difference fails the test, and so does any difference at all for the mutations the schema states
 * (a party with both a date of birth and an age band, an owner that names neither party nor role,
 * and each break of {@link #PRESENCE_BREAKS}).
 */
class SchemaAgreementTest {

  static final long SEED = 20261206L;
  static final int MUTANTS_PER_RECORD = 40;
  static final Path GOLDEN =
      Path.of("..", "restorative-json", "src", "test", "resources", "golden");
  static final Path FORMAT_DOCS = Path.of("..", "docs", "json-format.md");
  static final String SECTION = "## Where the schema and the reader differ";

  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** A document of the corpus: where it comes from, how it was made, and its bytes. */
  record Document(String name, Mutation mutation, byte[] bytes) {}

  /**
   * The documented kinds of difference, each with the bold name the documentation gives it and a
   * test of whether a disagreement is of that kind.
   */
  enum Difference {
    COMPARED_VALUES(
        "Values compared with each other",
        readerOnly("JSON_INCONSISTENT_OBJECT", p -> !p.isEmpty())),
    REFERENCE(
        "A reference to an id elsewhere in the case",
        readerOnly("JSON_INCONSISTENT_OBJECT", String::isEmpty)
            .or(readerOnly("JSON_UNKNOWN_REFERENCE", p -> true))),
    ID_TEXT("Ids and text as Unicode", readerOnly("JSON_INVALID_VALUE", p -> true)),
    MOMENT_YEAR_IN_UTC("A moment's year in UTC", readerOnly("JSON_OUT_OF_RANGE", p -> true)),
    EQUAL_AS_READ("Elements equal as read", readerOnly("JSON_DUPLICATE_ELEMENT", p -> true)),
    REPEATED_NAME("A repeated property name", readerOnly("JSON_DUPLICATE_PROPERTY", p -> true)),
    LIMITS("Limits", readerOnly(Set.of("JSON_LIMIT_EXCEEDED", "JSON_TOO_MANY_PROBLEMS"))),
    FRACTION_FOR_WHOLE(
        "A whole number written with a fraction part",
        readerOnly("JSON_WRONG_TYPE", p -> true)
            .or(readerOnly("JSON_UNSUPPORTED_FORMAT", "/formatVersion"::equals))),
    NULL_AS_ABSENT(
        "`null` for an optional property", SchemaAgreementTest::nullsAreTheOnlyDifference);

    final String documented;
    final Predicate<Verdicts> matches;

    Difference(String documented, Predicate<Verdicts> matches) {
      this.documented = documented;
      this.matches = matches;
    }
  }

  /** Both verdicts on one document. */
  record Verdicts(
      Document document, ReadResult read, Optional<JsonNode> parsed, boolean schemaAccepts) {
    boolean readerAccepts() {
      return read.isRead() && read.errors().isEmpty();
    }

    boolean agree() {
      return readerAccepts() == schemaAccepts;
    }
  }

  private static Predicate<Verdicts> readerOnly(String code, Predicate<String> path) {
    return v ->
        v.schemaAccepts()
            && !v.readerAccepts()
            && v.read().errors().stream()
                .allMatch(e -> e.code().equals(code) && path.test(e.path()));
  }

  private static Predicate<Verdicts> readerOnly(Set<String> codes) {
    return v ->
        v.schemaAccepts()
            && !v.readerAccepts()
            && v.read().errors().stream().map(Violation::code).allMatch(codes::contains);
  }

  /**
   * The schema refuses, the reader accepts, and the schema accepts the document once its nulls go.
   */
  private static boolean nullsAreTheOnlyDifference(Verdicts v) {
    if (v.schemaAccepts() || !v.readerAccepts() || v.parsed().isEmpty()) {
      return false;
    }
    JsonNode withoutNulls = v.parsed().get().deepCopy();
    dropNulls(withoutNulls);
    return SchemaVerdict.errors(withoutNulls).isEmpty();
  }

  private static void dropNulls(JsonNode node) {
    if (node instanceof ObjectNode object) {
      List<String> nulls = new ArrayList<>();
      object
          .properties()
          .forEach(
              e -> {
                if (e.getValue().isNull()) {
                  nulls.add(e.getKey());
                } else {
                  dropNulls(e.getValue());
                }
              });
      object.remove(nulls);
    } else if (node.isArray()) {
      node.values().forEach(SchemaAgreementTest::dropNulls);
    }
  }

  // ------------------------------------------------------------------ the corpus

  /** The structure-level mutations, and whether the schema states what each breaks. */
  enum Mutation {
    NONE(false),
    HOSTILE(false),
    DROP_PROPERTY(false),
    WRONG_TYPE(false),
    EXTRA_PROPERTY(false),
    EMPTY_OBJECT(false),
    EMPTY_STRING(false),
    NULL_VALUE(false),
    NUMBER_OUT_OF_RANGE(false),
    MOMENT_OUT_OF_RANGE(false),
    REPEATED_ELEMENT(false),
    AGE_BAND_AND_DATE_OF_BIRTH(true),
    EMPTY_OWNER(true),
    OWNER_WITH_PARTY_AND_ROLE(true),
    PRESENCE_BROKEN(true);

    /**
     * Whether the schema and the reader must agree with no documented difference to fall back on.
     */
    final boolean stated;

    Mutation(boolean stated) {
      this.stated = stated;
    }
  }

  static List<Document> corpus() {
    List<Document> corpus = new ArrayList<>();
    List<Document> valid = new ArrayList<>();
    try (Stream<Path> files = Files.list(GOLDEN)) {
      files
          .filter(f -> f.toString().endsWith(".json"))
          .sorted()
          .forEach(
              f -> valid.add(new Document("golden/" + f.getFileName(), Mutation.NONE, bytes(f))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    SyntheticCases synthetic = SyntheticCases.seeded(SEED);
    for (Stage stage : Stage.values()) {
      for (int i = 0; i < 3; i++) {
        valid.add(
            new Document(
                "synthetic/" + stage + "/" + i,
                Mutation.NONE,
                CaseJson.strict()
                    .write(synthetic.caseAt(stage, i))
                    .getBytes(StandardCharsets.UTF_8)));
      }
    }
    corpus.addAll(valid);
    HostileCorpus.documents()
        .forEach(h -> corpus.add(new Document("hostile/" + h.name(), Mutation.HOSTILE, h.bytes())));
    Random random = new Random(SEED);
    for (Document original : valid) {
      JsonNode tree = MAPPER.readTree(original.bytes());
      for (int i = 0; i < MUTANTS_PER_RECORD; i++) {
        Mutation mutation = Mutation.values()[2 + random.nextInt(Mutation.values().length - 2)];
        JsonNode copy = tree.deepCopy();
        String where = mutate(copy, mutation, random);
        if (where != null) {
          corpus.add(
              new Document(
                  original.name() + " " + mutation + " at " + where,
                  mutation,
                  MAPPER.writeValueAsBytes(copy)));
        }
      }
    }
    return corpus;
  }

  private static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A value of the tree and the container that holds it. */
  record Slot(JsonNode parent, String property, int index, JsonNode value, String pointer) {
    void replace(JsonNode with) {
      if (parent instanceof ObjectNode object) {
        object.set(property, with);
      } else {
        ((ArrayNode) parent).set(index, with);
      }
    }
  }

  private static List<Slot> slots(JsonNode root) {
    List<Slot> slots = new ArrayList<>();
    collect(root, "", slots);
    return slots;
  }

  private static void collect(JsonNode node, String pointer, List<Slot> slots) {
    if (node instanceof ObjectNode object) {
      object
          .properties()
          .forEach(
              e -> {
                String at = pointer + "/" + e.getKey();
                slots.add(new Slot(object, e.getKey(), -1, e.getValue(), at));
                collect(e.getValue(), at, slots);
              });
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        String at = pointer + "/" + i;
        slots.add(new Slot(array, null, i, array.get(i), at));
        collect(array.get(i), at, slots);
      }
    }
  }

  private static <T> Optional<T> pick(List<T> from, Random random) {
    return from.isEmpty() ? Optional.empty() : Optional.of(from.get(random.nextInt(from.size())));
  }

  private static final List<String> MOMENTS_OUT_OF_RANGE =
      List.of(
          "0000-12-31T23:00:00Z",
          "0001-01-01T00:00:00+01:00",
          "9999-12-31T23:30:00-01:00",
          "10000-01-01T00:00:00Z",
          "+1000000000-01-01T00:00:00Z",
          "-1000000000-01-01T00:00:00Z",
          "2025-02-30T10:00:00Z",
          "2025-01-01T10:00:00",
          "0000-01-01",
          "2025-13-01");

  private static final List<String> NUMBERS_OUT_OF_RANGE =
      List.of(
          "1E+15",
          "-1E+15",
          "0.0000001",
          "2147483648",
          "-2147483649",
          "1E+400",
          "1E-400",
          "2025.0");

  /**
   * A break of a presence that the format declares and the schema states: the objects it applies to
   * (their JSON Pointers, {@code ""} for the case, and what they hold), and the change that breaks
   * it, which leaves every other rule of the object kept.
   */
  record PresenceBreak(
      String name, String at, Predicate<ObjectNode> applies, Consumer<ObjectNode> change) {

    /** The objects of the tree this break applies to. */
    List<Slot> candidates(JsonNode root) {
      List<Slot> all = new ArrayList<>();
      all.add(new Slot(root, null, -1, root, ""));
      all.addAll(slots(root));
      return all.stream()
          .filter(s -> s.pointer().matches(at))
          .filter(s -> s.value() instanceof ObjectNode object && applies.test(object))
          .toList();
    }
  }

  private static Predicate<ObjectNode> holds(String property, String... codes) {
    return o -> o.has(property) && List.of(codes).contains(o.get(property).asString());
  }

  private static Predicate<ObjectNode> holdsNot(String property, String... codes) {
    return o -> o.has(property) && !List.of(codes).contains(o.get(property).asString());
  }

  static final List<PresenceBreak> PRESENCE_BREAKS =
      List.of(
          new PresenceBreak(
              "a completed risk assessment without its outcome",
              "/riskAssessments/\\d+",
              holds("status", "COMPLETED"),
              o -> o.remove("outcome")),
          new PresenceBreak(
              "a risk assessment in progress with an outcome",
              "/riskAssessments/\\d+",
              holdsNot("status", "COMPLETED"),
              o -> o.put("outcome", "PROCEED")),
          new PresenceBreak(
              "a consent that is not a draft without obtainedAt",
              "/consents/\\d+",
              holdsNot("status", "DRAFT"),
              o -> o.remove("obtainedAt")),
          new PresenceBreak(
              "a reconfirmed consent without reconfirmations",
              "/consents/\\d+",
              holds("status", "RECONFIRMED"),
              o -> o.putArray("reconfirmations")),
          new PresenceBreak(
              "a delivered message without deliveredAt",
              "/messages/\\d+",
              holds("status", "MESSAGE_DELIVERED"),
              o -> o.remove("deliveredAt")),
          new PresenceBreak(
              "a withheld message without its review",
              "/messages/\\d+",
              o -> true,
              o -> o.put("status", "WITHHELD").remove(List.of("review", "deliveredAt"))),
          new PresenceBreak(
              "an evaluation not completed with an answer",
              "/evaluations/\\d+",
              holdsNot("uptake", "COMPLETED"),
              o -> o.put("satisfaction", "SATISFIED")),
          new PresenceBreak(
              "a completed evaluation without completedAt",
              "/evaluations/\\d+",
              holds("uptake", "COMPLETED"),
              o -> o.remove("completedAt")),
          new PresenceBreak(
              "an action with a reason for not completing that its status does not allow",
              "/actions/\\d+",
              holdsNot("status", "PARTIALLY_COMPLETED", "NOT_COMPLETED"),
              o -> o.put("notCompletedReason", "NO_LONGER_POSSIBLE")),
          new PresenceBreak(
              "a disclosure with both a consent and a lawful basis",
              "/disclosures/\\d+",
              o -> o.has("consent"),
              o -> o.putObject("lawfulBasis").put("type", "SAFEGUARDING")),
          new PresenceBreak(
              "a party who agreed without the moment",
              "/agreements/\\d+/partyAgreements/\\d+",
              o -> o.path("agreed").asBoolean(false),
              o -> o.remove("at")),
          new PresenceBreak(
              "a notification of a duty of candour that does not apply",
              "/harms/\\d+/dutyOfCandour",
              o -> true,
              o -> o.put("applies", false).put("notificationRef", "DOC-1")),
          new PresenceBreak(
              "an impairment named but not identified",
              "/capacityAssessments/\\d+",
              o -> true,
              o -> o.put("impairmentIdentified", false).put("impairment", "An impairment")),
          new PresenceBreak(
              "a causal link established without an impairment identified",
              "/capacityAssessments/\\d+",
              o -> true,
              o -> {
                o.remove("impairment");
                o.put("impairmentIdentified", false).put("causalLinkEstablished", true);
              }),
          new PresenceBreak(
              "a declined response with an answer",
              "/questionSetUses/\\d+/responses/\\d+",
              o -> true,
              o -> o.put("declined", true).put("answer", "An answer")),
          new PresenceBreak(
              "a use of a question set in two contexts",
              "/questionSetUses/\\d+",
              o -> true,
              o -> o.put("meeting", "meeting-1").put("message", "message-1")),
          new PresenceBreak(
              "a case not closed that names the case it was reopened as",
              "",
              holdsNot(
                  "stage",
                  "CLOSED_COMPLETED",
                  "CLOSED_PARTIAL",
                  "CLOSED_NOT_PROCEEDING",
                  "CLOSED_WITHDRAWN"),
              o -> o.put("reopenedAs", "SYN-999999")));

  /** Applies one mutation somewhere in the tree; the pointer where, or null when none applies. */
  private static String mutate(JsonNode root, Mutation mutation, Random random) {
    List<Slot> slots = slots(root);
    switch (mutation) {
      case DROP_PROPERTY -> {
        return pick(slots.stream().filter(s -> s.property() != null).toList(), random)
            .map(
                s -> {
                  ((ObjectNode) s.parent()).remove(s.property());
                  return s.pointer();
                })
            .orElse(null);
      }
      case WRONG_TYPE -> {
        List<JsonNode> others =
            List.of(
                NODES.numberNode(7),
                NODES.stringNode("Zq7Sentinel"),
                NODES.booleanNode(true),
                NODES.arrayNode().add("x"),
                NODES.objectNode().put("k", 1));
        return pick(slots, random)
            .map(
                s -> {
                  JsonNode with = others.get(random.nextInt(others.size()));
                  if (with.getNodeType() == s.value().getNodeType()) {
                    with =
                        s.value().isString()
                            ? NODES.numberNode(7)
                            : NODES.stringNode("Zq7Sentinel");
                  }
                  s.replace(with);
                  return s.pointer();
                })
            .orElse(null);
      }
      case EXTRA_PROPERTY -> {
        List<JsonNode> objects = new ArrayList<>();
        objects.add(root);
        slots.stream().map(Slot::value).filter(JsonNode::isObject).forEach(objects::add);
        ObjectNode object = (ObjectNode) objects.get(random.nextInt(objects.size()));
        object.put("Zq7Sentinel", "Zq7Sentinel");
        return "an object";
      }
      case EMPTY_OBJECT -> {
        return pick(slots.stream().filter(s -> s.value().isObject()).toList(), random)
            .map(
                s -> {
                  s.replace(NODES.objectNode());
                  return s.pointer();
                })
            .orElse(null);
      }
      case EMPTY_STRING -> {
        return pick(slots.stream().filter(s -> s.value().isString()).toList(), random)
            .map(
                s -> {
                  s.replace(NODES.stringNode(random.nextBoolean() ? "" : "   "));
                  return s.pointer();
                })
            .orElse(null);
      }
      case NULL_VALUE -> {
        return pick(slots, random)
            .map(
                s -> {
                  s.replace(NODES.nullNode());
                  return s.pointer();
                })
            .orElse(null);
      }
      case NUMBER_OUT_OF_RANGE -> {
        return pick(slots.stream().filter(s -> s.value().isNumber()).toList(), random)
            .map(
                s -> {
                  s.replace(
                      NODES.numberNode(
                          new BigDecimal(
                              NUMBERS_OUT_OF_RANGE.get(
                                  random.nextInt(NUMBERS_OUT_OF_RANGE.size())))));
                  return s.pointer();
                })
            .orElse(null);
      }
      case MOMENT_OUT_OF_RANGE -> {
        return pick(
                slots.stream()
                    .filter(
                        s ->
                            s.value().isString()
                                && s.value().stringValue().matches("^[0-9]{4}-[0-9]{2}-[0-9]{2}.*"))
                    .toList(),
                random)
            .map(
                s -> {
                  s.replace(
                      NODES.stringNode(
                          MOMENTS_OUT_OF_RANGE.get(random.nextInt(MOMENTS_OUT_OF_RANGE.size()))));
                  return s.pointer();
                })
            .orElse(null);
      }
      case REPEATED_ELEMENT -> {
        return pick(
                slots.stream().filter(s -> s.value().isArray() && !s.value().isEmpty()).toList(),
                random)
            .map(
                s -> {
                  ArrayNode array = (ArrayNode) s.value();
                  array.add(array.get(random.nextInt(array.size())).deepCopy());
                  return s.pointer();
                })
            .orElse(null);
      }
      case AGE_BAND_AND_DATE_OF_BIRTH -> {
        return pick(elements(root, "parties"), random)
            .map(
                party -> {
                  party.put("dateOfBirth", "1990-05-12");
                  party.put("ageBand", "ADULT");
                  return "a party";
                })
            .orElse(null);
      }
      case EMPTY_OWNER -> {
        return pick(elements(root, "actions"), random)
            .map(
                action -> {
                  action.set(random.nextBoolean() ? "owner" : "monitor", NODES.objectNode());
                  return "an action";
                })
            .orElse(null);
      }
      case OWNER_WITH_PARTY_AND_ROLE -> {
        return pick(elements(root, "actions"), random)
            .map(
                action -> {
                  action.set(
                      "owner", NODES.objectNode().put("party", "p-1").put("role", "ward manager"));
                  return "an action";
                })
            .orElse(null);
      }
      case PRESENCE_BROKEN -> {
        List<Map.Entry<PresenceBreak, Slot>> candidates = new ArrayList<>();
        PRESENCE_BREAKS.forEach(
            b -> b.candidates(root).forEach(slot -> candidates.add(Map.entry(b, slot))));
        return pick(candidates, random)
            .map(
                c -> {
                  c.getKey().change().accept((ObjectNode) c.getValue().value());
                  return c.getValue().pointer() + " (" + c.getKey().name() + ")";
                })
            .orElse(null);
      }
      default -> throw new IllegalArgumentException("not a mutation of a valid record");
    }
  }

  private static List<ObjectNode> elements(JsonNode root, String list) {
    List<ObjectNode> objects = new ArrayList<>();
    root.path(list)
        .values()
        .forEach(
            e -> {
              if (e instanceof ObjectNode object) {
                objects.add(object);
              }
            });
    return objects;
  }

  // ------------------------------------------------------------------ the test

  static Verdicts verdicts(Document document) {
    ReadResult read = CaseJson.strict().read(document.bytes());
    Optional<JsonNode> parsed = SchemaVerdict.parse(document.bytes());
    boolean schemaAccepts = parsed.map(p -> SchemaVerdict.errors(p).isEmpty()).orElse(false);
    return new Verdicts(document, read, parsed, schemaAccepts);
  }

  @Test
  void the_schema_and_the_strict_reader_agree_on_every_document_but_the_documented_kinds()
      throws IOException {
    String docs = Files.readString(FORMAT_DOCS, StandardCharsets.UTF_8);
    assertThat(docs).contains(SECTION);
    String section = docs.substring(docs.indexOf(SECTION), docs.indexOf("## Objects"));
    for (Difference difference : Difference.values()) {
      assertThat(section).as("documented").contains("**" + difference.documented + "**");
    }

    List<Document> corpus = corpus();
    Map<Difference, Integer> byKind = new EnumMap<>(Difference.class);
    Map<Mutation, Integer> byMutation = new EnumMap<>(Mutation.class);
    List<String> unexplained = new ArrayList<>();
    int agreed = 0;
    int accepted = 0;
    for (Document document : corpus) {
      byMutation.merge(document.mutation(), 1, Integer::sum);
      Verdicts v = verdicts(document);
      if (v.readerAccepts()) {
        accepted++;
      }
      if (v.agree()) {
        agreed++;
        continue;
      }
      Optional<Difference> kind =
          Stream.of(Difference.values()).filter(d -> d.matches.test(v)).findFirst();
      if (kind.isPresent() && !document.mutation().stated) {
        byKind.merge(kind.get(), 1, Integer::sum);
      } else {
        unexplained.add(
            document.name()
                + ": schema "
                + (v.schemaAccepts() ? "accepts" : "refuses")
                + ", reader "
                + (v.readerAccepts() ? "accepts" : "refuses " + v.read())
                + (v.parsed().isPresent() && !v.schemaAccepts()
                    ? " " + SchemaVerdict.errors(v.parsed().get()).stream().limit(3).toList()
                    : ""));
      }
    }
    String counts =
        "seed "
            + SEED
            + ", "
            + corpus.size()
            + " documents ("
            + byMutation
            + "), "
            + agreed
            + " agreed, "
            + accepted
            + " read, documented differences "
            + byKind;
    assertThat(unexplained).as(counts).isEmpty();
    assertThat(corpus.size()).as(counts).isGreaterThan(1_000);
    assertThat(agreed).as(counts).isGreaterThan(corpus.size() / 2);
  }

  private static byte[] golden(String name, java.util.function.Consumer<ObjectNode> change) {
    ObjectNode tree = (ObjectNode) MAPPER.readTree(bytes(GOLDEN.resolve(name)));
    change.accept(tree);
    return MAPPER.writeValueAsBytes(tree);
  }

  private static ObjectNode first(ObjectNode tree, String list) {
    return (ObjectNode) tree.get(list).get(0);
  }

  @Test
  void the_schema_refuses_a_party_with_both_a_date_of_birth_and_an_age_band_as_the_reader_does() {
    byte[] dateOfBirthOnly =
        golden(
            "follow-up.json",
            t -> first(t, "parties").put("dateOfBirth", "1990-05-12").remove("ageBand"));
    byte[] both =
        golden(
            "follow-up.json",
            t -> first(t, "parties").put("dateOfBirth", "1990-05-12").put("ageBand", "ADULT"));

    Verdicts one = verdicts(new Document("date of birth only", Mutation.NONE, dateOfBirthOnly));
    assertThat(one.readerAccepts()).as(one.read().toString()).isTrue();
    assertThat(one.schemaAccepts()).isTrue();
    Verdicts v = verdicts(new Document("both", Mutation.NONE, both));
    assertThat(v.schemaAccepts()).isFalse();
    assertThat(v.read().errors())
        .extracting(Violation::code, Violation::path)
        .containsExactly(tuple("JSON_INCONSISTENT_OBJECT", "/parties/0"));
  }

  @Test
  void the_schema_refuses_an_owner_naming_neither_or_both_of_party_and_role_as_the_reader_does() {
    Verdicts unchanged =
        verdicts(new Document("golden", Mutation.NONE, bytes(GOLDEN.resolve("follow-up.json"))));
    assertThat(unchanged.agree()).isTrue();
    assertThat(unchanged.readerAccepts()).isTrue();
    for (ObjectNode owner :
        List.of(
            NODES.objectNode(),
            NODES.objectNode().put("party", "p-1").put("role", "ward manager"))) {
      byte[] document = golden("follow-up.json", t -> first(t, "actions").set("owner", owner));
      Verdicts v = verdicts(new Document(owner.toString(), Mutation.NONE, document));
      assertThat(v.schemaAccepts()).as(owner.toString()).isFalse();
      assertThat(v.read().errors())
          .as(owner.toString())
          .extracting(Violation::code, Violation::path)
          .containsExactly(tuple("JSON_INCONSISTENT_OBJECT", "/actions/0/owner"));
    }
  }

  @Test
  void
      the_schema_refuses_a_property_whose_presence_its_code_forbids_or_requires_as_the_reader_does() {
    List<Map.Entry<String, java.util.function.Consumer<ObjectNode>>> breaks = new ArrayList<>();
    breaks.add(
        Map.entry(
            "/parties/2",
            t ->
                ((ObjectNode) t.get("parties").get(2))
                    .remove(List.of("principal", "relationshipToPrincipal"))));
    breaks.add(Map.entry("/parties/0", t -> first(t, "parties").put("principal", "party-2")));
    breaks.add(Map.entry("/harms/0", t -> first(t, "harms").put("otherContext", "a context")));
    breaks.add(
        Map.entry(
            "/harms/0/severity",
            t -> ((ObjectNode) first(t, "harms").get("severity")).put("localScale", "a scale")));
    breaks.add(Map.entry("", t -> t.put("stage", "PAUSED")));
    breaks.add(
        Map.entry(
            "/parties/0",
            t -> first(t, "parties").put("relationshipToPrincipal", "FAMILY_MEMBER")));
    breaks.add(Map.entry("/history/0", t -> first(t, "history").put("to", "ASSESSMENT")));
    Verdicts unchanged =
        verdicts(new Document("golden", Mutation.NONE, bytes(GOLDEN.resolve("referral.json"))));
    assertThat(unchanged.readerAccepts() && unchanged.schemaAccepts()).isTrue();

    breaks.forEach(
        entry -> {
          String path = entry.getKey();
          java.util.function.Consumer<ObjectNode> change = entry.getValue();
          Verdicts v = verdicts(new Document(path, Mutation.NONE, golden("referral.json", change)));
          assertThat(v.schemaAccepts()).as(path).isFalse();
          assertThat(v.read().errors())
              .as(path)
              .extracting(Violation::code, Violation::path)
              .containsExactly(tuple("JSON_INCONSISTENT_OBJECT", path));
        });
  }

  @Test
  void the_schema_refuses_each_presence_it_states_where_a_golden_file_breaks_it_as_the_reader_does()
      throws IOException {
    List<Path> goldenFiles;
    try (Stream<Path> files = Files.list(GOLDEN)) {
      goldenFiles = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    }
    for (PresenceBreak presence : PRESENCE_BREAKS) {
      Optional<Map.Entry<Path, String>> broken = Optional.empty();
      for (Path file : goldenFiles) {
        JsonNode tree = MAPPER.readTree(bytes(file));
        List<Slot> candidates = presence.candidates(tree);
        if (!candidates.isEmpty()) {
          presence.change().accept((ObjectNode) candidates.get(0).value());
          Verdicts v =
              verdicts(
                  new Document(
                      presence.name(), Mutation.PRESENCE_BROKEN, MAPPER.writeValueAsBytes(tree)));
          assertThat(v.schemaAccepts()).as(presence.name() + " in " + file).isFalse();
          assertThat(v.read().errors())
              .as(presence.name() + " in " + file)
              .extracting(Violation::code, Violation::path)
              .isNotEmpty()
              .containsOnly(tuple("JSON_INCONSISTENT_OBJECT", candidates.get(0).pointer()));
          broken = Optional.of(Map.entry(file, candidates.get(0).pointer()));
          break;
        }
      }
      assertThat(broken).as("a golden file that " + presence.name() + " applies to").isPresent();
    }
  }
}
