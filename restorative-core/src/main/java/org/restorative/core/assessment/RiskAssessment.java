package org.restorative.core.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.restorative.core.internal.Invariants;
import org.restorative.core.party.FacilitatorId;
import org.restorative.core.party.PartyId;
import org.restorative.core.process.ProcessType;

/**
 * A risk and strengths assessment by a trained facilitator, who judges whether a restorative
 * process is safe and suitable for the process types considered (domain brief §1.2 S1; rules 18–20;
 * [RJC-SPCoP E], [SCOT-FW §20]).
 *
 * <p>Risk assessment is dynamic: it is revisited at every stage, and re-dated after a pause, a new
 * incident, or a change in Mental Health Act status or leave (rule 20). A direct or circle process
 * cannot be scheduled, and no indirect message delivered, without a completed assessment covering
 * every attendee, supporters included, with an outcome that allows proceeding (rules 18–19).
 */
@Value.Immutable
public abstract class RiskAssessment implements WithRiskAssessment {

  RiskAssessment() {}

  /**
   * The assessment's identifier.
   *
   * @return the id
   */
  public abstract RiskAssessmentId id();

  /**
   * The facilitator who carried out the assessment.
   *
   * @return the assessor
   */
  public abstract Optional<FacilitatorId> assessor();

  /**
   * When the assessment started.
   *
   * @return the start
   */
  public abstract Instant startedAt();

  /**
   * When the assessment was completed.
   *
   * @return the completion, present exactly when the status is {@link AssessmentStatus#COMPLETED}
   */
  public abstract Optional<Instant> completedAt();

  /**
   * Whether the assessment is finished.
   *
   * @return the status
   */
  public abstract AssessmentStatus status();

  /**
   * The process types the assessment considered; its outcome holds for these only (rule 18).
   *
   * @return the process types
   */
  public abstract Set<ProcessType> processTypes();

  /**
   * What was found for each attendee assessed; an attendee appears at most once.
   *
   * @return the findings
   */
  public abstract List<AttendeeFinding> findings();

  /**
   * The matters the assessment considered [SCOT-FW §20].
   *
   * @return the domains considered
   */
  public abstract Set<RiskDomain> domainsConsidered();

  /**
   * The facilitator's judgement.
   *
   * @return the outcome, present exactly when the status is {@link AssessmentStatus#COMPLETED}
   */
  public abstract Optional<RiskOutcome> outcome();

  /**
   * The conditions under which the process may go ahead, in free text.
   *
   * @return the conditions; rule {@code RISK_CONDITIONS_RECORDED} asks for at least one when the
   *     outcome is {@link RiskOutcome#PROCEED_WITH_CONDITIONS}
   */
  @Value.Redacted
  public abstract List<String> conditions();

  /**
   * The day by which the assessment must be reviewed.
   *
   * @return the review date
   */
  public abstract Optional<LocalDate> reviewBy();

  /**
   * Whether the assessment has a finding for a party.
   *
   * @param party the party
   * @return true when one of the findings is about the party
   */
  public boolean covers(PartyId party) {
    return findings().stream().anyMatch(f -> f.party().equals(party));
  }

  /**
   * Whether the assessment has a finding for every one of some parties, such as every attendee of a
   * meeting (rule 18).
   *
   * @param parties the parties
   * @return true when every party is covered
   */
  public boolean coversAll(Collection<PartyId> parties) {
    return coveredParties().containsAll(parties);
  }

  /**
   * The parties the assessment has findings for.
   *
   * @return the covered parties, in the order of {@link #findings()}
   */
  public Set<PartyId> coveredParties() {
    return findings().stream()
        .map(AttendeeFinding::party)
        .collect(
            Collectors.collectingAndThen(
                Collectors.toCollection(LinkedHashSet::new), Collections::unmodifiableSet));
  }

  /**
   * The finding for a party.
   *
   * @param party the party
   * @return the finding, empty when the party is not covered
   */
  public Optional<AttendeeFinding> findingFor(PartyId party) {
    return findings().stream().filter(f -> f.party().equals(party)).findFirst();
  }

  /**
   * Whether the assessment is completed with an outcome that lets the process go ahead (rules
   * 18–19).
   *
   * @return true when completed with {@link RiskOutcome#PROCEED} or {@link
   *     RiskOutcome#PROCEED_WITH_CONDITIONS}
   */
  public boolean isCompletedWithProceed() {
    return status() == AssessmentStatus.COMPLETED
        && outcome().map(RiskOutcome::allowsProceeding).orElse(false);
  }

  /**
   * Whether the assessment considered a process type; consent to and assessment of a letter
   * exchange do not cover a conference.
   *
   * @param type the process type
   * @return true when the type is among {@link #processTypes()}
   */
  public boolean coversProcessType(ProcessType type) {
    return processTypes().contains(type);
  }

  @Value.Check
  void check() {
    boolean completed = status() == AssessmentStatus.COMPLETED;
    Invariants.require(
        completedAt().isPresent() == completed,
        "riskAssessment completedAt must be set exactly when status is COMPLETED");
    Invariants.require(
        outcome().isPresent() == completed,
        "riskAssessment outcome must be set exactly when status is COMPLETED");
    Invariants.inOrder(
        Optional.of(startedAt()),
        completedAt(),
        "riskAssessment startedAt",
        "riskAssessment completedAt");
    Invariants.unique(findings(), AttendeeFinding::party, "riskAssessment findings");
    Invariants.allNonBlank(conditions(), "riskAssessment conditions");
  }

  /** Builds a {@link RiskAssessment}. */
  public static final class Builder extends ImmutableRiskAssessment.Builder {
    /** An empty builder. */
    public Builder() {}
  }
}
