package org.restorative.core.process;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.restorative.core.internal.Invariants;
import org.restorative.core.party.PartyId;

/**
 * A restorative process chosen for a case: its type (brief §6), the medium through which it runs,
 * and the parties who take part (brief §1.2 S1 step 8, S2–S3).
 *
 * <p>The process type and the medium are kept apart, as the brief recommends: a conference is held
 * in person or by video; a shuttle runs on paper or by telephone. Consent is given per process type
 * and medium, so a change of either is a change of process.
 */
@Value.Immutable
public abstract class RestorativeProcess implements WithRestorativeProcess {

  RestorativeProcess() {}

  /**
   * The process's identifier.
   *
   * @return the id
   */
  public abstract ProcessId id();

  /**
   * The kind of process, such as a face-to-face conference or a letter exchange.
   *
   * @return the process type
   */
  public abstract ProcessType type();

  /**
   * The medium through which the process runs.
   *
   * @return the medium
   */
  public abstract Medium medium();

  /**
   * When the process type was chosen, at the end of assessment.
   *
   * @return the moment of choice
   */
  public abstract Instant chosenAt();

  /**
   * The parties taking part: principal parties, supporters and others.
   *
   * @return the participating parties
   */
  public abstract Set<PartyId> participants();

  /**
   * Where the process stands.
   *
   * @return the status
   */
  public abstract ProcessStatus status();

  /**
   * When the process concluded or was halted.
   *
   * @return the end, present exactly when the status is {@link ProcessStatus#CONCLUDED} or {@link
   *     ProcessStatus#HALTED}
   */
  public abstract Optional<Instant> endedAt();

  /**
   * Ends the process: a copy that is {@link ProcessStatus#CONCLUDED} or {@link
   * ProcessStatus#HALTED} at the given moment.
   *
   * @param status how it ended; {@code CONCLUDED} or {@code HALTED}
   * @param at when it ended
   * @return the ended copy
   * @throws IllegalArgumentException if the status is not an ending, or the moment is before the
   *     process was chosen
   */
  public RestorativeProcess endedAs(ProcessStatus status, Instant at) {
    return new Builder().from(this).status(status).endedAt(at).build();
  }

  @Value.Check
  void check() {
    Invariants.require(
        endedAt().isPresent() == status().isEnded(),
        "process endedAt must be set exactly when status is CONCLUDED or HALTED");
    Invariants.inOrder(Optional.of(chosenAt()), endedAt(), "process chosenAt", "process endedAt");
  }

  /**
   * Whether the process has ended, whether it ran its course or was halted.
   *
   * @return true when concluded or halted
   */
  public boolean isEnded() {
    return status().isEnded();
  }

  /**
   * Whether a party takes part in this process.
   *
   * @param party the party
   * @return true when the party is a participant
   */
  public boolean involves(PartyId party) {
    return participants().contains(party);
  }

  /**
   * Whether the parties meet (directly, by video or in a group) in this process.
   *
   * @return true for direct and group process types
   */
  public boolean isDirect() {
    return type().isDirect();
  }

  /**
   * Whether messages, letters or recordings pass between parties who do not meet.
   *
   * @return true for indirect process types
   */
  public boolean isIndirect() {
    return type().isIndirect();
  }

  /** Builds a {@link RestorativeProcess}. */
  public static final class Builder extends ImmutableRestorativeProcess.Builder {
    /** An empty builder. */
    public Builder() {}
  }
}
