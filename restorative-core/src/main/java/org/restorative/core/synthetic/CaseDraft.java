package org.restorative.core.synthetic;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.restorative.core.assessment.AssessmentStatus;
import org.restorative.core.assessment.AttendeeFinding;
import org.restorative.core.assessment.ClinicalConsultation;
import org.restorative.core.assessment.ConsultationAdvice;
import org.restorative.core.assessment.ConsultationId;
import org.restorative.core.assessment.ConsultationTopic;
import org.restorative.core.assessment.PauseDecision;
import org.restorative.core.assessment.RiskAssessment;
import org.restorative.core.assessment.RiskAssessmentId;
import org.restorative.core.assessment.RiskDomain;
import org.restorative.core.assessment.RiskLevel;
import org.restorative.core.assessment.RiskOutcome;
import org.restorative.core.assessment.SafeguardingConcern;
import org.restorative.core.assessment.SafeguardingConcernId;
import org.restorative.core.assessment.SafetyMeasure;
import org.restorative.core.assessment.SafetyPlan;
import org.restorative.core.assessment.SafetyPlanId;
import org.restorative.core.assessment.SignOffDecision;
import org.restorative.core.assessment.SignOffId;
import org.restorative.core.assessment.SignOffSubject;
import org.restorative.core.assessment.SupervisorSignOff;
import org.restorative.core.casefile.CaseEvent;
import org.restorative.core.casefile.CaseEventType;
import org.restorative.core.casefile.CaseId;
import org.restorative.core.casefile.Closure;
import org.restorative.core.casefile.EventId;
import org.restorative.core.casefile.NotProceedingReason;
import org.restorative.core.casefile.Pause;
import org.restorative.core.casefile.PauseReason;
import org.restorative.core.casefile.Referral;
import org.restorative.core.casefile.ReferralSource;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.casefile.Stage;
import org.restorative.core.consent.CapacityAssessment;
import org.restorative.core.consent.CapacityAssessmentId;
import org.restorative.core.consent.CapacityBasis;
import org.restorative.core.consent.CapacityDecision;
import org.restorative.core.consent.CapacityOutcome;
import org.restorative.core.consent.CompetenceAssessment;
import org.restorative.core.consent.CompetenceAssessmentId;
import org.restorative.core.consent.CompetenceOutcome;
import org.restorative.core.consent.Consent;
import org.restorative.core.consent.ConsentId;
import org.restorative.core.consent.ConsentKind;
import org.restorative.core.consent.ConsentMethod;
import org.restorative.core.consent.ConsentStatus;
import org.restorative.core.consent.DisclosedItem;
import org.restorative.core.consent.Disclosure;
import org.restorative.core.consent.DisclosureId;
import org.restorative.core.consent.FunctionalTest;
import org.restorative.core.consent.InformationProvided;
import org.restorative.core.consent.InformationTopic;
import org.restorative.core.consent.ParticipationScope;
import org.restorative.core.consent.PracticableStep;
import org.restorative.core.consent.PracticableStepType;
import org.restorative.core.consent.Recipient;
import org.restorative.core.consent.RecipientType;
import org.restorative.core.consent.Reconfirmation;
import org.restorative.core.consent.SharingPurpose;
import org.restorative.core.consent.SharingScope;
import org.restorative.core.consent.TestOrder;
import org.restorative.core.consent.VoluntarinessCheck;
import org.restorative.core.consent.Withdrawal;
import org.restorative.core.consent.WithdrawalScope;
import org.restorative.core.harm.ContactRestriction;
import org.restorative.core.harm.ContactRestrictionType;
import org.restorative.core.harm.DutyOfCandour;
import org.restorative.core.harm.DutyOfCandourGrade;
import org.restorative.core.harm.ExternalIncidentRef;
import org.restorative.core.harm.Harm;
import org.restorative.core.harm.HarmContext;
import org.restorative.core.harm.HarmId;
import org.restorative.core.harm.HarmSeverity;
import org.restorative.core.harm.HarmType;
import org.restorative.core.harm.InvolvedPerson;
import org.restorative.core.harm.LegalStatus;
import org.restorative.core.harm.NrlsGrade;
import org.restorative.core.harm.Occurrence;
import org.restorative.core.harm.OccurrencePrecision;
import org.restorative.core.harm.RoleInHarm;
import org.restorative.core.harm.SensitiveFlag;
import org.restorative.core.outcome.Action;
import org.restorative.core.outcome.ActionId;
import org.restorative.core.outcome.ActionStatus;
import org.restorative.core.outcome.ActionType;
import org.restorative.core.outcome.AgreementId;
import org.restorative.core.outcome.AgreementStatus;
import org.restorative.core.outcome.Evaluation;
import org.restorative.core.outcome.EvaluationId;
import org.restorative.core.outcome.EvaluationUptake;
import org.restorative.core.outcome.FeltAfter;
import org.restorative.core.outcome.Monitoring;
import org.restorative.core.outcome.MonitoringMethod;
import org.restorative.core.outcome.NotCompletedReason;
import org.restorative.core.outcome.OutcomeAgreement;
import org.restorative.core.outcome.PartyAgreement;
import org.restorative.core.outcome.PartyOrRole;
import org.restorative.core.outcome.Satisfaction;
import org.restorative.core.outcome.StatusChange;
import org.restorative.core.party.Acknowledgement;
import org.restorative.core.party.AcknowledgementLevel;
import org.restorative.core.party.ActorId;
import org.restorative.core.party.Adjustment;
import org.restorative.core.party.AdjustmentType;
import org.restorative.core.party.AgeBand;
import org.restorative.core.party.CommunicationNeed;
import org.restorative.core.party.ConflictDeclaration;
import org.restorative.core.party.CpdRecord;
import org.restorative.core.party.Escort;
import org.restorative.core.party.Facilitator;
import org.restorative.core.party.FacilitatorId;
import org.restorative.core.party.FacilitatorRole;
import org.restorative.core.party.LeaveAuthorisation;
import org.restorative.core.party.LeaveAuthority;
import org.restorative.core.party.LeaveType;
import org.restorative.core.party.Party;
import org.restorative.core.party.PartyId;
import org.restorative.core.party.PartyRole;
import org.restorative.core.party.PersonType;
import org.restorative.core.party.Professional;
import org.restorative.core.party.ProfessionalId;
import org.restorative.core.party.ProfessionalRole;
import org.restorative.core.party.TrainingLevel;
import org.restorative.core.party.TrainingRecord;
import org.restorative.core.process.ArrangedAdjustment;
import org.restorative.core.process.AttendanceStatus;
import org.restorative.core.process.Attendee;
import org.restorative.core.process.Medium;
import org.restorative.core.process.Meeting;
import org.restorative.core.process.MeetingId;
import org.restorative.core.process.MeetingStatus;
import org.restorative.core.process.Message;
import org.restorative.core.process.MessageId;
import org.restorative.core.process.MessageReview;
import org.restorative.core.process.MessageStatus;
import org.restorative.core.process.PreparationContact;
import org.restorative.core.process.PreparationContactId;
import org.restorative.core.process.PreparationTopic;
import org.restorative.core.process.ProcessId;
import org.restorative.core.process.ProcessStatus;
import org.restorative.core.process.ProcessType;
import org.restorative.core.process.RestorativeProcess;
import org.restorative.core.process.ReviewDecision;
import org.restorative.core.process.StopReason;
import org.restorative.core.process.Venue;
import org.restorative.core.process.VenueType;
import org.restorative.core.questions.QuestionCatalogue;
import org.restorative.core.questions.QuestionSetRef;
import org.restorative.core.questions.QuestionSetUse;
import org.restorative.core.questions.QuestionSetUseId;
import org.restorative.core.questions.Response;
import org.restorative.core.rules.Policy;

/**
 * Builds one synthetic case, step by step along the stages, so that each stage's records are in
 * place before the case enters it: acknowledgement and consent before preparation, preparation
 * contacts, reconfirmed consent, a safety plan and leave before a meeting, and so on. Time only
 * moves forward.
 */
final class CaseDraft {

  static final ZoneId LONDON = Policy.standard().zone();

  /**
   * The earliest incident; incidents fall in the 900 days after it, so every case ends before 2026.
   */
  private static final Instant EPOCH = Instant.parse("2023-01-09T09:00:00Z");

  private static final ActorId OWNER = ActorId.of("staff-rp-lead");
  private static final ActorId ADMIN = ActorId.of("staff-rp-admin");
  private static final String LEAFLET = "RP-INFO-LEAFLET";

  private final SplitMix rng;
  private final CaseId caseId;
  private Instant now;
  private int counter;

  private Cast cast;
  private final List<Harm> harms = new ArrayList<>();
  private final List<Facilitator> facilitators = new ArrayList<>();
  private final List<Professional> professionals = new ArrayList<>();
  private final List<Consent> consents = new ArrayList<>();
  private final List<CapacityAssessment> capacityAssessments = new ArrayList<>();
  private final List<CompetenceAssessment> competenceAssessments = new ArrayList<>();
  private final List<Withdrawal> withdrawals = new ArrayList<>();
  private final List<Disclosure> disclosures = new ArrayList<>();
  private final List<RiskAssessment> riskAssessments = new ArrayList<>();
  private final List<SafetyPlan> safetyPlans = new ArrayList<>();
  private final List<ClinicalConsultation> consultations = new ArrayList<>();
  private final List<SupervisorSignOff> signOffs = new ArrayList<>();
  private final List<SafeguardingConcern> safeguardingConcerns = new ArrayList<>();
  private final List<RestorativeProcess> processes = new ArrayList<>();
  private final List<PreparationContact> preparationContacts = new ArrayList<>();
  private final List<Meeting> meetings = new ArrayList<>();
  private final List<Message> messages = new ArrayList<>();
  private final List<QuestionSetUse> questionSetUses = new ArrayList<>();
  private final List<OutcomeAgreement> agreements = new ArrayList<>();
  private final List<Action> actions = new ArrayList<>();
  private final List<Evaluation> evaluations = new ArrayList<>();
  private final List<CaseEvent> history = new ArrayList<>();
  private Referral referral;
  private Stage stage = Stage.REFERRAL;
  private Optional<Pause> pause = Optional.empty();
  private Optional<Closure> closure = Optional.empty();
  private ProfessionalId supervisor = ProfessionalId.of("prof-supervisor");
  private Optional<ProfessionalId> interpreter = Optional.empty();
  private Optional<ProfessionalId> clinicalConsultee = Optional.empty();

  CaseDraft(SplitMix rng, CaseId caseId, int[] contextWeights) {
    this.rng = rng;
    this.caseId = caseId;
    this.now = EPOCH.plus(Duration.ofDays(rng.below(900))).plus(Duration.ofMinutes(rng.below(600)));
    // every case starts with its cast, its harm and the referral of it
    this.cast = Casting.cast(rng, this::nextId, contextWeights);
    this.referral = refer();
  }

  // ---------------------------------------------------------------- the journey to a stage

  RestorativeCase buildAt(Stage target) {
    switch (target) {
      case PAUSED -> {
        Stage from =
            rng.pick(Stage.REFERRAL, Stage.ASSESSMENT, Stage.PREPARATION, Stage.INTERVENTION);
        advanceTo(from, false);
        pauseFrom(from);
      }
      case CLOSED_NOT_PROCEEDING -> {
        Stage from =
            rng.pick(Stage.REFERRAL, Stage.ASSESSMENT, Stage.ASSESSMENT, Stage.PREPARATION);
        advanceTo(from, false);
        closeNotProceeding(from);
      }
      case CLOSED_WITHDRAWN -> {
        Stage from = rng.pick(Stage.ASSESSMENT, Stage.PREPARATION, Stage.INTERVENTION);
        advanceTo(from, false);
        withdrawAndClose(from);
      }
      case CLOSED_COMPLETED, CLOSED_PARTIAL -> {
        advanceTo(Stage.CLOSURE, target == Stage.CLOSED_PARTIAL);
        close(target);
      }
      default -> advanceTo(target, false);
    }
    return build();
  }

  private void advanceTo(Stage target, boolean partial) {
    if (target == Stage.REFERRAL) {
      return;
    }
    enterAssessment(target == Stage.ASSESSMENT);
    if (target == Stage.ASSESSMENT) {
      return;
    }
    enterPreparation(target == Stage.PREPARATION);
    if (target == Stage.PREPARATION) {
      return;
    }
    boolean hasAgreement =
        target == Stage.OUTCOME_AGREEMENT
            || (cast.processType != ProcessType.SINGLE_PARTY_RESTORATIVE_WORK
                && cast.processType != ProcessType.GROUP_VICTIM_AWARENESS_PROGRAMME
                && (partial || rng.chance(0.8)));
    enterIntervention(target == Stage.INTERVENTION);
    if (target == Stage.INTERVENTION) {
      return;
    }
    if (hasAgreement) {
      enterOutcomeAgreement(target == Stage.OUTCOME_AGREEMENT);
      if (target == Stage.OUTCOME_AGREEMENT) {
        return;
      }
      enterFollowUp();
      if (target == Stage.FOLLOW_UP) {
        return;
      }
      finishActions(partial);
    } else if (target == Stage.FOLLOW_UP) {
      changeStage(Stage.FOLLOW_UP);
      return;
    }
    enterClosure();
  }

  // ---------------------------------------------------------------- referral

  /** Records the harm and the REFERRED event, and returns the referral (not yet accepted). */
  private Referral refer() {
    Instant occurred = now;
    Harm harm = harmFor(occurred);
    harms.add(harm);
    advanceDays(2, 30);
    Referral received =
        new Referral.Builder().receivedAt(now).source(referralSource()).addHarm(harm.id()).build();
    event(CaseEventType.REFERRED, Optional.empty(), Optional.empty());
    return received;
  }

  private ReferralSource referralSource() {
    return switch (cast.context) {
      case STAFF_ON_STAFF -> rng.pick(ReferralSource.HR, ReferralSource.SELF_PERSON_HARMED);
      case ORGANISATION_ON_PERSON -> ReferralSource.PATIENT_SAFETY_LEARNING_RESPONSE;
      case COMMUNITY_OFFENCE, PATIENT_ON_FAMILY_CARER ->
          rng.pick(ReferralSource.PROBATION_OR_VLO, ReferralSource.CLINICAL_TEAM);
      default ->
          rng.pick(
              ReferralSource.WARD_STAFF,
              ReferralSource.CLINICAL_TEAM,
              ReferralSource.SELF_PERSON_HARMED,
              ReferralSource.SELF_PERSON_RESPONSIBLE);
    };
  }

  private Harm harmFor(Instant occurred) {
    HarmContext context = cast.context;
    Harm.Builder harm =
        new Harm.Builder()
            .id(HarmId.of(nextId("harm")))
            .occurred(Occurrence.of(occurred, OccurrencePrecision.EXACT))
            .reportedOn(date(occurred).plusDays(rng.below(2)))
            .setting(cast.setting)
            .context(context)
            .relationship(cast.relationship)
            .narrative(SyntheticText.narrative(rng, context))
            .addExternalIncidentRef(
                ExternalIncidentRef.of(
                    "trust-incident-system", "INC-" + (100000 + rng.below(899999))));
    if (context == HarmContext.OTHER) {
      harm.otherContext("Damage to a shared ward garden project");
    }
    boolean violent =
        context != HarmContext.STAFF_ON_STAFF
            && context != HarmContext.ORGANISATION_ON_PERSON
            && context != HarmContext.OTHER;
    if (violent) {
      harm.addType(HarmType.PHYSICAL);
    }
    harm.addType(HarmType.PSYCHOLOGICAL_EMOTIONAL);
    if (context == HarmContext.ORGANISATION_ON_PERSON || context == HarmContext.STAFF_ON_STAFF) {
      harm.addType(HarmType.RELATIONAL_TRUST);
    }
    if (context == HarmContext.OTHER) {
      harm.addType(HarmType.FINANCIAL_PROPERTY);
    }
    if (context == HarmContext.STAFF_ON_PATIENT || context == HarmContext.ORGANISATION_ON_PERSON) {
      DutyOfCandourGrade grade =
          rng.pick(DutyOfCandourGrade.MODERATE, DutyOfCandourGrade.PROLONGED_PSYCHOLOGICAL);
      harm.severity(HarmSeverity.dutyOfCandour(grade));
      harm.dutyOfCandour(DutyOfCandour.notifiedAs("DOC-" + (1000 + rng.below(8999))));
    } else {
      harm.severity(HarmSeverity.nrls(rng.pick(NrlsGrade.LOW, NrlsGrade.LOW, NrlsGrade.MODERATE)));
    }
    if (violent && rng.chance(0.12)) {
      harm.addSensitiveFlag(SensitiveFlag.SERIOUS_VIOLENCE);
    }
    if (context == HarmContext.PATIENT_ON_PATIENT && rng.chance(0.08)) {
      harm.addSensitiveFlag(SensitiveFlag.HATE_CRIME);
      harm.addType(HarmType.DISCRIMINATORY_HATE);
    }
    harm.legalStatus(legalStatus(context));
    if (cast.mutual) {
      cast.parties.stream()
          .filter(p -> p.role() == PartyRole.PERSON_HARMED_AND_RESPONSIBLE)
          .forEach(p -> harm.addInvolvedPerson(InvolvedPerson.of(p.id(), RoleInHarm.BOTH)));
    } else {
      harm.addInvolvedPerson(InvolvedPerson.of(cast.harmed, RoleInHarm.HARMED));
      harm.addInvolvedPerson(InvolvedPerson.of(cast.responsible, RoleInHarm.RESPONSIBLE));
    }
    boolean sameWard =
        context == HarmContext.PATIENT_ON_PATIENT
            || context == HarmContext.PATIENT_ON_STAFF
            || context == HarmContext.STAFF_ON_PATIENT
            || context == HarmContext.STAFF_ON_STAFF;
    harm.ongoingCoexistence(sameWard);
    if (context == HarmContext.PATIENT_ON_PATIENT) {
      harm.addContactRestriction(
          new ContactRestriction.Builder()
              .type(ContactRestrictionType.WARD_SEPARATION_PLAN)
              .protectedParty(cast.harmed)
              .restrictedParty(cast.responsible)
              .source("Ward separation plan")
              .startsOn(date(occurred))
              .permittedException("Contact facilitated by the restorative practice team")
              .build());
    }
    if (context == HarmContext.COMMUNITY_OFFENCE
        || context == HarmContext.PATIENT_ON_FAMILY_CARER) {
      harm.addContactRestriction(
          new ContactRestriction.Builder()
              .type(ContactRestrictionType.DISCHARGE_CONDITION_NO_CONTACT)
              .protectedParty(cast.harmed)
              .restrictedParty(cast.responsible)
              .source("Conditions set by the tribunal")
              .startsOn(date(occurred).plusDays(120))
              .permittedException("Indirect contact through the restorative service")
              .build());
    }
    return harm.build();
  }

  private LegalStatus legalStatus(HarmContext context) {
    return switch (context) {
      case COMMUNITY_OFFENCE -> LegalStatus.CONVICTED;
      case PATIENT_ON_FAMILY_CARER ->
          rng.pick(LegalStatus.CONVICTED, LegalStatus.NOT_GUILTY_BY_REASON_OF_INSANITY);
      case PATIENT_ON_STAFF, PATIENT_ON_PATIENT ->
          rng.pick(
              LegalStatus.NOT_REPORTED_TO_POLICE,
              LegalStatus.REPORTED_NO_FURTHER_ACTION,
              LegalStatus.REPORTED_NO_FURTHER_ACTION);
      default -> LegalStatus.NOT_REPORTED_TO_POLICE;
    };
  }

  // ---------------------------------------------------------------- assessment

  private void enterAssessment(boolean stopHere) {
    advanceDays(1, 5);
    referral = referral.withAcceptedAt(now).withCaseOwner(OWNER);
    changeStage(Stage.ASSESSMENT);
    boolean sensitive = harms.get(0).isSensitive();
    TrainingLevel level =
        sensitive
            ? TrainingLevel.ADVANCED
            : rng.pick(TrainingLevel.INTERMEDIATE, TrainingLevel.ADVANCED);
    facilitators.add(facilitator("fac-lead", FacilitatorRole.FACILITATOR_LEAD, level));
    if (sensitive || cast.processType == ProcessType.RESTORATIVE_CIRCLE || rng.chance(0.3)) {
      facilitators.add(
          facilitator("fac-co", FacilitatorRole.FACILITATOR_CO, TrainingLevel.INTERMEDIATE));
    }
    professionals.add(
        new Professional.Builder()
            .id(supervisor)
            .role(ProfessionalRole.CASE_SUPERVISOR)
            .name(SyntheticText.name(rng))
            .organisation("Restorative practice service")
            .build());
    if (cast.parties.stream().anyMatch(Party::isInpatientOrForensic)) {
      ProfessionalId id = ProfessionalId.of("prof-rc");
      clinicalConsultee = Optional.of(id);
      professionals.add(
          new Professional.Builder()
              .id(id)
              .role(ProfessionalRole.CLINICAL_CONSULTEE)
              .name(SyntheticText.name(rng))
              .organisation("Treating team")
              .build());
    }
    cast.parties.stream()
        .filter(p -> p.communicationNeeds().contains(CommunicationNeed.INTERPRETER))
        .findFirst()
        .ifPresent(
            p -> {
              ProfessionalId id = ProfessionalId.of("prof-interpreter");
              interpreter = Optional.of(id);
              professionals.add(
                  new Professional.Builder()
                      .id(id)
                      .role(ProfessionalRole.INTERPRETER)
                      .name(SyntheticText.name(rng))
                      .language(p.language().orElse("Polish"))
                      .build());
            });
    if (cast.parties.stream().anyMatch(Party::isRestrictedPatient)) {
      professionals.add(
          new Professional.Builder()
              .id(ProfessionalId.of("prof-mhcs"))
              .role(ProfessionalRole.MHCS_CASEWORKER)
              .organisation("Mental Health Casework Section")
              .build());
    }
    if (cast.context == HarmContext.COMMUNITY_OFFENCE) {
      professionals.add(
          new Professional.Builder()
              .id(ProfessionalId.of("prof-vlo"))
              .role(ProfessionalRole.VICTIM_LIAISON_OFFICER)
              .organisation("Probation Service")
              .build());
    }
    advanceDays(1, 6);
    processes.add(
        new RestorativeProcess.Builder()
            .id(ProcessId.of("process-1"))
            .type(cast.processType)
            .medium(medium())
            .chosenAt(now)
            .addAllParticipants(cast.participants())
            .status(ProcessStatus.PLANNED)
            .build());
    if (stopHere) {
      riskAssessments.add(riskAssessment(false));
      if (rng.chance(0.5)) {
        acknowledge(AcknowledgementLevel.FACTS);
      }
    }
  }

  private Facilitator facilitator(String id, FacilitatorRole role, TrainingLevel level) {
    LocalDate trained = date(now).minusDays(200 + rng.below(1500));
    Facilitator.Builder f =
        new Facilitator.Builder()
            .id(FacilitatorId.of(id))
            .role(role)
            .name(SyntheticText.name(rng))
            .addTrainingRecord(TrainingRecord.of(TrainingLevel.FOUNDATION, trained.minusDays(400)))
            .conflictDeclaration(ConflictDeclaration.none(now.plus(Duration.ofHours(2))))
            .external(rng.chance(0.25))
            .addCpd(
                CpdRecord.of(
                    date(now).getYear() - 1, BigDecimal.valueOf(16), BigDecimal.valueOf(10)));
    if (level != TrainingLevel.FOUNDATION) {
      f.addTrainingRecord(TrainingRecord.of(level, trained));
    }
    return f.build();
  }

  private Medium medium() {
    return switch (cast.processType) {
      case VIDEO_MEETING -> Medium.VIDEO;
      case LETTER_EXCHANGE -> Medium.WRITTEN;
      case RECORDED_MESSAGE -> Medium.RECORDED;
      case SHUTTLE_COMMUNICATION -> rng.pick(Medium.IN_PERSON, Medium.PHONE);
      default -> Medium.IN_PERSON;
    };
  }

  private RiskAssessment riskAssessment(boolean completed) {
    RiskAssessment.Builder risk =
        new RiskAssessment.Builder()
            .id(RiskAssessmentId.of(nextId("risk")))
            .assessor(FacilitatorId.of("fac-lead"))
            .startedAt(now)
            .addProcessType(cast.processType)
            .addDomainsConsidered(
                RiskDomain.HARM_AND_IMPACT,
                RiskDomain.OUTCOMES_WANTED,
                RiskDomain.MENTAL_HEALTH,
                RiskDomain.MOTIVATION,
                RiskDomain.RISK_OF_TAKING_PART,
                RiskDomain.RISK_OF_NOT_TAKING_PART);
    for (PartyId id : cast.participants()) {
      risk.addFinding(
          AttendeeFinding.of(id, rng.pick(RiskLevel.LOW, RiskLevel.LOW, RiskLevel.MEDIUM)));
    }
    if (!completed) {
      return risk.status(AssessmentStatus.IN_PROGRESS).build();
    }
    advanceDays(2, 10);
    risk.status(AssessmentStatus.COMPLETED).completedAt(now);
    if (rng.chance(0.3)) {
      risk.outcome(RiskOutcome.PROCEED_WITH_CONDITIONS)
          .addCondition("Two staff present throughout and a break after thirty minutes");
    } else {
      risk.outcome(RiskOutcome.PROCEED);
    }
    return risk.reviewBy(date(now).plusDays(90)).build();
  }

  /** A review of the latest completed risk assessment, completed a few hours from now. */
  private void reviewRisk() {
    RiskAssessment latest =
        riskAssessments.stream()
            .filter(risk -> risk.status() == AssessmentStatus.COMPLETED)
            .reduce((first, second) -> second)
            .orElseThrow();
    Instant started = now;
    advanceHours(1, 6);
    riskAssessments.add(
        new RiskAssessment.Builder()
            .from(latest)
            .id(RiskAssessmentId.of(nextId("risk")))
            .startedAt(started)
            .completedAt(now)
            .build());
  }

  private void acknowledge(AcknowledgementLevel... levels) {
    for (PartyId id : responsibleParties()) {
      Party party = cast.party(id);
      List<Acknowledgement> acknowledgements = new ArrayList<>(party.acknowledgements());
      for (AcknowledgementLevel level : levels) {
        if (!party.hasAcknowledged(level)) {
          Acknowledgement.Builder acknowledgement =
              new Acknowledgement.Builder()
                  .level(level)
                  .acknowledgedOn(date(now))
                  .recordedBy(ADMIN);
          if (party.isOrganisation()) {
            cast.spokesperson.ifPresent(acknowledgement::spokesperson);
          }
          acknowledgements.add(acknowledgement.build());
        }
      }
      cast.replace(party.withAcknowledgements(acknowledgements));
    }
  }

  private List<PartyId> responsibleParties() {
    return cast.parties.stream()
        .filter(
            p ->
                p.role().isResponsible()
                    || (p.role() == PartyRole.ORGANISATION
                        && cast.context == HarmContext.ORGANISATION_ON_PERSON))
        .map(Party::id)
        .toList();
  }

  // ---------------------------------------------------------------- preparation

  private void enterPreparation(boolean stopHere) {
    advanceDays(1, 7);
    acknowledge(
        AcknowledgementLevel.FACTS,
        AcknowledgementLevel.OWN_PART,
        AcknowledgementLevel.HARM_CAUSED,
        AcknowledgementLevel.WILLING_TO_REPAIR);
    advanceDays(1, 5);
    for (PartyId id : cast.participants()) {
      consents.add(participationConsent(cast.party(id)));
    }
    if (rng.chance(0.4)) {
      sharingConsentAndDisclosure();
    }
    riskAssessments.add(riskAssessment(true));
    if (harms.get(0).isSensitive()) {
      advanceHours(4, 48);
      signOffs.add(
          new SupervisorSignOff.Builder()
              .id(SignOffId.of(nextId("signoff")))
              .supervisor(supervisor)
              .signedAt(now)
              .subject(SignOffSubject.SENSITIVE_CASE_PROCEEDS)
              .decision(SignOffDecision.APPROVED)
              .build());
    }
    advanceHours(2, 30);
    changeStage(Stage.PREPARATION);
    if (stopHere) {
      advanceDays(1, 5);
      prepare(cast.participants().subList(0, 1));
    }
  }

  private Consent participationConsent(Party party) {
    advanceHours(1, 30);
    Consent.Builder consent =
        new Consent.Builder()
            .id(ConsentId.of(nextId("consent")))
            .party(party.id())
            .kind(ConsentKind.PARTICIPATION)
            .participation(ParticipationScope.of(cast.processType, medium(processes.get(0))))
            .obtainedBy(ADMIN)
            .informationProvided(
                InformationProvided.of(
                    LEAFLET,
                    "3",
                    EnumSet.of(
                        InformationTopic.PROCESS,
                        InformationTopic.POSSIBLE_OUTCOMES,
                        InformationTopic.MONITORING_OF_OUTCOMES,
                        InformationTopic.RIGHT_TO_WITHDRAW,
                        InformationTopic.CONFIDENTIALITY_LIMITS)))
            .confidentialityLimitsExplained(true)
            .reviewDueOn(date(now).plusDays(60));
    boolean easyRead =
        party.communicationNeeds().contains(CommunicationNeed.EASY_READ)
            || party.communicationNeeds().contains(CommunicationNeed.LEARNING_DISABILITY);
    consent.method(easyRead ? ConsentMethod.ALTERNATIVE_FORMAT : ConsentMethod.WRITTEN_SIGNED);
    if (party.reasonToDoubtCapacity()) {
      CapacityAssessment assessment = capacityAssessment(party);
      capacityAssessments.add(assessment);
      consent.capacityBasis(CapacityBasis.assessed(assessment.id()));
      advanceHours(1, 6);
    } else if (party.personType() != PersonType.ORGANISATION) {
      consent.capacityBasis(CapacityBasis.presumed());
    }
    if (party.ageBandOn(date(now)).filter(AgeBand::usesGillickCompetence).isPresent()) {
      CompetenceAssessment assessment =
          new CompetenceAssessment.Builder()
              .id(CompetenceAssessmentId.of(nextId("gillick")))
              .party(party.id())
              .assessedAt(now)
              .assessor(ADMIN)
              .processType(cast.processType)
              .understandsIssues(true)
              .understandsRisksAndOptions(true)
              .canGiveReasons(true)
              .maturityConsidered(true)
              .outcome(CompetenceOutcome.COMPETENT)
              .build();
      competenceAssessments.add(assessment);
      consent.competenceBasis(assessment.id());
      advanceHours(1, 6);
    }
    if (party.isDetained() || party.personType() == PersonType.STAFF_MEMBER) {
      consent.voluntariness(VoluntarinessCheck.of(now, true));
    }
    if (party.communicationNeeds().contains(CommunicationNeed.INTERPRETER)) {
      interpreter.ifPresent(consent::interpreter);
    }
    return consent.status(ConsentStatus.GIVEN).obtainedAt(now).build();
  }

  private static Medium medium(RestorativeProcess process) {
    return process.medium();
  }

  private CapacityAssessment capacityAssessment(Party party) {
    Set<PartyId> counterparts = new java.util.LinkedHashSet<>(cast.principalParticipants());
    counterparts.remove(party.id());
    return new CapacityAssessment.Builder()
        .id(CapacityAssessmentId.of(nextId("mca")))
        .party(party.id())
        .decision(
            new CapacityDecision.Builder()
                .description("Whether to take part in the restorative process offered")
                .processType(cast.processType)
                .addAllCounterparties(counterparts)
                .build())
        .assessedAt(now)
        .assessor(ActorId.of("staff-psychologist"))
        .reasonForDoubt("Recent change in mental state noted by the treating team")
        .addPracticableStep(PracticableStep.of(PracticableStepType.SIMPLE_LANGUAGE))
        .addPracticableStep(PracticableStep.of(PracticableStepType.TIMING, "Seen in the afternoon"))
        .relevantInformationProvided(true)
        .functional(FunctionalTest.ableOnEveryLimb())
        .outcome(CapacityOutcome.HAS_CAPACITY)
        .notBasedSolelyOnStatus(true)
        .testOrder(TestOrder.FUNCTIONAL_FIRST)
        .reassessBy(date(now).plusDays(45))
        .build();
  }

  private void sharingConsentAndDisclosure() {
    PartyId subject = cast.responsible;
    Recipient team =
        Recipient.organisation(RecipientType.CLINICAL_TEAM, "Treating team, Cedar Ward");
    advanceHours(1, 8);
    Consent consent =
        new Consent.Builder()
            .id(ConsentId.of(nextId("consent")))
            .party(subject)
            .kind(ConsentKind.DISCLOSURE_CONFIDENTIALITY)
            .sharing(SharingScope.of(team, SharingPurpose.SAFETY_AND_RISK_MANAGEMENT))
            .status(ConsentStatus.GIVEN)
            .obtainedAt(now)
            .obtainedBy(ADMIN)
            .method(ConsentMethod.WRITTEN_SIGNED)
            .build();
    consents.add(consent);
    advanceHours(2, 24);
    disclosures.add(
        new Disclosure.Builder()
            .id(DisclosureId.of(nextId("disclosure")))
            .subject(subject)
            .recipient(team)
            .disclosedAt(now)
            .by(ADMIN)
            .medium(Medium.WRITTEN)
            .addItem(DisclosedItem.RISK_INFORMATION)
            .purpose(SharingPurpose.SAFETY_AND_RISK_MANAGEMENT)
            .consent(consent.id())
            .fromMinimumDataset(true)
            .build());
  }

  private void prepare(List<PartyId> parties) {
    for (PartyId id : parties) {
      advanceHours(2, 48);
      PreparationContact.Builder contact =
          new PreparationContact.Builder()
              .id(PreparationContactId.of(nextId("prep")))
              .party(id)
              .process(ProcessId.of("process-1"))
              .at(now)
              .medium(Medium.IN_PERSON)
              .by(FacilitatorId.of("fac-lead"))
              .addTopics(
                  PreparationTopic.PROCESS_EXPLAINED,
                  PreparationTopic.EXPECTATIONS,
                  PreparationTopic.RIGHT_TO_WITHDRAW,
                  PreparationTopic.GROUND_RULES,
                  PreparationTopic.SAFETY_PLAN)
              .notes("Talked through what might be said and how to ask for a break");
      if (cast.supporter.isPresent()) {
        // Rule 30: each side hears who the supporters will be and may object.
        contact.addTopics(PreparationTopic.SUPPORTERS);
      }
      preparationContacts.add(contact.build());
    }
  }

  // ---------------------------------------------------------------- intervention

  private void enterIntervention(boolean stopHere) {
    List<PartyId> participants = cast.participants();
    prepare(participants);
    ProcessType type = cast.processType;
    boolean meetingBased = !type.isIndirect();
    MeetingId meetingId = MeetingId.of("meeting-1");
    VenueType venue = venue();
    advanceHours(4, 48);
    Instant meetingStart = now.plus(Duration.ofDays(rng.between(3, 10)));
    boolean leaveGranted = false;
    if (meetingBased) {
      for (PartyId id : participants) {
        Party party = cast.party(id);
        if (party.isInpatientOrForensic() && clinicalConsultee.isPresent()) {
          consultations.add(
              new ClinicalConsultation.Builder()
                  .id(ConsultationId.of(nextId("consult")))
                  .patient(id)
                  .consultee(clinicalConsultee.get())
                  .consultedAt(now)
                  .addTopics(
                      ConsultationTopic.MENTAL_STATE,
                      ConsultationTopic.RISK,
                      ConsultationTopic.TIMING)
                  .advice(ConsultationAdvice.SUPPORTS_PROCEEDING)
                  .build());
        }
        if (party.isDetained()
            && (venue == VenueType.HOSPITAL_GROUNDS || venue == VenueType.OFF_SITE)) {
          grantLeave(party, venue, date(meetingStart));
          leaveGranted = true;
        }
      }
      if (leaveGranted) {
        // Rule 20: a change of leave is followed by a risk review before intervention.
        reviewRisk();
      }
      if (type.isDirect()) {
        Set<SafetyMeasure> measures =
            EnumSet.of(
                SafetyMeasure.SEPARATE_ARRIVAL,
                SafetyMeasure.SEPARATE_WAITING_AREAS,
                SafetyMeasure.STAFF_PRESENT,
                SafetyMeasure.NEVER_LEFT_ALONE,
                SafetyMeasure.EXIT_AND_STOP_PROCEDURE,
                SafetyMeasure.POST_MEETING_SUPPORT);
        if (type == ProcessType.VIDEO_MEETING) {
          measures.add(SafetyMeasure.DISCONNECTION_PLAN);
        }
        safetyPlans.add(
            new SafetyPlan.Builder()
                .id(SafetyPlanId.of(nextId("safety")))
                .meeting(meetingId)
                .agreedAt(now)
                .addAllMeasures(measures)
                .build());
      }
    }
    advanceHours(1, 24);
    reconfirmConsents(participants);
    advanceHours(1, 12);
    changeStage(Stage.INTERVENTION);
    processes.set(0, processes.get(0).withStatus(ProcessStatus.IN_PROGRESS));
    if (meetingBased) {
      boolean held = !stopHere || rng.chance(0.6);
      meetings.add(meeting(meetingId, venue, meetingStart, held));
      now = meetingStart.plus(Duration.ofMinutes(held ? 150 : 0));
      if (held) {
        recordQuestionSetUse(meetingId, meetingStart);
      }
    } else {
      exchangeMessages(stopHere ? 1 : 2);
    }
  }

  private VenueType venue() {
    if (cast.processType == ProcessType.VIDEO_MEETING) {
      return VenueType.ONLINE;
    }
    boolean patientOnWard = cast.parties.stream().anyMatch(Party::isInpatientOrForensic);
    if (!patientOnWard) {
      return VenueType.OFF_SITE;
    }
    return rng.pick(VenueType.ON_WARD, VenueType.ON_WARD, VenueType.HOSPITAL_GROUNDS);
  }

  private void grantLeave(Party party, VenueType venue, LocalDate day) {
    LeaveType type = venue == VenueType.OFF_SITE ? LeaveType.COMMUNITY : LeaveType.GROUND;
    LeaveAuthority authority =
        party.isRestrictedPatient() && type == LeaveType.COMMUNITY
            ? LeaveAuthority.RC_AND_SOSJ
            : LeaveAuthority.RC;
    List<LeaveAuthorisation> leave = new ArrayList<>(party.leaveAuthorisations());
    leave.add(
        new LeaveAuthorisation.Builder()
            .type(type)
            .escort(Escort.ESCORTED)
            .authorisedBy(authority)
            .validFrom(date(now))
            .validTo(day.plusDays(30))
            .purpose("To attend a restorative meeting")
            .build());
    cast.replace(party.withLeaveAuthorisations(leave));
  }

  private void reconfirmConsents(List<PartyId> participants) {
    for (int i = 0; i < consents.size(); i++) {
      Consent consent = consents.get(i);
      if (consent.kind() == ConsentKind.PARTICIPATION && participants.contains(consent.party())) {
        advanceMinutes(10, 90);
        consents.set(
            i, consent.reconfirmedBy(Reconfirmation.of(now, ADMIN, ConsentMethod.WRITTEN_SIGNED)));
      }
    }
  }

  private Meeting meeting(MeetingId id, VenueType venue, Instant start, boolean held) {
    Meeting.Builder meeting =
        new Meeting.Builder()
            .id(id)
            .process(ProcessId.of("process-1"))
            .status(held ? MeetingStatus.HELD : MeetingStatus.SCHEDULED)
            .startAt(start)
            .venue(Venue.of(venue))
            .medium(processes.get(0).medium());
    if (held) {
      meeting.endAt(start.plus(Duration.ofMinutes(90 + rng.below(60))));
    }
    for (PartyId id2 : cast.participants()) {
      Party party = cast.party(id2);
      meeting.addAttendee(
          new Attendee.Builder()
              .party(id2)
              .escorted(party.isDetained() && venue != VenueType.ON_WARD)
              .attendance(held ? AttendanceStatus.ATTENDED : AttendanceStatus.EXPECTED)
              .build());
      for (Adjustment adjustment : party.adjustments()) {
        if (adjustment.type() == AdjustmentType.INTERPRETER_BOOKED && interpreter.isPresent()) {
          meeting.addAdjustment(ArrangedAdjustment.of(id2, adjustment.type(), interpreter.get()));
        } else {
          meeting.addAdjustment(ArrangedAdjustment.of(id2, adjustment.type()));
        }
      }
    }
    facilitators.forEach(f -> meeting.addFacilitator(f.id()));
    interpreter.ifPresent(meeting::addProfessional);
    return meeting.build();
  }

  private void recordQuestionSetUse(MeetingId meeting, Instant at) {
    QuestionSetRef set =
        cast.processType == ProcessType.RESTORATIVE_JUST_CULTURE_REVIEW
            ? QuestionSetRef.of(QuestionCatalogue.DEKKER_RESTORATIVE_JUST_CULTURE, 1)
            : QuestionSetRef.of(QuestionCatalogue.IIRP_RESPONSIBLE, 1);
    QuestionSetUse.Builder use =
        new QuestionSetUse.Builder()
            .id(QuestionSetUseId.of(nextId("qs")))
            .questionSet(set)
            .usedAt(at)
            .meeting(meeting);
    int questions = set.id().equals(QuestionCatalogue.IIRP_RESPONSIBLE) ? 6 : 3;
    PartyId respondent =
        cast.processType == ProcessType.RESTORATIVE_JUST_CULTURE_REVIEW
            ? cast.harmed
            : cast.responsible;
    for (int ordinal = 1; ordinal <= questions; ordinal++) {
      if (rng.chance(0.7)) {
        use.addResponse(Response.of(respondent, ordinal, SyntheticText.answer(rng)));
      }
    }
    questionSetUses.add(use.build());
  }

  private void exchangeMessages(int rounds) {
    advanceDays(2, 6);
    for (int round = 1; round <= rounds; round++) {
      PartyId sender = round % 2 == 1 ? cast.responsible : cast.harmed;
      PartyId recipient = round % 2 == 1 ? cast.harmed : cast.responsible;
      Instant drafted = now;
      advanceDays(1, 4);
      Instant reviewed = now;
      advanceDays(1, 3);
      messages.add(
          new Message.Builder()
              .id(MessageId.of(nextId("message")))
              .process(ProcessId.of("process-1"))
              .sender(sender)
              .addRecipients(recipient)
              .medium(processes.get(0).medium())
              .round(round)
              .status(MessageStatus.MESSAGE_DELIVERED)
              .draftedAt(drafted)
              .review(
                  MessageReview.of(FacilitatorId.of("fac-lead"), reviewed, ReviewDecision.APPROVED))
              .deliveredAt(now)
              .content(SyntheticText.letter(rng))
              .build());
      advanceDays(3, 12);
    }
  }

  // ---------------------------------------------------------------- outcome agreement and after

  private void enterOutcomeAgreement(boolean stopHere) {
    advanceMinutes(5, 30);
    changeStage(Stage.OUTCOME_AGREEMENT);
    AgreementId id = AgreementId.of("agreement-1");
    boolean draft = stopHere && rng.chance(0.3);
    OutcomeAgreement.Builder agreement =
        new OutcomeAgreement.Builder()
            .id(id)
            .process(ProcessId.of("process-1"))
            .createdAt(now)
            .status(draft ? AgreementStatus.DRAFT : AgreementStatus.AGREED)
            // no question set: the shipped agreement-phase set is UNVERIFIED, not for use (rule 50)
            .monitoring(
                new Monitoring.Builder()
                    .monitor(PartyOrRole.role("Restorative practice lead"))
                    .method(MonitoringMethod.CHECK_IN_WITH_PARTIES)
                    .addReviewDate(date(now).plusDays(28))
                    .addReviewDate(date(now).plusDays(56))
                    .build());
    meetings.stream().findFirst().ifPresent(m -> agreement.meeting(m.id()));
    if (!draft) {
      for (PartyId party : cast.principalParticipants()) {
        agreement.addPartyAgreement(PartyAgreement.of(party, ConsentMethod.WRITTEN_SIGNED, now));
      }
    }
    agreements.add(agreement.build());
    LocalDate today = date(now);
    actions.add(
        action(id, ActionType.APOLOGY_WRITTEN, "Write a letter of apology", cast.responsible)
            .dueOn(today.plusDays(14 + rng.below(14)))
            .build());
    actions.add(
        action(
                id,
                ActionType.BEHAVIOURAL_COMMITMENT,
                "Keep to the agreed ward routine",
                cast.responsible)
            .reviewOn(today.plusDays(30))
            .build());
    if (rng.chance(0.5)) {
      actions.add(
          action(
                  id,
                  ActionType.EXPLANATION_OR_ANSWERS,
                  "Answer the questions raised",
                  cast.responsible)
              .dueOn(today.plusDays(21))
              .build());
    }
  }

  private Action.Builder action(
      AgreementId agreement, ActionType type, String what, PartyId owner) {
    return new Action.Builder()
        .id(ActionId.of(nextId("action")))
        .agreement(agreement)
        .type(type)
        .description(what)
        .owner(PartyOrRole.party(owner))
        .addBeneficiary(cast.harmed)
        .monitoringMethod(MonitoringMethod.CHECK_IN_WITH_PARTIES)
        .monitor(PartyOrRole.role("Restorative practice lead"))
        .successCriteria("The person harmed confirms it was done")
        .status(ActionStatus.PENDING);
  }

  private void enterFollowUp() {
    advanceDays(1, 4);
    agreements.set(0, agreements.get(0).withStatus(AgreementStatus.IN_MONITORING));
    changeStage(Stage.FOLLOW_UP);
    advanceDays(3, 14);
    for (int i = 0; i < actions.size(); i++) {
      Action started =
          actions.get(i).withStatusChange(StatusChange.of(ActionStatus.IN_PROGRESS, now));
      advanceDays(1, 10);
      actions.set(i, i == 0 ? complete(started) : started);
    }
  }

  private Action complete(Action action) {
    Instant done = now;
    advanceHours(2, 72);
    return action
        .withStatusChange(StatusChange.of(ActionStatus.COMPLETED, done))
        .withEvidenceNotes("Seen by the facilitator")
        .withHarmedInformedAt(now);
  }

  private void finishActions(boolean partial) {
    for (int i = 0; i < actions.size(); i++) {
      Action action = actions.get(i);
      if (action.isTerminal()) {
        continue;
      }
      advanceDays(2, 20);
      if (partial && i == actions.size() - 1) {
        Instant ended = now;
        advanceHours(2, 48);
        actions.set(
            i,
            action
                .withStatusChange(
                    new StatusChange.Builder()
                        .to(ActionStatus.NOT_COMPLETED)
                        .at(ended)
                        .reason(NotCompletedReason.NO_LONGER_POSSIBLE)
                        .build())
                .withHarmedInformedAt(now));
      } else {
        actions.set(i, complete(action));
      }
    }
    agreements.set(
        0,
        agreements
            .get(0)
            .withStatus(partial ? AgreementStatus.PARTIALLY_COMPLETED : AgreementStatus.COMPLETED));
  }

  private void enterClosure() {
    advanceDays(1, 10);
    processes.set(0, processes.get(0).endedAs(ProcessStatus.CONCLUDED, now));
    changeStage(Stage.CLOSURE);
    for (PartyId id : cast.participants()) {
      advanceHours(1, 24);
      Party party = cast.party(id);
      Evaluation.Builder evaluation =
          new Evaluation.Builder()
              .id(EvaluationId.of(nextId("evaluation")))
              .party(id)
              .roleAtTime(party.role())
              .offeredAt(now)
              .completedProcess(true);
      if (rng.chance(0.7)) {
        advanceHours(24, 240);
        evaluation
            .uptake(EvaluationUptake.COMPLETED)
            .completedAt(now)
            .satisfaction(rng.weighted(List.of(Satisfaction.values()), 2, 3, 10, 45, 40))
            .wouldRecommend(rng.chance(0.78))
            .feltAfter(rng.weighted(List.of(FeltAfter.values()), 62, 36, 2))
            .proceduralFairness(rng.between(3, 5));
      } else {
        evaluation.uptake(
            rng.pick(EvaluationUptake.OFFERED_DECLINED, EvaluationUptake.OFFERED_NO_RESPONSE));
      }
      evaluations.add(evaluation.build());
    }
  }

  // ---------------------------------------------------------------- leaving the main line

  private void close(Stage closedState) {
    advanceDays(1, 7);
    closure = Optional.of(new Closure.Builder().closedAt(now).build());
    event(CaseEventType.CLOSED, Optional.of(stage), Optional.of(closedState));
    stage = closedState;
  }

  private void pauseFrom(Stage from) {
    advanceDays(1, 10);
    List<PauseReason> reasons =
        new ArrayList<>(
            List.of(
                PauseReason.MENTAL_STATE_CHANGE,
                PauseReason.PARTY_UNAVAILABLE,
                PauseReason.SAFEGUARDING_ENQUIRY,
                PauseReason.TRIBUNAL_PENDING));
    if (cast.parties.stream().anyMatch(Party::isRestrictedPatient)) {
      reasons.add(PauseReason.AWAITING_MOJ_LEAVE_DECISION);
    }
    if (harms.get(0).legalStatus().isProceedingsPending()) {
      reasons.add(PauseReason.PENDING_CRIMINAL_PROCEEDINGS);
    }
    PauseReason reason = rng.pick(reasons);
    if (reason == PauseReason.SAFEGUARDING_ENQUIRY) {
      Instant raised = now;
      advanceHours(2, 24);
      safeguardingConcerns.add(
          new SafeguardingConcern.Builder()
              .id(SafeguardingConcernId.of(nextId("safeguarding")))
              .raisedAt(raised)
              .raisedBy(ADMIN)
              .addAbout(cast.harmed)
              .referralRef("SG-" + (1000 + rng.below(8999)))
              .description("Disclosure during preparation of a concern at home")
              .pauseDecision(
                  new PauseDecision.Builder()
                      .decidedAt(now)
                      .pause(true)
                      .decidedBy(OWNER)
                      .rationale("Enquiry to conclude before any contact")
                      .build())
              .build());
    }
    pause =
        Optional.of(
            new Pause.Builder()
                .pausedFrom(from)
                .reason(reason)
                .since(now)
                .reviewOn(date(now).plusDays(28))
                .build());
    CaseEvent.Builder event =
        eventBuilder(CaseEventType.PAUSED).fromStage(from).toStage(Stage.PAUSED);
    history.add(event.pauseReason(reason).build());
    stage = Stage.PAUSED;
  }

  private void closeNotProceeding(Stage from) {
    advanceDays(1, 14);
    NotProceedingReason reason =
        from == Stage.REFERRAL
            ? rng.pick(
                NotProceedingReason.OUT_OF_SCOPE,
                NotProceedingReason.DUPLICATE,
                NotProceedingReason.PARTY_UNCONTACTABLE)
            : rng.pick(
                NotProceedingReason.HARMED_DECLINED,
                NotProceedingReason.RESPONSIBLE_DECLINED,
                NotProceedingReason.RISK_UNMANAGEABLE,
                NotProceedingReason.CLINICAL_CONTRAINDICATION,
                NotProceedingReason.SERVICE_CAPACITY);
    closure = Optional.of(new Closure.Builder().closedAt(now).notProceedingReason(reason).build());
    history.add(
        eventBuilder(CaseEventType.CLOSED_NOT_PROCEEDING)
            .fromStage(from)
            .toStage(Stage.CLOSED_NOT_PROCEEDING)
            .notProceedingReason(reason)
            .build());
    stage = Stage.CLOSED_NOT_PROCEEDING;
  }

  private void withdrawAndClose(Stage from) {
    advanceDays(1, 10);
    PartyId who = rng.chance(0.5) ? cast.harmed : cast.responsible;
    Withdrawal.Builder withdrawal =
        new Withdrawal.Builder()
            .party(who)
            .at(now)
            .scope(WithdrawalScope.WHOLE_PROCESS)
            .recordedBy(ADMIN);
    if (rng.chance(0.3)) {
      withdrawal.reason("Does not feel able to go on at the moment");
    }
    Withdrawal done = withdrawal.build();
    withdrawals.add(done);
    for (int i = 0; i < consents.size(); i++) {
      Consent consent = consents.get(i);
      if (consent.party().equals(who) && consent.kind() == ConsentKind.PARTICIPATION) {
        consents.set(i, consent.withdrawnBy(done));
      }
    }
    for (int i = 0; i < meetings.size(); i++) {
      Meeting meeting = meetings.get(i);
      if (meeting.status() == MeetingStatus.SCHEDULED) {
        meetings.set(
            i,
            meeting.withStatus(MeetingStatus.ABANDONED).withStopReason(StopReason.PARTY_WITHDREW));
      }
    }
    processes.set(0, processes.get(0).endedAs(ProcessStatus.HALTED, now));
    history.add(eventBuilder(CaseEventType.WITHDRAWAL_RECORDED).party(who).build());
    advanceHours(1, 48);
    closure = Optional.of(new Closure.Builder().closedAt(now).build());
    history.add(
        eventBuilder(CaseEventType.CLOSED_WITHDRAWN)
            .fromStage(from)
            .toStage(Stage.CLOSED_WITHDRAWN)
            .build());
    stage = Stage.CLOSED_WITHDRAWN;
  }

  // ---------------------------------------------------------------- plumbing

  private void changeStage(Stage to) {
    event(CaseEventType.STAGE_CHANGED, Optional.of(stage), Optional.of(to));
    stage = to;
  }

  private void event(CaseEventType type, Optional<Stage> from, Optional<Stage> to) {
    history.add(eventBuilder(type).fromStage(from).toStage(to).build());
  }

  private CaseEvent.Builder eventBuilder(CaseEventType type) {
    CaseEvent.Builder builder = new CaseEvent.Builder();
    builder.id(EventId.of(nextId("event"))).at(now).by(OWNER).type(type);
    advanceMinutes(1, 5);
    return builder;
  }

  private RestorativeCase build() {
    LocalDate latest = date(now);
    List<Facilitator> current =
        facilitators.stream()
            .map(
                f ->
                    f.withLastSupervisionOn(latest.minusDays(rng.below(30)))
                        .withLastObservedPracticeOn(latest.minusDays(30 + rng.below(270))))
            .toList();
    return new RestorativeCase.Builder()
        .id(caseId)
        .stage(stage)
        .referral(referral)
        .addAllHarms(harms)
        .addAllParties(cast.parties)
        .addAllFacilitators(current)
        .addAllProfessionals(professionals)
        .addAllConsents(consents)
        .addAllCapacityAssessments(capacityAssessments)
        .addAllCompetenceAssessments(competenceAssessments)
        .addAllWithdrawals(withdrawals)
        .addAllDisclosures(disclosures)
        .addAllRiskAssessments(riskAssessments)
        .addAllSafetyPlans(safetyPlans)
        .addAllConsultations(consultations)
        .addAllSignOffs(signOffs)
        .addAllSafeguardingConcerns(safeguardingConcerns)
        .addAllProcesses(processes)
        .addAllPreparationContacts(preparationContacts)
        .addAllMeetings(meetings)
        .addAllMessages(messages)
        .addAllQuestionSetUses(questionSetUses)
        .addAllAgreements(agreements)
        .addAllActions(actions)
        .addAllEvaluations(evaluations)
        .addAllHistory(history)
        .pause(pause)
        .closure(closure)
        .build();
  }

  private String nextId(String kind) {
    counter++;
    return kind + "-" + counter;
  }

  private void advanceDays(int low, int high) {
    now =
        now.plus(Duration.ofDays(rng.between(low, high))).plus(Duration.ofMinutes(rng.below(240)));
  }

  private void advanceHours(int low, int high) {
    now = now.plus(Duration.ofHours(rng.between(low, high)));
  }

  private void advanceMinutes(int low, int high) {
    now = now.plus(Duration.ofMinutes(rng.between(low, high)));
  }

  static LocalDate date(Instant instant) {
    return LocalDate.ofInstant(instant, LONDON);
  }
}
