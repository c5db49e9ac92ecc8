package org.restorative.core.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
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
              for (var change : CHANGES.entrySet()) {
                Object changed = change.getValue().value().apply(c, other);
                RestorativeCase copy = change.getValue().copy().apply(c, changed);
                for (var attribute : ATTRIBUTES.entrySet()) {
                  Object expected =
                      attribute.getKey().equals(change.getKey())
                          ? changed
                          : attribute.getValue().apply(c);
                  assertThat(attribute.getValue().apply(copy))
                      .as("%s after changing %s", attribute.getKey(), change.getKey())
                      .isEqualTo(expected);
                }
              }
            });
  }

  /**
   * A change of one part of a case: the value the part takes, made from the case and another, and
   * the copy of the case with it.
   */
  private record Change(
      BiFunction<RestorativeCase, RestorativeCase, Object> value,
      BiFunction<RestorativeCase, Object, RestorativeCase> copy) {}

  @SuppressWarnings("unchecked") // the copy is only ever given the value made for it
  private static <T> Change change(
      BiFunction<RestorativeCase, RestorativeCase, T> value,
      BiFunction<RestorativeCase, T, RestorativeCase> copy) {
    return new Change(value::apply, (c, changed) -> copy.apply(c, (T) changed));
  }

  /**
   * The changes that keep every id of the case naming a part of it, which a case requires: the
   * other case's referral, naming this case's harms; each list of parts in the reverse order, the
   * same parts by the same ids.
   */
  private static final Map<String, Change> CHANGES =
      Map.ofEntries(
          Map.entry(
              "referral",
              change(
                  (c, o) -> o.referral().withHarms(c.referral().harms()),
                  RestorativeCase::withReferral)),
          Map.entry("harms", change((c, o) -> reversed(c.harms()), (c, v) -> c.withHarms(v))),
          Map.entry("parties", change((c, o) -> reversed(c.parties()), (c, v) -> c.withParties(v))),
          Map.entry(
              "facilitators",
              change((c, o) -> reversed(c.facilitators()), (c, v) -> c.withFacilitators(v))),
          Map.entry(
              "consents", change((c, o) -> reversed(c.consents()), (c, v) -> c.withConsents(v))),
          Map.entry(
              "meetings", change((c, o) -> reversed(c.meetings()), (c, v) -> c.withMeetings(v))),
          Map.entry("actions", change((c, o) -> reversed(c.actions()), (c, v) -> c.withActions(v))),
          Map.entry(
              "evaluations",
              change((c, o) -> reversed(c.evaluations()), (c, v) -> c.withEvaluations(v))),
          Map.entry(
              "history", change((c, o) -> reversed(c.history()), (c, v) -> c.withHistory(v))));

  private static <T> List<T> reversed(List<T> parts) {
    List<T> reversed = new ArrayList<>(parts);
    Collections.reverse(reversed);
    return List.copyOf(reversed);
  }

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
