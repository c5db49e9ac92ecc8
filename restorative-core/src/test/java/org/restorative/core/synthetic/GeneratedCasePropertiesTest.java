package org.restorative.core.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.casefile.Stage;
import org.restorative.core.party.Party;
import org.restorative.core.process.Message;
import org.restorative.core.questions.QuestionSetUse;
import org.restorative.core.questions.Response;

/**
 * Properties of every generated case: it satisfies the structural invariants (it is rebuilt through
 * the builder and every copy method), it never prints personal data, and a copy with one change
 * keeps everything else.
 */
class GeneratedCasePropertiesTest {

  /** A generated case at any stage: seed, stage and index drawn by QuickTheories. */
  static final Gen<RestorativeCase> CASES =
      longs()
          .between(0, 1_000)
          .zip(
              integers().between(0, Stage.values().length - 1),
              longs().between(0, 100_000),
              (seed, stage, index) ->
                  SyntheticCases.seeded(seed).caseAt(Stage.values()[stage], index));

  @Test
  void generated_cases_satisfy_every_structural_invariant_when_rebuilt() {
    qt().withFixedSeed(SyntheticCasesTest.FIXED_SEED)
        .withExamples(300)
        .forAll(CASES)
        .checkAssert(
            c -> {
              RestorativeCase rebuilt = new RestorativeCase.Builder().from(c).build();
              assertThat(rebuilt).isEqualTo(c).hasSameHashCodeAs(c);
            });
  }

  @Test
  void the_printed_form_of_a_generated_case_holds_no_personal_data() {
    qt().withFixedSeed(SyntheticCasesTest.FIXED_SEED)
        .withExamples(300)
        .forAll(CASES)
        .checkAssert(
            c -> {
              String printed = c.toString();
              assertThat(printed).contains("***");
              for (String personal : personalValues(c)) {
                assertThat(printed).doesNotContain(personal);
              }
            });
  }

  @Test
  void a_copy_with_one_change_keeps_everything_else() {
    qt().withFixedSeed(SyntheticCasesTest.FIXED_SEED)
        .withExamples(150)
        .forAll(CASES, CASES)
        .checkAssert(
            (c, other) -> {
              for (var swap : SWAPS.entrySet()) {
                RestorativeCase copy = swap.getValue().apply(c, other);
                for (var attribute : ATTRIBUTES.entrySet()) {
                  RestorativeCase expected = attribute.getKey().equals(swap.getKey()) ? other : c;
                  assertThat(attribute.getValue().apply(copy))
                      .as("%s after changing %s", attribute.getKey(), swap.getKey())
                      .isEqualTo(attribute.getValue().apply(expected));
                }
              }
            });
  }

  /** The copies that can take any other case's part without breaking an invariant. */
  private static final Map<String, BiFunction<RestorativeCase, RestorativeCase, RestorativeCase>>
      SWAPS =
          Map.ofEntries(
              Map.entry("referral", (c, o) -> c.withReferral(o.referral())),
              Map.entry("harms", (c, o) -> c.withHarms(o.harms())),
              Map.entry("parties", (c, o) -> c.withParties(o.parties())),
              Map.entry("facilitators", (c, o) -> c.withFacilitators(o.facilitators())),
              Map.entry("consents", (c, o) -> c.withConsents(o.consents())),
              Map.entry("meetings", (c, o) -> c.withMeetings(o.meetings())),
              Map.entry("actions", (c, o) -> c.withActions(o.actions())),
              Map.entry("evaluations", (c, o) -> c.withEvaluations(o.evaluations())),
              Map.entry("history", (c, o) -> c.withHistory(o.history())));

  private static final Map<String, Function<RestorativeCase, Object>> ATTRIBUTES =
      Map.ofEntries(
          Map.entry("id", RestorativeCase::id),
          Map.entry("stage", RestorativeCase::stage),
          Map.entry("referral", RestorativeCase::referral),
          Map.entry("harms", RestorativeCase::harms),
          Map.entry("parties", RestorativeCase::parties),
          Map.entry("facilitators", RestorativeCase::facilitators),
          Map.entry("professionals", RestorativeCase::professionals),
          Map.entry("consents", RestorativeCase::consents),
          Map.entry("capacityAssessments", RestorativeCase::capacityAssessments),
          Map.entry("riskAssessments", RestorativeCase::riskAssessments),
          Map.entry("meetings", RestorativeCase::meetings),
          Map.entry("messages", RestorativeCase::messages),
          Map.entry("agreements", RestorativeCase::agreements),
          Map.entry("actions", RestorativeCase::actions),
          Map.entry("evaluations", RestorativeCase::evaluations),
          Map.entry("history", RestorativeCase::history),
          Map.entry("pause", RestorativeCase::pause),
          Map.entry("closure", RestorativeCase::closure));

  /** Names, dates of birth, narratives, responses and letters held anywhere in the case. */
  static List<String> personalValues(RestorativeCase c) {
    List<String> values = new ArrayList<>();
    for (Party party : c.parties()) {
      party.name().ifPresent(values::add);
      party.preferredName().ifPresent(values::add);
      party.dateOfBirth().map(Object::toString).ifPresent(values::add);
      party.reasonToDoubtCapacityRationale().ifPresent(values::add);
    }
    c.facilitators().forEach(f -> f.name().ifPresent(values::add));
    c.professionals().forEach(p -> p.name().ifPresent(values::add));
    c.harms().forEach(h -> h.narrative().ifPresent(values::add));
    c.questionSetUses().stream()
        .map(QuestionSetUse::responses)
        .flatMap(List::stream)
        .map(Response::answer)
        .flatMap(a -> a.stream())
        .forEach(values::add);
    c.messages().stream().map(Message::content).flatMap(a -> a.stream()).forEach(values::add);
    c.withdrawals().forEach(w -> w.reason().ifPresent(values::add));
    c.preparationContacts().forEach(p -> p.notes().ifPresent(values::add));
    return values.stream().distinct().toList();
  }
}
