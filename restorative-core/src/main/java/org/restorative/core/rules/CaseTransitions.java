package org.restorative.core.rules;

import io.vavr.control.Either;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.restorative.core.casefile.CaseEvent;
import org.restorative.core.casefile.CaseEventType;
import org.restorative.core.casefile.Closure;
import org.restorative.core.casefile.Pause;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.casefile.Stage;
import org.restorative.core.consent.Consent;
import org.restorative.core.consent.ConsentKind;
import org.restorative.core.consent.Withdrawal;
import org.restorative.core.consent.WithdrawalScope;
import org.restorative.core.outcome.Action;
import org.restorative.core.outcome.ActionStatus;
import org.restorative.core.outcome.NotCompletedReason;
import org.restorative.core.outcome.PartyOrRole;
import org.restorative.core.outcome.StatusChange;
import org.restorative.core.party.ActorId;
import org.restorative.core.party.Party;
import org.restorative.core.party.PartyId;
import org.restorative.core.process.Meeting;
import org.restorative.core.process.MeetingStatus;
import org.restorative.core.process.ProcessId;
import org.restorative.core.process.ProcessStatus;
import org.restorative.core.process.RestorativeProcess;
import org.restorative.core.process.StopReason;

/**
 * Moves cases between stages: a pure function from a case, a {@link Move}, the acting person and
 * the moment, to either a report of why the move is refused or the moved case with one more event
 * in its history; and the planner that lists, for a case at a moment, every move open from there.
 *
 * <ul>
 *   <li>A move is recorded at a moment not before the last event of the case's history: one dated
 *       earlier is refused with {@code DATES_IN_ORDER}, so that a move never puts the history out
 *       of the time order the rules check. Likewise a close dated before a part the case records
 *       later, and a withdrawal dated after the moment it is recorded, are refused with {@code
 *       DATES_IN_ORDER}: the transitions never make a record that rule reports.
 *   <li>Which moves the stage model allows is {@link RestorativeCase#movesTo()}, and nothing else:
 *       a move outside it is refused with {@code ILLEGAL_TRANSITION}, so a paused case resumes only
 *       into the stage its pause {@link org.restorative.core.casefile.Pause#resumesInto() resumes
 *       into}; any move of a closed case is refused with {@code TERMINAL_STATUS_IMMUTABLE} (a
 *       reopened case is a new case).
 *   <li>A move forwards, back, out of a pause or to {@code CLOSED_COMPLETED}/{@code CLOSED_PARTIAL}
 *       passes the gate of its target: every error of {@link RuleSet#checkEntry} refuses it.
 *   <li>A pause and a decision not to proceed need a reason ({@code
 *       NOT_PROCEEDING_REASON_REQUIRED}); they and a close as withdrawn pass no gate, because
 *       stopping is always allowed (though a close dated before a part the case records is refused,
 *       as above).
 *   <li>{@link #options} reports, for each move {@link RestorativeCase#movesTo()} allows, the same
 *       gate {@link #apply} would run, so a screen offers only what is possible and says why the
 *       rest is not.
 *   <li>A withdrawal (domain brief §1.5) is accepted from any party of the case, in any scope, at
 *       any non-terminal stage, dated at any moment up to when it is recorded, and never needs a
 *       reason; the only refusals of its own are {@code WITHDRAWAL_REFERENCE_UNKNOWN}, for a
 *       withdrawal naming a party or a meeting the case does not hold, and {@code DATES_IN_ORDER},
 *       for one dated after the moment it is recorded (like every move, it is refused when recorded
 *       before the last event of the history, whenever the party withdrew). It changes only what
 *       was in force at its moment: the participation consents (whole process, or the process type)
 *       or sharing consents (information sharing) the party had given by then; a process it leaves
 *       without both sides (as in rule 2: one person harmed and responsible counts for both only
 *       with two or more; a participant who withdrew earlier but consented to its type afresh by
 *       the withdrawal's moment takes part again, and one whose withdrawal is dated after that
 *       moment had not yet left) is halted, and its pending or running meetings abandoned; the
 *       party is taken off the pending meetings it leaves (every one for the whole process, those
 *       of the process type, or the one meeting); and only a withdrawal from the whole process
 *       during follow-up makes the party's open actions {@code NOT_COMPLETED} ({@code
 *       OWNER_WITHDREW}), and the person harmed is then told (rule 47). Disclosures already made
 *       are not reversed, and nothing recorded is removed. The stage stays as it is: the
 *       facilitator decides whether to close as withdrawn or to go back and offer another process.
 * </ul>
 *
 * <p>Apart from a withdrawal's effects above, a successful move changes only the stage, the pause,
 * the closure and the history, and appends exactly one event (a withdrawal with a stage move
 * appends two), at the moment the move is recorded; a withdrawal's event too, though the party may
 * have withdrawn earlier. Event ids ({@code e-N}) are derived from the length of the history, so
 * the same inputs always give the same case.
 *
 * <p>Transitions are immutable and safe to share between threads: one instance moves cases and
 * plans their options on any number of threads at once with the same results as on one, given a
 * rule set that is itself safe to share (the standard one is).
 */
public final class CaseTransitions {

  private static final String STAGE_MODEL = "Domain brief §1.3–§1.4 (stage model)";

  /** Rule {@code DATES_IN_ORDER}, which judges the closure a move would record. */
  private static final Rule DATES_IN_ORDER = LifecycleRules.datesInOrder();

  private static final String CLOSED_AT = Pointer.of("closure", "closedAt");

  private final RuleSet rules;
  private final Policy policy;

  private CaseTransitions(RuleSet rules, Policy policy) {
    this.rules = rules;
    this.policy = policy;
  }

  /**
   * Transitions gated by a rule set under a policy.
   *
   * @param rules the rules whose errors block entry to a stage
   * @param policy the trust's policy
   * @return the transitions
   */
  public static CaseTransitions of(RuleSet rules, Policy policy) {
    return new CaseTransitions(rules, policy);
  }

  /**
   * Transitions gated by the standard rules under the standard policy.
   *
   * @return the transitions
   */
  public static CaseTransitions standard() {
    return of(RuleSet.standard(), Policy.standard());
  }

  /**
   * Carries out a move, recorded at {@code at}: every event it appends to the history carries that
   * moment, the {@code WITHDRAWAL_RECORDED} event of a withdrawal included, while the withdrawal
   * keeps its own moment ({@link Withdrawal#at()}), which decides what it withdraws, halts and
   * ends.
   *
   * <p>A move is refused with one report, of the first of these checks that fails, in this order.
   * The report is about the case as given ({@link Report#subject()}), a move that came with a
   * withdrawal included: nothing changes, so the withdrawal is not recorded either (a gate run
   * after it judges the case as the withdrawal would leave it, and its paths point there).
   *
   * <ol>
   *   <li>the case is closed: {@code TERMINAL_STATUS_IMMUTABLE} at {@code /stage};
   *   <li>the move is dated before the last event of the case's history, so that the history would
   *       no longer be in time order: {@code DATES_IN_ORDER} at {@code /history/N}, where {@code N}
   *       is the length of the history, the place of the event the move would add. A move at the
   *       same moment as the last event is in order, as rule {@code DATES_IN_ORDER} judges the
   *       history. This holds for every move, a withdrawal (with or without a stage move) and a
   *       stop (a pause, a close as withdrawn, a decision not to proceed) included, and it is the
   *       only violation reported: a gate is not run at a moment the history has already passed;
   *   <li>a withdrawal is dated after the moment it is recorded ({@link Withdrawal#at()} after
   *       {@code at}): {@code DATES_IN_ORDER} at {@code /withdrawals/N/at}, where {@code N} is the
   *       number of withdrawals, the place it would take. It is judged as rule {@code
   *       DATES_IN_ORDER} judges a moment recorded in the future, so one dated at the moment it is
   *       recorded is in order; and it is the only violation reported, not also the consents it
   *       would withdraw and the processes it would halt at that moment;
   *   <li>a withdrawal names a party or a meeting the case does not hold: {@code
   *       WITHDRAWAL_REFERENCE_UNKNOWN} at each;
   *   <li>the stage model does not allow the move: {@code ILLEGAL_TRANSITION} at {@code /stage};
   *   <li>a pause or a decision not to proceed lacks its reason: {@code
   *       NOT_PROCEEDING_REASON_REQUIRED};
   *   <li>a close (as withdrawn, as not proceeding, or through the gate into {@code
   *       CLOSED_COMPLETED} or {@code CLOSED_PARTIAL}) is dated before a part the case records
   *       later: {@code DATES_IN_ORDER} at {@code /closure/closedAt}, exactly as the rule reports
   *       it of the closed case, checked as of {@code at} (the standard rule, whatever rule set
   *       gates the transitions, as for the history). The rule's own check decides which parts may
   *       follow a closure (evaluations, disclosures, withdrawals, meetings that never took place),
   *       so a close the rule would report is refused and no other. A close at the same moment as
   *       the latest part is in order; and it is the only violation reported: a gate is not run at
   *       a moment the case has already passed;
   *   <li>the gate of the target has errors: every one of them.
   * </ol>
   *
   * @param restorativeCase the case
   * @param move what to do
   * @param by who does it
   * @param at when it is recorded: not before the last event of the case's history, nor before the
   *     moment of a withdrawal the move records, and for a close not before the latest part the
   *     rule requires a closure to follow
   * @return the report of why the move is refused, or the moved case
   */
  public Either<Report, RestorativeCase> apply(
      RestorativeCase restorativeCase, Move move, ActorId by, Instant at) {
    if (restorativeCase.isClosed()) {
      return refuse(
          restorativeCase,
          StandardCode.TERMINAL_STATUS_IMMUTABLE,
          "/stage",
          "A closed case cannot change; a reopening is a new case linked to it.",
          "Practice consensus (audit)");
    }
    if (isBeforeTheLastEvent(restorativeCase, at)) {
      return refuse(
          restorativeCase,
          StandardCode.DATES_IN_ORDER,
          Pointer.of("history", restorativeCase.history().size()),
          "The move is dated before the last event of the case's history.",
          LifecycleRules.DATES_IN_ORDER_SOURCE);
    }
    RestorativeCase current = restorativeCase;
    if (move.withdrawal().isPresent()) {
      Withdrawal withdrawal = move.withdrawal().get();
      if (LifecycleRules.isInTheFuture(withdrawal.at(), at)) {
        return refuse(
            restorativeCase,
            StandardCode.DATES_IN_ORDER,
            Pointer.of("withdrawals", restorativeCase.withdrawals().size(), "at"),
            "The withdrawal is dated after the moment it is recorded.",
            LifecycleRules.DATES_IN_ORDER_SOURCE);
      }
      List<Violation> unknown = unknownReferences(current, withdrawal);
      if (!unknown.isEmpty()) {
        return Either.left(Report.of(restorativeCase, unknown));
      }
      current = withdraw(current, withdrawal, by, at);
    }
    if (move.target().isEmpty()) {
      return Either.right(current);
    }
    return moveTo(restorativeCase, current, move.target().get(), move, by, at);
  }

  /**
   * The planner: every move the stage model allows the case now ({@link
   * RestorativeCase#movesTo()}), in stage order, each with the report of the gate {@link #apply}
   * would run at the same moment. A closed case has none. A withdrawal is not listed: it is open to
   * every party at every non-terminal stage.
   *
   * @param restorativeCase the case
   * @param at the moment of asking
   * @return the moves, open and blocked
   */
  public List<NextMove> options(RestorativeCase restorativeCase, Instant at) {
    List<NextMove> moves = new ArrayList<>();
    for (Stage target : restorativeCase.movesTo()) {
      moves.add(NextMove.of(target, gate(restorativeCase, target, at), needsReason(target)));
    }
    return List.copyOf(moves);
  }

  /**
   * Whether a move at a moment would put the history out of time order: whether the moment is
   * before the last event's, judged as rule {@code DATES_IN_ORDER} judges each event against the
   * one before it ({@link LifecycleRules#mayFollowInHistory}).
   */
  private static boolean isBeforeTheLastEvent(RestorativeCase c, Instant at) {
    List<CaseEvent> history = c.history();
    return !history.isEmpty()
        && !LifecycleRules.mayFollowInHistory(history.get(history.size() - 1).at(), at);
  }

  /** The report of the gate of a target: the rules' entry check, or nothing for a stop. */
  private Report gate(RestorativeCase c, Stage target, Instant at) {
    return passesNoGate(target) ? Report.of(c, List.of()) : rules.checkEntry(c, target, policy, at);
  }

  /** Whether a target is a stop, which passes no gate: stopping is always allowed. */
  private static boolean passesNoGate(Stage target) {
    return target == Stage.PAUSED
        || target == Stage.CLOSED_NOT_PROCEEDING
        || target == Stage.CLOSED_WITHDRAWN;
  }

  /** Whether a move to a target needs a reason: a pause and a decision not to proceed. */
  private static boolean needsReason(Stage target) {
    return target == Stage.PAUSED || target == Stage.CLOSED_NOT_PROCEEDING;
  }

  /**
   * Moves a case, after the withdrawal that came with the move if any ({@code c}), to a target; a
   * refusal is about the case as given ({@code given}), since nothing changes.
   */
  private Either<Report, RestorativeCase> moveTo(
      RestorativeCase given, RestorativeCase c, Stage target, Move move, ActorId by, Instant at) {
    Stage from = c.stage();
    if (!c.canMoveTo(target)) {
      return refuse(
          given,
          StandardCode.ILLEGAL_TRANSITION,
          "/stage",
          "The stage model does not allow a case to move from " + from + " to " + target + ".",
          STAGE_MODEL);
    }
    if (target == Stage.PAUSED && move.pauseReason().isEmpty()) {
      return reasonRequired(given, "/pause/reason", "A pause needs a reason.");
    }
    if (target == Stage.CLOSED_NOT_PROCEEDING && move.notProceedingReason().isEmpty()) {
      return reasonRequired(
          given, "/closure/notProceedingReason", "A decision not to proceed needs a reason.");
    }
    RestorativeCase moved =
        switch (target) {
          case PAUSED -> paused(c, move, by, at);
          case CLOSED_NOT_PROCEEDING -> closedNotProceeding(c, move, by, at);
          case CLOSED_WITHDRAWN -> {
            CaseEvent event = event(c, CaseEventType.CLOSED_WITHDRAWN, from, target, by, at, move);
            yield moved(c, target, Optional.empty(), closure(at), event);
          }
          default -> movedThroughGate(c, target, move, by, at);
        };
    List<Violation> closedEarly = closedBeforeALaterPart(moved, at);
    if (!closedEarly.isEmpty()) {
      return Either.left(Report.of(given, closedEarly));
    }
    if (!passesNoGate(target)) {
      Report gate = gate(c, target, at);
      if (gate.hasErrors()) {
        return Either.left(Report.of(given, gate.violations()));
      }
    }
    return Either.right(moved);
  }

  /**
   * What rule {@code DATES_IN_ORDER} reports at the closure of a moved case ({@code
   * /closure/closedAt}: closed before the last thing recorded in it), checked as of the moment of
   * the move. The case as given holds no closure (a closed case moves no further, and a case holds
   * a closure exactly when it is closed), so every such finding is the move's. The rule's own check
   * decides which parts may follow a closure, so that a close the transitions accept is one the
   * rule accepts.
   */
  private List<Violation> closedBeforeALaterPart(RestorativeCase moved, Instant at) {
    if (moved.closure().isEmpty()) {
      return List.of();
    }
    return DATES_IN_ORDER.check(CheckContext.of(moved, policy, at)).stream()
        .filter(v -> v.path().equals(CLOSED_AT))
        .toList();
  }

  /** The case paused, with the reason the move gives. */
  private static RestorativeCase paused(RestorativeCase c, Move move, ActorId by, Instant at) {
    Pause pause =
        new Pause.Builder()
            .pausedFrom(c.stage())
            .reason(move.pauseReason().orElseThrow())
            .since(at)
            .build();
    CaseEvent event =
        eventBuilder(c, CaseEventType.PAUSED, c.stage(), Stage.PAUSED, by, at, move)
            .pauseReason(move.pauseReason())
            .build();
    return moved(c, Stage.PAUSED, Optional.of(pause), Optional.empty(), event);
  }

  /** The case closed as not proceeding, with the reason the move gives. */
  private static RestorativeCase closedNotProceeding(
      RestorativeCase c, Move move, ActorId by, Instant at) {
    Closure closure =
        new Closure.Builder().closedAt(at).notProceedingReason(move.notProceedingReason()).build();
    CaseEvent event =
        eventBuilder(
                c,
                CaseEventType.CLOSED_NOT_PROCEEDING,
                c.stage(),
                Stage.CLOSED_NOT_PROCEEDING,
                by,
                at,
                move)
            .notProceedingReason(move.notProceedingReason())
            .build();
    return moved(c, Stage.CLOSED_NOT_PROCEEDING, Optional.empty(), Optional.of(closure), event);
  }

  /**
   * The case moved to a target behind a gate: resumed, moved on or back, or closed. The gate is the
   * caller's to run.
   */
  private static RestorativeCase movedThroughGate(
      RestorativeCase c, Stage target, Move move, ActorId by, Instant at) {
    CaseEventType type =
        target.isClosed()
            ? CaseEventType.CLOSED
            : c.stage() == Stage.PAUSED ? CaseEventType.RESUMED : CaseEventType.STAGE_CHANGED;
    Optional<Closure> closure = target.isClosed() ? closure(at) : Optional.empty();
    return moved(
        c, target, Optional.empty(), closure, event(c, type, c.stage(), target, by, at, move));
  }

  // ------------------------------------------------------------------------------- withdrawal

  /**
   * What a withdrawal names that the case does not hold: its party, and the meeting of a
   * single-meeting withdrawal. The paths point into the withdrawal as it would be recorded.
   */
  private static List<Violation> unknownReferences(RestorativeCase c, Withdrawal withdrawal) {
    String at = Pointer.of("withdrawals", c.withdrawals().size());
    List<Violation> unknown = new ArrayList<>();
    if (c.party(withdrawal.party()).isEmpty()) {
      unknown.add(unknownReference(at + "/party", "The withdrawal names no party of this case."));
    }
    if (withdrawal.meeting().filter(m -> c.meeting(m).isEmpty()).isPresent()) {
      unknown.add(
          unknownReference(at + "/meeting", "The withdrawal names no meeting of this case."));
    }
    return unknown;
  }

  private static Violation unknownReference(String path, String message) {
    return Violation.of(
        StandardCode.WITHDRAWAL_REFERENCE_UNKNOWN,
        Severity.ERROR,
        path,
        message,
        "Domain brief §1.5 (withdrawal semantics)");
  }

  /**
   * Records a withdrawal: its effects as of its own moment, and a {@code WITHDRAWAL_RECORDED} event
   * at the moment it is recorded ({@code at}), so that the history stays in time order however long
   * after the party withdrew it was recorded.
   */
  private static RestorativeCase withdraw(
      RestorativeCase c, Withdrawal withdrawal, ActorId by, Instant at) {
    PartyId party = withdrawal.party();
    List<Withdrawal> withdrawals = new ArrayList<>(c.withdrawals());
    withdrawals.add(withdrawal);
    List<Consent> consents =
        c.consents().stream()
            .map(consent -> covers(withdrawal, consent) ? consent.withdrawnBy(withdrawal) : consent)
            .toList();
    Set<ProcessId> halted = new HashSet<>();
    List<RestorativeProcess> processes = new ArrayList<>();
    for (RestorativeProcess process : c.processes()) {
      if (!process.isEnded()
          && !process.chosenAt().isAfter(withdrawal.at())
          && withdrawsFromProcess(withdrawal, process)
          && !canGoOn(c, withdrawal, process)) {
        halted.add(process.id());
        processes.add(process.endedAs(ProcessStatus.HALTED, withdrawal.at()));
      } else {
        processes.add(process);
      }
    }
    List<Meeting> meetings =
        c.meetings().stream().map(m -> afterWithdrawal(c, m, withdrawal, halted)).toList();
    boolean fromFollowUp =
        withdrawal.scope() == WithdrawalScope.WHOLE_PROCESS
            && (c.stage() == Stage.FOLLOW_UP
                || c.pause().filter(p -> p.pausedFrom() == Stage.FOLLOW_UP).isPresent());
    List<Action> actions = new ArrayList<>();
    for (Action action : c.actions()) {
      actions.add(
          fromFollowUp && isOpenActionOf(action, party, withdrawal.at())
              ? action.withStatusChange(
                  new StatusChange.Builder()
                      .to(ActionStatus.NOT_COMPLETED)
                      .at(withdrawal.at())
                      .reason(NotCompletedReason.OWNER_WITHDREW)
                      .by(by)
                      .build())
              : action);
    }
    CaseEvent event =
        new CaseEvent.Builder()
            .id(c.nextEventId())
            .at(at)
            .by(by)
            .type(CaseEventType.WITHDRAWAL_RECORDED)
            .party(party)
            .note(withdrawal.reason())
            .build();
    return new RestorativeCase.Builder()
        .from(c)
        .withdrawals(withdrawals)
        .consents(consents)
        .processes(processes)
        .meetings(meetings)
        .actions(actions)
        .addHistory(event)
        .build();
  }

  /**
   * Whether a withdrawal withdraws a consent: an active consent of the party, of the kind and scope
   * it names, given (or last reconfirmed) no later than the withdrawal. A consent given after it
   * stands.
   */
  private static boolean covers(Withdrawal withdrawal, Consent consent) {
    if (!consent.party().equals(withdrawal.party())
        || !consent.isActive()
        || consent.lastConfirmedAt().filter(t -> t.isAfter(withdrawal.at())).isPresent()) {
      return false;
    }
    return switch (withdrawal.scope()) {
      case WHOLE_PROCESS -> consent.kind() == ConsentKind.PARTICIPATION;
      case PROCESS_TYPE ->
          consent
              .participation()
              .filter(scope -> scope.processTypes().stream().anyMatch(withdrawal::withdrawsFrom))
              .isPresent();
      case MEETING -> false;
      case INFORMATION_SHARING -> consent.kind() != ConsentKind.PARTICIPATION;
    };
  }

  /**
   * Whether an action is open and owned by the party, as it stood at the withdrawal: an action
   * whose status changed after the withdrawal stands.
   */
  private static boolean isOpenActionOf(Action action, PartyId party, Instant at) {
    boolean owned = action.isOwnedBy(PartyOrRole.party(party));
    boolean changedSince =
        action.statusHistory().stream().anyMatch(change -> change.at().isAfter(at));
    return owned && !action.isTerminal() && !changedSince;
  }

  private static boolean withdrawsFromProcess(Withdrawal withdrawal, RestorativeProcess process) {
    return process.participants().contains(withdrawal.party())
        && withdrawal.withdrawsFrom(process.type());
  }

  /**
   * Whether, after a withdrawal, the participants left in a process are still enough for it ({@link
   * AcknowledgementRules#canGoOnWith}: both sides of the harm for a process with contact, as rule 2
   * counts them; the party worked with for work with one party), judged at the withdrawal's moment,
   * the moment the process would be halted at. The participant withdrawing now has left; another
   * has left if a withdrawal of theirs from the process made at or before that moment still stands
   * then ({@link CheckContext#withdrawalStands}): one who consented to its type afresh after it and
   * at or before that moment takes part again (domain brief §1.5), as the rules count them. A
   * withdrawal or a fresh consent dated after that moment (recorded out of order) was not there to
   * count: the process is judged as it stood at the withdrawal's moment, as the rules judge it at
   * the moment of checking. A process that the two withdrawals leave short only from the later
   * one's moment on is therefore not halted here; rule {@code
   * WITHDRAWAL_OF_CORE_PARTY_HALTS_PROCESS} reports it from that moment.
   */
  private static boolean canGoOn(
      RestorativeCase c, Withdrawal withdrawal, RestorativeProcess process) {
    List<Party> remaining = new ArrayList<>();
    for (PartyId participant : process.participants()) {
      boolean withdrawn =
          participant.equals(withdrawal.party())
              || c.withdrawals().stream()
                  .anyMatch(
                      w ->
                          w.party().equals(participant)
                              && !w.at().isAfter(withdrawal.at())
                              && withdrawsFromProcess(w, process)
                              && CheckContext.withdrawalStands(
                                  c, w, process.type(), withdrawal.at()));
      if (!withdrawn) {
        c.party(participant).ifPresent(remaining::add);
      }
    }
    return AcknowledgementRules.canGoOnWith(c, process, remaining);
  }

  /**
   * A meeting after a withdrawal: abandoned when its process was halted and it had not ended;
   * without the party when the party leaves it (the whole process, its process type, or this one
   * meeting) and it is still to come; otherwise as it was. A single-meeting withdrawal changes that
   * meeting only.
   */
  private static Meeting afterWithdrawal(
      RestorativeCase c, Meeting meeting, Withdrawal withdrawal, Set<ProcessId> halted) {
    boolean pending =
        meeting.status() == MeetingStatus.PLANNED || meeting.status() == MeetingStatus.SCHEDULED;
    if (halted.contains(meeting.process())
        && (pending || meeting.status() == MeetingStatus.IN_PROGRESS)) {
      return meeting.withStatus(MeetingStatus.ABANDONED).withStopReason(StopReason.PARTY_WITHDREW);
    }
    boolean leavesMeeting =
        switch (withdrawal.scope()) {
          case WHOLE_PROCESS -> true;
          case PROCESS_TYPE ->
              c.processes().stream()
                  .anyMatch(
                      p -> p.id().equals(meeting.process()) && withdrawal.withdrawsFrom(p.type()));
          case MEETING -> withdrawal.meeting().filter(meeting.id()::equals).isPresent();
          case INFORMATION_SHARING -> false;
        };
    if (pending && leavesMeeting && meeting.isAttendedBy(withdrawal.party())) {
      return meeting.withAttendees(
          meeting.attendees().stream().filter(a -> !a.party().equals(withdrawal.party())).toList());
    }
    return meeting;
  }

  // ------------------------------------------------------------------------------- plumbing

  private static RestorativeCase moved(
      RestorativeCase c,
      Stage target,
      Optional<Pause> pause,
      Optional<Closure> closure,
      CaseEvent event) {
    return new RestorativeCase.Builder()
        .from(c)
        .stage(target)
        .pause(pause)
        .closure(closure)
        .addHistory(event)
        .build();
  }

  private static Optional<Closure> closure(Instant at) {
    return Optional.of(new Closure.Builder().closedAt(at).build());
  }

  private static CaseEvent event(
      RestorativeCase c,
      CaseEventType type,
      Stage from,
      Stage to,
      ActorId by,
      Instant at,
      Move move) {
    return eventBuilder(c, type, from, to, by, at, move).build();
  }

  private static CaseEvent.Builder eventBuilder(
      RestorativeCase c,
      CaseEventType type,
      Stage from,
      Stage to,
      ActorId by,
      Instant at,
      Move move) {
    return new CaseEvent.Builder()
        .id(c.nextEventId())
        .at(at)
        .by(by)
        .type(type)
        .fromStage(from)
        .toStage(to)
        .note(move.note());
  }

  private static Either<Report, RestorativeCase> reasonRequired(
      RestorativeCase c, String path, String message) {
    return refuse(
        c,
        StandardCode.NOT_PROCEEDING_REASON_REQUIRED,
        path,
        message,
        "Practice consensus; withdrawal is the deliberate exception (rule 8)");
  }

  private static Either<Report, RestorativeCase> refuse(
      RestorativeCase c, StandardCode code, String path, String message, String source) {
    return Either.left(
        Report.of(c, List.of(Violation.of(code, Severity.ERROR, path, message, source))));
  }
}
