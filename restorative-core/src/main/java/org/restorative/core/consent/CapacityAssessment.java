package org.restorative.core.consent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.restorative.core.internal.Invariants;
import org.restorative.core.party.ActorId;
import org.restorative.core.party.PartyId;
import org.restorative.core.process.ProcessType;

/**
 * An assessment of whether a person has capacity to make one decision at one time (domain brief
 * §4.5; MCA 2005 s1–s3).
 *
 * <p>A person is assumed to have capacity unless it is established that they lack it (s1(2)), and
 * is not treated as unable until all practicable steps to help them have failed (s1(3)). They lack
 * capacity if, at the material time, they cannot make the decision because of an impairment of, or
 * disturbance in the functioning of, the mind or brain (s2(1)); unable means unable to understand,
 * retain, use or weigh, or communicate (s3(1)). Lack of capacity cannot rest merely on age,
 * appearance, a condition or behaviour (s2(3)). Whether a finding is complete enough for rule 14 is
 * a rule; this value keeps the record internally consistent.
 */
@Value.Immutable
public abstract class CapacityAssessment implements WithCapacityAssessment {

  CapacityAssessment() {}

  /**
   * The assessment's identifier.
   *
   * @return the id
   */
  public abstract CapacityAssessmentId id();

  /**
   * The person assessed.
   *
   * @return the party
   */
  public abstract PartyId party();

  /**
   * The decision the assessment is about (decision-specific, MCA 2005 s2(1)).
   *
   * @return the decision
   */
  public abstract CapacityDecision decision();

  /**
   * When the assessment was made (time-specific: "at the material time", MCA 2005 s2(1)).
   *
   * @return the moment
   */
  public abstract Instant assessedAt();

  /**
   * Who assessed.
   *
   * @return the assessor
   */
  public abstract ActorId assessor();

  /**
   * The proper reason to doubt capacity that led to the assessment (MCA draft Code, 2022).
   *
   * @return the reason, if recorded
   */
  @Value.Redacted
  public abstract Optional<String> reasonForDoubt();

  /**
   * The steps taken to help the person decide (MCA 2005 s1(3)).
   *
   * @return the steps, in the order taken
   */
  public abstract List<PracticableStep> practicableSteps();

  /**
   * Whether the information relevant to the decision was given, including the foreseeable
   * consequences of deciding either way or not deciding (MCA 2005 s3(4)).
   *
   * @return true when given; false unless recorded
   */
  @Value.Default
  public boolean relevantInformationProvided() {
    return false;
  }

  /**
   * The functional test (MCA 2005 s3(1)).
   *
   * @return the functional test
   */
  public abstract FunctionalTest functional();

  /**
   * Whether an impairment of, or disturbance in the functioning of, the mind or brain was
   * identified (MCA 2005 s2(1)).
   *
   * @return the answer, if this stage was considered
   */
  public abstract Optional<Boolean> impairmentIdentified();

  /**
   * The impairment identified, in free text.
   *
   * @return the description; present only when an impairment was identified
   */
  @Value.Redacted
  public abstract Optional<String> impairment();

  /**
   * Whether the inability to decide is because of the impairment (the causal link, MCA 2005 s2(1)).
   *
   * @return the answer, if this stage was considered
   */
  public abstract Optional<Boolean> causalLinkEstablished();

  /**
   * Why the causal link was or was not established, in free text.
   *
   * @return the rationale, if recorded
   */
  @Value.Redacted
  public abstract Optional<String> causalLinkRationale();

  /**
   * The outcome for this decision at this time.
   *
   * @return the outcome
   */
  public abstract CapacityOutcome outcome();

  /**
   * Whether the person's capacity fluctuates, so that it must be current before a meeting (rule
   * 13).
   *
   * @return true when fluctuating; false unless recorded
   */
  @Value.Default
  public boolean fluctuating() {
    return false;
  }

  /**
   * When capacity should be reassessed, for example after an acute episode (domain brief §4.6).
   *
   * @return the date, if set
   */
  public abstract Optional<LocalDate> reassessBy();

  /**
   * The assessor's confirmation that the outcome does not rest solely on diagnosis, detention, age,
   * appearance or behaviour, or merely on an unwise decision (MCA 2005 s2(3), s1(4); rule 16).
   *
   * @return true when confirmed; false unless recorded
   */
  @Value.Default
  public boolean notBasedSolelyOnStatus() {
    return false;
  }

  /**
   * The order in which the two stages were considered.
   *
   * @return the order, if recorded
   */
  public abstract Optional<TestOrder> testOrder();

  /**
   * Whether this assessment is about the decision a consent needs: the same process type and every
   * counterparty named (rule 12, MCA 2005 s2(1) "in relation to the matter").
   *
   * @param processType the consent's process type
   * @param counterparties the parties the person would take part with
   * @return true when the decision matches
   */
  public boolean matches(ProcessType processType, Set<PartyId> counterparties) {
    return decision().matches(processType, counterparties);
  }

  /**
   * Whether the person was found to have capacity for the decision.
   *
   * @return true when the outcome is {@link CapacityOutcome#HAS_CAPACITY}
   */
  public boolean hasCapacity() {
    return outcome() == CapacityOutcome.HAS_CAPACITY;
  }

  /**
   * The limbs of the functional test on which the person was found unable.
   *
   * @return the failed limbs; empty when none failed
   */
  public Set<FunctionalLimb> failedLimbs() {
    return functional().failedLimbs();
  }

  /**
   * Whether a finding of lack of capacity records everything rule 14 asks for: at least one failed
   * limb, the impairment identified and described, the causal link from the impairment to the
   * inability established and explained, and the practicable steps tried (MCA 2005 s1(3), s2(1),
   * s3(1)).
   *
   * @return true when the outcome is {@link CapacityOutcome#LACKS_CAPACITY} and the finding is
   *     complete
   */
  public boolean isIncapacityFindingComplete() {
    return outcome() == CapacityOutcome.LACKS_CAPACITY
        && !failedLimbs().isEmpty()
        && impairmentIdentified().orElse(false)
        && impairment().isPresent()
        && causalLinkEstablished().orElse(false)
        && causalLinkRationale().isPresent()
        && !practicableSteps().isEmpty();
  }

  /**
   * Whether capacity is due for reassessment on the given day.
   *
   * @param date the day
   * @return true when a reassessment date is set and is on or before that day
   */
  public boolean isReassessmentDueOn(LocalDate date) {
    return reassessBy().map(due -> !due.isAfter(date)).orElse(false);
  }

  @Value.Check
  void check() {
    Invariants.nonBlank(reasonForDoubt(), "capacity assessment reasonForDoubt");
    Invariants.nonBlank(impairment(), "capacity assessment impairment");
    Invariants.nonBlank(causalLinkRationale(), "capacity assessment causalLinkRationale");
    Invariants.require(
        impairment().isEmpty() || impairmentIdentified().orElse(false),
        "capacity assessment impairment may be present only when impairmentIdentified is true");
    Invariants.require(
        !causalLinkEstablished().orElse(false) || impairmentIdentified().orElse(false),
        "capacity assessment causalLinkEstablished may be true only when impairmentIdentified is"
            + " true");
  }

  /** Builds a {@link CapacityAssessment}. */
  public static final class Builder extends ImmutableCapacityAssessment.Builder {
    /** An empty builder. */
    public Builder() {}
  }
}
