package org.restorative.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.rules.Severity;
import org.restorative.core.rules.Violation;
import org.restorative.core.synthetic.SyntheticCases;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every id by which a part of a case names another part must name one the case holds. This suite
 * states, apart from the model's own walk, where ids of the case's parts stand in a case record,
 * and breaks each, one at a time, in generated cases of every stage: the strict and the lenient
 * reader each report exactly one {@code JSON_UNKNOWN_REFERENCE}, at the id, naming the list it
 * should be an entry of and not the id; the record is not read.
 */
class UnknownReferenceTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** An id no generated case gives any part. */
  private static final String NOWHERE = "id-named-nowhere";

  /**
   * Where ids of parts stand, each with the list it names an entry of; {@code *} is every element
   * of an array. Staff ids (a facilitator's, professional's or actor's) are not among them.
   */
  static final Map<String, String> REFERENCES = new LinkedHashMap<>();

  static {
    REFERENCES.put("/referral/harms/*", "/harms");
    REFERENCES.put("/harms/*/contactRestrictions/*/protectedParty", "/parties");
    REFERENCES.put("/harms/*/contactRestrictions/*/restrictedParty", "/parties");
    REFERENCES.put("/harms/*/involvedPersons/*/party", "/parties");
    REFERENCES.put("/parties/*/principal", "/parties");
    REFERENCES.put("/parties/*/leaveAuthorisations/*/noContactWith/*", "/parties");
    REFERENCES.put("/parties/*/dischargeConditions/*/protectedParty", "/parties");
    REFERENCES.put("/facilitators/*/conflictDeclaration/conflicts/*/party", "/parties");
    REFERENCES.put("/professionals/*/relatedParties/*", "/parties");
    REFERENCES.put("/consents/*/party", "/parties");
    REFERENCES.put("/consents/*/capacityBasis/assessment", "/capacityAssessments");
    REFERENCES.put("/consents/*/competenceBasis", "/competenceAssessments");
    REFERENCES.put("/consents/*/withdrawal/meeting", "/meetings");
    REFERENCES.put("/capacityAssessments/*/party", "/parties");
    REFERENCES.put("/capacityAssessments/*/decision/counterparties/*", "/parties");
    REFERENCES.put("/competenceAssessments/*/party", "/parties");
    REFERENCES.put("/withdrawals/*/party", "/parties");
    REFERENCES.put("/withdrawals/*/meeting", "/meetings");
    REFERENCES.put("/disclosures/*/subject", "/parties");
    REFERENCES.put("/disclosures/*/recipient/party", "/parties");
    REFERENCES.put("/disclosures/*/consent", "/consents");
    REFERENCES.put("/riskAssessments/*/findings/*/party", "/parties");
    REFERENCES.put("/safetyPlans/*/meeting", "/meetings");
    REFERENCES.put("/consultations/*/patient", "/parties");
    REFERENCES.put("/safeguardingConcerns/*/about/*", "/parties");
    REFERENCES.put("/processes/*/participants/*", "/parties");
    REFERENCES.put("/preparationContacts/*/party", "/parties");
    REFERENCES.put("/preparationContacts/*/process", "/processes");
    REFERENCES.put("/meetings/*/process", "/processes");
    REFERENCES.put("/meetings/*/attendees/*/party", "/parties");
    REFERENCES.put("/meetings/*/adjustments/*/party", "/parties");
    REFERENCES.put("/messages/*/process", "/processes");
    REFERENCES.put("/messages/*/from", "/parties");
    REFERENCES.put("/messages/*/to/*", "/parties");
    REFERENCES.put("/questionSetUses/*/meeting", "/meetings");
    REFERENCES.put("/questionSetUses/*/preparationContact", "/preparationContacts");
    REFERENCES.put("/questionSetUses/*/message", "/messages");
    REFERENCES.put("/questionSetUses/*/responses/*/respondent", "/parties");
    REFERENCES.put("/agreements/*/meeting", "/meetings");
    REFERENCES.put("/agreements/*/process", "/processes");
    REFERENCES.put("/agreements/*/partyAgreements/*/party", "/parties");
    REFERENCES.put("/agreements/*/confidentiality/copiesTo/*", "/parties");
    REFERENCES.put("/agreements/*/supersedes", "/agreements");
    REFERENCES.put("/actions/*/agreement", "/agreements");
    REFERENCES.put("/actions/*/owner/party", "/parties");
    REFERENCES.put("/actions/*/beneficiaries/*", "/parties");
    REFERENCES.put("/actions/*/monitor/party", "/parties");
    REFERENCES.put("/actions/*/proportionalityCheck", "/signOffs");
    REFERENCES.put("/evaluations/*/party", "/parties");
    REFERENCES.put("/history/*/party", "/parties");
  }

  /**
   * Places of ids that no generated case holds: the model follows them as it does the others, but
   * this suite cannot break them until the generator makes them. A place the generator starts to
   * make fails {@link #each_id_that_names_no_part_is_reported_alone_at_the_id} until it is taken
   * off this list.
   */
  static final Set<String> NOT_GENERATED =
      Set.of(
          "/parties/*/leaveAuthorisations/*/noContactWith/*",
          "/facilitators/*/conflictDeclaration/conflicts/*/party",
          "/professionals/*/relatedParties/*",
          "/consents/*/withdrawal/meeting",
          "/withdrawals/*/meeting",
          "/disclosures/*/recipient/party",
          "/safeguardingConcerns/*/about/*",
          "/questionSetUses/*/preparationContact",
          "/questionSetUses/*/message",
          "/agreements/*/confidentiality/copiesTo/*",
          "/agreements/*/supersedes",
          "/actions/*/monitor/party",
          "/actions/*/proportionalityCheck");

  /** A case record and the JSON Pointer of one id in it. */
  private record Place(ObjectNode document, String pointer, String list) {}

  @Test
  void each_id_that_names_no_part_is_reported_alone_at_the_id() {
    List<Place> places = places(cohort());
    Map<String, Integer> broken = new LinkedHashMap<>();
    for (Place place : places) {
      ObjectNode document = place.document().deepCopy();
      replace(document, place.pointer(), NOWHERE);
      String text = JSON.writeValueAsString(document);

      for (CaseJson reader : List.of(CaseJson.strict(), CaseJson.lenient())) {
        ReadResult result = reader.read(text);
        assertThat(result.problems())
            .as("breaking %s", place.pointer())
            .extracting(Violation::code, Violation::severity, Violation::path)
            .containsExactly(
                tuple(ProblemCode.JSON_UNKNOWN_REFERENCE.name(), Severity.ERROR, place.pointer()));
        assertThat(result.problems().get(0).message())
            .isEqualTo("Expected the id of an entry of " + place.list() + " in this case.");
        assertThat(result.isRead()).isFalse();
      }
      broken.merge(pattern(place.pointer()), 1, Integer::sum);
    }
    Set<String> expected = new LinkedHashSet<>(REFERENCES.keySet());
    expected.removeAll(NOT_GENERATED);
    assertThat(broken.keySet())
        .as("every place of an id that generated cases hold is broken at least once")
        .containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void every_unknown_id_of_a_record_is_reported_in_record_order() {
    ObjectNode document = (ObjectNode) JSON.readTree(CaseJson.strict().write(richest()));
    List<Place> places = places(List.of(document));
    List<String> pointers = new ArrayList<>();
    for (Place place : places) {
      replace(document, place.pointer(), NOWHERE + "-" + pointers.size());
      pointers.add(place.pointer());
    }

    ReadResult result = CaseJson.strict().read(JSON.writeValueAsString(document));

    assertThat(pointers).hasSizeGreaterThan(20);
    assertThat(result.problems())
        .extracting(Violation::code)
        .containsOnly(ProblemCode.JSON_UNKNOWN_REFERENCE.name());
    assertThat(result.problems())
        .extracting(Violation::path)
        .containsExactlyInAnyOrderElementsOf(pointers);
  }

  @Test
  void a_whole_generated_cohort_names_only_parts_it_holds() {
    for (RestorativeCase c : generated()) {
      ReadResult read = CaseJson.strict().read(CaseJson.strict().write(c));
      assertThat(read.problems()).isEmpty();
    }
  }

  /** Generated cases of every stage. */
  private static List<RestorativeCase> generated() {
    List<RestorativeCase> cases = new ArrayList<>();
    SyntheticCases.seeded(2027).cohort(120).forEach(cases::add);
    return cases;
  }

  /** The generated cases as records. */
  private static List<ObjectNode> cohort() {
    List<ObjectNode> documents = new ArrayList<>();
    for (RestorativeCase c : generated()) {
      documents.add((ObjectNode) JSON.readTree(CaseJson.strict().write(c)));
    }
    return documents;
  }

  /** The generated case with the longest record. */
  private static RestorativeCase richest() {
    return generated().stream()
        .max(Comparator.comparingInt(c -> CaseJson.strict().write(c).length()))
        .orElseThrow();
  }

  /** Each place of an id in each document: every place once per document, its first element. */
  private static List<Place> places(List<ObjectNode> documents) {
    List<Place> places = new ArrayList<>();
    for (ObjectNode document : documents) {
      for (Map.Entry<String, String> reference : REFERENCES.entrySet()) {
        for (String pointer : matches(document, reference.getKey())) {
          if (!boundToAnother(document, pointer)) {
            places.add(new Place(document, pointer, reference.getValue()));
          }
        }
      }
    }
    return places;
  }

  /**
   * Whether the id must equal another in its own object, which then refuses the change first: a
   * withdrawn consent's party is its withdrawal's party ({@code JSON_INCONSISTENT_OBJECT}).
   */
  private static boolean boundToAnother(JsonNode document, String pointer) {
    return pointer.matches("/consents/\\d+/party")
        && document.at(pointer.substring(0, pointer.lastIndexOf('/'))).has("withdrawal");
  }

  /** The pointers of the string values a pattern matches in a document. */
  private static List<String> matches(JsonNode document, String pattern) {
    List<String> found = new ArrayList<>();
    match(document, pattern.substring(1).split("/"), 0, "", found);
    return found;
  }

  private static void match(
      JsonNode node, String[] segments, int at, String pointer, List<String> found) {
    if (at == segments.length) {
      if (node.isString()) {
        found.add(pointer);
      }
      return;
    }
    if (segments[at].equals("*")) {
      if (node instanceof ArrayNode array) {
        for (int i = 0; i < array.size(); i++) {
          match(array.get(i), segments, at + 1, pointer + "/" + i, found);
        }
      }
      return;
    }
    JsonNode next = node.get(segments[at]);
    if (next != null) {
      match(next, segments, at + 1, pointer + "/" + segments[at], found);
    }
  }

  private static void replace(ObjectNode document, String pointer, String id) {
    int last = pointer.lastIndexOf('/');
    JsonNode parent = document.at(pointer.substring(0, last));
    String key = pointer.substring(last + 1);
    if (parent instanceof ArrayNode array) {
      array.set(Integer.parseInt(key), id);
    } else {
      ((ObjectNode) parent).put(key, id);
    }
  }

  private static String pattern(String pointer) {
    return pointer.replaceAll("/\\d+(?=/|$)", "/*");
  }
}
