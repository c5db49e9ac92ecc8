package org.restorative.core.privacy;

import java.util.Optional;
import org.immutables.value.Value;
import org.restorative.core.internal.Invariants;
import org.restorative.core.outcome.EvaluationUptake;
import org.restorative.core.outcome.FeltAfter;
import org.restorative.core.outcome.Satisfaction;
import org.restorative.core.party.PartyRole;

/**
 * A participant's evaluation in a {@link PseudonymisedCase}: the answers research counts (domain
 * brief §7.6, §9), by pseudonym and role. No comments, no symptom score.
 */
@Value.Immutable
public abstract class PseudonymisedEvaluation implements WithPseudonymisedEvaluation {

  PseudonymisedEvaluation() {}

  /**
   * The pseudonym of the party who was asked.
   *
   * @return the pseudonym
   */
  public abstract String party();

  /**
   * The party's role when evaluated.
   *
   * @return the role
   */
  public abstract PartyRole role();

  /**
   * Whether the evaluation was offered and completed.
   *
   * @return the uptake
   */
  public abstract EvaluationUptake uptake();

  /**
   * Whether the party took part to the end: the denominator for satisfaction.
   *
   * @return true when the party completed the process; false by default
   */
  @Value.Default
  public boolean completedProcess() {
    return false;
  }

  /**
   * How satisfied the party was.
   *
   * @return the satisfaction, when answered
   */
  public abstract Optional<Satisfaction> satisfaction();

  /**
   * Whether the party would recommend a restorative process to others.
   *
   * @return the answer, when given
   */
  public abstract Optional<Boolean> wouldRecommend();

  /**
   * How the party felt afterwards.
   *
   * @return the answer, when given
   */
  public abstract Optional<FeltAfter> feltAfter();

  @Value.Check
  void check() {
    Invariants.nonBlank(party(), "pseudonymised evaluation party");
  }

  /** Builds a {@link PseudonymisedEvaluation}. */
  public static final class Builder extends ImmutablePseudonymisedEvaluation.Builder {
    /** An empty builder. */
    public Builder() {}
  }
}
