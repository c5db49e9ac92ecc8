package org.restorative.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A rule between properties that depends on a code or a boolean (a {@link ObjectFormat.Presence})
 * is not judged when that code or boolean is missing though required, or holds a value refused with
 * its own problem: one defect, one problem, at the most specific path.
 */
class PresenceConditionTest {

  /** How many objects of one format each break of a condition is tried on, at most. */
  private static final int OBJECTS_PER_CONDITION = 12;

  @Test
  void aDutyOfCandourWithoutAppliesIsReportedOnlyAsMissingApplies() {
    String document =
        OneObjectChanged.document(
            "closed-completed.json",
            "/harms/0",
            harm -> harm.putObject("dutyOfCandour").put("notificationRef", "X"));

    for (CaseJson reader : FormatObjects.READERS) {
      assertThat(FormatObjects.problems(reader, document))
          .containsExactly(
              tuple(ProblemCode.JSON_MISSING_PROPERTY.name(), "/harms/0/dutyOfCandour/applies"));
    }
  }

  /**
   * Every code or boolean a presence of the case-record format depends on, in the objects of the
   * golden files and of a synthetic cohort (up to {@value #OBJECTS_PER_CONDITION} objects of a
   * format each), is broken in turn: left out when it is required and held, given a number, and for
   * a code given a code of no enumeration. A condition left out is given a value only where no rule
   * binds its presence: there, a value would be a second defect. Each break yields exactly its own
   * problem at the code or boolean, strict and lenient, whatever the property bound to it holds.
   */
  @Test
  void breakingWhatAPresenceDependsOnYieldsOnlyItsOwnProblem() {
    Set<String> conditions = new LinkedHashSet<>();
    Map<String, Integer> tried = new LinkedHashMap<>();
    List<String> documents = FormatObjects.documents();
    for (String document : documents) {
      JsonNode tree = CaseJson.tree(document);
      for (FormatObjects.Found object : FormatObjects.of(tree)) {
        for (ObjectFormat.Presence presence : object.format().presences()) {
          for (int at : conditionsOf(presence)) {
            ObjectFormat.Property<?, ?> condition = object.format().properties().get(at);
            String key = object.format().name() + "." + condition.name();
            conditions.add(key);
            JsonNode held = object.node().get(condition.name());
            boolean isHeld = held != null && !held.isNull();
            if (tried.getOrDefault(key, 0) >= OBJECTS_PER_CONDITION
                || (!isHeld && boundPresent(object.format()).contains(at))) {
              continue;
            }
            String path = object.pointer() + "/" + condition.name();
            if (condition.required() && isHeld) {
              FormatObjects.assertOnlyProblem(
                  document,
                  object.pointer(),
                  o -> o.remove(condition.name()),
                  ProblemCode.JSON_MISSING_PROPERTY,
                  path);
            }
            FormatObjects.assertOnlyProblem(
                document,
                object.pointer(),
                o -> o.put(condition.name(), 7),
                ProblemCode.JSON_WRONG_TYPE,
                path);
            if (presence instanceof ObjectFormat.WhenCode) {
              FormatObjects.assertOnlyProblem(
                  document,
                  object.pointer(),
                  o -> o.put(condition.name(), "NOT_A_CODE_OF_ANY_KIND"),
                  ProblemCode.JSON_UNKNOWN_CODE,
                  path);
            }
            tried.merge(key, 1, Integer::sum);
          }
        }
      }
    }
    assertThat(conditions).as("the conditions of the presences").isNotEmpty();
    assertThat(tried.keySet())
        .as("the conditions broken")
        .containsExactlyInAnyOrderElementsOf(conditions);
  }

  /**
   * The places of the properties a presence depends on: a code, a boolean (and a boolean asked to
   * be true), the property another may be present only with; alternatives depend on none.
   */
  private static List<Integer> conditionsOf(ObjectFormat.Presence presence) {
    if (presence instanceof ObjectFormat.WhenCode code) {
      return List.of(code.codeAt());
    }
    if (presence instanceof ObjectFormat.WhenTrue flag) {
      return flag.held() == ObjectFormat.Held.TRUE
          ? List.of(flag.flagAt(), flag.propertyAt())
          : List.of(flag.flagAt());
    }
    if (presence instanceof ObjectFormat.OnlyWith with) {
      return List.of(with.otherAt());
    }
    return List.of();
  }

  /**
   * The places of the properties whose presence a rule of the format binds (a boolean asked to be
   * true aside: holding something else, it is not judged).
   */
  private static Set<Integer> boundPresent(ObjectFormat<?, ?> format) {
    Set<Integer> bound = new LinkedHashSet<>();
    for (ObjectFormat.Presence presence : format.presences()) {
      if (presence instanceof ObjectFormat.WhenCode code) {
        bound.add(code.propertyAt());
      } else if (presence instanceof ObjectFormat.WhenTrue flag
          && flag.held() != ObjectFormat.Held.TRUE) {
        bound.add(flag.propertyAt());
      } else if (presence instanceof ObjectFormat.OnlyWith with) {
        bound.add(with.propertyAt());
      } else if (presence instanceof ObjectFormat.Alternatives alternatives) {
        bound.addAll(alternatives.places());
      }
    }
    return bound;
  }
}
