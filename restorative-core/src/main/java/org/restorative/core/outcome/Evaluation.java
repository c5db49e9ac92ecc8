package org.restorative.core.outcome;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;
import org.restorative.core.internal.Invariants;
import org.restorative.core.party.PartyId;
import org.restorative.core.party.PartyRole;

/**
 * A participant's evaluation of the restorative process (domain brief §7.6, §9): whether it was
 * offered and answered, and the answers.
 *
 * <p>The measures follow the published evaluations so that their figures can be reproduced per
 * role: satisfaction (85% of victims satisfied), would recommend (78%), felt better or worse (62%
 * and 2%) (SHAPLAND-RJC), post-traumatic stress symptoms on the IES-R within a month (ANGEL2014)
 * and perceived procedural fairness. The denominator for satisfaction is the participants who
 * completed the process ({@link #completedProcess()}); offers and uptake are kept for
 * intention-to-treat analyses. The RJC asks registered organisations to monitor and evaluate the
 * quality of their practice (RJC-ROCoP).
 */
@Value.Immutable
public abstract class Evaluation implements WithEvaluation {

  /** The highest Impact of Event Scale-Revised total: 22 items scored 0 to 4. */
  public static final int IES_R_MAX = 88;

  /** The lowest point of the procedural fairness scale. */
  public static final int FAIRNESS_MIN = 1;

  /** The highest point of the procedural fairness scale. */
  public static final int FAIRNESS_MAX = 5;

  Evaluation() {}

  /**
   * The evaluation's identifier.
   *
   * @return the id
   */
  public abstract EvaluationId id();

  /**
   * The participant evaluating.
   *
   * @return the party
   */
  public abstract PartyId party();

  /**
   * The role the participant held when evaluating, kept so that per-role figures stay reproducible
   * if the party's role is later corrected.
   *
   * @return the role at the time
   */
  public abstract PartyRole roleAtTime();

  /**
   * Whether the evaluation was offered and answered.
   *
   * @return the uptake
   */
  public abstract EvaluationUptake uptake();

  /**
   * When the evaluation was offered.
   *
   * @return the moment of the offer; never present when not offered
   */
  public abstract Optional<Instant> offeredAt();

  /**
   * When the participant answered.
   *
   * @return the moment of answering; present exactly when the uptake is {@link
   *     EvaluationUptake#COMPLETED}
   */
  public abstract Optional<Instant> completedAt();

  /**
   * Whether the participant took part in the restorative process to the end: the denominator for
   * satisfaction figures.
   *
   * @return true when they completed the process; false by default
   */
  @Value.Default
  public boolean completedProcess() {
    return false;
  }

  /**
   * How satisfied the participant was with the process.
   *
   * @return the answer, only when the evaluation was completed
   */
  public abstract Optional<Satisfaction> satisfaction();

  /**
   * Whether the participant would recommend it to others in their situation.
   *
   * @return the answer, only when the evaluation was completed
   */
  public abstract Optional<Boolean> wouldRecommend();

  /**
   * How the participant felt afterwards.
   *
   * @return the answer, only when the evaluation was completed
   */
  public abstract Optional<FeltAfter> feltAfter();

  /**
   * The participant's Impact of Event Scale-Revised total, a measure of post-traumatic stress
   * symptoms used with people harmed (ANGEL2014). A clinical measure of one person, so redacted.
   *
   * @return the score from 0 to {@value #IES_R_MAX}, only when the evaluation was completed
   */
  @Value.Redacted
  public abstract Optional<Integer> iesRScore();

  /**
   * How fair the participant found the process, from {@value #FAIRNESS_MIN} (not at all) to {@value
   * #FAIRNESS_MAX} (completely).
   *
   * @return the rating, only when the evaluation was completed
   */
  public abstract Optional<Integer> proceduralFairness();

  /**
   * The participant's comments, in their words.
   *
   * @return the comments, only when the evaluation was completed
   */
  @Value.Redacted
  public abstract Optional<String> comments();

  /**
   * Whether the participant answered the evaluation.
   *
   * @return true when the uptake is {@link EvaluationUptake#COMPLETED}
   */
  public boolean isCompleted() {
    return uptake() == EvaluationUptake.COMPLETED;
  }

  /**
   * Whether the participant said they were satisfied, on the yes-or-no reading of the scale.
   *
   * @return true when the satisfaction answer is satisfied or very satisfied
   */
  public boolean isSatisfied() {
    return satisfaction().filter(Satisfaction::isSatisfied).isPresent();
  }

  /**
   * Whether the evaluation counts in a satisfaction figure: the participant completed the process
   * and gave a satisfaction answer (brief §9 reproduction notes).
   *
   * @return true when the process was completed and satisfaction was answered
   */
  public boolean countsForSatisfaction() {
    return completedProcess() && satisfaction().isPresent();
  }

  @Value.Check
  void check() {
    Invariants.require(
        uptake().wasOffered() || offeredAt().isEmpty(),
        "evaluation offeredAt must not be set when uptake is NOT_OFFERED");
    Invariants.require(
        completedAt().isPresent() == isCompleted(),
        "evaluation completedAt must be set exactly when uptake is COMPLETED");
    Invariants.inOrder(
        offeredAt(), completedAt(), "evaluation offeredAt", "evaluation completedAt");
    boolean answered =
        satisfaction().isPresent()
            || wouldRecommend().isPresent()
            || feltAfter().isPresent()
            || iesRScore().isPresent()
            || proceduralFairness().isPresent()
            || comments().isPresent();
    Invariants.require(
        !answered || isCompleted(),
        "evaluation answers (satisfaction, wouldRecommend, feltAfter, iesRScore,"
            + " proceduralFairness, comments) are allowed only when uptake is COMPLETED");
    iesRScore().ifPresent(s -> Invariants.inRange(s, 0, IES_R_MAX, "evaluation iesRScore"));
    proceduralFairness()
        .ifPresent(
            f ->
                Invariants.inRange(f, FAIRNESS_MIN, FAIRNESS_MAX, "evaluation proceduralFairness"));
    Invariants.nonBlank(comments(), "evaluation comments");
  }

  /** Builds an {@link Evaluation}. */
  public static final class Builder extends ImmutableEvaluation.Builder {
    /** An empty builder. */
    public Builder() {}
  }
}
