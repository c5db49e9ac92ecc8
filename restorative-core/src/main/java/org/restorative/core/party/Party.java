package org.restorative.core.party;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.restorative.core.internal.Invariants;

/**
 * A person or organisation taking part in a case: a person harmed, a person responsible, both, a
 * representative, a supporter, an affected other, a community member, a second victim or an
 * organisation (domain brief §3.1–§3.6).
 *
 * <p>A party holds what the practice needs to know to include them safely: their age band (which
 * decides between the Mental Capacity Act and Gillick competence), their Mental Health Act status,
 * leave and discharge conditions, communication needs and agreed adjustments, vulnerabilities, the
 * Victim Contact Scheme, and the graded acknowledgement of a person responsible. Names, pronouns,
 * the date of birth and free-text rationale are redacted from {@code toString()}.
 *
 * <p>A supporter or representative always names the one principal party they support or represent
 * (brief Rule 28). Consent, capacity and risk are recorded elsewhere, by party id.
 */
@Value.Immutable
public abstract class Party implements WithParty {

  Party() {}

  /**
   * The party's identifier.
   *
   * @return the id
   */
  public abstract PartyId id();

  /**
   * The party's role in the case.
   *
   * @return the role
   */
  public abstract PartyRole role();

  /**
   * What kind of person or body the party is.
   *
   * @return the person type
   */
  public abstract PersonType personType();

  /**
   * The party's name.
   *
   * @return the name, non-blank when present
   */
  @Value.Redacted
  public abstract Optional<String> name();

  /**
   * The name the party prefers to be called (RJC-PR2015 Respect).
   *
   * @return the preferred name, non-blank when present
   */
  @Value.Redacted
  public abstract Optional<String> preferredName();

  /**
   * The party's pronouns.
   *
   * @return the pronouns, non-blank when present
   */
  @Value.Redacted
  public abstract Optional<String> pronouns();

  /**
   * The party's date of birth.
   *
   * @return the date of birth, when held
   */
  @Value.Redacted
  public abstract Optional<LocalDate> dateOfBirth();

  /**
   * The age band recorded when no date of birth is held; see {@link #ageBandOn(LocalDate)}.
   *
   * @return the recorded band, absent when a date of birth is held
   */
  public abstract Optional<AgeBand> ageBand();

  /**
   * The party's preferred language, and the language of an interpreter when one is needed.
   *
   * @return the language, non-blank when present
   */
  public abstract Optional<String> language();

  /**
   * The party a supporter supports or a representative represents (brief Rule 28).
   *
   * @return the principal, present exactly when the role {@link PartyRole#needsPrincipal() needs
   *     one}
   */
  public abstract Optional<PartyId> principal();

  /**
   * How the party is related to their principal, such as a family member or carer.
   *
   * @return the relationship, present only when there is a principal
   */
  public abstract Optional<PartyRelationship> relationshipToPrincipal();

  /**
   * Whether a supporter speaks or is present only (brief §3.6).
   *
   * @return the speaking role, when recorded
   */
  public abstract Optional<SpeakingRole> speakingRole();

  /**
   * Where a patient is in the service.
   *
   * @return the care context, when recorded
   */
  public abstract Optional<CareContext> careContext();

  /**
   * The patient's Mental Health Act status (brief §3.3).
   *
   * @return the status, when recorded
   */
  public abstract Optional<MentalHealthActStatus> mentalHealthAct();

  /**
   * The patient's s17 leave authorisations (brief §3.2).
   *
   * @return the leave authorisations
   */
  public abstract List<LeaveAuthorisation> leaveAuthorisations();

  /**
   * The conditions of the patient's conditional discharge (brief §3.2).
   *
   * @return the discharge conditions
   */
  public abstract List<DischargeCondition> dischargeConditions();

  /**
   * Whether there is a proper reason to doubt the party's capacity, which calls for an assessment
   * (draft MCA Code 2022).
   *
   * @return true when there is reason to doubt capacity; false by default
   */
  @Value.Default
  public boolean reasonToDoubtCapacity() {
    return false;
  }

  /**
   * Why capacity is or is not in doubt.
   *
   * @return the rationale, non-blank when present
   */
  @Value.Redacted
  public abstract Optional<String> reasonToDoubtCapacityRationale();

  /**
   * The party's communication needs (brief §3.4).
   *
   * @return the needs
   */
  public abstract Set<CommunicationNeed> communicationNeeds();

  /**
   * The reasonable adjustments agreed with the party.
   *
   * @return the adjustments
   */
  public abstract List<Adjustment> adjustments();

  /**
   * The party's vulnerabilities.
   *
   * @return the flags
   */
  public abstract Set<VulnerabilityFlag> vulnerabilityFlags();

  /**
   * A person harmed's Victim Contact Scheme status.
   *
   * @return the status, when recorded
   */
  public abstract Optional<VictimContactScheme> victimContactScheme();

  /**
   * What a person responsible has acknowledged, level by level, each with its day.
   *
   * @return the acknowledgements
   */
  public abstract List<Acknowledgement> acknowledgements();

  /**
   * The criminal responsibility context of a person responsible.
   *
   * @return the context, when recorded
   */
  public abstract Optional<CriminalResponsibility> criminalResponsibility();

  /**
   * The involvement of whoever has parental responsibility for a party under 18 (brief §3.5).
   *
   * @return the parental involvement, when recorded
   */
  public abstract Optional<ParentalInvolvement> parentalInvolvement();

  /**
   * The party's age band on a day: from the date of birth when held, else the recorded band.
   *
   * @param day the day of interest
   * @return the band, empty when neither a date of birth nor a band is held
   * @throws IllegalArgumentException if a date of birth is held and {@code day} is before it
   */
  public Optional<AgeBand> ageBandOn(LocalDate day) {
    if (dateOfBirth().isPresent()) {
      return Optional.of(AgeBand.at(dateOfBirth().get(), day));
    }
    return ageBand();
  }

  /**
   * The party's age band on a day of the case, as the views and rules read it: like {@link
   * #ageBandOn(LocalDate)}, but a date of birth after that day (an error of dates, which the rule
   * DATES_IN_ORDER reports) gives no band rather than an exception.
   *
   * @param day the day of interest
   * @return the band, empty when none is held or the day is before the date of birth
   */
  public Optional<AgeBand> knownAgeBandOn(LocalDate day) {
    if (dateOfBirth().filter(born -> born.isAfter(day)).isPresent()) {
      return Optional.empty();
    }
    return ageBandOn(day);
  }

  /**
   * Whether the party has acknowledged a level.
   *
   * @param level the level
   * @return true when an acknowledgement of that level is recorded
   */
  public boolean hasAcknowledged(AcknowledgementLevel level) {
    List<Acknowledgement> acknowledgements = acknowledgements();
    for (int k = 0; k < acknowledgements.size(); k++) {
      if (acknowledgements.get(k).level() == level) {
        return true;
      }
    }
    return false;
  }

  /**
   * The day the party first acknowledged a level.
   *
   * @param level the level
   * @return the earliest day an acknowledgement of that level is recorded, empty when none is
   */
  public Optional<LocalDate> acknowledgedOn(AcknowledgementLevel level) {
    return acknowledgements().stream()
        .filter(a -> a.level() == level)
        .map(Acknowledgement::acknowledgedOn)
        .min(Comparator.naturalOrder());
  }

  /**
   * Whether the party is an organisation rather than a person: its person type is {@link
   * PersonType#ORGANISATION} or its role is {@link PartyRole#ORGANISATION}. An organisation speaks,
   * and acknowledges its part, through a {@link Spokesperson} (rule 1).
   *
   * @return true for an organisation
   */
  public boolean isOrganisation() {
    return personType() == PersonType.ORGANISATION || role() == PartyRole.ORGANISATION;
  }

  /**
   * Whether the party is detained under the Mental Health Act.
   *
   * @return true when a Mental Health Act status is recorded and it detains the patient
   */
  public boolean isDetained() {
    return mentalHealthAct().map(MentalHealthActStatus::isDetained).orElse(false);
  }

  /**
   * Whether the party is a restricted patient (brief Rule 33).
   *
   * @return true when a Mental Health Act status is recorded and it is restricted
   */
  public boolean isRestrictedPatient() {
    return mentalHealthAct().map(MentalHealthActStatus::isRestrictedPatient).orElse(false);
  }

  /**
   * Whether the party is an inpatient or in a forensic service.
   *
   * @return true when a care context is recorded and it is inpatient or forensic
   */
  public boolean isInpatientOrForensic() {
    return careContext().map(CareContext::isInpatientOrForensic).orElse(false);
  }

  @Value.Check
  void check() {
    Invariants.require(
        principal().isPresent() == role().needsPrincipal(),
        "party principal must be set exactly when the role is SUPPORTER or"
            + " REPRESENTATIVE_OF_HARMED");
    Invariants.require(
        !principal().equals(Optional.of(id())), "party principal must not be the party itself");
    Invariants.require(
        relationshipToPrincipal().isEmpty() || principal().isPresent(),
        "party relationshipToPrincipal must be absent when there is no principal");
    Invariants.require(
        dateOfBirth().isEmpty() || ageBand().isEmpty(),
        "party ageBand must be absent when dateOfBirth is held");
    Invariants.nonBlank(name(), "party name");
    Invariants.nonBlank(preferredName(), "party preferredName");
    Invariants.nonBlank(pronouns(), "party pronouns");
    Invariants.nonBlank(language(), "party language");
    Invariants.nonBlank(reasonToDoubtCapacityRationale(), "party reasonToDoubtCapacityRationale");
  }

  /** Builds a {@link Party}. */
  public static final class Builder extends ImmutableParty.Builder {
    /** An empty builder. */
    public Builder() {}
  }
}
