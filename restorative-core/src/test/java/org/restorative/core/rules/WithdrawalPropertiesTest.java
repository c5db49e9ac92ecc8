package org.restorative.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.restorative.core.casefile.CaseEvent;
import org.restorative.core.casefile.CaseEventType;
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
import org.restorative.core.party.PartyId;
import org.restorative.core.process.Meeting;
import org.restorative.core.process.MeetingId;
import org.restorative.core.process.MeetingStatus;
import org.restorative.core.process.ProcessStatus;
import org.restorative.core.process.ProcessType;
import org.restorative.core.process.RestorativeProcess;
import org.restorative.core.process.StopReason;
import org.restorative.core.synthetic.SyntheticCases;

/**
 * Withdrawal is always accepted (domain brief §1.5; RJC Service Provider Code C): from any party of
 * the case, in any scope, at any non-terminal stage, at any moment, whatever else the record holds.
 * It never throws, never loses what was recorded before, and changes only what §1.5 says it
 * changes.
 */
class WithdrawalPropertiesTest {

  static final long SEED = 20261206L;
  static final Instant LATER = Instant.parse("2030-01-01T00:00:00Z");
  static final ActorId LEAD = ActorId.of("staff-rp-lead");

  /** Every stage a case can withdraw from: all but the four closed states. */
  static final List<Stage> OPEN_STAGES =
      List.of(Stage.values()).stream().filter(s -> !s.isClosed()).toList();

  /** A generated case at an open stage and a withdrawal of one of its parties. */
  record Attempt(RestorativeCase subject, Withdrawal withdrawal) {}

  static final Gen<Attempt> ATTEMPTS =
      longs()
          .between(0, 100_000)
          .zip(
              integers().between(0, OPEN_STAGES.size() - 1),
              integers().between(0, 1_000_000),
              (index, stage, choice) -> {
                RestorativeCase c =
                    SyntheticCases.seeded(SEED).caseAt(OPEN_STAGES.get(stage), index);
                return new Attempt(c, withdrawalFrom(c, choice));
              });

  /**
   * A withdrawal by one of the case's parties, in a scope, at a moment and with or without a
   * reason, all chosen from {@code choice}: the moment may be long after everything, before the
   * case began, or in the middle of its history.
   */
  static Withdrawal withdrawalFrom(RestorativeCase c, int choice) {
    PartyId party = c.parties().get(choice % c.parties().size()).id();
    WithdrawalScope scope =
        WithdrawalScope.values()[(choice / 7) % WithdrawalScope.values().length];
    List<PartyId> owners =
        c.actions().stream()
            .filter(a -> !a.isTerminal())
            .flatMap(a -> a.ownerParty().stream())
            .toList();
    if (!owners.isEmpty() && choice % 3 == 0) {
      party = owners.get((choice / 3) % owners.size());
      scope = WithdrawalScope.WHOLE_PROCESS;
    }
    Withdrawal.Builder w = new Withdrawal.Builder().party(party).at(momentIn(c, choice / 31));
    if (scope == WithdrawalScope.MEETING && c.meetings().isEmpty()) {
      scope = WithdrawalScope.WHOLE_PROCESS;
    }
    w.scope(scope);
    if (scope == WithdrawalScope.MEETING) {
      w.meeting(c.meetings().get((choice / 3) % c.meetings().size()).id());
    }
    if (scope == WithdrawalScope.PROCESS_TYPE) {
      List<ProcessType> types =
          new ArrayList<>(c.processes().stream().map(RestorativeProcess::type).toList());
      types.add(ProcessType.values()[(choice / 11) % ProcessType.values().length]);
      w.processType(types.get((choice / 5) % types.size()));
    }
    if (choice % 2 == 0) {
      w.reason("They chose to say why.");
    }
    return w.build();
  }

  static Instant momentIn(RestorativeCase c, int choice) {
    List<Instant> moments = new ArrayList<>();
    moments.add(LATER);
    moments.add(c.referral().receivedAt().minus(Duration.ofDays(30)));
    c.history().forEach(e -> moments.add(e.at()));
    c.consents().forEach(k -> k.obtainedAt().ifPresent(moments::add));
    c.processes().forEach(p -> moments.add(p.chosenAt()));
    return moments.get(choice % moments.size());
  }

  @Test
  void a_withdrawal_is_accepted_at_every_open_stage_never_throws_and_loses_nothing() {
    AtomicInteger withdrawnConsents = new AtomicInteger();
    AtomicInteger halted = new AtomicInteger();
    AtomicInteger closedActions = new AtomicInteger();
    AtomicInteger offAMeeting = new AtomicInteger();
    qt().withFixedSeed(SEED)
        .withExamples(1500)
        .forAll(ATTEMPTS)
        .checkAssert(
            attempt -> {
              RestorativeCase before = attempt.subject();
              Withdrawal w = attempt.withdrawal();

              Either<Report, RestorativeCase> result =
                  CaseTransitions.standard().apply(before, Move.withdrawal(w), LEAD, LATER);

              assertThat(result.isRight()).as("withdrawal accepted: %s", result).isTrue();
              RestorativeCase after = result.get();
              assertThat(after.stage()).isEqualTo(before.stage());
              assertThat(after.withdrawals()).hasSize(before.withdrawals().size() + 1);
              assertThat(after.withdrawals().subList(0, before.withdrawals().size()))
                  .isEqualTo(before.withdrawals());
              assertThat(after.withdrawals()).endsWith(w);
              assertThat(after.history()).hasSize(before.history().size() + 1);
              assertThat(after.history().subList(0, before.history().size()))
                  .isEqualTo(before.history());
              CaseEvent event = after.history().get(after.history().size() - 1);
              assertThat(event.type()).isEqualTo(CaseEventType.WITHDRAWAL_RECORDED);
              assertThat(event.party()).contains(w.party());

              RestorativeCase restored =
                  after
                      .withConsents(before.consents())
                      .withProcesses(before.processes())
                      .withMeetings(before.meetings())
                      .withActions(before.actions())
                      .withWithdrawals(before.withdrawals())
                      .withHistory(before.history());
              assertThat(restored).as("nothing else changes").isEqualTo(before);

              withdrawnConsents.addAndGet(consentsKeptOrWithdrawn(before, after, w));
              halted.addAndGet(processesKeptOrHalted(before, after, w));
              offAMeeting.addAndGet(meetingsKeptOrChangedForTheParty(before, after, w));
              closedActions.addAndGet(actionsKeptOrClosedInFollowUp(before, after, w));
            });
    assertThat(withdrawnConsents.get()).as("consents withdrawn").isGreaterThan(50);
    assertThat(halted.get()).as("processes halted").isGreaterThan(10);
    assertThat(offAMeeting.get()).as("meetings changed").isGreaterThan(10);
    assertThat(closedActions.get()).as("actions closed as not completed").isGreaterThan(3);
  }

  @Test
  void a_withdrawal_naming_a_party_or_meeting_the_case_does_not_hold_is_refused_with_its_code() {
    qt().withFixedSeed(SEED)
        .withExamples(300)
        .forAll(ATTEMPTS, integers().between(0, 2))
        .checkAssert(
            (attempt, which) -> {
              RestorativeCase c = attempt.subject();
              Withdrawal w = attempt.withdrawal();
              Withdrawal unknown =
                  switch (which) {
                    case 0 -> w.withParty(PartyId.of("party-not-in-this-case"));
                    case 1 ->
                        new Withdrawal.Builder()
                            .from(w)
                            .scope(WithdrawalScope.MEETING)
                            .processType(Optional.empty())
                            .meeting(MeetingId.of("meeting-not-in-this-case"))
                            .build();
                    default ->
                        new Withdrawal.Builder()
                            .from(w)
                            .party(PartyId.of("party-not-in-this-case"))
                            .scope(WithdrawalScope.MEETING)
                            .processType(Optional.empty())
                            .meeting(MeetingId.of("meeting-not-in-this-case"))
                            .build();
                  };
              String at = "/withdrawals/" + c.withdrawals().size();

              Either<Report, RestorativeCase> result =
                  CaseTransitions.standard().apply(c, Move.withdrawal(unknown), LEAD, LATER);

              List<String> expected =
                  switch (which) {
                    case 0 -> List.of(at + "/party");
                    case 1 -> List.of(at + "/meeting");
                    default -> List.of(at + "/party", at + "/meeting");
                  };
              assertThat(result.getLeft().violations())
                  .allSatisfy(v -> assertThat(v.code()).isEqualTo("WITHDRAWAL_REFERENCE_UNKNOWN"))
                  .extracting(Violation::path)
                  .containsExactlyElementsOf(expected);
            });
  }

  // ------------------------------------------------------------------ what may change, and how

  /** Each consent is as it was, or was active, given by then, and is now withdrawn by {@code w}. */
  static int consentsKeptOrWithdrawn(RestorativeCase before, RestorativeCase after, Withdrawal w) {
    return changedInPlace(
        before.consents(),
        after.consents(),
        Consent::id,
        (was, now) -> {
          assertThat(was.isActive()).isTrue();
          assertThat(was.party()).isEqualTo(w.party());
          assertThat(w.scope()).isNotEqualTo(WithdrawalScope.MEETING);
          assertThat(was.lastConfirmedAt().orElseThrow()).isBeforeOrEqualTo(w.at());
          assertThat(now.status()).isEqualTo(ConsentStatus.WITHDRAWN);
          assertThat(now.withdrawal()).contains(w);
          assertThat(
                  new Consent.Builder()
                      .from(now)
                      .status(was.status())
                      .withdrawal(was.withdrawal())
                      .build())
              .isEqualTo(was);
        });
  }

  /**
   * Each process is as it was, or was running, had the party, and is now halted at the withdrawal.
   */
  static int processesKeptOrHalted(RestorativeCase before, RestorativeCase after, Withdrawal w) {
    return changedInPlace(
        before.processes(),
        after.processes(),
        RestorativeProcess::id,
        (was, now) -> {
          assertThat(was.isEnded()).isFalse();
          assertThat(was.participants()).contains(w.party());
          assertThat(w.withdrawsFrom(was.type())).isTrue();
          assertThat(now.status()).isEqualTo(ProcessStatus.HALTED);
          assertThat(now.endedAt()).contains(w.at());
          assertThat(
                  new RestorativeProcess.Builder()
                      .from(now)
                      .status(was.status())
                      .endedAt(was.endedAt())
                      .build())
              .isEqualTo(was);
        });
  }

  /**
   * Each meeting is as it was, or was abandoned because its process was halted, or lost the party
   * from its attendees; a single-meeting withdrawal changes at most that meeting.
   */
  static int meetingsKeptOrChangedForTheParty(
      RestorativeCase before, RestorativeCase after, Withdrawal w) {
    return changedInPlace(
        before.meetings(),
        after.meetings(),
        Meeting::id,
        (was, now) -> {
          if (w.scope() == WithdrawalScope.MEETING) {
            assertThat(w.meeting()).contains(was.id());
          }
          if (now.status() == MeetingStatus.ABANDONED && was.status() != MeetingStatus.ABANDONED) {
            assertThat(now.stopReason()).contains(StopReason.PARTY_WITHDREW);
            assertThat(after.processes())
                .filteredOn(p -> p.id().equals(was.process()))
                .allSatisfy(p -> assertThat(p.status()).isEqualTo(ProcessStatus.HALTED));
            assertThat(
                    new Meeting.Builder()
                        .from(now)
                        .status(was.status())
                        .stopReason(was.stopReason())
                        .build())
                .isEqualTo(was);
          } else {
            assertThat(was.isAttendedBy(w.party())).isTrue();
            assertThat(now.attendees())
                .containsExactlyElementsOf(
                    was.attendees().stream().filter(a -> !a.party().equals(w.party())).toList());
            assertThat(now.withAttendees(was.attendees())).isEqualTo(was);
          }
        });
  }

  /**
   * Each action is as it was, or — only for a withdrawal from the whole process during follow-up —
   * was open, owned by the party, and is now not completed because its owner withdrew, its earlier
   * history kept.
   */
  static int actionsKeptOrClosedInFollowUp(
      RestorativeCase before, RestorativeCase after, Withdrawal w) {
    return changedInPlace(
        before.actions(),
        after.actions(),
        Action::id,
        (was, now) -> {
          assertThat(w.scope()).isEqualTo(WithdrawalScope.WHOLE_PROCESS);
          boolean inFollowUp =
              before.stage() == Stage.FOLLOW_UP
                  || before.pause().filter(p -> p.pausedFrom() == Stage.FOLLOW_UP).isPresent();
          assertThat(inFollowUp).isTrue();
          assertThat(was.isTerminal()).isFalse();
          assertThat(was.ownerParty().equals(java.util.Optional.of(w.party()))).isTrue();
          assertThat(now.status()).isEqualTo(ActionStatus.NOT_COMPLETED);
          assertThat(now.notCompletedReason()).contains(NotCompletedReason.OWNER_WITHDREW);
          assertThat(now.statusHistory()).hasSize(was.statusHistory().size() + 1);
          assertThat(now.statusHistory().subList(0, was.statusHistory().size()))
              .isEqualTo(was.statusHistory());
        });
  }

  /** Checks that two lists hold the same ids in order, and each changed element; counts changes. */
  static <T, K> int changedInPlace(
      List<T> before,
      List<T> after,
      Function<T, K> id,
      java.util.function.BiConsumer<T, T> changed) {
    assertThat(after.stream().map(id).toList())
        .containsExactlyElementsOf(before.stream().map(id).toList());
    int changes = 0;
    for (int i = 0; i < before.size(); i++) {
      if (!before.get(i).equals(after.get(i))) {
        changed.accept(before.get(i), after.get(i));
        changes++;
      }
    }
    return changes;
  }
}
