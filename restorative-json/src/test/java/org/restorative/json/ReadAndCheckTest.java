package org.restorative.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.casefile.Stage;
import org.restorative.core.rules.Policy;
import org.restorative.core.rules.RuleSet;
import org.restorative.core.rules.Violation;
import org.restorative.core.synthetic.SyntheticCases;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Reading and checking in one step gives one list: reading problems, then rule violations. */
class ReadAndCheckTest {

  static final Instant AS_OF = Instant.parse("2030-01-01T00:00:00Z");

  @Test
  void a_readable_record_that_breaks_a_rule_gives_the_rules_violation() {
    String json =
        CaseJson.strict()
            .write(JsonFixtures.goldenCase(Stage.ASSESSMENT))
            .replaceAll("\"role\": \"PERSON_RESPONSIBLE\"", "\"role\": \"AFFECTED_OTHER\"");

    ReadResult result =
        CaseJson.strict().readAndCheck(json, RuleSet.standard(), Policy.standard(), AS_OF);

    assertThat(result.restorativeCase()).isPresent();
    assertThat(result.errors()).extracting(Violation::code).containsExactly("CORE_PARTIES_PRESENT");
  }

  @Test
  void an_unreadable_record_gives_the_reading_problems_only() {
    ReadResult result =
        CaseJson.strict()
            .readAndCheck("{\"format\": 1}", RuleSet.standard(), Policy.standard(), AS_OF);

    assertThat(result.restorativeCase()).isEmpty();
    assertThat(result.errors())
        .extracting(Violation::code)
        .containsExactly(ProblemCode.JSON_UNSUPPORTED_FORMAT.name());
  }

  @Test
  void a_lenient_read_keeps_its_warnings_beside_the_rules() {
    String json =
        CaseJson.strict()
            .write(JsonFixtures.goldenCase(Stage.PREPARATION))
            .replace("\"stage\":", "\"extra\": true,\n  \"stage\":");

    ReadResult result =
        CaseJson.lenient().readAndCheck(json, RuleSet.standard(), Policy.standard(), AS_OF);

    assertThat(result.errors()).isEmpty();
    assertThat(result.warnings())
        .extracting(Violation::code)
        .containsExactly(ProblemCode.JSON_UNKNOWN_PROPERTY.name());
  }

  /**
   * The lenient reader drops a repeated element of a set with a warning, so the set's later
   * elements stand further on in the record than in the case: each rule violation is reported at
   * its place in the record. In generated cases, a process's last participant is left without
   * consent (a violation at the participant), then the first participant is repeated before it.
   */
  @Test
  void after_a_repeat_the_lenient_reader_dropped_each_violation_is_where_it_stands() {
    JsonMapper mapper = JsonMapper.builder().build();
    int shown = 0;
    for (RestorativeCase c : SyntheticCases.seeded(2027).cohort(120).toList()) {
      for (int i = 0; i < c.processes().size(); i++) {
        int last = c.processes().get(i).participants().size() - 1;
        if (last < 1) {
          continue;
        }
        String array = "/processes/" + i + "/participants";
        ObjectNode document = (ObjectNode) mapper.readTree(CaseJson.strict().write(c));
        withoutConsentsOf(document, document.at(array + "/" + last).stringValue());
        List<Violation> before =
            CaseJson.strict()
                .readAndCheck(
                    mapper.writeValueAsString(document),
                    RuleSet.standard(),
                    Policy.standard(),
                    AS_OF)
                .problems();
        if (before.stream().noneMatch(v -> v.path().equals(array + "/" + last))) {
          continue; // the process has ended, or the participant has withdrawn
        }
        ArrayNode participants = (ArrayNode) document.at(array);
        participants.insert(last, participants.get(0).deepCopy());

        ReadResult after =
            CaseJson.lenient()
                .readAndCheck(
                    mapper.writeValueAsString(document),
                    RuleSet.standard(),
                    Policy.standard(),
                    AS_OF);

        List<String> expected = new ArrayList<>();
        expected.add(
            "WARNING " + ProblemCode.JSON_DUPLICATE_ELEMENT.name() + " " + array + "/" + last);
        for (Violation each : before) {
          String path =
              each.path().equals(array + "/" + last) ? array + "/" + (last + 1) : each.path();
          expected.add(each.severity() + " " + each.code() + " " + path);
        }
        assertThat(after.problems())
            .extracting(v -> v.severity() + " " + v.code() + " " + v.path())
            .containsExactlyElementsOf(expected);
        shown++;
      }
    }
    assertThat(shown).as("processes whose last participant is left without consent").isPositive();
  }

  /** Takes out a party's consents, and the disclosures that rely on them. */
  private static void withoutConsentsOf(ObjectNode document, String party) {
    Set<String> removed = new LinkedHashSet<>();
    if (!(document.path("consents") instanceof ArrayNode consents)) {
      return;
    }
    for (int k = consents.size() - 1; k >= 0; k--) {
      if (consents.get(k).path("party").stringValue("").equals(party)) {
        removed.add(consents.get(k).path("id").stringValue(""));
        consents.remove(k);
      }
    }
    if (document.path("disclosures") instanceof ArrayNode disclosures) {
      for (int k = disclosures.size() - 1; k >= 0; k--) {
        if (removed.contains(disclosures.get(k).path("consent").stringValue(""))) {
          disclosures.remove(k);
        }
      }
    }
  }

  /**
   * A lenient read of a generated case whose first process's first participant is repeated, the
   * given number of times, just after it.
   */
  private static ReadResult withTheFirstParticipantRepeated(int times) {
    RestorativeCase c =
        SyntheticCases.seeded(2027).cohort(120).toList().stream()
            .filter(g -> !g.processes().isEmpty() && g.processes().get(0).participants().size() > 1)
            .findFirst()
            .orElseThrow();
    JsonMapper mapper = JsonMapper.builder().build();
    ObjectNode document = (ObjectNode) mapper.readTree(CaseJson.strict().write(c));
    ArrayNode participants = (ArrayNode) document.at("/processes/0/participants");
    for (int i = 0; i < times; i++) {
      participants.insert(1, participants.get(0).deepCopy());
    }
    return CaseJson.lenient().read(mapper.writeValueAsString(document));
  }

  @Test
  void a_place_before_a_dropped_repeat_or_in_another_array_keeps_its_pointer() {
    ReadResult read = withTheFirstParticipantRepeated(2);

    assertThat(read.warnings())
        .extracting(Violation::path)
        .containsExactly("/processes/0/participants/1", "/processes/0/participants/2");
    assertThat(read.pointerInDocument("/processes/0/participants/0"))
        .isEqualTo("/processes/0/participants/0");
    assertThat(read.pointerInDocument("/processes/0/participants/1"))
        .isEqualTo("/processes/0/participants/3");
    assertThat(read.pointerInDocument("/processes/0")).isEqualTo("/processes/0");
    assertThat(read.pointerInDocument("/parties/1")).isEqualTo("/parties/1");
    assertThat(read.pointerInDocument("")).isEmpty();
    assertThat(read.pointerInDocument("processes/0/participants/1"))
        .isEqualTo("processes/0/participants/1");
    assertThat(read.pointerInDocument("/processes/0/participants/01234567890"))
        .isEqualTo("/processes/0/participants/01234567890");
  }

  /**
   * Any text given as a pointer comes back with as many segments, the same names, and each index
   * the same or further on, never an exception.
   */
  @Test
  void any_pointer_keeps_its_names_and_moves_indices_only_forward() {
    ReadResult read = withTheFirstParticipantRepeated(1);
    String[] words = {
      "processes", "participants", "0", "1", "2", "x", "", "~1", "007", "2147483648"
    };

    qt().withFixedSeed(20261207L)
        .withExamples(3_000)
        .forAll(
            booleans().all(),
            lists().of(integers().between(0, words.length - 1)).ofSizeBetween(0, 6))
        .checkAssert(
            (rooted, picks) -> {
              StringBuilder pointer = new StringBuilder();
              for (int i = 0; i < picks.size(); i++) {
                if (rooted || i > 0) {
                  pointer.append('/');
                }
                pointer.append(words[picks.get(i)]);
              }
              String given = pointer.toString();
              String moved = read.pointerInDocument(given);
              String[] before = given.split("/", -1);
              String[] after = moved.split("/", -1);
              assertThat(after).hasSameSizeAs(before);
              for (int i = 0; i < before.length; i++) {
                if (before[i].matches("[0-9]{1,9}") && !before[i].equals(after[i])) {
                  assertThat(Long.parseLong(after[i])).isGreaterThan(Long.parseLong(before[i]));
                } else {
                  assertThat(after[i]).isEqualTo(before[i]);
                }
              }
            });
  }

  /** The pointer of a place in the record after a repeat was put at {@code index} of an array. */
  private static String shifted(String pointer, String array, int index) {
    String prefix = array + "/";
    if (!pointer.startsWith(prefix)) {
      return pointer;
    }
    String rest = pointer.substring(prefix.length());
    int end = rest.indexOf('/');
    String segment = end < 0 ? rest : rest.substring(0, end);
    int at = Integer.parseInt(segment);
    return prefix + (at >= index ? at + 1 : at) + (end < 0 ? "" : rest.substring(end));
  }
}
