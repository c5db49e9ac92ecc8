package org.restorative.core.consent;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;
import org.restorative.core.internal.Invariants;
import org.restorative.core.party.ActorId;
import org.restorative.core.party.PartyId;
import org.restorative.core.process.MeetingId;
import org.restorative.core.process.ProcessType;

/**
 * A party's withdrawal, recorded as an event: who, from what, when, recorded by whom, and a reason
 * only if the person chose to give one (domain brief §1.5). Everyone may withdraw at any point (RJC
 * principles, voluntarism; RJC Service Provider Code C), and a reason must never be required (rule
 * 8).
 */
@Value.Immutable
public abstract class Withdrawal implements WithWithdrawal {

  Withdrawal() {}

  /**
   * The party who withdrew.
   *
   * @return the party
   */
  public abstract PartyId party();

  /**
   * When the party withdrew. What the withdrawal withdraws, halts and ends is judged as of this
   * moment; the history event that records it is dated when it was recorded, which may be later.
   *
   * @return the moment of withdrawal
   */
  public abstract Instant at();

  /**
   * What the party withdrew from.
   *
   * @return the scope
   */
  public abstract WithdrawalScope scope();

  /**
   * The process type withdrawn from.
   *
   * @return the process type, present exactly when the scope is {@link
   *     WithdrawalScope#PROCESS_TYPE}
   */
  public abstract Optional<ProcessType> processType();

  /**
   * The meeting withdrawn from.
   *
   * @return the meeting, present exactly when the scope is {@link WithdrawalScope#MEETING}
   */
  public abstract Optional<MeetingId> meeting();

  /**
   * Who recorded the withdrawal.
   *
   * @return the actor, if recorded
   */
  public abstract Optional<ActorId> recordedBy();

  /**
   * The reason the person gave, if they chose to give one. Never required (rule 8): practitioners
   * may explore reasons and offer support but must not pressure.
   *
   * @return the reason, if given
   */
  @Value.Redacted
  public abstract Optional<String> reason();

  /**
   * Whether this withdrawal takes the party out of processes of the given type: a withdrawal from
   * the whole process, or from that process type (domain brief §1.5).
   *
   * @param processType the process type
   * @return true when the party no longer takes part in that process type
   */
  public boolean withdrawsFrom(ProcessType processType) {
    return scope() == WithdrawalScope.WHOLE_PROCESS
        || (scope() == WithdrawalScope.PROCESS_TYPE
            && processType().equals(Optional.of(processType)));
  }

  @Value.Check
  void check() {
    Invariants.require(
        processType().isPresent() == (scope() == WithdrawalScope.PROCESS_TYPE),
        "withdrawal processType must be present exactly when scope is PROCESS_TYPE");
    Invariants.require(
        meeting().isPresent() == (scope() == WithdrawalScope.MEETING),
        "withdrawal meeting must be present exactly when scope is MEETING");
    Invariants.nonBlank(reason(), "withdrawal reason");
  }

  /** Builds a {@link Withdrawal}. */
  public static final class Builder extends ImmutableWithdrawal.Builder {
    /** An empty builder. */
    public Builder() {}
  }
}
