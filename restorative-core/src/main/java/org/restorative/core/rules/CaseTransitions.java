package org.restorative.core.rules;

import io.vavr.control.Either;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.restorative.core.Invariants;
import org.restorative.core.casefile.CaseEvent;
import org.restorative.core.casefile.CaseEventType;
import org.restorative.core.casefile.Closure;
import org.restorative.core.casefile.EventId;
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
import org.restorative.core.process.ProcessStatus;
import org.restorative.core.process.RestorativeProcess;
import org.restorative.core.process.StopReason;

/**
 * Moves cases between stages: a pure function from a case, a {@link Move}, the acting person and the
 * moment, to either a report of why the move is refused or the moved case with one more event in its
 * history.
 *
 * <ul>
 *   <li>A move the stage model does not allow is refused with {@code ILLEGAL_TRANSITION}; any move of a
 *       closed case with {@code TERMINAL_STATUS_IMMUTABLE} (a reopened case is a new case).
 *   <li>A move forwards, back, out of a pause or to {@code CLOSED_COMPLETED}/{@code CLOSED_PARTIAL}
 *       passes the gate of its target: every error of {@link RuleSet#checkEntry} refuses it.
 *   <li>A pause and a decision not to proceed need a reason ({@code NOT_PROCEEDING_REASON_REQUIRED});
 *       they and a close as withdrawn pass no gate, because stopping is always allowed.
 *   <li>A withdrawal is always accepted at any non-terminal stage and never needs a reason. It withdraws
 *       the consents it covers; when it leaves a process without any harmed or any responsible
 *       participant, that process is halted and its pending meetings abandoned; a party's open actions
 *       become not completed; disclosures already made are not reversed. The stage stays as it is: the
 *       facilitator decides whether to close as withdrawn or to go back and offer another process.
 * </ul>
 *
 * <p>Apart from a withdrawal's effects above, a successful move changes only the stage, the pause, the
 * closure and the history, and appends exactly one event (a withdrawal with a stage move appends two).
 * Event ids ({@code e-N}) are derived from the length of the history, so the same inputs always give
 * the same case.
 */
public final class CaseTransitions {

  private static final String STAGE_MODEL = "Domain brief §1.3–§1.4 (stage model)";

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
   * Carries out a move.
   *
   * @param restorativeCase the case
   * @param move what to do
   * @param by who does it
   * @param at when
   * @return the report of why the move is refused, or the moved case
   * @throws IllegalArgumentException if a withdrawal names a party the case does not hold
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
    RestorativeCase current = restorativeCase;
    if (move.withdrawal().isPresent()) {
      current = withdraw(current, move.withdrawal().get(), by);
    }
    if (move.target().isEmpty()) {
      return Either.right(current);
    }
    return moveTo(current, move.target().get(), move, by, at);
  }

  private Either<Report, RestorativeCase> moveTo(
      RestorativeCase c, Stage target, Move move, ActorId by, Instant at) {
    Stage from = c.stage();
    if (!from.canMoveTo(target) || !resumesWhereAllowed(c, target)) {
      return refuse(
          c,
          StandardCode.ILLEGAL_TRANSITION,
          "/stage",
          "The stage model does not allow a case to move from " + from + " to " + target + ".",
          STAGE_MODEL);
    }
    return switch (target) {
      case PAUSED -> pause(c, move, by, at);
      case CLOSED_NOT_PROCEEDING -> closeNotProceeding(c, move, by, at);
      case CLOSED_WITHDRAWN -> {
        CaseEvent event = event(c, CaseEventType.CLOSED_WITHDRAWN, from, target, by, at, move);
        yield Either.right(moved(c, target, Optional.empty(), closure(at), event));
      }
      default -> gated(c, target, move, by, at);
    };
  }

  private static boolean resumesWhereAllowed(RestorativeCase c, Stage target) {
    if (c.stage() != Stage.PAUSED || !target.isMainLine()) {
      return true;
    }
    Stage pausedFrom = c.pause().map(Pause::pausedFrom).orElse(Stage.REFERRAL);
    return target == pausedFrom || target == Stage.ASSESSMENT;
  }

  private Either<Report, RestorativeCase> pause(
      RestorativeCase c, Move move, ActorId by, Instant at) {
    if (move.pauseReason().isEmpty()) {
      return reasonRequired(c, "/pause/reason", "A pause needs a reason.");
    }
    Pause pause =
        new Pause.Builder().pausedFrom(c.stage()).reason(move.pauseReason().get()).since(at).build();
    CaseEvent event =
        eventBuilder(c, CaseEventType.PAUSED, c.stage(), Stage.PAUSED, by, at, move)
            .pauseReason(move.pauseReason())
            .build();
    return Either.right(moved(c, Stage.PAUSED, Optional.of(pause), Optional.empty(), event));
  }

  private Either<Report, RestorativeCase> closeNotProceeding(
      RestorativeCase c, Move move, ActorId by, Instant at) {
    if (move.notProceedingReason().isEmpty()) {
      return reasonRequired(
          c, "/closure/notProceedingReason", "A decision not to proceed needs a reason.");
    }
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
    return Either.right(
        moved(c, Stage.CLOSED_NOT_PROCEEDING, Optional.empty(), Optional.of(closure), event));
  }

  private Either<Report, RestorativeCase> gated(
      RestorativeCase c, Stage target, Move move, ActorId by, Instant at) {
    Report gate = rules.checkEntry(c, target, policy, at);
    if (gate.hasErrors()) {
      return Either.left(gate);
    }
    CaseEventType type =
        target.isClosed()
            ? CaseEventType.CLOSED
            : c.stage() == Stage.PAUSED ? CaseEventType.RESUMED : CaseEventType.STAGE_CHANGED;
    Optional<Closure> closure = target.isClosed() ? closure(at) : Optional.empty();
    return Either.right(
        moved(c, target, Optional.empty(), closure, event(c, type, c.stage(), target, by, at, move)));
  }

  // ------------------------------------------------------------------------------- withdrawal

  private static RestorativeCase withdraw(RestorativeCase c, Withdrawal withdrawal, ActorId by) {
    PartyId party = withdrawal.party();
    Invariants.require(c.party(party).isPresent(), "withdrawal party must be a party of the case");
    List<Withdrawal> withdrawals = new ArrayList<>(c.withdrawals());
    withdrawals.add(withdrawal);
    List<Consent> consents =
        c.consents().stream()
            .map(consent -> covers(withdrawal, consent) ? consent.withdrawnBy(withdrawal) : consent)
            .toList();
    Set<RestorativeProcess> halted = new HashSet<>();
    List<RestorativeProcess> processes = new ArrayList<>();
    for (RestorativeProcess process : c.processes()) {
      if (!process.isEnded()
          && withdrawsFromProcess(withdrawal, process)
          && leavesNoCoreParty(c, withdrawals, process)) {
        RestorativeProcess ended = process.endedAs(ProcessStatus.HALTED, withdrawal.at());
        halted.add(ended);
        processes.add(ended);
      } else {
        processes.add(process);
      }
    }
    List<Meeting> meetings =
        c.meetings().stream().map(m -> afterWithdrawal(m, withdrawal, halted)).toList();
    List<Action> actions = new ArrayList<>();
    for (Action action : c.actions()) {
      boolean owned = action.isOwnedBy(PartyOrRole.party(party));
      boolean leavesProcess = withdrawal.scope() != WithdrawalScope.INFORMATION_SHARING;
      actions.add(
          owned && leavesProcess && !action.isTerminal()
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
            .id(nextEventId(c))
            .at(withdrawal.at())
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

  /** Whether a withdrawal withdraws a consent: the party's consents of the kind and scope it names. */
  private static boolean covers(Withdrawal withdrawal, Consent consent) {
    if (!consent.party().equals(withdrawal.party()) || !consent.isActive()) {
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

  private static boolean withdrawsFromProcess(Withdrawal withdrawal, RestorativeProcess process) {
    return process.participants().contains(withdrawal.party())
        && withdrawal.withdrawsFrom(process.type());
  }

  /** Whether, with these withdrawals, no harmed or no responsible participant is left in a process. */
  private static boolean leavesNoCoreParty(
      RestorativeCase c, List<Withdrawal> withdrawals, RestorativeProcess process) {
    boolean harmedLeft = false;
    boolean responsibleLeft = false;
    for (PartyId participant : process.participants()) {
      Optional<Party> party = c.party(participant);
      boolean withdrawn =
          withdrawals.stream()
              .anyMatch(w -> w.party().equals(participant) && withdrawsFromProcess(w, process));
      if (party.isEmpty() || withdrawn) {
        continue;
      }
      harmedLeft |= party.get().role().isHarmed();
      responsibleLeft |= party.get().role().isResponsible();
    }
    return !harmedLeft || !responsibleLeft;
  }

  private static Meeting afterWithdrawal(
      Meeting meeting, Withdrawal withdrawal, Set<RestorativeProcess> halted) {
    boolean pending =
        meeting.status() == MeetingStatus.PLANNED || meeting.status() == MeetingStatus.SCHEDULED;
    boolean processHalted = halted.stream().anyMatch(p -> p.id().equals(meeting.process()));
    if (processHalted && (pending || meeting.status() == MeetingStatus.IN_PROGRESS)) {
      return meeting.withStatus(MeetingStatus.ABANDONED).withStopReason(StopReason.PARTY_WITHDREW);
    }
    boolean leavesMeeting =
        withdrawal.scope() == WithdrawalScope.WHOLE_PROCESS
            || withdrawal.meeting().filter(meeting.id()::equals).isPresent();
    if (pending && leavesMeeting && meeting.isAttendedBy(withdrawal.party())) {
      return meeting.withAttendees(
          meeting.attendees().stream()
              .filter(a -> !a.party().equals(withdrawal.party()))
              .toList());
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
        .id(nextEventId(c))
        .at(at)
        .by(by)
        .type(type)
        .from(from)
        .to(to)
        .note(move.note());
  }

  /** The next event id: {@code e-N}, one past the history's length, bumped past any clash. */
  private static EventId nextEventId(RestorativeCase c) {
    Set<EventId> taken = new HashSet<>();
    c.history().forEach(e -> taken.add(e.id()));
    int n = c.history().size() + 1;
    EventId id = EventId.of("e-" + n);
    while (taken.contains(id)) {
      n++;
      id = EventId.of("e-" + n);
    }
    return id;
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
        Report.of(c, List.of(Violation.of(code.name(), Severity.ERROR, path, message, source))));
  }
}
