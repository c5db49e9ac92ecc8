package org.restorative.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.vavr.control.Either;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.restorative.core.casefile.NotProceedingReason;
import org.restorative.core.casefile.PauseReason;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.casefile.Stage;
import org.restorative.core.outcome.AgreementStatus;
import org.restorative.core.party.ActorId;
import org.restorative.core.process.MeetingStatus;
import org.restorative.core.process.RestorativeProcess;
import org.restorative.core.synthetic.SyntheticCases;

/**
 * The planner: for a case at each stage, the moves the stage model allows with what their gates say
 * — which are open, and the codes that block the others — and that the planner and the transitions
 * never disagree.
 */
class NextMovesTest {

  static final Instant AT = Instant.parse("2030-01-01T00:00:00Z");
  static final ActorId LEAD = ActorId.of("staff-rp-lead");
  static final CaseTransitions STANDARD = CaseTransitions.standard();
  static final SyntheticCases SYNTHETIC = SyntheticCases.seeded(20261206L);

  // ------------------------------------------------------------------ stage by stage

  @Test
  void at_referral_not_yet_accepted_assessment_is_blocked_by_acceptance_and_allocation() {
    RestorativeCase referred = reachedThenSetBack(Stage.ASSESSMENT, Stage.REFERRAL);
    RestorativeCase bare =
        referred
            .withReferral(
                referred
                    .referral()
                    .withAcceptedAt(Optional.empty())
                    .withCaseOwner(Optional.empty()))
            .withFacilitators(List.of());

    assertThat(STANDARD.options(bare, AT))
        .extracting(NextMove::target, NextMove::isOpen, NextMove::blockedBy, NextMove::needsReason)
        .containsExactly(
            tuple(
                Stage.ASSESSMENT,
                false,
                List.of("REFERRAL_ACCEPTED", "CASE_OWNER_ALLOCATED"),
                false),
            tuple(Stage.PAUSED, true, List.of(), true),
            tuple(Stage.CLOSED_NOT_PROCEEDING, true, List.of(), true),
            tuple(Stage.CLOSED_WITHDRAWN, true, List.of(), false));
  }

  @Test
  void at_assessment_with_no_process_chosen_preparation_is_blocked_by_the_choice() {
    RestorativeCase assessed = reachedThenSetBack(Stage.PREPARATION, Stage.ASSESSMENT);
    RestorativeCase noProcess = WholeCases.withoutProcesses(assessed, p -> true);

    NextMove preparation = option(noProcess, Stage.PREPARATION);

    assertThat(preparation.isOpen()).isFalse();
    assertThat(preparation.blockedBy()).contains("PROCESS_CHOSEN");
    assertThat(preparation.gate().errors())
        .extracting(Violation::code, Violation::path)
        .contains(tuple("PROCESS_CHOSEN", "/processes"));
    assertThat(targets(noProcess))
        .containsExactly(
            Stage.PREPARATION, Stage.PAUSED, Stage.CLOSED_NOT_PROCEEDING, Stage.CLOSED_WITHDRAWN);
  }

  @Test
  void in_preparation_with_nothing_arranged_intervention_is_blocked_and_assessment_stays_open() {
    RestorativeCase prepared = reachedThenSetBack(Stage.INTERVENTION, Stage.PREPARATION);
    RestorativeCase nothingArranged =
        WholeCases.withoutMessages(WholeCases.withoutMeetings(prepared, m -> true), m -> true);

    assertThat(option(nothingArranged, Stage.INTERVENTION).blockedBy())
        .contains("INTERVENTION_ARRANGED");
    assertThat(option(nothingArranged, Stage.ASSESSMENT).isOpen()).isTrue();
    assertThat(targets(nothingArranged))
        .containsExactly(
            Stage.ASSESSMENT,
            Stage.INTERVENTION,
            Stage.PAUSED,
            Stage.CLOSED_NOT_PROCEEDING,
            Stage.CLOSED_WITHDRAWN);
  }

  @Test
  void in_an_intervention_not_yet_held_every_way_on_is_blocked_and_not_proceeding_is_not_offered() {
    RestorativeCase waiting =
        firstCase(
            Stage.INTERVENTION,
            k ->
                k.messages().isEmpty()
                    && !k.meetings().isEmpty()
                    && k.meetings().stream().noneMatch(m -> m.status() == MeetingStatus.HELD)
                    && k.processes().stream().noneMatch(RestorativeProcess::isEnded));

    for (Stage next : List.of(Stage.OUTCOME_AGREEMENT, Stage.FOLLOW_UP, Stage.CLOSURE)) {
      assertThat(option(waiting, next).blockedBy()).as("to %s", next).contains("INTERVENTION_HELD");
    }
    assertThat(option(waiting, Stage.PAUSED).isOpen()).isTrue();
    assertThat(option(waiting, Stage.CLOSED_WITHDRAWN).isOpen()).isTrue();
    assertThat(targets(waiting))
        .containsExactly(
            Stage.PREPARATION,
            Stage.OUTCOME_AGREEMENT,
            Stage.FOLLOW_UP,
            Stage.CLOSURE,
            Stage.PAUSED,
            Stage.CLOSED_WITHDRAWN);
  }

  @Test
  void at_the_agreement_with_only_a_draft_follow_up_and_closure_are_blocked() {
    RestorativeCase agreeing = reachedThenSetBack(Stage.FOLLOW_UP, Stage.OUTCOME_AGREEMENT);
    RestorativeCase draft =
        agreeing.withAgreements(
            agreeing.agreements().stream().map(a -> a.withStatus(AgreementStatus.DRAFT)).toList());

    assertThat(option(draft, Stage.FOLLOW_UP).blockedBy()).contains("AGREEMENT_AGREED");
    assertThat(option(draft, Stage.CLOSURE).blockedBy()).contains("AGREEMENT_AGREED");
    assertThat(option(agreeing, Stage.FOLLOW_UP).isOpen()).isTrue();
    assertThat(targets(draft))
        .containsExactly(Stage.FOLLOW_UP, Stage.CLOSURE, Stage.PAUSED, Stage.CLOSED_WITHDRAWN);
  }

  @Test
  void in_follow_up_with_an_open_action_closure_is_blocked_by_that_action() {
    RestorativeCase following =
        firstCase(Stage.FOLLOW_UP, k -> k.actions().stream().anyMatch(a -> !a.isTerminal()));

    assertThat(STANDARD.options(following, AT))
        .extracting(NextMove::target, NextMove::isOpen, NextMove::blockedBy)
        .containsExactly(
            tuple(Stage.CLOSURE, false, List.of("CLOSURE_REQUIRES_TERMINAL_ACTIONS")),
            tuple(Stage.PAUSED, true, List.of()),
            tuple(Stage.CLOSED_WITHDRAWN, true, List.of()));
  }

  @Test
  void at_closure_the_case_closes_completed_partial_or_withdrawn_and_is_never_paused() {
    RestorativeCase closing = SYNTHETIC.caseAt(Stage.CLOSURE, 1);

    assertThat(targets(closing))
        .containsExactly(Stage.CLOSED_COMPLETED, Stage.CLOSED_PARTIAL, Stage.CLOSED_WITHDRAWN);
    assertThat(STANDARD.options(closing, AT)).noneMatch(NextMove::needsReason);
  }

  @Test
  void a_paused_case_is_offered_the_stage_its_pause_resumes_into_and_the_two_ways_to_close() {
    RestorativeCase paused = SYNTHETIC.caseAt(Stage.PAUSED, 1);
    Stage resumesInto = paused.pause().orElseThrow().resumesInto();

    assertThat(targets(paused))
        .containsExactly(resumesInto, Stage.CLOSED_NOT_PROCEEDING, Stage.CLOSED_WITHDRAWN);
    assertThat(option(paused, resumesInto).gate().errors())
        .isEqualTo(
            RuleSet.standard().checkEntry(paused, resumesInto, Policy.standard(), AT).errors());
  }

  @ParameterizedTest
  @EnumSource(
      value = Stage.class,
      names = {"CLOSED_COMPLETED", "CLOSED_PARTIAL", "CLOSED_NOT_PROCEEDING", "CLOSED_WITHDRAWN"})
  void a_closed_case_is_offered_nothing(Stage closed) {
    assertThat(STANDARD.options(SYNTHETIC.caseAt(closed, 1), AT)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(
      value = Stage.class,
      names = {
        "REFERRAL",
        "ASSESSMENT",
        "PREPARATION",
        "INTERVENTION",
        "OUTCOME_AGREEMENT",
        "FOLLOW_UP"
      })
  void a_case_that_has_what_the_next_stage_needs_is_offered_it_open(Stage stage) {
    Stage next = forward(stage);
    RestorativeCase ready = reachedThenSetBack(next, stage);

    NextMove forward = option(ready, next);

    assertThat(forward.isOpen()).as("%s to %s: %s", stage, next, forward.blockedBy()).isTrue();
    assertThat(forward.blockedBy()).isEmpty();
    assertThat(forward.needsReason()).isFalse();
  }

  @Test
  void a_trusts_own_error_rule_blocks_the_move_it_applies_to_with_its_own_code() {
    Rule alwaysBlocksPreparation =
        Rule.define(TrustCode.of("TRUST_ALWAYS_BLOCKS_PREPARATION"))
            .severity(Severity.ERROR)
            .appliesFrom(Stage.PREPARATION)
            .source("Test rule")
            .meaning("Always finds a problem.")
            .check(context -> List.of(Finding.at("/processes", "Blocked.")));
    CaseTransitions trust =
        CaseTransitions.of(RuleSet.standard().with(alwaysBlocksPreparation), Policy.standard());
    RestorativeCase assessed = reachedThenSetBack(Stage.PREPARATION, Stage.ASSESSMENT);

    assertThat(trust.options(assessed, AT))
        .filteredOn(next -> next.target() == Stage.PREPARATION)
        .singleElement()
        .satisfies(
            next ->
                assertThat(next.blockedBy()).containsExactly("TRUST_ALWAYS_BLOCKS_PREPARATION"));
  }

  // ------------------------------------------------------------------ planner and transitions
  // agree

  @Test
  void the_planner_offers_exactly_the_moves_the_transitions_accept_through_the_same_gates() {
    List<Stage> stages = List.of(Stage.values());
    AtomicInteger open = new AtomicInteger();
    AtomicInteger blocked = new AtomicInteger();
    qt().withFixedSeed(20261206L)
        .withExamples(200)
        .forAll(integers().between(0, stages.size() - 1), longs().between(0, 100_000))
        .checkAssert(
            (s, index) -> {
              RestorativeCase c = SYNTHETIC.caseAt(stages.get(s), index);
              List<NextMove> options = STANDARD.options(c, AT);
              assertThat(options)
                  .extracting(NextMove::target)
                  .containsExactlyElementsOf(c.movesTo());
              for (Stage target : Stage.values()) {
                Either<Report, RestorativeCase> result =
                    STANDARD.apply(c, moveTo(target), LEAD, AT);
                Optional<NextMove> offered =
                    options.stream().filter(o -> o.target() == target).findFirst();
                if (offered.isEmpty()) {
                  assertThat(result.getLeft().codes())
                      .as("%s to %s is not offered", c.stage(), target)
                      .containsExactly(
                          c.isClosed() ? "TERMINAL_STATUS_IMMUTABLE" : "ILLEGAL_TRANSITION");
                  continue;
                }
                NextMove next = offered.get();
                assertThat(result.isRight())
                    .as(
                        "%s to %s offered %s",
                        c.stage(), target, next.isOpen() ? "open" : "blocked")
                    .isEqualTo(next.isOpen());
                if (next.isOpen()) {
                  open.incrementAndGet();
                  assertThat(result.get().stage()).isEqualTo(target);
                } else {
                  blocked.incrementAndGet();
                  assertThat(result.getLeft().errors()).isEqualTo(next.gate().errors());
                }
              }
            });
    assertThat(open.get()).as("open moves seen").isGreaterThan(100);
    assertThat(blocked.get()).as("blocked moves seen").isGreaterThan(20);
  }

  // ------------------------------------------------------------------ helpers

  /** The move to a stage, with a reason where one is needed. */
  static Move moveTo(Stage target) {
    return switch (target) {
      case PAUSED -> Move.pause(PauseReason.PARTY_UNAVAILABLE);
      case CLOSED_NOT_PROCEEDING -> Move.notProceeding(NotProceedingReason.SERVICE_CAPACITY);
      default -> Move.to(target);
    };
  }

  /** The next stage along the main line. */
  static Stage forward(Stage stage) {
    return Stage.values()[stage.ordinal() + 1];
  }

  /**
   * A generated case that reached a main-line stage (so passed its gate on the way), set back to an
   * earlier stage: it holds everything the later stage needed.
   */
  static RestorativeCase reachedThenSetBack(Stage reached, Stage back) {
    return SYNTHETIC.caseAt(reached, 1).withStage(back);
  }

  static RestorativeCase firstCase(Stage stage, Predicate<RestorativeCase> wanted) {
    for (long i = 0; i < 2000; i++) {
      RestorativeCase c = SYNTHETIC.caseAt(stage, i);
      if (wanted.test(c)) {
        return c;
      }
    }
    throw new AssertionError("no generated case of the shape wanted at " + stage);
  }

  static NextMove option(RestorativeCase c, Stage target) {
    return STANDARD.options(c, AT).stream()
        .filter(next -> next.target() == target)
        .findFirst()
        .orElseThrow(() -> new AssertionError(target + " is not offered from " + c.stage()));
  }

  static List<Stage> targets(RestorativeCase c) {
    return STANDARD.options(c, AT).stream().map(NextMove::target).toList();
  }
}
