package org.restorative.core.assessment;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;
import org.restorative.core.internal.Invariants;
import org.restorative.core.party.ProfessionalId;

/**
 * A case supervisor's recorded decision on a matter that needs one (domain brief §1.2 S1, rules 22
 * and 46): a sensitive case going on to preparation, the proportionality of an action,
 * co-facilitation, an external facilitator or a closure [RJC-SPCoP D][RJC-BPG2011].
 */
@Value.Immutable
public abstract class SupervisorSignOff implements WithSupervisorSignOff {

  SupervisorSignOff() {}

  /**
   * The sign-off's identifier.
   *
   * @return the id
   */
  public abstract SignOffId id();

  /**
   * The case supervisor who signed.
   *
   * @return the supervisor
   */
  public abstract ProfessionalId supervisor();

  /**
   * When the supervisor signed.
   *
   * @return the moment signed
   */
  public abstract Instant signedAt();

  /**
   * What was signed off.
   *
   * @return the subject
   */
  public abstract SignOffSubject subject();

  /**
   * The supervisor's decision.
   *
   * @return the decision
   */
  public abstract SignOffDecision decision();

  /**
   * The supervisor's reasons and conditions, in free text.
   *
   * @return the notes
   */
  @Value.Redacted
  public abstract Optional<String> notes();

  /**
   * Whether the supervisor approved, with or without conditions.
   *
   * @return true for {@link SignOffDecision#APPROVED} and {@link
   *     SignOffDecision#APPROVED_WITH_CONDITIONS}
   */
  public boolean isApproval() {
    return decision().isApproval();
  }

  @Value.Check
  void check() {
    Invariants.nonBlank(notes(), "supervisorSignOff notes");
  }

  /** Builds a {@link SupervisorSignOff}. */
  public static final class Builder extends ImmutableSupervisorSignOff.Builder {
    /** An empty builder. */
    public Builder() {}
  }
}
