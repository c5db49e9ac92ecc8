package org.restorative.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.restorative.core.rules.PeopleAndSafetyFixtures.AS_OF;
import static org.restorative.core.rules.PeopleAndSafetyFixtures.changed;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.casefile.Stage;
import org.restorative.core.party.FacilitatorRole;
import org.restorative.core.process.PreparationTopic;
import org.restorative.core.synthetic.SyntheticCases;

/**
 * Properties of the safety, facilitator and participant rules (18–32) over the synthetic cohort:
 * realistic cases pass them, and breaking one thing yields no code but that thing's own.
 */
class PeopleAndSafetyPropertiesTest {

  private static final long FIXED_SEED = 20261121L;
  private static final int EXAMPLES = 300;

  /** The three families together. */
  private static final RuleSet FAMILIES = families();

  /** A generated case at any stage, including paused and closed ones. */
  private static final Gen<RestorativeCase> CASES =
      longs()
          .between(0, 1_000)
          .zip(
              integers().between(0, Stage.values().length - 1),
              longs().between(0, 100_000),
              (seed, stage, index) ->
                  SyntheticCases.seeded(seed).caseAt(Stage.values()[stage], index));

  /** One thing broken in a case, and the only code it may produce. */
  private static final Map<String, UnaryOperator<RestorativeCase>> BREAKS = breaks();

  @Test
  void generated_cases_at_every_stage_break_none_of_these_rules() {
    qt().withFixedSeed(FIXED_SEED)
        .withExamples(EXAMPLES)
        .forAll(CASES)
        .checkAssert(
            c ->
                assertThat(FAMILIES.check(c, Policy.standard(), AS_OF).errors())
                    .as("errors for case %s at %s", c.id(), c.stage())
                    .isEmpty());
  }

  @Test
  void generated_cases_raise_no_warning_of_these_rules_either() {
    qt().withFixedSeed(FIXED_SEED)
        .withExamples(EXAMPLES)
        .forAll(CASES)
        .checkAssert(
            c ->
                assertThat(FAMILIES.check(c, Policy.standard(), AS_OF).warnings())
                    .as("warnings for case %s at %s", c.id(), c.stage())
                    .isEmpty());
  }

  @Test
  void breaking_one_thing_in_a_generated_case_yields_only_its_own_code() {
    qt().withFixedSeed(FIXED_SEED)
        .withExamples(EXAMPLES)
        .forAll(CASES)
        .checkAssert(
            c -> {
              for (Map.Entry<String, UnaryOperator<RestorativeCase>> broken : BREAKS.entrySet()) {
                Set<String> codes =
                    FAMILIES.check(broken.getValue().apply(c), Policy.standard(), AS_OF).codes();
                assertThat(codes)
                    .as("codes for case %s at %s", c.id(), c.stage())
                    .isSubsetOf(broken.getKey());
              }
            });
  }

  @Test
  void every_break_yields_its_code_somewhere_in_the_cohort() {
    SyntheticCases synthetic = SyntheticCases.seeded(FIXED_SEED);
    Set<String> produced = new HashSet<>();
    for (Stage stage : Stage.values()) {
      for (long index = 0; index < 40; index++) {
        RestorativeCase c = synthetic.caseAt(stage, index);
        for (Map.Entry<String, UnaryOperator<RestorativeCase>> broken : BREAKS.entrySet()) {
          produced.addAll(
              FAMILIES.check(broken.getValue().apply(c), Policy.standard(), AS_OF).codes());
        }
      }
    }
    assertThat(produced).containsAll(BREAKS.keySet());
  }

  private static RuleSet families() {
    List<Rule> rules = new ArrayList<>();
    rules.addAll(SafetyRules.rules());
    rules.addAll(FacilitatorRules.rules());
    rules.addAll(ParticipantRules.rules());
    return RuleSet.of(rules);
  }

  private static Map<String, UnaryOperator<RestorativeCase>> breaks() {
    Map<String, UnaryOperator<RestorativeCase>> breaks = new LinkedHashMap<>();
    breaks.put(
        StandardCode.SAFETY_PLAN_FOR_DIRECT_MEETING.name(), c -> c.withSafetyPlans(List.of()));
    breaks.put(StandardCode.CLINICAL_TEAM_CONSULTED.name(), c -> c.withConsultations(List.of()));
    breaks.put(
        StandardCode.FACILITATOR_TRAINED.name(),
        c ->
            c.withFacilitators(
                changed(
                    c.facilitators(),
                    f -> f.role() == FacilitatorRole.FACILITATOR_LEAD,
                    f -> f.withTrainingRecords(List.of()))));
    breaks.put(
        StandardCode.FACILITATOR_IMPARTIAL.name(),
        c ->
            c.withFacilitators(
                changed(
                    c.facilitators(),
                    f -> true,
                    f -> f.withConflictDeclaration(Optional.empty()))));
    breaks.put(
        StandardCode.MEETING_HAS_FACILITATOR.name(),
        c -> c.withMeetings(changed(c.meetings(), m -> true, m -> m.withFacilitators())));
    breaks.put(StandardCode.SENSITIVE_CASE_ESCALATION.name(), c -> c.withSignOffs(List.of()));
    breaks.put(
        StandardCode.SUPPORTER_AGREED_IN_PREPARATION.name(),
        c ->
            c.withPreparationContacts(
                changed(
                    c.preparationContacts(),
                    k -> true,
                    k -> {
                      Set<PreparationTopic> topics = EnumSet.noneOf(PreparationTopic.class);
                      topics.addAll(k.topics());
                      topics.remove(PreparationTopic.SUPPORTERS);
                      return k.withTopics(topics);
                    })));
    breaks.put(
        StandardCode.ADJUSTMENTS_IN_PLACE.name(),
        c -> c.withMeetings(changed(c.meetings(), m -> true, m -> m.withAdjustments())));
    return breaks;
  }
}
