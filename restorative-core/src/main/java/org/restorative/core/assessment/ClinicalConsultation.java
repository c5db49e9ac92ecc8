package org.restorative.core.assessment;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.restorative.core.internal.Invariants;
import org.restorative.core.party.PartyId;
import org.restorative.core.party.ProfessionalId;

/**
 * A record that a patient's treating team was consulted on mental state, risk and timing before the
 * patient takes part (domain brief §1.2 S1 activity 6, rule 23; [POWER2017], [VANDENDEREN2020],
 * [IRP2024]).
 *
 * <p>The consultation informs the facilitator's decision; it never replaces the patient's consent.
 * A clinician cannot consent to participation on the patient's behalf (rule 15).
 */
@Value.Immutable
public abstract class ClinicalConsultation implements WithClinicalConsultation {

  ClinicalConsultation() {}

  /**
   * The consultation's identifier.
   *
   * @return the id
   */
  public abstract ConsultationId id();

  /**
   * The patient the consultation is about.
   *
   * @return the patient
   */
  public abstract PartyId patient();

  /**
   * The member of the treating team consulted.
   *
   * @return the consultee
   */
  public abstract ProfessionalId consultee();

  /**
   * When the team was consulted.
   *
   * @return the moment consulted
   */
  public abstract Instant consultedAt();

  /**
   * What the team was consulted on.
   *
   * @return the topics
   */
  public abstract Set<ConsultationTopic> topics();

  /**
   * The team's advice.
   *
   * @return the advice
   */
  public abstract ConsultationAdvice advice();

  /**
   * The consultation's details in free text.
   *
   * @return the notes
   */
  @Value.Redacted
  public abstract Optional<String> notes();

  /**
   * Whether the consultation covered what rule 23 asks for: mental state, risk and timing.
   *
   * @return true when the topics include {@link ConsultationTopic#MENTAL_STATE}, {@link
   *     ConsultationTopic#RISK} and {@link ConsultationTopic#TIMING}
   */
  public boolean coversMentalStateRiskAndTiming() {
    return topics()
        .containsAll(
            EnumSet.of(
                ConsultationTopic.MENTAL_STATE, ConsultationTopic.RISK, ConsultationTopic.TIMING));
  }

  @Value.Check
  void check() {
    Invariants.nonBlank(notes(), "clinicalConsultation notes");
  }

  /** Builds a {@link ClinicalConsultation}. */
  public static final class Builder extends ImmutableClinicalConsultation.Builder {
    /** An empty builder. */
    public Builder() {}
  }
}
