package org.restorative.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * Two moments or days of an object in time order ({@link ObjectFormat.InOrder}): the later one set
 * before the earlier is one defect, reported once, at the later one (a meeting's {@code endAt}, not
 * the meeting), strict and lenient; and a value that is not a moment at all is reported as such,
 * with no word of the order.
 */
class ValuesInOrderTest {

  /** How many objects of one format each rule is broken on, at most. */
  private static final int OBJECTS_PER_RULE = 8;

  @Test
  void aMeetingEndingBeforeItStartsIsReportedAtItsEnd() {
    String document =
        OneObjectChanged.document(
            "follow-up.json",
            "/meetings/0",
            meeting -> meeting.put("endAt", "2020-01-01T00:00:00Z"));

    for (CaseJson reader : FormatObjects.READERS) {
      assertThat(FormatObjects.problems(reader, document))
          .containsExactly(tuple(ProblemCode.JSON_INCONSISTENT_OBJECT.name(), "/meetings/0/endAt"));
    }
  }

  @Test
  void aReconfirmationBeforeTheConsentItReconfirmsIsReportedAtIt() {
    String document =
        OneObjectChanged.document(
            "follow-up.json",
            "/consents/0",
            consent ->
                ((ObjectNode) consent.get("reconfirmations").get(0))
                    .put("at", "2025-05-01T00:00:00Z"));

    for (CaseJson reader : FormatObjects.READERS) {
      assertThat(FormatObjects.problems(reader, document))
          .containsExactly(
              tuple(
                  ProblemCode.JSON_INCONSISTENT_OBJECT.name(), "/consents/0/reconfirmations/0/at"));
    }
  }

  /**
   * Every rule of order of the case-record format, in the objects of the golden files and of a
   * synthetic cohort that hold both its values (up to {@value #OBJECTS_PER_RULE} objects of a
   * format each), is broken in turn: the later value set a day before the earlier gives exactly one
   * problem at the later value; the earlier value given a number gives exactly its own wrong type.
   */
  @Test
  void eachRuleOfOrderBrokenYieldsOneProblemAtTheLaterValue() {
    Set<String> declared = new LinkedHashSet<>();
    SchemaBuilder schemas = new SchemaBuilder();
    CaseFileFormats.RESTORATIVE_CASE.schema(schemas);
    for (ObjectFormat<?, ?> format : schemas.formats().values()) {
      for (ObjectFormat.InOrder<?> rule : format.inOrder()) {
        declared.add(format.name() + ": " + rule.describe());
      }
    }
    Map<String, Integer> tried = new LinkedHashMap<>();
    int reconfirmationsBroken = 0;
    List<String> documents = new ArrayList<>(FormatObjects.documents());
    documents.add(withWhatTheGeneratorLeavesOut());
    for (String document : documents) {
      for (FormatObjects.Found object : FormatObjects.of(CaseJson.tree(document))) {
        for (ObjectFormat.InOrder<?> rule : object.format().inOrder()) {
          String key = object.format().name() + ": " + rule.describe();
          List<String> present = new ArrayList<>();
          for (String place : rule.places()) {
            for (String pointer : ObjectFormat.InOrder.pointers(object.node(), place)) {
              if (object.node().at(pointer).isString()) {
                present.add(pointer);
              }
            }
          }
          if (present.size() < 2 || tried.getOrDefault(key, 0) >= OBJECTS_PER_RULE) {
            continue;
          }
          for (int k = 1; k < present.size(); k++) {
            String breach = present.get(k);
            if (breach.contains("/reconfirmations/")) {
              reconfirmationsBroken++;
            }
            String before = dayBefore(object.node().at(present.get(k - 1)).stringValue());
            FormatObjects.assertOnlyProblem(
                document,
                object.pointer(),
                o -> replace(o, breach, before),
                ProblemCode.JSON_INCONSISTENT_OBJECT,
                object.pointer() + breach);
          }
          String first = present.get(0);
          FormatObjects.assertOnlyProblem(
              document,
              object.pointer(),
              o -> ((ObjectNode) o.at(parent(first))).put(last(first), 7),
              ProblemCode.JSON_WRONG_TYPE,
              object.pointer() + first);
          tried.merge(key, 1, Integer::sum);
        }
      }
    }
    assertThat(declared).as("the rules of order").hasSizeGreaterThanOrEqualTo(12);
    assertThat(reconfirmationsBroken).as("reconfirmations put out of order").isPositive();
    assertThat(tried.keySet()).as("the rules broken").containsExactlyInAnyOrderElementsOf(declared);
  }

  /**
   * A golden record with the values of order no golden file or generated case holds: a harm over a
   * period, a contact restriction with its end, a safeguarding concern with its pause decision.
   */
  private static String withWhatTheGeneratorLeavesOut() {
    String document =
        OneObjectChanged.document(
            "follow-up.json",
            "/harms/0",
            harm -> {
              ObjectNode occurred = (ObjectNode) harm.get("occurred");
              occurred.put(
                  "to",
                  Instant.parse(occurred.get("from").stringValue())
                      .plus(Duration.ofHours(1))
                      .toString());
              ObjectNode restriction = (ObjectNode) harm.get("contactRestrictions").get(0);
              restriction.put(
                  "endsOn",
                  LocalDate.parse(restriction.get("startsOn").stringValue())
                      .plusDays(30)
                      .toString());
            });
    ObjectNode tree = (ObjectNode) CaseJson.tree(document);
    ObjectNode concern = tree.putArray("safeguardingConcerns").addObject();
    concern.put("id", "sg-1").put("raisedAt", "2025-06-07T08:00:00Z").put("raisedBy", "staff-1");
    concern.putArray("about").add("party-1");
    concern
        .putObject("pauseDecision")
        .put("decidedAt", "2025-06-07T09:00:00Z")
        .put("pause", false)
        .put("decidedBy", "staff-2");
    String whole = tree.toString();
    assertThat(CaseJson.strict().read(whole).problems()).as("the record as made").isEmpty();
    return whole;
  }

  /** A moment a day before a moment, or the day before a day, as the format writes them. */
  private static String dayBefore(String text) {
    return text.length() == "2025-01-01".length()
        ? LocalDate.parse(text).minusDays(1).toString()
        : Instant.parse(text).minus(Duration.ofDays(1)).toString();
  }

  private static void replace(ObjectNode object, String pointer, String text) {
    ((ObjectNode) object.at(parent(pointer))).put(last(pointer), text);
  }

  /** The pointer of the object holding a value, relative to the object ({@code ""} for its own). */
  private static String parent(String pointer) {
    return pointer.substring(0, pointer.lastIndexOf('/'));
  }

  private static String last(String pointer) {
    return pointer.substring(pointer.lastIndexOf('/') + 1);
  }
}
