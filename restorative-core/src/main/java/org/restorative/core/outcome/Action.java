package org.restorative.core.outcome;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.restorative.core.assessment.SignOffId;
import org.restorative.core.internal.Invariants;
import org.restorative.core.party.PartyId;

/**
 * One thing an outcome agreement asks someone to do: an apology, a commitment about conduct on the
 * ward, a change the organisation makes (domain brief §7.2).
 *
 * <p>Every action has exactly one accountable owner who agreed to it (rule 43), a due date or, for
 * an ongoing commitment, a review date (rule 44), and a monitoring method with a monitor who is not
 * the owner (rule 45). Those are rules checked in context; the value only holds itself together, so
 * that a draft action with none of them yet can be recorded and be told what is missing. Whether an
 * action is overdue is derived ({@link #isOverdueAt}), never stored (brief §7.4). When it ends, the
 * person harmed is told and {@link #harmedInformedAt()} records when (SCOT-FW §24.1; rule 47).
 */
@Value.Immutable
public abstract class Action implements WithAction {

  Action() {}

  /**
   * The action's identifier.
   *
   * @return the id
   */
  public abstract ActionId id();

  /**
   * The outcome agreement the action belongs to.
   *
   * @return the agreement
   */
  public abstract AgreementId agreement();

  /**
   * What kind of action it is.
   *
   * @return the type
   */
  public abstract ActionType type();

  /**
   * What is to be done, in the words of the agreement.
   *
   * @return the description
   */
  @Value.Redacted
  public abstract String description();

  /**
   * Who is accountable for doing it: a party or a named organisational role (rule 43). A draft may
   * leave the owner out until it is agreed; rule 43 then reports that the action has none.
   *
   * @return the owner, if one is named
   */
  public abstract Optional<PartyOrRole> owner();

  /**
   * The parties the action is for, such as the person harmed who receives the apology.
   *
   * @return the beneficiaries
   */
  public abstract Set<PartyId> beneficiaries();

  /**
   * The day by which it is to be done (rule 44).
   *
   * @return the due date, if it has one
   */
  public abstract Optional<LocalDate> dueOn();

  /**
   * The day an ongoing commitment is next reviewed (rule 44).
   *
   * @return the review date, if it has one
   */
  public abstract Optional<LocalDate> reviewOn();

  /**
   * How the action is monitored (rule 45).
   *
   * @return the method, if chosen
   */
  public abstract Optional<MonitoringMethod> monitoringMethod();

  /**
   * Who monitors the action; should not be the owner (rule 45).
   *
   * @return the monitor, if named
   */
  public abstract Optional<PartyOrRole> monitor();

  /**
   * How the parties will know the action has been done well enough.
   *
   * @return the success criteria, if agreed
   */
  @Value.Redacted
  public abstract Optional<String> successCriteria();

  /**
   * Where the action stands; {@link ActionStatus#PENDING} until it changes.
   *
   * @return the status, equal to the last entry's status when the history is not empty
   */
  @Value.Default
  public ActionStatus status() {
    return ActionStatus.PENDING;
  }

  /**
   * The changes of status so far, oldest first.
   *
   * @return the history, in time order
   */
  public abstract List<StatusChange> statusHistory();

  /**
   * Why the action was not, or only partly, completed.
   *
   * @return the reason; only with {@link ActionStatus#NOT_COMPLETED} or {@link
   *     ActionStatus#PARTIALLY_COMPLETED}
   */
  public abstract Optional<NotCompletedReason> notCompletedReason();

  /**
   * Notes on the evidence that the action was done, such as where the copy of the letter is filed.
   *
   * @return the notes, if any
   */
  @Value.Redacted
  public abstract Optional<String> evidenceNotes();

  /**
   * When the person harmed (or their representative) was told how the action ended (rule 47).
   *
   * @return the moment they were informed, if recorded
   */
  public abstract Optional<Instant> harmedInformedAt();

  /**
   * The sum of a financial reparation, in pounds.
   *
   * @return the amount, not negative, if there is one
   */
  public abstract Optional<BigDecimal> amount();

  /**
   * The hours of work a practical or community action involves.
   *
   * @return the hours, not negative, if there are any
   */
  public abstract Optional<Integer> hours();

  /**
   * The case supervisor's proportionality check for the action (rule 46).
   *
   * @return the sign-off, if one was recorded
   */
  public abstract Optional<SignOffId> proportionalityCheck();

  /**
   * Whether the action has come to an end.
   *
   * @return true when the status is terminal
   */
  public boolean isTerminal() {
    return status().isTerminal();
  }

  /**
   * Whether the action is overdue on a day: its due date has passed and it has not ended (brief
   * §7.4, where {@code OVERDUE} is derived, never stored). An action is not overdue on its due date
   * itself, and an action without a due date, or a terminal one, is never overdue.
   *
   * @param date the day asked about, passed in by the caller
   * @return true when the due date is before {@code date} and the action is not terminal
   */
  public boolean isOverdueAt(LocalDate date) {
    return !isTerminal() && dueOn().filter(due -> due.isBefore(date)).isPresent();
  }

  /**
   * When the action reached its terminal status, from its history.
   *
   * @return the moment of the last change when the action is terminal and has a history; empty
   *     otherwise
   */
  public Optional<Instant> terminalAt() {
    if (!isTerminal() || statusHistory().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(statusHistory().get(statusHistory().size() - 1).at());
  }

  /**
   * Moves the action to a new status: a copy whose history has {@code change} appended, whose
   * status is the change's status and whose not-completed reason is the change's reason.
   *
   * @param change the change of status; not before the last entry of the history
   * @return the changed copy
   * @throws IllegalArgumentException if the change is earlier than the last change, or carries a
   *     reason its status does not allow
   */
  public Action withStatusChange(StatusChange change) {
    return new Builder()
        .from(this)
        .addStatusHistory(change)
        .status(change.to())
        .notCompletedReason(change.reason())
        .build();
  }

  /**
   * Whether the action is owned by a party or role.
   *
   * @param partyOrRole the party or role asked about
   * @return true when the action names an owner and it is {@code partyOrRole}
   */
  public boolean isOwnedBy(PartyOrRole partyOrRole) {
    return owner().filter(partyOrRole::equals).isPresent();
  }

  /**
   * The party who owns the action, when its owner is a party rather than a role.
   *
   * @return the owning party; empty when the action has no owner or a role owns it
   */
  public Optional<PartyId> ownerParty() {
    return owner().flatMap(PartyOrRole::party);
  }

  /**
   * Whether the action names a monitoring method and a monitor who is not its owner (rule 45,
   * {@code ACTION_HAS_MONITORING}).
   *
   * @return true when a method and a monitor other than the owner are named
   */
  public boolean isMonitoredIndependently() {
    return monitoringMethod().isPresent() && monitor().filter(m -> !isOwnedBy(m)).isPresent();
  }

  @Value.Check
  void check() {
    Invariants.nonBlank(description(), "action description");
    Invariants.nonBlank(successCriteria(), "action successCriteria");
    Invariants.nonBlank(evidenceNotes(), "action evidenceNotes");
    List<StatusChange> history = statusHistory();
    for (int i = 1; i < history.size(); i++) {
      Invariants.require(
          !history.get(i).at().isBefore(history.get(i - 1).at()),
          "action statusHistory must be in time order");
    }
    Invariants.require(
        history.isEmpty() || history.get(history.size() - 1).to() == status(),
        "action status must equal the last statusHistory entry");
    Invariants.require(
        notCompletedReason().isEmpty() || status().allowsNotCompletedReason(),
        "action notCompletedReason is allowed only with status NOT_COMPLETED or"
            + " PARTIALLY_COMPLETED");
    amount()
        .ifPresent(a -> Invariants.require(a.signum() >= 0, "action amount must not be negative"));
    hours().ifPresent(h -> Invariants.require(h >= 0, "action hours must not be negative"));
  }

  /** Builds an {@link Action}. */
  public static final class Builder extends ImmutableAction.Builder {
    /** An empty builder. */
    public Builder() {}
  }
}
