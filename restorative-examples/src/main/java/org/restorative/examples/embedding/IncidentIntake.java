package org.restorative.examples.embedding;

import io.vavr.control.Either;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.restorative.core.casefile.CaseId;
import org.restorative.core.casefile.Referral;
import org.restorative.core.casefile.ReferralSource;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.casefile.Stage;
import org.restorative.core.harm.ExternalIncidentRef;
import org.restorative.core.harm.Harm;
import org.restorative.core.harm.HarmContext;
import org.restorative.core.harm.HarmId;
import org.restorative.core.harm.HarmType;
import org.restorative.core.harm.InvolvedPerson;
import org.restorative.core.harm.Occurrence;
import org.restorative.core.harm.OccurrencePrecision;
import org.restorative.core.harm.RoleInHarm;
import org.restorative.core.harm.Setting;
import org.restorative.core.party.ActorId;
import org.restorative.core.party.CareContext;
import org.restorative.core.party.MentalHealthActStatus;
import org.restorative.core.party.MhaStatus;
import org.restorative.core.party.Party;
import org.restorative.core.party.PartyId;
import org.restorative.core.party.PartyRole;
import org.restorative.core.party.PersonType;
import org.restorative.core.party.ProfessionalRole;
import org.restorative.core.rules.CaseTransitions;
import org.restorative.core.rules.Finding;
import org.restorative.core.rules.Move;
import org.restorative.core.rules.NextMove;
import org.restorative.core.rules.Pointer;
import org.restorative.core.rules.Policy;
import org.restorative.core.rules.Report;
import org.restorative.core.rules.Rule;
import org.restorative.core.rules.RuleSet;
import org.restorative.core.rules.Severity;
import org.restorative.core.rules.TrustCode;

/**
 * How a clinical system embeds restorative: it turns an incident into a referral, asks the gates
 * which moves the screen may offer, and checks with its trust's own rule set.
 */
public final class IncidentIntake {

  /** The trust's bespoke rule: a clinical consultee is named before assessment begins. */
  public static final TrustCode CONSULTEE_BEFORE_ASSESSMENT =
      TrustCode.of("TRUST_CONSULTEE_NAMED_BEFORE_ASSESSMENT");

  /** The name of the ward incident system in the harm record's external references. */
  public static final String INCIDENT_SYSTEM = "ward-incident-system";

  private final RuleSet rules;
  private final Policy policy;
  private final CaseTransitions transitions;

  private IncidentIntake(RuleSet rules, Policy policy) {
    this.rules = rules;
    this.policy = policy;
    this.transitions = CaseTransitions.of(rules, policy);
  }

  /**
   * The intake of a trust whose policy adds one rule to the standard set: a case with an inpatient
   * party names a clinical consultee (a {@link org.restorative.core.party.Professional} with the
   * role {@link ProfessionalRole#CLINICAL_CONSULTEE}) before it enters assessment. The rule is an
   * error, so it blocks the move; it applies from assessment on, so a later check still reports its
   * absence.
   *
   * @return the intake
   */
  public static IncidentIntake forTrust() {
    Rule consultee =
        Rule.define(CONSULTEE_BEFORE_ASSESSMENT)
            .severity(Severity.ERROR)
            .appliesFrom(Stage.ASSESSMENT)
            .source("Trust restorative practice policy, section 3.1")
            .meaning("A case with an inpatient party names a clinical consultee before assessment.")
            .check(
                context -> {
                  RestorativeCase c = context.restorativeCase();
                  boolean inpatient = c.parties().stream().anyMatch(Party::isInpatientOrForensic);
                  boolean named =
                      c.professionals().stream()
                          .anyMatch(p -> p.role() == ProfessionalRole.CLINICAL_CONSULTEE);
                  return inpatient && !named
                      ? List.of(
                          Finding.at(
                              Pointer.of("professionals"), "No clinical consultee is named."))
                      : List.of();
                });
    return new IncidentIntake(RuleSet.standard().with(consultee), Policy.standard());
  }

  /**
   * Records that the restorative practice service accepted the referral and who owns the case: the
   * two facts the gate of assessment needs (codes {@code REFERRAL_ACCEPTED} and {@code
   * CASE_OWNER_ALLOCATED} until they are recorded).
   *
   * @param c the case at referral
   * @param owner who owns the case from now on
   * @param at when the referral was accepted
   * @return the case
   */
  public RestorativeCase accept(RestorativeCase c, ActorId owner, Instant at) {
    return c.withReferral(c.referral().withAcceptedAt(at).withCaseOwner(owner));
  }

  /**
   * Turns an incident into a case at referral: a harm record with the incident's reference (the
   * reporter's description becomes the harm's narrative, which the case never prints), the member
   * of staff as the person harmed, the patient as the person responsible (here a restricted patient
   * on a forensic ward), the referral and its history event.
   *
   * @param incident the incident
   * @param caseId the id the clinical system gives the case
   * @param by who made the referral
   * @return the case
   */
  public RestorativeCase refer(WardIncident incident, CaseId caseId, ActorId by) {
    PartyId patient = PartyId.of("patient-" + incident.patientId());
    PartyId nurse = PartyId.of("staff-" + incident.staffId());
    HarmId harm = HarmId.of("harm-" + incident.reference());
    LocalDate reportedOn = LocalDate.ofInstant(incident.reportedAt(), policy.zone());
    Referral referral =
        new Referral.Builder()
            .receivedAt(incident.reportedAt())
            .source(ReferralSource.WARD_STAFF)
            .addHarm(harm)
            .build();
    return RestorativeCase.open(caseId, referral, by)
        .addHarm(
            new Harm.Builder()
                .id(harm)
                .addExternalIncidentRef(
                    ExternalIncidentRef.of(INCIDENT_SYSTEM, incident.reference()))
                .occurred(Occurrence.of(incident.occurredAt(), OccurrencePrecision.EXACT))
                .reportedOn(reportedOn)
                .setting(Setting.MEDIUM_SECURE)
                .context(HarmContext.PATIENT_ON_STAFF)
                .addTypes(HarmType.PHYSICAL, HarmType.PSYCHOLOGICAL_EMOTIONAL)
                .addInvolvedPerson(InvolvedPerson.of(nurse, RoleInHarm.HARMED))
                .addInvolvedPerson(InvolvedPerson.of(patient, RoleInHarm.RESPONSIBLE))
                .narrative(incident.description())
                .build())
        .addParty(
            new Party.Builder()
                .id(nurse)
                .role(PartyRole.PERSON_HARMED)
                .personType(PersonType.STAFF_MEMBER)
                .build())
        .addParty(
            new Party.Builder()
                .id(patient)
                .role(PartyRole.PERSON_RESPONSIBLE)
                .personType(PersonType.PATIENT)
                .careContext(CareContext.FORENSIC_INPATIENT)
                .mentalHealthAct(MentalHealthActStatus.of(MhaStatus.S37_41))
                .build())
        .build();
  }

  /**
   * What the screen offers next: every move the stage model allows the case now, each with the
   * codes of the errors that block it (none when it is open) and whether it needs a reason. This is
   * the library's planner ({@link CaseTransitions#options}) under the trust's rule set, so the
   * screen offers exactly what {@link #apply} will accept: forward and backward moves are gated, a
   * paused case is offered only the stage it resumes into, and pausing, not proceeding and closing
   * as withdrawn are never blocked; the screen asks for the reason a pause or a decision not to
   * proceed needs.
   *
   * @param restorativeCase the case on the screen
   * @param now the moment of asking
   * @return the moves, in stage order
   */
  public List<NextMove> nextMoves(RestorativeCase restorativeCase, Instant now) {
    return transitions.options(restorativeCase, now);
  }

  /**
   * Carries out a move the screen offered, through the trust's gates. A successful move appends one
   * event to the case's history; a refused one returns the report of the errors that block it.
   *
   * @param restorativeCase the case
   * @param move the move
   * @param by the member of staff who makes it
   * @param at when
   * @return the refusal or the moved case
   */
  public Either<Report, RestorativeCase> apply(
      RestorativeCase restorativeCase, Move move, ActorId by, Instant at) {
    return transitions.apply(restorativeCase, move, by, at);
  }

  /**
   * Everything wrong with the case now under the trust's rules, for the screen's list of problems.
   *
   * @param restorativeCase the case
   * @param now the moment of checking
   * @return the report
   */
  public Report check(RestorativeCase restorativeCase, Instant now) {
    return rules.check(restorativeCase, policy, now);
  }

  /**
   * The zone of the trust's day-based rules.
   *
   * @return the zone
   */
  public ZoneId zone() {
    return policy.zone();
  }
}
