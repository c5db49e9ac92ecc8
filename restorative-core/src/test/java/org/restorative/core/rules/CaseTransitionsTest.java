package org.restorative.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.restorative.core.rules.ConsentCapacityFixtures.consentedAfresh;

import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.restorative.core.casefile.CaseEvent;
import org.restorative.core.casefile.CaseEventType;
import org.restorative.core.casefile.NotProceedingReason;
import org.restorative.core.casefile.PauseReason;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.casefile.Stage;
import org.restorative.core.consent.Consent;
import org.restorative.core.consent.ConsentStatus;
import org.restorative.core.consent.Withdrawal;
import org.restorative.core.consent.WithdrawalScope;
import org.restorative.core.outcome.Action;
import org.restorative.core.outcome.ActionStatus;
import org.restorative.core.outcome.NotCompletedReason;
import org.restorative.core.party.ActorId;
import org.restorative.core.party.Party;
import org.restorative.core.party.PartyId;
import org.restorative.core.party.PartyRole;
import org.restorative.core.process.MeetingStatus;
import org.restorative.core.process.ProcessStatus;
import org.restorative.core.process.ProcessType;
import org.restorative.core.process.RestorativeProcess;
import org.restorative.core.synthetic.SyntheticCases;

/** Moves between stages: the stage model, the gates, reasons, closed cases and withdrawal. */
class CaseTransitionsTest {

  static final ActorId LEAD = ActorId.of("staff-rp-lead");
  static final Instant LATER = Instant.parse("2030-01-01T00:00:00Z");

  /** Transitions without gates, to test the mechanics alone. */
  static final CaseTransitions UNGATED =
      CaseTransitions.of(RuleSet.of(List.of()), Policy.standard());

  static RestorativeCase caseAt(Stage stage) {
    return SyntheticCases.seeded(3).caseAt(stage, 1);
  }

  /** A moment after every date of a synthetic case. */
  static Instant after(RestorativeCase c) {
    return LATER;
  }

  @Test
  void a_referral_accepted_moves_to_assessment_and_appends_exactly_one_event() {
    RestorativeCase referred = caseAt(Stage.REFERRAL);

    RestorativeCase assessed =
        UNGATED.apply(referred, Move.to(Stage.ASSESSMENT), LEAD, after(referred)).get();

    assertThat(assessed.stage()).isEqualTo(Stage.ASSESSMENT);
    assertThat(assessed.history()).hasSize(referred.history().size() + 1);
    assertThat(assessed.history()).startsWith(referred.history().toArray(CaseEvent[]::new));
    CaseEvent event = assessed.history().get(assessed.history().size() - 1);
    assertThat(event.type()).isEqualTo(CaseEventType.STAGE_CHANGED);
    assertThat(event.fromStage()).contains(Stage.REFERRAL);
    assertThat(event.toStage()).contains(Stage.ASSESSMENT);
    assertThat(event.by()).isEqualTo(LEAD);
    assertThat(assessed.withStage(Stage.REFERRAL).withHistory(referred.history()))
        .isEqualTo(referred);
  }

  @Test
  void a_case_cannot_jump_from_referral_to_a_meeting() {
    RestorativeCase referred = caseAt(Stage.REFERRAL);

    Either<Report, RestorativeCase> result =
        UNGATED.apply(referred, Move.to(Stage.INTERVENTION), LEAD, after(referred));

    assertThat(result.isLeft()).isTrue();
    assertThat(result.getLeft().violations())
        .extracting(Violation::code, Violation::path, Violation::severity)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("ILLEGAL_TRANSITION", "/stage", Severity.ERROR));
  }

  static Stream<Arguments> illegalMoves() {
    return Stream.of(
        Arguments.of(Stage.ASSESSMENT, Stage.INTERVENTION),
        Arguments.of(Stage.INTERVENTION, Stage.ASSESSMENT),
        Arguments.of(Stage.OUTCOME_AGREEMENT, Stage.INTERVENTION),
        Arguments.of(Stage.FOLLOW_UP, Stage.OUTCOME_AGREEMENT),
        Arguments.of(Stage.INTERVENTION, Stage.CLOSED_NOT_PROCEEDING),
        Arguments.of(Stage.CLOSURE, Stage.PAUSED),
        Arguments.of(Stage.ASSESSMENT, Stage.ASSESSMENT),
        Arguments.of(Stage.FOLLOW_UP, Stage.CLOSED_COMPLETED));
  }

  @ParameterizedTest
  @MethodSource("illegalMoves")
  void moves_the_stage_model_does_not_allow_are_refused_with_their_own_code(Stage from, Stage to) {
    RestorativeCase c = caseAt(from);
    Move request =
        to == Stage.CLOSED_NOT_PROCEEDING
            ? Move.notProceeding(NotProceedingReason.RISK_UNMANAGEABLE)
            : to == Stage.PAUSED ? Move.pause(PauseReason.PARTY_UNAVAILABLE) : Move.to(to);

    Either<Report, RestorativeCase> result = UNGATED.apply(c, request, LEAD, after(c));

    assertThat(result.getLeft().codes()).containsExactly("ILLEGAL_TRANSITION");
  }

  @ParameterizedTest
  @EnumSource(
      value = Stage.class,
      names = {"CLOSED_COMPLETED", "CLOSED_PARTIAL", "CLOSED_NOT_PROCEEDING", "CLOSED_WITHDRAWN"})
  void a_closed_case_cannot_move_at_all_not_even_by_withdrawal(Stage closed) {
    RestorativeCase c = caseAt(closed);
    PartyId anyone = c.parties().get(0).id();
    Withdrawal withdrawal =
        new Withdrawal.Builder()
            .party(anyone)
            .at(after(c))
            .scope(WithdrawalScope.WHOLE_PROCESS)
            .build();

    for (Move move :
        List.of(
            Move.to(Stage.ASSESSMENT),
            Move.pause(PauseReason.PARTY_UNAVAILABLE),
            Move.withdrawal(withdrawal))) {
      Either<Report, RestorativeCase> result = UNGATED.apply(c, move, LEAD, after(c));
      assertThat(result.getLeft().violations())
          .extracting(Violation::code, Violation::path)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("TERMINAL_STATUS_IMMUTABLE", "/stage"));
    }
  }

  @Test
  void a_pause_without_a_reason_is_refused_and_one_with_a_reason_records_it() {
    RestorativeCase c = caseAt(Stage.PREPARATION);

    Either<Report, RestorativeCase> noReason =
        UNGATED.apply(c, Move.to(Stage.PAUSED), LEAD, after(c));
    RestorativeCase paused =
        UNGATED.apply(c, Move.pause(PauseReason.MENTAL_STATE_CHANGE), LEAD, after(c)).get();

    assertThat(noReason.getLeft().violations())
        .extracting(Violation::code, Violation::path)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("NOT_PROCEEDING_REASON_REQUIRED", "/pause/reason"));
    assertThat(paused.stage()).isEqualTo(Stage.PAUSED);
    assertThat(paused.pause())
        .hasValueSatisfying(
            p -> {
              assertThat(p.pausedFrom()).isEqualTo(Stage.PREPARATION);
              assertThat(p.reason()).isEqualTo(PauseReason.MENTAL_STATE_CHANGE);
            });
    assertThat(paused.history().get(paused.history().size() - 1).pauseReason())
        .contains(PauseReason.MENTAL_STATE_CHANGE);
  }

  @Test
  void a_decision_not_to_proceed_needs_a_reason_and_closes_the_case_with_it() {
    RestorativeCase c = caseAt(Stage.ASSESSMENT);

    Either<Report, RestorativeCase> noReason =
        UNGATED.apply(c, Move.to(Stage.CLOSED_NOT_PROCEEDING), LEAD, after(c));
    RestorativeCase closed =
        UNGATED
            .apply(c, Move.notProceeding(NotProceedingReason.NO_ACKNOWLEDGEMENT), LEAD, after(c))
            .get();

    assertThat(noReason.getLeft().violations())
        .extracting(Violation::code, Violation::path)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "NOT_PROCEEDING_REASON_REQUIRED", "/closure/notProceedingReason"));
    assertThat(closed.stage()).isEqualTo(Stage.CLOSED_NOT_PROCEEDING);
    assertThat(closed.closure().flatMap(cl -> cl.notProceedingReason()))
        .contains(NotProceedingReason.NO_ACKNOWLEDGEMENT);
  }

  @Test
  void
      a_paused_case_resumes_into_the_stage_it_was_paused_from_when_the_reason_changes_neither_risk_nor_capacity() {
    RestorativeCase paused =
        UNGATED
            .apply(caseAt(Stage.PREPARATION), Move.pause(PauseReason.TRIBUNAL_PENDING), LEAD, LATER)
            .get();
    Instant later = LATER.plus(Duration.ofDays(3));

    RestorativeCase resumed = UNGATED.apply(paused, Move.to(Stage.PREPARATION), LEAD, later).get();
    Either<Report, RestorativeCase> reassessed =
        UNGATED.apply(paused, Move.to(Stage.ASSESSMENT), LEAD, later);
    Either<Report, RestorativeCase> elsewhere =
        UNGATED.apply(paused, Move.to(Stage.FOLLOW_UP), LEAD, later);

    assertThat(resumed.stage()).isEqualTo(Stage.PREPARATION);
    assertThat(resumed.pause()).isEmpty();
    assertThat(resumed.history().get(resumed.history().size() - 1).type())
        .isEqualTo(CaseEventType.RESUMED);
    assertThat(reassessed.getLeft().codes()).containsExactly("ILLEGAL_TRANSITION");
    assertThat(elsewhere.getLeft().codes()).containsExactly("ILLEGAL_TRANSITION");
  }

  @ParameterizedTest
  @EnumSource(
      value = PauseReason.class,
      names = {
        "MENTAL_STATE_CHANGE",
        "CAPACITY_TEMPORARILY_LOST",
        "RECALLED_TO_HOSPITAL",
        "LEAVE_SUSPENDED_OR_REVOKED",
        "SAFEGUARDING_ENQUIRY"
      })
  void a_case_paused_for_a_change_of_risk_or_capacity_resumes_into_assessment_and_only_there(
      PauseReason reason) {
    for (Stage from :
        List.of(Stage.PREPARATION, Stage.INTERVENTION, Stage.OUTCOME_AGREEMENT, Stage.FOLLOW_UP)) {
      RestorativeCase paused = UNGATED.apply(caseAt(from), Move.pause(reason), LEAD, LATER).get();
      Instant later = LATER.plus(Duration.ofDays(3));

      RestorativeCase reassessed =
          UNGATED.apply(paused, Move.to(Stage.ASSESSMENT), LEAD, later).get();
      Either<Report, RestorativeCase> back = UNGATED.apply(paused, Move.to(from), LEAD, later);

      assertThat(reassessed.stage()).as("paused from %s", from).isEqualTo(Stage.ASSESSMENT);
      assertThat(back.getLeft().codes())
          .as("paused from %s", from)
          .containsExactly("ILLEGAL_TRANSITION");
    }
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
  void every_stage_before_closure_can_be_paused_and_remembers_where_it_was(Stage from) {
    RestorativeCase c = caseAt(from);

    RestorativeCase paused =
        UNGATED.apply(c, Move.pause(PauseReason.PARTY_UNAVAILABLE), LEAD, after(c)).get();

    assertThat(paused.pause().orElseThrow().pausedFrom()).isEqualTo(from);
    assertThat(paused.pause().orElseThrow().resumesInto()).isEqualTo(from);
  }

  @Test
  void a_paused_case_cannot_be_paused_again() {
    RestorativeCase paused = caseAt(Stage.PAUSED);

    assertThat(
            UNGATED
                .apply(paused, Move.pause(PauseReason.PARTY_UNAVAILABLE), LEAD, LATER)
                .getLeft()
                .codes())
        .containsExactly("ILLEGAL_TRANSITION");
  }

  @Test
  void a_gate_with_errors_refuses_the_move_and_reports_every_error() {
    Rule alwaysTwoProblems =
        Rule.define(TrustCode.of("TRUST_TWO_PROBLEMS"))
            .severity(Severity.ERROR)
            .appliesFrom(Stage.PREPARATION)
            .source("Test rule")
            .meaning("Finds two problems.")
            .check(
                context -> List.of(Finding.at("/parties", "One."), Finding.at("/harms", "Two.")));
    Rule aWarning =
        Rule.define(TrustCode.of("TRUST_A_WARNING"))
            .severity(Severity.WARNING)
            .appliesFrom(Stage.REFERRAL)
            .source("Test rule")
            .meaning("Always warns.")
            .check(context -> List.of(Finding.at("", "A warning.")));
    CaseTransitions gated =
        CaseTransitions.of(RuleSet.of(List.of(alwaysTwoProblems, aWarning)), Policy.standard());
    RestorativeCase c = caseAt(Stage.ASSESSMENT);

    Either<Report, RestorativeCase> toPreparation =
        gated.apply(c, Move.to(Stage.PREPARATION), LEAD, after(c));
    Either<Report, RestorativeCase> pause =
        gated.apply(c, Move.pause(PauseReason.PARTY_UNAVAILABLE), LEAD, after(c));

    assertThat(toPreparation.getLeft().errors())
        .extracting(Violation::path)
        .containsExactly("/parties", "/harms");
    assertThat(toPreparation.getLeft().warnings()).hasSize(1);
    assertThat(pause.isRight()).as("a pause passes no gate").isTrue();
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
        "FOLLOW_UP",
        "CLOSURE",
        "PAUSED"
      })
  void a_withdrawal_is_accepted_at_every_open_stage_without_a_reason(Stage stage) {
    RestorativeCase c = caseAt(stage);
    Party harmed = c.parties().stream().filter(p -> p.role().isHarmed()).findFirst().orElseThrow();
    Withdrawal withdrawal =
        new Withdrawal.Builder()
            .party(harmed.id())
            .at(after(c))
            .scope(WithdrawalScope.WHOLE_PROCESS)
            .build();

    Either<Report, RestorativeCase> result =
        CaseTransitions.standard().apply(c, Move.withdrawal(withdrawal), LEAD, after(c));

    assertThat(result.isRight()).isTrue();
    RestorativeCase after = result.get();
    assertThat(after.stage()).isEqualTo(stage);
    assertThat(after.withdrawals()).endsWith(withdrawal);
    assertThat(after.history().get(after.history().size() - 1).type())
        .isEqualTo(CaseEventType.WITHDRAWAL_RECORDED);
    assertThat(after.consentsOf(harmed.id()))
        .filteredOn(
            consent -> consent.kind() == org.restorative.core.consent.ConsentKind.PARTICIPATION)
        .allSatisfy(consent -> assertThat(consent.isActive()).isFalse());
  }

  @Test
  void withdrawal_of_the_only_person_harmed_halts_the_process_and_abandons_its_pending_meeting() {
    RestorativeCase c = heldOrScheduledMeetingCase(MeetingStatus.SCHEDULED);
    Party harmed =
        c.parties().stream()
            .filter(p -> p.role() == PartyRole.PERSON_HARMED)
            .findFirst()
            .orElseThrow();
    Instant at = c.meetings().get(0).startAt().orElseThrow().minus(Duration.ofHours(5));
    Withdrawal withdrawal =
        new Withdrawal.Builder()
            .party(harmed.id())
            .at(at)
            .scope(WithdrawalScope.WHOLE_PROCESS)
            .build();

    RestorativeCase after = UNGATED.apply(c, Move.withdrawal(withdrawal), LEAD, at).get();

    assertThat(after.processes().get(0).status()).isEqualTo(ProcessStatus.HALTED);
    assertThat(after.meetings().get(0).status()).isEqualTo(MeetingStatus.ABANDONED);
    assertThat(after.stage()).isEqualTo(c.stage());
  }

  @Test
  void withdrawal_of_a_supporter_keeps_the_process_and_takes_them_off_the_meeting() {
    RestorativeCase c = supportedScheduledMeetingCase();
    Party supporter =
        c.parties().stream().filter(p -> p.role() == PartyRole.SUPPORTER).findFirst().orElseThrow();
    Instant at = c.meetings().get(0).startAt().orElseThrow().minus(Duration.ofHours(5));
    Withdrawal withdrawal =
        new Withdrawal.Builder()
            .party(supporter.id())
            .at(at)
            .scope(WithdrawalScope.WHOLE_PROCESS)
            .build();

    RestorativeCase after = UNGATED.apply(c, Move.withdrawal(withdrawal), LEAD, at).get();

    assertThat(after.processes().get(0).status()).isNotEqualTo(ProcessStatus.HALTED);
    assertThat(after.meetings().get(0).status()).isEqualTo(MeetingStatus.SCHEDULED);
    assertThat(after.meetings().get(0).isAttendedBy(supporter.id())).isFalse();
  }

  @Test
  void a_supporter_withdrawing_halts_the_process_while_their_principals_withdrawal_stands() {
    PrincipalWithdrew given = principalWithdrew();

    RestorativeCase after = given.supporterWithdrawsFrom(given.withdrawn());

    assertThat(after.processes().get(0).status()).isEqualTo(ProcessStatus.HALTED);
    assertThat(after.meetings().get(0).status()).isEqualTo(MeetingStatus.ABANDONED);
  }

  @Test
  void a_principal_who_consented_afresh_after_withdrawing_keeps_the_process_going_for_the_rest() {
    PrincipalWithdrew given = principalWithdrew();
    RestorativeCase renewed =
        consentedAfresh(given.withdrawn(), given.principal(), given.at().minus(Duration.ofDays(1)));

    RestorativeCase after = given.supporterWithdrawsFrom(renewed);

    assertThat(after.processes().get(0).status())
        .isEqualTo(given.withdrawn().processes().get(0).status());
    assertThat(after.meetings().get(0).status()).isEqualTo(MeetingStatus.SCHEDULED);
    assertThat(after.meetings().get(0).isAttendedBy(given.supporter())).isFalse();
    assertThat(after.meetings().get(0).isAttendedBy(given.principal())).isTrue();
  }

  @Test
  void
      a_principals_fresh_consent_dated_after_the_supporter_withdraws_does_not_keep_the_process_going() {
    PrincipalWithdrew given = principalWithdrew();
    RestorativeCase renewedAfterwards =
        consentedAfresh(given.withdrawn(), given.principal(), given.at().plus(Duration.ofHours(1)));
    RestorativeCase renewedThen = consentedAfresh(given.withdrawn(), given.principal(), given.at());

    RestorativeCase after = given.supporterWithdrawsFrom(renewedAfterwards);
    RestorativeCase afterRenewedThen = given.supporterWithdrawsFrom(renewedThen);

    assertThat(after.processes().get(0).status()).isEqualTo(ProcessStatus.HALTED);
    assertThat(after.processes().get(0).endedAt()).contains(given.at());
    assertThat(after.meetings().get(0).status()).isEqualTo(MeetingStatus.ABANDONED);
    assertThat(afterRenewedThen.processes().get(0).status())
        .isEqualTo(given.withdrawn().processes().get(0).status());
    assertThat(afterRenewedThen.meetings().get(0).status()).isEqualTo(MeetingStatus.SCHEDULED);
  }

  @Test
  void a_withdrawal_recorded_after_a_later_dated_one_judges_the_process_without_the_later_one() {
    RestorativeCase c = twoHarmedScheduledMeetingCase();
    List<PartyId> harmed =
        c.parties().stream()
            .filter(p -> p.role() == PartyRole.PERSON_HARMED)
            .map(Party::id)
            .toList();
    Instant start = c.meetings().get(0).startAt().orElseThrow();
    Instant earlier = start.minus(Duration.ofHours(5));
    Instant later = start.minus(Duration.ofHours(2));
    RestorativeCase firstLater = withdrawnFromTheWholeProcess(c, harmed.get(0), later);
    RestorativeCase firstThen = withdrawnFromTheWholeProcess(c, harmed.get(0), earlier);

    // Recorded when the later-dated one was, or the history would go back in time.
    RestorativeCase after = withdrawnFromTheWholeProcess(firstLater, harmed.get(1), earlier, later);
    RestorativeCase afterThen = withdrawnFromTheWholeProcess(firstThen, harmed.get(1), earlier);

    assertThat(firstLater.processes().get(0)).isEqualTo(c.processes().get(0));
    // At the earlier moment the other person harmed had not yet withdrawn: the process went on.
    assertThat(after.processes().get(0)).isEqualTo(c.processes().get(0));
    assertThat(after.meetings().get(0).status()).isEqualTo(MeetingStatus.SCHEDULED);
    assertThat(after.meetings().get(0).isAttendedBy(harmed.get(1))).isFalse();
    // From the later moment on neither person harmed takes part: rule 9 asks for the halt then.
    assertThat(
            RuleSet.of(
                    List.of(
                        ConsentRules.theProcessStopsWhenTheLastHarmedOrResponsiblePartyWithdraws()))
                .check(after, Policy.standard(), after(c))
                .violations())
        .extracting(Violation::code, Violation::path)
        .containsExactlyInAnyOrder(
            tuple(
                StandardCode.WITHDRAWAL_OF_CORE_PARTY_HALTS_PROCESS.name(), "/processes/0/status"),
            tuple(StandardCode.WITHDRAWAL_OF_CORE_PARTY_HALTS_PROCESS.name(), "/meetings/0"));
    assertThat(afterThen.processes().get(0).status()).isEqualTo(ProcessStatus.HALTED);
    assertThat(afterThen.processes().get(0).endedAt()).contains(earlier);
    assertThat(afterThen.meetings().get(0).status()).isEqualTo(MeetingStatus.ABANDONED);
  }

  /** The case after a party's withdrawal from the whole process at a moment is recorded then. */
  private static RestorativeCase withdrawnFromTheWholeProcess(
      RestorativeCase c, PartyId party, Instant at) {
    return withdrawnFromTheWholeProcess(c, party, at, at);
  }

  /**
   * The case after a party's withdrawal from the whole process at a moment is recorded at another.
   */
  private static RestorativeCase withdrawnFromTheWholeProcess(
      RestorativeCase c, PartyId party, Instant at, Instant recorded) {
    return UNGATED
        .apply(c, Move.withdrawal(Withdrawals.fromTheWholeProcess(party, at)), LEAD, recorded)
        .get();
  }

  /**
   * A case with a scheduled meeting, a principal and their supporter, where the principal withdrew
   * from the whole process two days before {@code at}, five hours before the meeting.
   */
  private record PrincipalWithdrew(
      RestorativeCase withdrawn, PartyId supporter, PartyId principal, Instant at) {

    /** The case after the supporter withdraws from the whole process at {@code at}. */
    RestorativeCase supporterWithdrawsFrom(RestorativeCase c) {
      return CaseTransitions.standard()
          .apply(c, Move.withdrawal(Withdrawals.fromTheWholeProcess(supporter, at)), LEAD, at)
          .get();
    }
  }

  private static PrincipalWithdrew principalWithdrew() {
    RestorativeCase c = supportedScheduledMeetingCase();
    Party supporter =
        c.parties().stream().filter(p -> p.role() == PartyRole.SUPPORTER).findFirst().orElseThrow();
    PartyId principal = supporter.principal().orElseThrow();
    Instant at = c.meetings().get(0).startAt().orElseThrow().minus(Duration.ofHours(5));
    RestorativeCase withdrawn =
        c.withWithdrawals(Withdrawals.fromTheWholeProcess(principal, at.minus(Duration.ofDays(2))));
    return new PrincipalWithdrew(withdrawn, supporter.id(), principal, at);
  }

  @Test
  void withdrawal_from_information_sharing_stops_consents_to_share_and_reverses_no_disclosure() {
    RestorativeCase c = caseWithADisclosure();
    Consent sharing =
        c.consents().stream()
            .filter(x -> x.kind() != org.restorative.core.consent.ConsentKind.PARTICIPATION)
            .findFirst()
            .orElseThrow();
    Instant at = after(c);
    Withdrawal withdrawal =
        new Withdrawal.Builder()
            .party(sharing.party())
            .at(at)
            .scope(WithdrawalScope.INFORMATION_SHARING)
            .build();

    RestorativeCase after = UNGATED.apply(c, Move.withdrawal(withdrawal), LEAD, at).get();

    assertThat(after.disclosures()).isEqualTo(c.disclosures());
    assertThat(after.consents())
        .filteredOn(x -> x.id().equals(sharing.id()))
        .singleElement()
        .satisfies(x -> assertThat(x.status()).isEqualTo(ConsentStatus.WITHDRAWN));
    assertThat(after.consentsOf(sharing.party()))
        .filteredOn(x -> x.kind() == org.restorative.core.consent.ConsentKind.PARTICIPATION)
        .allSatisfy(x -> assertThat(x.status()).isNotEqualTo(ConsentStatus.WITHDRAWN));
  }

  @Test
  void withdrawal_in_follow_up_closes_the_partys_open_actions_as_not_completed() {
    RestorativeCase c = caseAt(Stage.FOLLOW_UP);
    Action open = c.actions().stream().filter(a -> !a.isTerminal()).findFirst().orElseThrow();
    PartyId owner = open.ownerParty().orElseThrow();
    Instant at = after(c);
    Withdrawal withdrawal =
        new Withdrawal.Builder().party(owner).at(at).scope(WithdrawalScope.WHOLE_PROCESS).build();

    RestorativeCase after = UNGATED.apply(c, Move.withdrawal(withdrawal), LEAD, at).get();

    assertThat(after.actions())
        .filteredOn(a -> a.id().equals(open.id()))
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.status()).isEqualTo(ActionStatus.NOT_COMPLETED);
              assertThat(a.notCompletedReason()).contains(NotCompletedReason.OWNER_WITHDREW);
            });
  }

  @Test
  void a_withdrawal_by_someone_who_is_not_a_party_is_refused_with_its_code_and_not_recorded() {
    RestorativeCase c = caseAt(Stage.ASSESSMENT);
    Withdrawal stranger =
        new Withdrawal.Builder()
            .party(PartyId.of("not-in-this-case"))
            .at(after(c))
            .scope(WithdrawalScope.WHOLE_PROCESS)
            .build();

    Either<Report, RestorativeCase> result =
        UNGATED.apply(c, Move.withdrawal(stranger), LEAD, after(c));

    assertThat(result.getLeft().violations())
        .extracting(Violation::code, Violation::path)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "WITHDRAWAL_REFERENCE_UNKNOWN",
                "/withdrawals/" + c.withdrawals().size() + "/party"));
    assertThat(result.getLeft().violations())
        .allSatisfy(v -> assertThat(v.message()).doesNotContain("not-in-this-case"));
  }

  @Test
  void a_withdrawal_from_a_meeting_the_case_does_not_hold_is_refused_with_its_code() {
    RestorativeCase c = caseAt(Stage.INTERVENTION);
    Withdrawal fromNowhere =
        new Withdrawal.Builder()
            .party(c.parties().get(0).id())
            .at(after(c))
            .scope(WithdrawalScope.MEETING)
            .meeting(org.restorative.core.process.MeetingId.of("no-such-meeting"))
            .build();

    Either<Report, RestorativeCase> result =
        UNGATED.apply(c, Move.withdrawal(fromNowhere), LEAD, after(c));

    assertThat(result.getLeft().violations())
        .extracting(Violation::code, Violation::path)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "WITHDRAWAL_REFERENCE_UNKNOWN",
                "/withdrawals/" + c.withdrawals().size() + "/meeting"));
  }

  @Test
  void a_withdrawal_from_a_meeting_of_the_case_is_accepted_and_changes_that_meeting_only() {
    RestorativeCase c = supportedScheduledMeetingCase();
    Party supporter =
        c.parties().stream().filter(p -> p.role() == PartyRole.SUPPORTER).findFirst().orElseThrow();
    Instant at = c.meetings().get(0).startAt().orElseThrow().minus(Duration.ofHours(5));
    Withdrawal fromTheMeeting =
        new Withdrawal.Builder()
            .party(supporter.id())
            .at(at)
            .scope(WithdrawalScope.MEETING)
            .meeting(c.meetings().get(0).id())
            .build();

    RestorativeCase after = UNGATED.apply(c, Move.withdrawal(fromTheMeeting), LEAD, at).get();

    assertThat(after.meetings().get(0).isAttendedBy(supporter.id())).isFalse();
    assertThat(after.meetings().get(0).status()).isEqualTo(MeetingStatus.SCHEDULED);
    assertThat(after.consents()).isEqualTo(c.consents());
    assertThat(after.processes()).isEqualTo(c.processes());
    assertThat(after.actions()).isEqualTo(c.actions());
    assertThat(
            after
                .withMeetings(c.meetings())
                .withWithdrawals(c.withdrawals())
                .withHistory(c.history()))
        .isEqualTo(c);
  }

  @ParameterizedTest
  @EnumSource(
      value = WithdrawalScope.class,
      names = {"PROCESS_TYPE", "MEETING", "INFORMATION_SHARING"})
  void
      a_withdrawal_during_follow_up_from_less_than_the_whole_process_leaves_the_partys_actions_open(
          WithdrawalScope scope) {
    RestorativeCase c = caseAt(Stage.FOLLOW_UP);
    Action open = c.actions().stream().filter(a -> !a.isTerminal()).findFirst().orElseThrow();
    Withdrawal.Builder withdrawal =
        new Withdrawal.Builder().party(open.ownerParty().orElseThrow()).at(after(c)).scope(scope);
    if (scope == WithdrawalScope.PROCESS_TYPE) {
      withdrawal.processType(c.processes().get(0).type());
    }
    if (scope == WithdrawalScope.MEETING) {
      withdrawal.meeting(c.meetings().get(0).id());
    }

    RestorativeCase after =
        UNGATED.apply(c, Move.withdrawal(withdrawal.build()), LEAD, after(c)).get();

    assertThat(after.actions()).isEqualTo(c.actions());
  }

  @Test
  void one_person_harmed_and_responsible_stands_for_one_side_only_so_the_process_halts() {
    RestorativeCase c =
        withRole(
            heldOrScheduledMeetingCase(MeetingStatus.SCHEDULED),
            PartyRole.PERSON_RESPONSIBLE,
            PartyRole.PERSON_HARMED_AND_RESPONSIBLE);
    Party harmed =
        c.parties().stream()
            .filter(p -> p.role() == PartyRole.PERSON_HARMED)
            .findFirst()
            .orElseThrow();
    Instant at = c.meetings().get(0).startAt().orElseThrow().minus(Duration.ofHours(5));
    Withdrawal withdrawal =
        new Withdrawal.Builder()
            .party(harmed.id())
            .at(at)
            .scope(WithdrawalScope.WHOLE_PROCESS)
            .build();

    RestorativeCase after = UNGATED.apply(c, Move.withdrawal(withdrawal), LEAD, at).get();

    assertThat(after.processes().get(0).status()).isEqualTo(ProcessStatus.HALTED);
    assertThat(after.meetings().get(0).status()).isEqualTo(MeetingStatus.ABANDONED);
  }

  @Test
  void two_people_harmed_and_responsible_stand_for_both_sides_so_the_process_goes_on() {
    RestorativeCase c =
        withRole(
            withRole(
                supportedScheduledMeetingCase(),
                PartyRole.PERSON_RESPONSIBLE,
                PartyRole.PERSON_HARMED_AND_RESPONSIBLE),
            PartyRole.PERSON_HARMED,
            PartyRole.PERSON_HARMED_AND_RESPONSIBLE);
    Party supporter =
        c.parties().stream().filter(p -> p.role() == PartyRole.SUPPORTER).findFirst().orElseThrow();
    RestorativeProcess process = c.processes().get(0);
    if (!process.participants().contains(supporter.id())) {
      List<RestorativeProcess> processes = new java.util.ArrayList<>(c.processes());
      processes.set(
          0, new RestorativeProcess.Builder().from(process).addParticipant(supporter.id()).build());
      c = c.withProcesses(processes);
    }
    Instant at = c.meetings().get(0).startAt().orElseThrow().minus(Duration.ofHours(5));
    Withdrawal withdrawal =
        new Withdrawal.Builder()
            .party(supporter.id())
            .at(at)
            .scope(WithdrawalScope.WHOLE_PROCESS)
            .build();

    RestorativeCase after = UNGATED.apply(c, Move.withdrawal(withdrawal), LEAD, at).get();

    assertThat(after.processes().get(0).status()).isEqualTo(c.processes().get(0).status());
    assertThat(after.meetings().get(0).status()).isEqualTo(MeetingStatus.SCHEDULED);
  }

  @Test
  void in_work_with_one_party_a_supporter_who_withdraws_leaves_it_going_and_the_party_ends_it() {
    RestorativeCase c = supportedScheduledMeetingCase();
    Party supporter =
        c.parties().stream().filter(p -> p.role() == PartyRole.SUPPORTER).findFirst().orElseThrow();
    PartyId principal = supporter.principal().orElseThrow();
    RestorativeProcess process = c.processes().get(0);
    RestorativeCase oneParty =
        c.withSafetyPlans(List.of())
            .withMeetings(List.of())
            .withProcesses(
                process
                    .withType(ProcessType.SINGLE_PARTY_RESTORATIVE_WORK)
                    .withParticipants(principal, supporter.id()));
    Instant at = after(c);

    RestorativeCase supporterLeft =
        UNGATED
            .apply(
                oneParty,
                Move.withdrawal(Withdrawals.fromTheWholeProcess(supporter.id(), at)),
                LEAD,
                at)
            .get();
    RestorativeCase principalLeft =
        UNGATED
            .apply(
                oneParty, Move.withdrawal(Withdrawals.fromTheWholeProcess(principal, at)), LEAD, at)
            .get();

    assertThat(supporterLeft.processes().get(0).status()).isEqualTo(process.status());
    assertThat(principalLeft.processes().get(0).status()).isEqualTo(ProcessStatus.HALTED);
  }

  /** The case with every party of one role given another. */
  static RestorativeCase withRole(RestorativeCase c, PartyRole from, PartyRole to) {
    return c.withParties(
        c.parties().stream().map(p -> p.role() == from ? p.withRole(to) : p).toList());
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
        "CLOSURE"
      })
  void a_withdrawal_from_the_whole_process_outside_follow_up_leaves_actions_as_they_are(
      Stage stage) {
    RestorativeCase c = caseAt(Stage.FOLLOW_UP).withStage(stage);
    Action open = c.actions().stream().filter(a -> !a.isTerminal()).findFirst().orElseThrow();
    Withdrawal withdrawal =
        new Withdrawal.Builder()
            .party(open.ownerParty().orElseThrow())
            .at(after(c))
            .scope(WithdrawalScope.WHOLE_PROCESS)
            .build();

    RestorativeCase after = UNGATED.apply(c, Move.withdrawal(withdrawal), LEAD, after(c)).get();

    assertThat(after.actions()).isEqualTo(c.actions());
  }

  @Test
  void a_withdrawal_dated_before_a_consent_was_given_leaves_that_consent_standing() {
    RestorativeCase c = caseAt(Stage.PREPARATION);
    Consent given =
        c.consents().stream()
            .filter(
                x ->
                    x.kind() == org.restorative.core.consent.ConsentKind.PARTICIPATION
                        && x.isActive())
            .findFirst()
            .orElseThrow();
    Instant before = given.lastConfirmedAt().orElseThrow().minus(Duration.ofDays(1));
    Withdrawal earlier =
        new Withdrawal.Builder()
            .party(given.party())
            .at(before)
            .scope(WithdrawalScope.WHOLE_PROCESS)
            .build();

    RestorativeCase after = UNGATED.apply(c, Move.withdrawal(earlier), LEAD, after(c)).get();

    assertThat(after.consents()).filteredOn(x -> x.id().equals(given.id())).containsExactly(given);
    assertThat(after.withdrawals()).endsWith(earlier);
  }

  @Test
  void closing_as_withdrawn_needs_no_reason_and_records_the_closure() {
    RestorativeCase c = caseAt(Stage.INTERVENTION);

    RestorativeCase closed =
        UNGATED.apply(c, Move.to(Stage.CLOSED_WITHDRAWN), LEAD, after(c)).get();

    assertThat(closed.stage()).isEqualTo(Stage.CLOSED_WITHDRAWN);
    assertThat(closed.closure()).isPresent();
    assertThat(closed.history().get(closed.history().size() - 1).type())
        .isEqualTo(CaseEventType.CLOSED_WITHDRAWN);
  }

  static RestorativeCase heldOrScheduledMeetingCase(MeetingStatus status) {
    SyntheticCases synthetic = SyntheticCases.seeded(5);
    for (int i = 0; i < 500; i++) {
      RestorativeCase c = synthetic.caseAt(Stage.INTERVENTION, i);
      boolean single =
          c.parties().stream().filter(p -> p.role() == PartyRole.PERSON_HARMED).count() == 1;
      if (single && c.meetings().size() == 1 && c.meetings().get(0).status() == status) {
        return c;
      }
    }
    throw new AssertionError("no synthetic case with a " + status + " meeting");
  }

  /**
   * A case with one scheduled meeting whose process has two people harmed taking part: the only one
   * of {@link #heldOrScheduledMeetingCase} and a second, alike but for the id.
   */
  static RestorativeCase twoHarmedScheduledMeetingCase() {
    RestorativeCase c = heldOrScheduledMeetingCase(MeetingStatus.SCHEDULED);
    Party harmed =
        c.parties().stream()
            .filter(p -> p.role() == PartyRole.PERSON_HARMED)
            .findFirst()
            .orElseThrow();
    Party second =
        new Party.Builder().from(harmed).id(PartyId.of(harmed.id().value() + "-2")).build();
    RestorativeProcess process = c.processes().get(0);
    return c.with(second)
        .with(new RestorativeProcess.Builder().from(process).addParticipant(second.id()).build());
  }

  static RestorativeCase supportedScheduledMeetingCase() {
    SyntheticCases synthetic = SyntheticCases.seeded(5);
    for (int i = 0; i < 2000; i++) {
      RestorativeCase c = synthetic.caseAt(Stage.INTERVENTION, i);
      boolean supported = c.parties().stream().anyMatch(p -> p.role() == PartyRole.SUPPORTER);
      if (supported
          && c.meetings().size() == 1
          && c.meetings().get(0).status() == MeetingStatus.SCHEDULED) {
        return c;
      }
    }
    throw new AssertionError("no synthetic case with a supporter and a scheduled meeting");
  }

  static RestorativeCase caseWithADisclosure() {
    SyntheticCases synthetic = SyntheticCases.seeded(5);
    for (int i = 0; i < 500; i++) {
      RestorativeCase c = synthetic.caseAt(Stage.PREPARATION, i);
      if (!c.disclosures().isEmpty()) {
        return c;
      }
    }
    throw new AssertionError("no synthetic case with a disclosure");
  }
}
