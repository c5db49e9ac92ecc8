package org.restorative.cli;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.restorative.core.assessment.AssessmentStatus;
import org.restorative.core.assessment.AttendeeFinding;
import org.restorative.core.assessment.ClinicalConsultation;
import org.restorative.core.assessment.ConsultationAdvice;
import org.restorative.core.assessment.ConsultationId;
import org.restorative.core.assessment.ConsultationTopic;
import org.restorative.core.assessment.RiskAssessment;
import org.restorative.core.assessment.RiskAssessmentId;
import org.restorative.core.assessment.RiskDomain;
import org.restorative.core.assessment.RiskLevel;
import org.restorative.core.assessment.RiskOutcome;
import org.restorative.core.assessment.SafetyMeasure;
import org.restorative.core.assessment.SafetyPlan;
import org.restorative.core.assessment.SafetyPlanId;
import org.restorative.core.assessment.SignOffDecision;
import org.restorative.core.assessment.SignOffId;
import org.restorative.core.assessment.SignOffSubject;
import org.restorative.core.assessment.SupervisorSignOff;
import org.restorative.core.casefile.CaseId;
import org.restorative.core.casefile.Referral;
import org.restorative.core.casefile.ReferralSource;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.casefile.Stage;
import org.restorative.core.consent.CapacityAssessment;
import org.restorative.core.consent.CapacityAssessmentId;
import org.restorative.core.consent.CapacityBasis;
import org.restorative.core.consent.CapacityDecision;
import org.restorative.core.consent.CapacityOutcome;
import org.restorative.core.consent.Consent;
import org.restorative.core.consent.ConsentId;
import org.restorative.core.consent.ConsentKind;
import org.restorative.core.consent.ConsentMethod;
import org.restorative.core.consent.ConsentStatus;
import org.restorative.core.consent.FunctionalTest;
import org.restorative.core.consent.InformationProvided;
import org.restorative.core.consent.InformationTopic;
import org.restorative.core.consent.ParticipationScope;
import org.restorative.core.consent.PracticableStep;
import org.restorative.core.consent.PracticableStepType;
import org.restorative.core.consent.Reconfirmation;
import org.restorative.core.consent.TestOrder;
import org.restorative.core.consent.VoluntarinessCheck;
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
import org.restorative.core.harm.Setting;
import org.restorative.core.outcome.Action;
import org.restorative.core.outcome.ActionId;
import org.restorative.core.outcome.ActionStatus;
import org.restorative.core.outcome.ActionType;
import org.restorative.core.outcome.AgreementId;
import org.restorative.core.outcome.AgreementStatus;
import org.restorative.core.outcome.ConfidentialityTerms;
import org.restorative.core.outcome.Evaluation;
import org.restorative.core.outcome.EvaluationId;
import org.restorative.core.outcome.EvaluationUptake;
import org.restorative.core.outcome.FeltAfter;
import org.restorative.core.outcome.Monitoring;
import org.restorative.core.outcome.MonitoringMethod;
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
import org.restorative.core.party.CareContext;
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
import org.restorative.core.party.MentalHealthActStatus;
import org.restorative.core.party.MhaStatus;
import org.restorative.core.party.Party;
import org.restorative.core.party.PartyId;
import org.restorative.core.party.PartyRelationship;
import org.restorative.core.party.PartyRole;
import org.restorative.core.party.PersonType;
import org.restorative.core.party.Professional;
import org.restorative.core.party.ProfessionalId;
import org.restorative.core.party.ProfessionalRole;
import org.restorative.core.party.SpeakingRole;
import org.restorative.core.party.TrainingLevel;
import org.restorative.core.party.TrainingRecord;
import org.restorative.core.party.VulnerabilityFlag;
import org.restorative.core.process.ArrangedAdjustment;
import org.restorative.core.process.AttendanceStatus;
import org.restorative.core.process.Attendee;
import org.restorative.core.process.Medium;
import org.restorative.core.process.Meeting;
import org.restorative.core.process.MeetingId;
import org.restorative.core.process.MeetingStatus;
import org.restorative.core.process.PreparationContact;
import org.restorative.core.process.PreparationContactId;
import org.restorative.core.process.PreparationTopic;
import org.restorative.core.process.ProcessId;
import org.restorative.core.process.ProcessStatus;
import org.restorative.core.process.ProcessType;
import org.restorative.core.process.RestorativeProcess;
import org.restorative.core.process.Venue;
import org.restorative.core.process.VenueType;
import org.restorative.core.questions.QuestionCatalogue;
import org.restorative.core.questions.QuestionSetRef;
import org.restorative.core.questions.QuestionSetUse;
import org.restorative.core.questions.QuestionSetUseId;
import org.restorative.core.questions.Response;

/**
 * The records of the demonstration case, stage by stage: a patient detained under a hospital order
 * with restrictions (s37/41) on a medium secure ward, with autism-related communication needs, who
 * assaulted a nurse during the evening medication round. The nurse asks for a restorative
 * conference; a colleague supports her.
 *
 * <p>Each method adds what the practice records at one point of the case and returns the new case.
 * Every moment is fixed, so the demonstration gives the same case on every run; every name and text
 * is invented. The ids name roles ({@code p-patient}, {@code p-nurse}), never people.
 */
final class DemoCase {

  /** The case's id. */
  static final CaseId ID = CaseId.of("DEMO-0001");

  /** The restorative practice lead, who owns the case and makes its moves. */
  static final ActorId LEAD = ActorId.of("staff-rp-lead");

  static final PartyId PATIENT = PartyId.of("p-patient");
  static final PartyId NURSE = PartyId.of("p-nurse");
  static final PartyId COLLEAGUE = PartyId.of("p-colleague");

  static final FacilitatorId LEAD_FACILITATOR = FacilitatorId.of("fac-lead");
  static final FacilitatorId CO_FACILITATOR = FacilitatorId.of("fac-co");
  static final ProfessionalId SUPERVISOR = ProfessionalId.of("prof-supervisor");
  static final ProfessionalId RESPONSIBLE_CLINICIAN = ProfessionalId.of("prof-rc");
  static final ProfessionalId MHCS = ProfessionalId.of("prof-mhcs");

  static final HarmId HARM = HarmId.of("harm-1");
  static final ProcessId PROCESS = ProcessId.of("process-1");
  static final MeetingId CONFERENCE = MeetingId.of("meeting-1");
  static final AgreementId AGREEMENT = AgreementId.of("agreement-1");
  static final ActionId APOLOGY = ActionId.of("action-apology");
  static final ActionId SIGNAL_CARD = ActionId.of("action-signal-card");

  private static final ProcessType CONFERENCE_TYPE = ProcessType.FACE_TO_FACE_CONFERENCE;
  private static final Instant MEETING_START = at("2026-04-21T13:00");
  private static final Instant MEETING_END = at("2026-04-21T15:05");
  private static final PartyOrRole PRACTICE_LEAD = PartyOrRole.role("Restorative practice lead");

  private DemoCase() {}

  /**
   * A fixed moment, written as a UTC date and time without seconds.
   *
   * @param utc such as {@code 2026-03-09T10:00}
   * @return the moment
   */
  static Instant at(String utc) {
    return Instant.parse(utc + ":00Z");
  }

  // ------------------------------------------------------------------------------- referral

  /**
   * The case as referred: the harm, the three people, and the referral itself.
   *
   * @return the case at {@link Stage#REFERRAL}
   */
  static RestorativeCase referral() {
    Harm harm =
        new Harm.Builder()
            .id(HARM)
            .addExternalIncidentRef(ExternalIncidentRef.of("trust-incident-system", "INC-204117"))
            .occurred(Occurrence.of(at("2026-03-02T19:40"), OccurrencePrecision.EXACT))
            .reportedOn(LocalDate.of(2026, 3, 2))
            .setting(Setting.MEDIUM_SECURE)
            .context(HarmContext.PATIENT_ON_STAFF)
            .addTypes(HarmType.PHYSICAL, HarmType.PSYCHOLOGICAL_EMOTIONAL)
            .severity(HarmSeverity.nrls(NrlsGrade.MODERATE))
            .addSensitiveFlag(SensitiveFlag.SERIOUS_VIOLENCE)
            .legalStatus(LegalStatus.REPORTED_NO_FURTHER_ACTION)
            .addInvolvedPerson(InvolvedPerson.of(NURSE, RoleInHarm.HARMED))
            .addInvolvedPerson(InvolvedPerson.of(PATIENT, RoleInHarm.RESPONSIBLE))
            .relationship(PartyRelationship.STAFF_PATIENT)
            .ongoingCoexistence(true)
            .narrative(
                "During a crowded and noisy evening medication round the patient pushed past the"
                    + " queue and struck the nurse twice, injuring her wrist.")
            .build();
    Party patient =
        new Party.Builder()
            .id(PATIENT)
            .role(PartyRole.PERSON_RESPONSIBLE)
            .personType(PersonType.PATIENT)
            .name("Rowan Tilsley")
            .dateOfBirth(LocalDate.of(1994, 7, 19))
            .careContext(CareContext.FORENSIC_INPATIENT)
            .mentalHealthAct(
                new MentalHealthActStatus.Builder()
                    .section(MhaStatus.S37_41)
                    .since(LocalDate.of(2023, 5, 10))
                    .build())
            .reasonToDoubtCapacity(true)
            .reasonToDoubtCapacityRationale(
                "Became very distressed and confused when the incident was first discussed")
            .addCommunicationNeeds(
                CommunicationNeed.AUTISM,
                CommunicationNeed.PROCESSING_TIME,
                CommunicationNeed.SENSORY_ENVIRONMENT)
            .addAdjustment(Adjustment.of(AdjustmentType.EXTRA_PROCESSING_TIME))
            .addAdjustment(Adjustment.of(AdjustmentType.QUIET_ENVIRONMENT, "Low-light room"))
            .addAdjustment(
                Adjustment.of(AdjustmentType.VISUAL_AIDS, "A picture plan of the meeting"))
            .addAdjustment(Adjustment.of(AdjustmentType.BREAKS))
            .addVulnerabilityFlag(VulnerabilityFlag.TRAUMA_HISTORY)
            .build();
    Party nurse =
        new Party.Builder()
            .id(NURSE)
            .role(PartyRole.PERSON_HARMED)
            .personType(PersonType.STAFF_MEMBER)
            .name("Priya Fenwick")
            .build();
    Party colleague =
        new Party.Builder()
            .id(COLLEAGUE)
            .role(PartyRole.SUPPORTER)
            .personType(PersonType.STAFF_MEMBER)
            .name("Marcus Oyelaran")
            .principal(NURSE)
            .relationshipToPrincipal(PartyRelationship.COLLEAGUE)
            .speakingRole(SpeakingRole.ACTIVE)
            .build();
    Instant received = at("2026-03-09T10:00");
    Referral referral =
        new Referral.Builder()
            .receivedAt(received)
            .source(ReferralSource.SELF_PERSON_HARMED)
            .addHarm(HARM)
            .build();
    return RestorativeCase.open(ID, referral, LEAD)
        .addHarm(harm)
        .addParties(patient, nurse, colleague)
        .build();
  }

  /**
   * The referral is accepted, two facilitators are assigned and declare no conflict, and the case
   * supervisor, the patient's responsible clinician and the Ministry of Justice caseworker are
   * recorded.
   *
   * @param c the case at referral
   * @return the case
   */
  static RestorativeCase acceptReferral(RestorativeCase c) {
    return new RestorativeCase.Builder()
        .from(c)
        .referral(c.referral().withAcceptedAt(at("2026-03-11T09:30")).withCaseOwner(LEAD))
        .addFacilitator(
            facilitator(LEAD_FACILITATOR, FacilitatorRole.FACILITATOR_LEAD, TrainingLevel.ADVANCED)
                .name("Helen Marchbank")
                .external(true)
                .build())
        .addFacilitator(
            facilitator(CO_FACILITATOR, FacilitatorRole.FACILITATOR_CO, TrainingLevel.INTERMEDIATE)
                .name("Tom Adeyemi")
                .build())
        .addProfessional(
            new Professional.Builder()
                .id(SUPERVISOR)
                .role(ProfessionalRole.CASE_SUPERVISOR)
                .name("Dr Ann Whitlow")
                .organisation("Restorative practice service")
                .build())
        .addProfessional(
            new Professional.Builder()
                .id(RESPONSIBLE_CLINICIAN)
                .role(ProfessionalRole.CLINICAL_CONSULTEE)
                .name("Dr Samuel Greer")
                .organisation("Treating team, Cedar Ward")
                .build())
        .addProfessional(
            new Professional.Builder()
                .id(MHCS)
                .role(ProfessionalRole.MHCS_CASEWORKER)
                .organisation("Mental Health Casework Section")
                .build())
        .build();
  }

  private static Facilitator.Builder facilitator(
      FacilitatorId id, FacilitatorRole role, TrainingLevel level) {
    Facilitator.Builder f =
        new Facilitator.Builder()
            .id(id)
            .role(role)
            .addTrainingRecord(
                TrainingRecord.of(TrainingLevel.FOUNDATION, LocalDate.of(2019, 6, 3)))
            .lastSupervisionOn(LocalDate.of(2026, 3, 2))
            .lastObservedPracticeOn(LocalDate.of(2025, 11, 14))
            .addCpd(CpdRecord.of(2025, BigDecimal.valueOf(18), BigDecimal.valueOf(12)))
            .conflictDeclaration(ConflictDeclaration.none(at("2026-03-11T09:40")));
    if (level != TrainingLevel.FOUNDATION) {
      f.addTrainingRecord(TrainingRecord.of(level, LocalDate.of(2022, 2, 14)));
    }
    return f;
  }

  // ------------------------------------------------------------------------------- assessment

  /**
   * A face-to-face conference is chosen with all three, and the risk assessment begins.
   *
   * @param c the case in assessment
   * @return the case
   */
  static RestorativeCase chooseConference(RestorativeCase c) {
    return new RestorativeCase.Builder()
        .from(c)
        .addProcess(
            new RestorativeProcess.Builder()
                .id(PROCESS)
                .type(CONFERENCE_TYPE)
                .medium(Medium.IN_PERSON)
                .chosenAt(at("2026-03-12T11:00"))
                .addParticipants(PATIENT, NURSE, COLLEAGUE)
                .status(ProcessStatus.PLANNED)
                .build())
        .addRiskAssessment(riskAssessment().status(AssessmentStatus.IN_PROGRESS).build())
        .build();
  }

  private static RiskAssessment.Builder riskAssessment() {
    return new RiskAssessment.Builder()
        .id(RiskAssessmentId.of("risk-1"))
        .assessor(LEAD_FACILITATOR)
        .startedAt(at("2026-03-12T11:30"))
        .addProcessType(CONFERENCE_TYPE)
        .addFinding(AttendeeFinding.of(PATIENT, RiskLevel.MEDIUM))
        .addFinding(AttendeeFinding.of(NURSE, RiskLevel.LOW))
        .addFinding(AttendeeFinding.of(COLLEAGUE, RiskLevel.LOW))
        .addDomainsConsidered(
            RiskDomain.HARM_AND_IMPACT,
            RiskDomain.OUTCOMES_WANTED,
            RiskDomain.FEELINGS_ATTITUDES_BEHAVIOURS,
            RiskDomain.MOTIVATION,
            RiskDomain.MENTAL_HEALTH,
            RiskDomain.PHYSICAL_OR_LEARNING_DISABILITY,
            RiskDomain.RISK_OF_TAKING_PART,
            RiskDomain.RISK_OF_NOT_TAKING_PART);
  }

  /**
   * What the assessment stage records before preparation: the patient's graded acknowledgement, a
   * capacity assessment (there was reason to doubt it), each person's informed, written
   * participation consent with a voluntariness check, the completed risk assessment, and the case
   * supervisor's approval that this sensitive case (serious violence) proceeds.
   *
   * @param c the case in assessment
   * @return the case
   */
  static RestorativeCase assess(RestorativeCase c) {
    LocalDate acknowledged = LocalDate.of(2026, 3, 16);
    Party patient = c.party(PATIENT).orElseThrow();
    List<Acknowledgement> levels = new ArrayList<>();
    for (AcknowledgementLevel level : AcknowledgementLevel.values()) {
      levels.add(
          new Acknowledgement.Builder()
              .level(level)
              .acknowledgedOn(acknowledged)
              .recordedBy(ActorId.of("fac-lead"))
              .build());
    }
    CapacityAssessment capacity =
        new CapacityAssessment.Builder()
            .id(CapacityAssessmentId.of("mca-1"))
            .party(PATIENT)
            .decision(
                new CapacityDecision.Builder()
                    .description("Whether to meet the nurse in a restorative conference")
                    .processType(CONFERENCE_TYPE)
                    .addCounterparty(NURSE)
                    .build())
            .assessedAt(at("2026-03-18T10:00"))
            .assessor(ActorId.of("staff-psychologist"))
            .reasonForDoubt("Distress and confusion when the incident was first discussed")
            .addPracticableStep(
                PracticableStep.of(PracticableStepType.VISUAL_AIDS, "Picture cards"))
            .addPracticableStep(PracticableStep.of(PracticableStepType.TIMING, "Seen after lunch"))
            .addPracticableStep(PracticableStep.of(PracticableStepType.ENVIRONMENT, "Quiet room"))
            .relevantInformationProvided(true)
            .functional(FunctionalTest.ableOnEveryLimb())
            .outcome(CapacityOutcome.HAS_CAPACITY)
            .notBasedSolelyOnStatus(true)
            .testOrder(TestOrder.FUNCTIONAL_FIRST)
            .reassessBy(LocalDate.of(2026, 5, 31))
            .build();
    return new RestorativeCase.Builder()
        .from(c.with(patient.withAcknowledgements(levels)))
        .addCapacityAssessment(capacity)
        .addConsent(
            consent("consent-patient", PATIENT, at("2026-03-18T14:00"), "RP-EASY-READ")
                .capacityBasis(CapacityBasis.assessed(capacity.id()))
                .build())
        .addConsent(
            consent("consent-nurse", NURSE, at("2026-03-19T11:00"), "RP-INFO")
                .capacityBasis(CapacityBasis.presumed())
                .build())
        .addConsent(
            consent("consent-colleague", COLLEAGUE, at("2026-03-20T15:00"), "RP-INFO")
                .capacityBasis(CapacityBasis.presumed())
                .build())
        .riskAssessments(
            List.of(
                riskAssessment()
                    .status(AssessmentStatus.COMPLETED)
                    .completedAt(at("2026-03-23T16:00"))
                    .outcome(RiskOutcome.PROCEED_WITH_CONDITIONS)
                    .addCondition("Two staff present throughout; a break every twenty minutes")
                    .reviewBy(LocalDate.of(2026, 6, 23))
                    .build()))
        .addSignOff(
            new SupervisorSignOff.Builder()
                .id(SignOffId.of("signoff-1"))
                .supervisor(SUPERVISOR)
                .signedAt(at("2026-03-24T12:00"))
                .subject(SignOffSubject.SENSITIVE_CASE_PROCEEDS)
                .decision(SignOffDecision.APPROVED)
                .build())
        .build();
  }

  private static Consent.Builder consent(String id, PartyId party, Instant at, String leaflet) {
    return new Consent.Builder()
        .id(ConsentId.of(id))
        .party(party)
        .kind(ConsentKind.PARTICIPATION)
        .participation(ParticipationScope.of(CONFERENCE_TYPE, Medium.IN_PERSON))
        .status(ConsentStatus.GIVEN)
        .obtainedAt(at)
        .obtainedBy(LEAD)
        .method(ConsentMethod.WRITTEN_SIGNED)
        .informationProvided(
            InformationProvided.of(
                leaflet,
                "3",
                EnumSet.of(
                    InformationTopic.PROCESS,
                    InformationTopic.POSSIBLE_OUTCOMES,
                    InformationTopic.MONITORING_OF_OUTCOMES,
                    InformationTopic.RIGHT_TO_WITHDRAW,
                    InformationTopic.CONFIDENTIALITY_LIMITS,
                    InformationTopic.DATA_USE)))
        .confidentialityLimitsExplained(true)
        // A detained patient and two staff members: nobody believes leave, tribunal or employment
        // depends on taking part.
        .voluntariness(VoluntarinessCheck.of(at, true))
        .reviewDueOn(LocalDate.of(2026, 6, 30));
  }

  // ------------------------------------------------------------------------------- preparation

  /**
   * The conference is booked in the therapy centre on the hospital grounds, and the facilitator
   * prepares the patient and the nurse.
   *
   * @param c the case in preparation
   * @return the case
   */
  static RestorativeCase bookConference(RestorativeCase c) {
    Meeting.Builder meeting =
        new Meeting.Builder()
            .id(CONFERENCE)
            .process(PROCESS)
            .status(MeetingStatus.SCHEDULED)
            .startAt(MEETING_START)
            .venue(Venue.of(VenueType.HOSPITAL_GROUNDS, "Therapy centre, hospital grounds"))
            .medium(Medium.IN_PERSON)
            .addAttendee(new Attendee.Builder().party(PATIENT).escorted(true).build())
            .addAttendee(Attendee.of(NURSE))
            .addAttendee(Attendee.of(COLLEAGUE))
            .addFacilitators(LEAD_FACILITATOR, CO_FACILITATOR);
    return new RestorativeCase.Builder()
        .from(c)
        .addPreparationContact(preparation("prep-1", PATIENT, at("2026-03-30T14:00")))
        .addPreparationContact(preparation("prep-2", NURSE, at("2026-03-31T10:00")))
        .addMeeting(meeting.build())
        .build();
  }

  private static PreparationContact preparation(String id, PartyId party, Instant at) {
    return new PreparationContact.Builder()
        .id(PreparationContactId.of(id))
        .party(party)
        .process(PROCESS)
        .at(at)
        .medium(Medium.IN_PERSON)
        .by(LEAD_FACILITATOR)
        .addTopics(
            PreparationTopic.PROCESS_EXPLAINED,
            PreparationTopic.EXPECTATIONS,
            PreparationTopic.RIGHT_TO_WITHDRAW,
            PreparationTopic.CONFIDENTIALITY_LIMITS,
            PreparationTopic.GROUND_RULES,
            PreparationTopic.SUPPORTERS,
            PreparationTopic.SAFETY_PLAN,
            PreparationTopic.ADJUSTMENTS,
            PreparationTopic.LOGISTICS)
        .notes("Went through the picture plan of the meeting and how to ask for a break")
        .build();
  }

  /**
   * Everything a conference with a restricted patient on the hospital grounds needs: the supporter
   * is prepared too, the responsible clinician is consulted, escorted ground leave is granted for
   * the day and the risk assessment reviewed after it, a safety plan is agreed, the patient's
   * adjustments are arranged, and each attendee reconfirms their consent after their last
   * preparation (a trust may also set a window before the meeting; the standard policy sets none).
   *
   * @param c the case in preparation
   * @return the case
   */
  static RestorativeCase readyForConference(RestorativeCase c) {
    Party patient = c.party(PATIENT).orElseThrow();
    Party onLeave =
        patient.withLeaveAuthorisations(
            new LeaveAuthorisation.Builder()
                .type(LeaveType.GROUND)
                .escort(Escort.ESCORTED)
                .authorisedBy(LeaveAuthority.RC)
                .validFrom(LocalDate.of(2026, 4, 8))
                .validTo(LocalDate.of(2026, 5, 31))
                .purpose("To attend the restorative conference in the therapy centre")
                .build());
    Meeting meeting = c.meeting(CONFERENCE).orElseThrow();
    Meeting adjusted =
        meeting.withAdjustments(
            ArrangedAdjustment.of(PATIENT, AdjustmentType.EXTRA_PROCESSING_TIME),
            ArrangedAdjustment.of(PATIENT, AdjustmentType.QUIET_ENVIRONMENT),
            ArrangedAdjustment.of(PATIENT, AdjustmentType.VISUAL_AIDS),
            ArrangedAdjustment.of(PATIENT, AdjustmentType.BREAKS));
    List<Consent> consents = new ArrayList<>();
    for (Consent consent : c.consents()) {
      Instant when =
          consent.party().equals(PATIENT)
              ? at("2026-04-14T14:00")
              : consent.party().equals(NURSE) ? at("2026-04-15T10:00") : at("2026-04-16T11:00");
      consents.add(
          consent.reconfirmedBy(Reconfirmation.of(when, LEAD, ConsentMethod.WRITTEN_SIGNED)));
    }
    return new RestorativeCase.Builder()
        .from(c.with(onLeave).with(adjusted))
        .addPreparationContact(preparation("prep-3", COLLEAGUE, at("2026-04-06T15:00")))
        .addConsultation(
            new ClinicalConsultation.Builder()
                .id(ConsultationId.of("consult-1"))
                .patient(PATIENT)
                .consultee(RESPONSIBLE_CLINICIAN)
                .consultedAt(at("2026-04-07T12:00"))
                .addTopics(
                    ConsultationTopic.MENTAL_STATE,
                    ConsultationTopic.RISK,
                    ConsultationTopic.TIMING,
                    ConsultationTopic.CAPACITY,
                    ConsultationTopic.LEAVE)
                .advice(ConsultationAdvice.SUPPORTS_PROCEEDING)
                .build())
        .addSafetyPlan(
            new SafetyPlan.Builder()
                .id(SafetyPlanId.of("safety-1"))
                .meeting(CONFERENCE)
                .agreedAt(at("2026-04-10T11:00"))
                .addMeasures(
                    SafetyMeasure.SEPARATE_ARRIVAL,
                    SafetyMeasure.SEPARATE_WAITING_AREAS,
                    SafetyMeasure.STAFF_PRESENT,
                    SafetyMeasure.NEVER_LEFT_ALONE,
                    SafetyMeasure.EXIT_AND_STOP_PROCEDURE,
                    SafetyMeasure.DISTRESS_PLAN,
                    SafetyMeasure.POST_MEETING_SUPPORT)
                .build())
        .consents(consents)
        // Rule 20: the grant of leave is a change, so the risk assessment is reviewed before the
        // case moves to intervention.
        .addRiskAssessment(
            riskAssessment()
                .id(RiskAssessmentId.of("risk-2"))
                .startedAt(at("2026-04-09T14:00"))
                .status(AssessmentStatus.COMPLETED)
                .completedAt(at("2026-04-09T15:30"))
                .outcome(RiskOutcome.PROCEED_WITH_CONDITIONS)
                .addCondition("Two staff present throughout; a break every twenty minutes")
                .reviewBy(LocalDate.of(2026, 7, 9))
                .build())
        .build();
  }

  // ------------------------------------------------------------------------------- intervention

  /**
   * The conference is held: all three attend, the facilitators use the IIRP questions for the
   * patient and for the nurse, and the process is under way.
   *
   * @param c the case in intervention
   * @return the case
   */
  static RestorativeCase holdConference(RestorativeCase c) {
    Meeting held =
        new Meeting.Builder()
            .from(c.meeting(CONFERENCE).orElseThrow())
            .status(MeetingStatus.HELD)
            .endAt(MEETING_END)
            .attendees(
                List.of(
                    new Attendee.Builder()
                        .party(PATIENT)
                        .escorted(true)
                        .attendance(AttendanceStatus.ATTENDED)
                        .build(),
                    new Attendee.Builder()
                        .party(NURSE)
                        .attendance(AttendanceStatus.ATTENDED)
                        .build(),
                    new Attendee.Builder()
                        .party(COLLEAGUE)
                        .attendance(AttendanceStatus.ATTENDED)
                        .build()))
            .notes("Two breaks were taken; the patient used the picture plan throughout")
            .build();
    QuestionSetUse responsible =
        new QuestionSetUse.Builder()
            .id(QuestionSetUseId.of("qs-1"))
            .questionSet(QuestionSetRef.of(QuestionCatalogue.IIRP_RESPONSIBLE, 1))
            .usedAt(MEETING_START)
            .meeting(CONFERENCE)
            .addResponse(Response.of(PATIENT, 1, "It was too loud and everyone was pushing"))
            .addResponse(Response.of(PATIENT, 2, "I could not think, I wanted it to stop"))
            .addResponse(Response.of(PATIENT, 4, "The nurse, and the other patients who saw it"))
            .build();
    QuestionSetUse harmed =
        new QuestionSetUse.Builder()
            .id(QuestionSetUseId.of("qs-2"))
            .questionSet(QuestionSetRef.of(QuestionCatalogue.IIRP_HARMED, 1))
            .usedAt(at("2026-04-21T13:40"))
            .meeting(CONFERENCE)
            .addResponse(Response.of(NURSE, 1, "I was shocked and then frightened on every shift"))
            .addResponse(Response.of(NURSE, 4, "To feel safe doing the medication round again"))
            .build();
    List<RestorativeProcess> processes =
        c.processes().stream().map(p -> p.withStatus(ProcessStatus.IN_PROGRESS)).toList();
    return new RestorativeCase.Builder()
        .from(c.with(held))
        .addQuestionSetUse(responsible)
        .addQuestionSetUse(harmed)
        .processes(processes)
        .build();
  }

  /**
   * A first draft of the outcome agreement, written up at the end of the conference: agreed by the
   * nurse, but the patient's agreement is not yet recorded, the apology has no due date and the
   * signal-card commitment no monitor.
   *
   * @param c the case after the conference
   * @return the case
   */
  static RestorativeCase draftAgreement(RestorativeCase c) {
    Instant written = at("2026-04-21T15:15");
    OutcomeAgreement agreement =
        agreement(written)
            .addPartyAgreement(PartyAgreement.of(NURSE, ConsentMethod.WRITTEN_SIGNED, written))
            .build();
    Action apology = apology().build();
    Action signalCard = signalCard().monitoringMethod(MonitoringMethod.WARD_OBSERVATION).build();
    return new RestorativeCase.Builder()
        .from(c)
        .addAgreement(agreement)
        .addActions(apology, signalCard)
        .build();
  }

  /**
   * The agreement completed: the patient's free agreement recorded with the adjustments that helped
   * them, a due date for the apology, and the ward manager named as the signal card's monitor.
   *
   * @param c the case with the draft agreement
   * @return the case
   */
  static RestorativeCase completeAgreement(RestorativeCase c) {
    Instant written = at("2026-04-21T15:15");
    Instant signed = at("2026-04-21T15:25");
    OutcomeAgreement agreement =
        agreement(written)
            .addPartyAgreement(PartyAgreement.of(NURSE, ConsentMethod.WRITTEN_SIGNED, written))
            .addPartyAgreement(PartyAgreement.of(PATIENT, ConsentMethod.WRITTEN_SIGNED, signed))
            .build();
    Action apology = apology().dueOn(LocalDate.of(2026, 5, 5)).build();
    Action signalCard =
        signalCard()
            .monitoringMethod(MonitoringMethod.WARD_OBSERVATION)
            .monitor(PartyOrRole.role("Ward manager, Cedar Ward"))
            .build();
    return new RestorativeCase.Builder()
        .from(c)
        .agreements(List.of(agreement))
        .actions(List.of(apology, signalCard))
        .build();
  }

  private static OutcomeAgreement.Builder agreement(Instant written) {
    return new OutcomeAgreement.Builder()
        .id(AGREEMENT)
        .meeting(CONFERENCE)
        .process(PROCESS)
        .createdAt(written)
        .status(AgreementStatus.AGREED)
        .monitoring(
            new Monitoring.Builder()
                .monitor(PRACTICE_LEAD)
                .method(MonitoringMethod.CHECK_IN_WITH_PARTIES)
                .addReviewDates(LocalDate.of(2026, 5, 19), LocalDate.of(2026, 6, 2))
                .build())
        .confidentiality(
            new ConfidentialityTerms.Builder()
                .addCopiesTo(PATIENT, NURSE)
                .note("Copies to the two of them only; the ward team hears only the signal card")
                .build());
  }

  private static Action.Builder apology() {
    return new Action.Builder()
        .id(APOLOGY)
        .agreement(AGREEMENT)
        .type(ActionType.APOLOGY_WRITTEN)
        .description("Write a letter of apology to the nurse, with help from the speech therapist")
        .owner(PartyOrRole.party(PATIENT))
        .addBeneficiary(NURSE)
        .monitoringMethod(MonitoringMethod.CHECK_IN_WITH_PARTIES)
        .monitor(PRACTICE_LEAD)
        .successCriteria("The nurse receives the letter");
  }

  private static Action.Builder signalCard() {
    return new Action.Builder()
        .id(SIGNAL_CARD)
        .agreement(AGREEMENT)
        .type(ActionType.BEHAVIOURAL_COMMITMENT)
        .description(
            "Show the red card and wait in the quiet room when the medication round gets too loud")
        .owner(PartyOrRole.party(PATIENT))
        .addBeneficiary(NURSE)
        .reviewOn(LocalDate.of(2026, 6, 2))
        .successCriteria("No pushing in the queue for six weeks");
  }

  // ------------------------------------------------------------------------------- follow-up

  /**
   * Monitoring begins and the patient starts on the apology letter.
   *
   * @param c the case at outcome agreement
   * @return the case
   */
  static RestorativeCase startMonitoring(RestorativeCase c) {
    Instant started = at("2026-04-23T14:00");
    return new RestorativeCase.Builder()
        .from(c)
        .agreements(
            c.agreements().stream().map(a -> a.withStatus(AgreementStatus.IN_MONITORING)).toList())
        .actions(
            c.actions().stream()
                .map(a -> a.withStatusChange(StatusChange.of(ActionStatus.IN_PROGRESS, started)))
                .toList())
        .build();
  }

  /**
   * The apology letter is delivered and the nurse is told.
   *
   * @param c the case in follow-up
   * @return the case
   */
  static RestorativeCase deliverLetter(RestorativeCase c) {
    return new RestorativeCase.Builder()
        .from(c)
        .actions(
            c.actions().stream()
                .map(
                    a ->
                        a.id().equals(APOLOGY)
                            ? complete(
                                a, at("2026-05-01T11:00"), at("2026-05-01T16:00"), "Letter seen")
                            : a)
                .toList())
        .build();
  }

  /**
   * The signal-card commitment is reviewed as kept and the nurse is told; the agreement is complete
   * and the process concluded; each participant is offered an evaluation.
   *
   * @param c the case in follow-up
   * @return the case
   */
  static RestorativeCase keepCommitment(RestorativeCase c) {
    Instant offered = at("2026-06-04T10:00");
    return new RestorativeCase.Builder()
        .from(c)
        .actions(
            c.actions().stream()
                .map(
                    a ->
                        a.id().equals(SIGNAL_CARD)
                            ? complete(
                                a,
                                at("2026-06-02T10:00"),
                                at("2026-06-02T15:00"),
                                "Ward observation log")
                            : a)
                .toList())
        .agreements(
            c.agreements().stream().map(a -> a.withStatus(AgreementStatus.COMPLETED)).toList())
        .processes(
            c.processes().stream()
                .map(p -> p.endedAs(ProcessStatus.CONCLUDED, at("2026-06-03T09:00")))
                .toList())
        .evaluations(
            List.of(
                offered("evaluation-1", PATIENT, PartyRole.PERSON_RESPONSIBLE, offered),
                offered("evaluation-2", NURSE, PartyRole.PERSON_HARMED, offered),
                offered("evaluation-3", COLLEAGUE, PartyRole.SUPPORTER, offered)))
        .build();
  }

  private static Action complete(Action action, Instant done, Instant told, String evidence) {
    return action
        .withStatusChange(StatusChange.of(ActionStatus.COMPLETED, done))
        .withEvidenceNotes(evidence)
        .withHarmedInformedAt(told);
  }

  private static Evaluation offered(String id, PartyId party, PartyRole role, Instant at) {
    return new Evaluation.Builder()
        .id(EvaluationId.of(id))
        .party(party)
        .roleAtTime(role)
        .uptake(EvaluationUptake.OFFERED_NO_RESPONSE)
        .offeredAt(at)
        .completedProcess(true)
        .build();
  }

  /**
   * The patient (with an easy-read form) and the nurse complete their evaluations; the colleague
   * does not reply.
   *
   * @param c the case at closure
   * @return the case
   */
  static RestorativeCase recordEvaluations(RestorativeCase c) {
    List<Evaluation> evaluations = new ArrayList<>();
    for (Evaluation evaluation : c.evaluations()) {
      if (evaluation.party().equals(PATIENT)) {
        evaluations.add(
            new Evaluation.Builder()
                .from(evaluation)
                .uptake(EvaluationUptake.COMPLETED)
                .completedAt(at("2026-06-09T14:00"))
                .satisfaction(Satisfaction.SATISFIED)
                .wouldRecommend(true)
                .feltAfter(FeltAfter.BETTER)
                .proceduralFairness(5)
                .build());
      } else if (evaluation.party().equals(NURSE)) {
        evaluations.add(
            new Evaluation.Builder()
                .from(evaluation)
                .uptake(EvaluationUptake.COMPLETED)
                .completedAt(at("2026-06-10T09:30"))
                .satisfaction(Satisfaction.VERY_SATISFIED)
                .wouldRecommend(true)
                .feltAfter(FeltAfter.BETTER)
                .iesRScore(14)
                .proceduralFairness(5)
                .comments("I can do the evening round again without dreading it")
                .build());
      } else {
        evaluations.add(evaluation);
      }
    }
    return new RestorativeCase.Builder().from(c).evaluations(evaluations).build();
  }
}
