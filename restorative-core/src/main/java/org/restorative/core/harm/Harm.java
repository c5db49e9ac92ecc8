package org.restorative.core.harm;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.immutables.value.Value;
import org.restorative.core.internal.Invariants;
import org.restorative.core.party.PartyId;
import org.restorative.core.party.PartyRelationship;

/**
 * The record of a harm that a restorative process responds to (domain brief §2.3): what happened,
 * where and when, who was involved and how, how severe it was, whether it is a sensitive case,
 * where it stands legally and which contact restrictions surround it.
 *
 * <p>Much harm on mental-health wards is never reported as crime, so the record is about harm in
 * general; the legal status says whether it is also crime-related. The narrative is the agreed
 * neutral description, kept apart from each party's own account; sharing it is governed by the
 * information sharing rules (brief §4.8).
 */
@Value.Immutable
public abstract class Harm implements WithHarm {

  Harm() {}

  /**
   * The harm's identifier.
   *
   * @return the id
   */
  public abstract HarmId id();

  /**
   * References to the same harm in other systems: the trust's incident system, a police crime
   * reference, a PSIRF learning response.
   *
   * @return the external references, in the order recorded
   */
  public abstract List<ExternalIncidentRef> externalIncidentRefs();

  /**
   * When the harm happened.
   *
   * @return the occurrence
   */
  public abstract Occurrence occurred();

  /**
   * The day the harm was reported; must not be before it happened (rule 48).
   *
   * @return the day reported
   */
  public abstract Optional<LocalDate> reportedOn();

  /**
   * Where the harm happened.
   *
   * @return the setting
   */
  public abstract Setting setting();

  /**
   * The kind of harm, seen from who harmed whom.
   *
   * @return the context
   */
  public abstract HarmContext context();

  /**
   * The description of the kind of harm when the context is {@link HarmContext#OTHER}.
   *
   * @return the description, present exactly when the context is {@link HarmContext#OTHER}
   */
  @Value.Redacted
  public abstract Optional<String> otherContext();

  /**
   * The types of harm suffered.
   *
   * @return the harm types
   */
  public abstract Set<HarmType> types();

  /**
   * How severe the harm was, on a named scale.
   *
   * @return the severity
   */
  public abstract Optional<HarmSeverity> severity();

  /**
   * The flags that make the case sensitive or complex (rule 22).
   *
   * @return the sensitive flags
   */
  public abstract Set<SensitiveFlag> sensitiveFlags();

  /**
   * Where the harm stands in the criminal justice process.
   *
   * @return the legal status, {@link LegalStatus#UNKNOWN} unless recorded
   */
  @Value.Default
  public LegalStatus legalStatus() {
    return LegalStatus.UNKNOWN;
  }

  /**
   * The orders, conditions and plans that restrict contact between the people involved.
   *
   * @return the contact restrictions
   */
  public abstract List<ContactRestriction> contactRestrictions();

  /**
   * The people involved in the harm and the part each played; a person appears at most once.
   *
   * @return the involved persons
   */
  public abstract List<InvolvedPerson> involvedPersons();

  /**
   * The relationship between the person harmed and the person responsible.
   *
   * @return the relationship
   */
  public abstract Optional<PartyRelationship> relationship();

  /**
   * Whether the parties are expected to go on sharing a ward, service or workplace.
   *
   * @return true when they will go on living or working together; false unless recorded
   */
  @Value.Default
  public boolean ongoingCoexistence() {
    return false;
  }

  /**
   * Whether the statutory Duty of Candour applies, and its notification [DUTY-CANDOUR].
   *
   * @return the Duty of Candour decision
   */
  public abstract Optional<DutyOfCandour> dutyOfCandour();

  /**
   * The reference of a safeguarding referral made about the harm.
   *
   * @return the referral reference
   */
  public abstract Optional<String> safeguardingReferralRef();

  /**
   * The agreed neutral description of what happened, kept apart from each party's own account.
   *
   * @return the narrative
   */
  @Value.Redacted
  public abstract Optional<String> narrative();

  /**
   * Whether the harm makes a sensitive case (rule 22; RJC Service Provider Code D): it carries any
   * sensitive flag, it is of type {@link HarmType#SEXUAL} (sexual violence is the first of the
   * Code's sensitive cases, whether or not the flag was also set), or the parties are current or
   * former intimate partners, which calls for the domestic-abuse check (brief §2.2).
   *
   * @return true when the case needs the sensitive-case escalation
   */
  public boolean isSensitive() {
    return !sensitiveFlags().isEmpty()
        || types().contains(HarmType.SEXUAL)
        || relationship().map(PartyRelationship::isIntimate).orElse(false);
  }

  /**
   * Whether more than one person was harmed or more than one person is responsible (brief §2.3
   * {@code multipleParties}). A person both harmed and responsible counts on both sides.
   *
   * @return true when there are several harmed or several responsible persons
   */
  public boolean isMultipleParties() {
    return harmedParties().size() > 1 || responsibleParties().size() > 1;
  }

  /**
   * The persons harmed, including those both harmed and responsible.
   *
   * @return the harmed parties, in the order of {@link #involvedPersons()}
   */
  public List<PartyId> harmedParties() {
    return partiesWhere(RoleInHarm::isHarmed);
  }

  /**
   * The persons responsible, including those both harmed and responsible.
   *
   * @return the responsible parties, in the order of {@link #involvedPersons()}
   */
  public List<PartyId> responsibleParties() {
    return partiesWhere(RoleInHarm::isResponsible);
  }

  /**
   * The part a person played in the harm.
   *
   * @param party the person
   * @return the role in the harm, empty when the person is not involved
   */
  public Optional<RoleInHarm> roleOf(PartyId party) {
    return involvedPersons().stream()
        .filter(p -> p.party().equals(party))
        .map(InvolvedPerson::role)
        .findFirst();
  }

  /**
   * The contact restrictions in force on a day.
   *
   * @param date the day
   * @return the active restrictions, in the order recorded
   */
  public List<ContactRestriction> contactRestrictionsActiveOn(LocalDate date) {
    return contactRestrictions().stream().filter(r -> r.isActiveOn(date)).toList();
  }

  private List<PartyId> partiesWhere(Predicate<RoleInHarm> role) {
    return involvedPersons().stream()
        .filter(p -> role.test(p.role()))
        .map(InvolvedPerson::party)
        .toList();
  }

  @Value.Check
  void check() {
    Invariants.require(
        otherContext().isPresent() == (context() == HarmContext.OTHER),
        "harm otherContext must be set exactly when context is OTHER");
    Invariants.nonBlank(otherContext(), "harm otherContext");
    Invariants.nonBlank(safeguardingReferralRef(), "harm safeguardingReferralRef");
    Invariants.nonBlank(narrative(), "harm narrative");
    Invariants.unique(involvedPersons(), InvolvedPerson::party, "harm involvedPersons");
  }

  /** Builds a {@link Harm}. */
  public static final class Builder extends ImmutableHarm.Builder {
    /** An empty builder. */
    public Builder() {}
  }
}
