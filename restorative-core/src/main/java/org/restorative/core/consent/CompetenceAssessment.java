package org.restorative.core.consent;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;
import org.restorative.core.internal.Invariants;
import org.restorative.core.party.ActorId;
import org.restorative.core.party.PartyId;
import org.restorative.core.process.ProcessType;

/**
 * An assessment of whether a child under 16 is Gillick competent to decide for themselves, judged
 * on age, maturity, understanding of the issues, risks and options, and ability to give reasons
 * (domain brief §3.5, §4.7; rule 17). Young people of 16 and 17 use the MCA route instead ({@link
 * CapacityAssessment}). Parental consent is not a substitute for a competent child's own consent.
 */
@Value.Immutable
public abstract class CompetenceAssessment implements WithCompetenceAssessment {

  CompetenceAssessment() {}

  /**
   * The assessment's identifier.
   *
   * @return the id
   */
  public abstract CompetenceAssessmentId id();

  /**
   * The child assessed.
   *
   * @return the party
   */
  public abstract PartyId party();

  /**
   * When the assessment was made.
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
   * The process type the decision is about.
   *
   * @return the process type, if the assessment is about one
   */
  public abstract Optional<ProcessType> processType();

  /**
   * Whether the child understands the issues.
   *
   * @return true when found; false unless recorded
   */
  @Value.Default
  public boolean understandsIssues() {
    return false;
  }

  /**
   * Whether the child understands the risks and the options, including not taking part.
   *
   * @return true when found; false unless recorded
   */
  @Value.Default
  public boolean understandsRisksAndOptions() {
    return false;
  }

  /**
   * Whether the child can give reasons for their choice.
   *
   * @return true when found; false unless recorded
   */
  @Value.Default
  public boolean canGiveReasons() {
    return false;
  }

  /**
   * Whether the child's age and maturity were considered.
   *
   * @return true when considered; false unless recorded
   */
  @Value.Default
  public boolean maturityConsidered() {
    return false;
  }

  /**
   * The outcome.
   *
   * @return the outcome
   */
  public abstract CompetenceOutcome outcome();

  /**
   * The assessor's notes, in free text.
   *
   * @return the notes, if any
   */
  @Value.Redacted
  public abstract Optional<String> notes();

  /**
   * Whether the child was found competent.
   *
   * @return true when the outcome is {@link CompetenceOutcome#COMPETENT}
   */
  public boolean isCompetent() {
    return outcome() == CompetenceOutcome.COMPETENT;
  }

  /**
   * Whether every Gillick factor was found or considered: understanding of the issues, of the risks
   * and options, ability to give reasons, and maturity.
   *
   * @return true when all four are recorded as true
   */
  public boolean allFactorsMet() {
    return understandsIssues()
        && understandsRisksAndOptions()
        && canGiveReasons()
        && maturityConsidered();
  }

  @Value.Check
  void check() {
    Invariants.nonBlank(notes(), "competence assessment notes");
  }

  /** Builds a {@link CompetenceAssessment}. */
  public static final class Builder extends ImmutableCompetenceAssessment.Builder {
    /** An empty builder. */
    public Builder() {}
  }
}
