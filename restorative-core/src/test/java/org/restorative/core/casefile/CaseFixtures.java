package org.restorative.core.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
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
import org.restorative.core.consent.Ability;
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
import org.restorative.core.consent.LimbFinding;
import org.restorative.core.consent.ParticipationScope;
import org.restorative.core.consent.PracticableStep;
import org.restorative.core.consent.PracticableStepType;
import org.restorative.core.consent.Recipient;
import org.restorative.core.consent.RecipientType;
import org.restorative.core.consent.SharingPurpose;
import org.restorative.core.consent.SharingScope;
import org.restorative.core.consent.Withdrawal;
import org.restorative.core.consent.WithdrawalScope;
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
import org.restorative.core.harm.Setting;
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
import org.restorative.core.party.CriminalResponsibility;
import org.restorative.core.party.Facilitator;
import org.restorative.core.party.FacilitatorId;
import org.restorative.core.party.FacilitatorRole;
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
import org.restorative.core.process.Venue;
import org.restorative.core.process.VenueType;
import org.restorative.core.questions.QuestionSetRef;
import org.restorative.core.questions.QuestionSetUse;
import org.restorative.core.questions.QuestionSetUseId;
import org.restorative.core.questions.Response;

/**
 * The vocabulary of the case tests: a patient on a medium secure ward, detained under a hospital
 * order with restrictions (s37/41) and autistic, punched a staff nurse at the medication hatch. The
 * nurse asked for a restorative conference; a colleague supported her; an external facilitator ran
 * it under a case supervisor; the patient later wrote a letter of apology.
 *
 * <p>The case is built by hand with the real builders of every package and holds at least one part
 * of each kind, whatever stage a test puts it at: the structural checks of a case do not look at
 * which parts a stage ought to hold (that is for the rules).
 */
final class CaseFixtures {

  private CaseFixtures() {}

  // ---- personal values that no toString() and no message may ever show

  /** The patient's name. */
  static final String PATIENT_NAME = "Zebedee Quince";

  /** The patient's date of birth. */
  static final LocalDate PATIENT_DATE_OF_BIRTH = LocalDate.of(1987, 11, 23);

  /** The nurse's name. */
  static final String NURSE_NAME = "Philippa Marchbanks";

  /** The name of the nurse's colleague and supporter. */
  static final String COLLEAGUE_NAME = "Tobias Wrenfield";

  /** The facilitator's name. */
  static final String FACILITATOR_NAME = "Imogen Farthingale";

  /** The case supervisor's name. */
  static final String SUPERVISOR_NAME = "Cornelius Ashdown";

  /** The harm record's narrative. */
  static final String NARRATIVE =
      "Punched the nurse twice at the medication hatch after being told to wait his turn";

  /** The referral's notes. */
  static final String REFERRAL_NOTES =
      "Nurse asked occupational health whether she could hear why it happened";

  /** The patient's answer to a restorative question in the conference. */
  static final String RESPONSE_TEXT = "I thought she was keeping my letters from home away from me";

  /** The facilitator's notes of the conference. */
  static final String MEETING_NOTES = "Patient needed two breaks and apologised in his own words";

  /** The patient's letter of apology. */
  static final String LETTER_TEXT = "I am sorry I hurt you and frightened the ward that night";

  /** The notes of the outcome agreement. */
  static final String AGREEMENT_NOTES = "Both agreed the wait at the hatch was the flashpoint";

  /** The nurse's comments in her evaluation. */
  static final String EVALUATION_COMMENTS = "Felt heard for the first time since the assault";

  /** A note on the case's history. */
  static final String EVENT_NOTE = "Referred by the ward manager after a debrief with the nurse";

  /** A closing summary. */
  static final String CLOSURE_SUMMARY = "Apology letter delivered and hatch staffing changed";

  /**
   * Every sentinel personal value as text, the date of birth as {@link LocalDate#toString()} prints
   * it.
   */
  static List<String> personalTexts() {
    return List.of(
        PATIENT_NAME,
        PATIENT_DATE_OF_BIRTH.toString(),
        NURSE_NAME,
        COLLEAGUE_NAME,
        FACILITATOR_NAME,
        SUPERVISOR_NAME,
        NARRATIVE,
        REFERRAL_NOTES,
        RESPONSE_TEXT,
        MEETING_NOTES,
        LETTER_TEXT,
        AGREEMENT_NOTES,
        EVALUATION_COMMENTS,
        EVENT_NOTE,
        CLOSURE_SUMMARY);
  }

  // ---- ids

  static final CaseId CASE = CaseId.of("case-2026-031");
  static final CaseId REOPENING = CaseId.of("case-2026-077");
  static final HarmId HARM = HarmId.of("harm-2026-031");
  static final PartyId PATIENT = PartyId.of("party-patient-willow");
  static final PartyId NURSE = PartyId.of("party-nurse-willow");
  static final PartyId COLLEAGUE = PartyId.of("party-colleague-of-nurse");
  static final FacilitatorId FACILITATOR = FacilitatorId.of("facilitator-external-lead");
  static final ProfessionalId CASE_SUPERVISOR = ProfessionalId.of("professional-case-supervisor");
  static final ProfessionalId RESPONSIBLE_CLINICIAN = ProfessionalId.of("professional-rc-willow");
  static final ActorId WARD_MANAGER = ActorId.of("actor-ward-manager-willow");
  static final ActorId FACILITATOR_ACTOR = ActorId.of("actor-facilitator-external-lead");
  static final ActorId PSYCHIATRIST = ActorId.of("actor-psychiatrist-willow");
  static final ConsentId NURSE_CONSENT = ConsentId.of("consent-nurse-conference");
  static final ConsentId PATIENT_CONSENT = ConsentId.of("consent-patient-conference");
  static final ConsentId PATIENT_SHARING_CONSENT = ConsentId.of("consent-patient-sharing");
  static final CapacityAssessmentId CAPACITY_ASSESSMENT = CapacityAssessmentId.of("capacity-1");
  static final ProcessId CONFERENCE = ProcessId.of("process-conference");
  static final ProcessId LETTER_EXCHANGE = ProcessId.of("process-apology-letter");
  static final MeetingId MEETING = MeetingId.of("meeting-conference-1");
  static final AgreementId AGREEMENT = AgreementId.of("agreement-conference-1");

  // ---- the case's moments, oldest first

  static final Instant ASSAULT_AT = Instant.parse("2026-03-01T14:20:00Z");
  static final Instant REFERRED_AT = Instant.parse("2026-03-03T09:00:00Z");
  static final Instant ACCEPTED_AT = Instant.parse("2026-03-05T12:00:00Z");
  static final Instant RISK_ASSESSMENT_STARTED = Instant.parse("2026-03-09T10:00:00Z");
  static final Instant CAPACITY_ASSESSED_AT = Instant.parse("2026-03-10T10:00:00Z");
  static final Instant CONSENTED_AT = Instant.parse("2026-03-12T10:00:00Z");
  static final Instant CONSULTED_AT = Instant.parse("2026-03-16T13:00:00Z");
  static final Instant CONCERN_RAISED_AT = Instant.parse("2026-03-18T10:15:00Z");
  static final Instant RISK_ASSESSMENT_COMPLETED = Instant.parse("2026-03-20T16:30:00Z");
  static final Instant SIGNED_OFF_AT = Instant.parse("2026-03-21T09:00:00Z");
  static final Instant DISCLOSED_AT = Instant.parse("2026-03-23T11:00:00Z");
  static final Instant PREPARED_AT = Instant.parse("2026-03-25T14:00:00Z");
  static final Instant SAFETY_PLAN_AGREED_AT = Instant.parse("2026-04-01T11:00:00Z");
  static final Instant MEETING_STARTS_AT = Instant.parse("2026-04-08T10:00:00Z");
  static final Instant MEETING_ENDS_AT = Instant.parse("2026-04-08T11:30:00Z");
  static final Instant AGREEMENT_WRITTEN_AT = Instant.parse("2026-04-08T11:45:00Z");
  static final Instant LETTER_DRAFTED_AT = Instant.parse("2026-04-15T16:00:00Z");
  static final Instant LETTER_REVIEWED_AT = Instant.parse("2026-04-16T11:00:00Z");
  static final Instant LETTER_DELIVERED_AT = Instant.parse("2026-04-17T15:00:00Z");
  static final Instant COLLEAGUE_WITHDREW_AT = Instant.parse("2026-04-20T09:30:00Z");
  static final Instant PAUSED_AT = Instant.parse("2026-04-25T08:00:00Z");
  static final Instant COMMITMENT_KEPT_AT = Instant.parse("2026-05-20T12:00:00Z");
  static final Instant CLOSURE_STARTED_AT = Instant.parse("2026-05-25T09:00:00Z");
  static final Instant EVALUATION_COMPLETED_AT = Instant.parse("2026-06-01T14:00:00Z");
  static final Instant CLOSED_AT = Instant.parse("2026-06-05T17:00:00Z");

  // ---- the case

  /** The case at closure: the conference held, the actions done, evaluations offered. */
  static RestorativeCase theCase() {
    return aCaseAt(Stage.CLOSURE);
  }

  /**
   * The case at a stage, holding its pause when {@link Stage#PAUSED} (paused from follow-up because
   * the patient's mental state changed) and its closure when closed.
   */
  static RestorativeCase aCaseAt(Stage stage) {
    RestorativeCase.Builder builder = everyPartOfTheCase().stage(stage);
    if (stage == Stage.PAUSED) {
      builder.pause(aPauseFrom(Stage.FOLLOW_UP, PauseReason.MENTAL_STATE_CHANGE));
    }
    if (stage.isClosed()) {
      builder.closure(aClosureAs(stage));
    }
    return builder.build();
  }

  /** The case paused with a given pause. */
  static RestorativeCase aCasePausedWith(Pause pause) {
    return everyPartOfTheCase().stage(Stage.PAUSED).pause(pause).build();
  }

  /** The case closed with a given closure. */
  static RestorativeCase aCaseClosedAs(Stage closedStage, Closure closure) {
    return everyPartOfTheCase().stage(closedStage).closure(closure).build();
  }

  /** A builder holding every part of the case but no stage, pause or closure. */
  static RestorativeCase.Builder everyPartOfTheCase() {
    return new RestorativeCase.Builder()
        .id(CASE)
        .referral(theReferral())
        .addHarm(theAssault())
        .addParties(thePatient(), theNurse(), theColleague())
        .addFacilitator(theFacilitator())
        .addProfessionals(theCaseSupervisor(), theResponsibleClinician())
        .addConsents(theNursesConsent(), thePatientsConsent(), thePatientsSharingConsent())
        .addCapacityAssessment(thePatientsCapacityAssessment())
        .addWithdrawal(theColleaguesWithdrawal())
        .addDisclosure(theDisclosureToTheNurse())
        .addRiskAssessment(theRiskAssessment())
        .addSafetyPlan(theSafetyPlan())
        .addConsultation(theTreatingTeamConsultation())
        .addSignOff(theSupervisorsSignOff())
        .addSafeguardingConcern(theSafeguardingConcern())
        .addProcesses(theConference(), theLetterExchange())
        .addPreparationContacts(
            aPreparationContactWithThePatient(), aPreparationContactWithTheColleague())
        .addMeeting(theConferenceMeeting())
        .addMessage(theApologyLetter())
        .addQuestionSetUse(theQuestionsAskedOfThePatient())
        .addAgreement(theAgreement())
        .addActions(theApologyAction(), theHatchCommitment())
        .addEvaluations(theNursesEvaluation(), thePatientsEvaluation())
        .addAllHistory(theHistory());
  }

  // ---- referral and harm

  /** The ward manager's referral, accepted two days later with the facilitator as case owner. */
  static Referral theReferral() {
    return new Referral.Builder()
        .receivedAt(REFERRED_AT)
        .source(ReferralSource.WARD_STAFF)
        .addHarm(HARM)
        .acceptedAt(ACCEPTED_AT)
        .caseOwner(FACILITATOR_ACTOR)
        .notes(REFERRAL_NOTES)
        .build();
  }

  /** The police crime reference of the assault. */
  static ExternalIncidentRef thePoliceCrimeReference() {
    return ExternalIncidentRef.of("Police crime reference", "CR-2026-004512");
  }

  /** The assault on the nurse on a medium secure ward, reported to the police. */
  static Harm theAssault() {
    return new Harm.Builder()
        .id(HARM)
        .addExternalIncidentRef(
            ExternalIncidentRef.of("Trust incident reporting system", "W-118204"))
        .addExternalIncidentRef(thePoliceCrimeReference())
        .occurred(Occurrence.of(ASSAULT_AT, OccurrencePrecision.EXACT))
        .reportedOn(LocalDate.of(2026, 3, 1))
        .setting(Setting.MEDIUM_SECURE)
        .context(HarmContext.PATIENT_ON_STAFF)
        .addType(HarmType.PHYSICAL)
        .addType(HarmType.PSYCHOLOGICAL_EMOTIONAL)
        .severity(HarmSeverity.nrls(NrlsGrade.MODERATE))
        .legalStatus(LegalStatus.UNDER_INVESTIGATION)
        .addInvolvedPerson(InvolvedPerson.of(NURSE, RoleInHarm.HARMED))
        .addInvolvedPerson(InvolvedPerson.of(PATIENT, RoleInHarm.RESPONSIBLE))
        .relationship(PartyRelationship.STAFF_PATIENT)
        .ongoingCoexistence(true)
        .narrative(NARRATIVE)
        .build();
  }

  // ---- people

  /** The patient: restricted (s37/41), on a medium secure ward, autistic; owns his part. */
  static Party thePatient() {
    return new Party.Builder()
        .id(PATIENT)
        .role(PartyRole.PERSON_RESPONSIBLE)
        .personType(PersonType.PATIENT)
        .name(PATIENT_NAME)
        .dateOfBirth(PATIENT_DATE_OF_BIRTH)
        .language("English")
        .careContext(CareContext.FORENSIC_INPATIENT)
        .mentalHealthAct(
            new MentalHealthActStatus.Builder()
                .section(MhaStatus.S37_41)
                .since(LocalDate.of(2024, 2, 1))
                .build())
        .addCommunicationNeed(CommunicationNeed.AUTISM)
        .addAdjustment(Adjustment.of(AdjustmentType.EXTRA_PROCESSING_TIME))
        .addAdjustment(Adjustment.of(AdjustmentType.QUIET_ENVIRONMENT, "low lighting, no clock"))
        .addAcknowledgement(
            Acknowledgement.of(AcknowledgementLevel.FACTS, LocalDate.of(2026, 3, 9)))
        .addAcknowledgement(
            Acknowledgement.of(AcknowledgementLevel.OWN_PART, LocalDate.of(2026, 3, 16)))
        .criminalResponsibility(CriminalResponsibility.FULL)
        .build();
  }

  /** The staff nurse who was assaulted. */
  static Party theNurse() {
    return new Party.Builder()
        .id(NURSE)
        .role(PartyRole.PERSON_HARMED)
        .personType(PersonType.STAFF_MEMBER)
        .name(NURSE_NAME)
        .pronouns("she/her")
        .build();
  }

  /** The nurse's colleague, who supports her and speaks at the conference. */
  static Party theColleague() {
    return aSupporterOf(NURSE).withId(COLLEAGUE).withName(COLLEAGUE_NAME);
  }

  /** A colleague of the nurse's who supports the given party. */
  static Party aSupporterOf(PartyId principal) {
    return new Party.Builder()
        .id(PartyId.of("party-another-supporter"))
        .role(PartyRole.SUPPORTER)
        .personType(PersonType.STAFF_MEMBER)
        .principal(principal)
        .relationshipToPrincipal(PartyRelationship.COLLEAGUE)
        .speakingRole(SpeakingRole.ACTIVE)
        .build();
  }

  /** The external lead facilitator, trained to advanced level and supervised. */
  static Facilitator theFacilitator() {
    return new Facilitator.Builder()
        .id(FACILITATOR)
        .role(FacilitatorRole.FACILITATOR_LEAD)
        .name(FACILITATOR_NAME)
        .addTrainingRecord(TrainingRecord.of(TrainingLevel.ADVANCED, LocalDate.of(2022, 5, 20)))
        .lastSupervisionOn(LocalDate.of(2026, 2, 20))
        .external(true)
        .conflictDeclaration(ConflictDeclaration.none(ACCEPTED_AT))
        .build();
  }

  /** The case supervisor of the trust's restorative practice service. */
  static Professional theCaseSupervisor() {
    return new Professional.Builder()
        .id(CASE_SUPERVISOR)
        .role(ProfessionalRole.CASE_SUPERVISOR)
        .name(SUPERVISOR_NAME)
        .organisation("Trust restorative practice service")
        .build();
  }

  /** The patient's responsible clinician, consulted on timing and mental state. */
  static Professional theResponsibleClinician() {
    return new Professional.Builder()
        .id(RESPONSIBLE_CLINICIAN)
        .role(ProfessionalRole.CLINICAL_CONSULTEE)
        .organisation("Willow ward forensic team")
        .addRelatedParty(PATIENT)
        .build();
  }

  // ---- consent and capacity

  private static InformationProvided theConferenceLeaflet() {
    return InformationProvided.of("RJ-LEAFLET-CONF", "3", EnumSet.allOf(InformationTopic.class));
  }

  /** The nurse's written consent to a face-to-face conference. */
  static Consent theNursesConsent() {
    return new Consent.Builder()
        .id(NURSE_CONSENT)
        .party(NURSE)
        .kind(ConsentKind.PARTICIPATION)
        .participation(ParticipationScope.of(ProcessType.FACE_TO_FACE_CONFERENCE, Medium.IN_PERSON))
        .status(ConsentStatus.GIVEN)
        .obtainedAt(CONSENTED_AT)
        .obtainedBy(FACILITATOR_ACTOR)
        .method(ConsentMethod.WRITTEN_SIGNED)
        .informationProvided(theConferenceLeaflet())
        .capacityBasis(CapacityBasis.presumed())
        .confidentialityLimitsExplained(true)
        .build();
  }

  /** The patient's written consent to the conference, on his assessed capacity. */
  static Consent thePatientsConsent() {
    return new Consent.Builder()
        .id(PATIENT_CONSENT)
        .party(PATIENT)
        .kind(ConsentKind.PARTICIPATION)
        .participation(ParticipationScope.of(ProcessType.FACE_TO_FACE_CONFERENCE, Medium.IN_PERSON))
        .status(ConsentStatus.GIVEN)
        .obtainedAt(CONSENTED_AT)
        .obtainedBy(FACILITATOR_ACTOR)
        .method(ConsentMethod.WRITTEN_SIGNED)
        .informationProvided(theConferenceLeaflet())
        .capacityBasis(CapacityBasis.assessed(CAPACITY_ASSESSMENT))
        .confidentialityLimitsExplained(true)
        .build();
  }

  /** The patient's consent to share his risk information with the nurse for her safety. */
  static Consent thePatientsSharingConsent() {
    return new Consent.Builder()
        .id(PATIENT_SHARING_CONSENT)
        .party(PATIENT)
        .kind(ConsentKind.DATA_PROCESSING)
        .sharing(
            new SharingScope.Builder()
                .addRecipient(Recipient.party(NURSE))
                .addRecipient(
                    Recipient.organisation(
                        RecipientType.CLINICAL_TEAM, "Willow ward clinical team"))
                .addPurpose(SharingPurpose.DELIVERING_RESTORATIVE_PROCESS)
                .addPurpose(SharingPurpose.SAFETY_AND_RISK_MANAGEMENT)
                .build())
        .status(ConsentStatus.GIVEN)
        .obtainedAt(CONSENTED_AT)
        .obtainedBy(FACILITATOR_ACTOR)
        .method(ConsentMethod.WRITTEN_SIGNED)
        .build();
  }

  /** The psychiatrist's finding that the patient has capacity to decide to meet the nurse. */
  static CapacityAssessment thePatientsCapacityAssessment() {
    LimbFinding able = LimbFinding.of(Ability.ABLE, "Explained it back in his own words");
    return new CapacityAssessment.Builder()
        .id(CAPACITY_ASSESSMENT)
        .party(PATIENT)
        .decision(
            new CapacityDecision.Builder()
                .description("Take part in a conference with the nurse and her colleague")
                .processType(ProcessType.FACE_TO_FACE_CONFERENCE)
                .addCounterparties(NURSE, COLLEAGUE)
                .build())
        .assessedAt(CAPACITY_ASSESSED_AT)
        .assessor(PSYCHIATRIST)
        .reasonForDoubt("Psychotic relapse in the month before the assault")
        .addPracticableStep(PracticableStep.of(PracticableStepType.TIMING))
        .addPracticableStep(PracticableStep.of(PracticableStepType.ENVIRONMENT, "quiet room"))
        .relevantInformationProvided(true)
        .functional(
            new FunctionalTest.Builder()
                .understand(able)
                .retain(able)
                .useOrWeigh(able)
                .communicate(able)
                .build())
        .impairmentIdentified(false)
        .outcome(CapacityOutcome.HAS_CAPACITY)
        .build();
  }

  /**
   * A Gillick competence assessment of a 15-year-old visitor. The ward case holds none, its parties
   * being adults; the tests use it to show that the list is checked too.
   */
  static CompetenceAssessment aCompetenceAssessment(CompetenceOutcome outcome) {
    boolean competent = outcome == CompetenceOutcome.COMPETENT;
    return new CompetenceAssessment.Builder()
        .id(CompetenceAssessmentId.of("competence-1"))
        .party(PartyId.of("party-visitor-aged-15"))
        .assessedAt(CONSENTED_AT)
        .assessor(FACILITATOR_ACTOR)
        .processType(ProcessType.LETTER_EXCHANGE)
        .understandsIssues(competent)
        .understandsRisksAndOptions(competent)
        .canGiveReasons(competent)
        .maturityConsidered(true)
        .outcome(outcome)
        .build();
  }

  /** The colleague's withdrawal from the process after the conference; he gave no reason. */
  static Withdrawal theColleaguesWithdrawal() {
    return new Withdrawal.Builder()
        .party(COLLEAGUE)
        .at(COLLEAGUE_WITHDREW_AT)
        .scope(WithdrawalScope.WHOLE_PROCESS)
        .recordedBy(FACILITATOR_ACTOR)
        .build();
  }

  /** The facilitator's disclosure of the patient's risk information to the nurse, under consent. */
  static Disclosure theDisclosureToTheNurse() {
    return new Disclosure.Builder()
        .id(DisclosureId.of("disclosure-1"))
        .subject(PATIENT)
        .recipient(Recipient.party(NURSE))
        .disclosedAt(DISCLOSED_AT)
        .by(FACILITATOR_ACTOR)
        .medium(Medium.IN_PERSON)
        .addItem(DisclosedItem.RISK_INFORMATION)
        .purpose(SharingPurpose.SAFETY_AND_RISK_MANAGEMENT)
        .consent(PATIENT_SHARING_CONSENT)
        .build();
  }

  // ---- assessment

  /** The completed risk assessment: the conference may go ahead. */
  static RiskAssessment theRiskAssessment() {
    return new RiskAssessment.Builder()
        .id(RiskAssessmentId.of("risk-assessment-1"))
        .assessor(FACILITATOR)
        .startedAt(RISK_ASSESSMENT_STARTED)
        .completedAt(RISK_ASSESSMENT_COMPLETED)
        .status(AssessmentStatus.COMPLETED)
        .addProcessType(ProcessType.FACE_TO_FACE_CONFERENCE)
        .addFinding(AttendeeFinding.of(NURSE, RiskLevel.LOW))
        .addFinding(AttendeeFinding.of(PATIENT, RiskLevel.MEDIUM))
        .addFinding(AttendeeFinding.of(COLLEAGUE, RiskLevel.LOW))
        .addAllDomainsConsidered(EnumSet.allOf(RiskDomain.class))
        .outcome(RiskOutcome.PROCEED)
        .build();
  }

  /** The safety plan of the conference. */
  static SafetyPlan theSafetyPlan() {
    return new SafetyPlan.Builder()
        .id(SafetyPlanId.of("safety-plan-1"))
        .meeting(MEETING)
        .agreedAt(SAFETY_PLAN_AGREED_AT)
        .addMeasure(SafetyMeasure.SEPARATE_ARRIVAL)
        .addMeasure(SafetyMeasure.STAFF_PRESENT)
        .addMeasure(SafetyMeasure.NEVER_LEFT_ALONE)
        .build();
  }

  /** The responsible clinician's advice before the conference. */
  static ClinicalConsultation theTreatingTeamConsultation() {
    return new ClinicalConsultation.Builder()
        .id(ConsultationId.of("consultation-1"))
        .patient(PATIENT)
        .consultee(RESPONSIBLE_CLINICIAN)
        .consultedAt(CONSULTED_AT)
        .addTopic(ConsultationTopic.MENTAL_STATE)
        .addTopic(ConsultationTopic.TIMING)
        .advice(ConsultationAdvice.SUPPORTS_PROCEEDING)
        .build();
  }

  /** The case supervisor's approval of an external facilitator. */
  static SupervisorSignOff theSupervisorsSignOff() {
    return new SupervisorSignOff.Builder()
        .id(SignOffId.of("sign-off-1"))
        .supervisor(CASE_SUPERVISOR)
        .signedAt(SIGNED_OFF_AT)
        .subject(SignOffSubject.EXTERNAL_FACILITATOR)
        .decision(SignOffDecision.APPROVED)
        .build();
  }

  /** A safeguarding concern about the patient, which the ward manager decided needs no pause. */
  static SafeguardingConcern theSafeguardingConcern() {
    return new SafeguardingConcern.Builder()
        .id(SafeguardingConcernId.of("safeguarding-1"))
        .raisedAt(CONCERN_RAISED_AT)
        .raisedBy(WARD_MANAGER)
        .addAbout(PATIENT)
        .pauseDecision(
            new PauseDecision.Builder()
                .decidedAt(CONCERN_RAISED_AT.plusSeconds(3600))
                .pause(false)
                .decidedBy(WARD_MANAGER)
                .build())
        .build();
  }

  // ---- process

  /** The face-to-face conference, concluded. */
  static RestorativeProcess theConference() {
    return new RestorativeProcess.Builder()
        .id(CONFERENCE)
        .type(ProcessType.FACE_TO_FACE_CONFERENCE)
        .medium(Medium.IN_PERSON)
        .chosenAt(RISK_ASSESSMENT_COMPLETED)
        .addParticipants(PATIENT, NURSE, COLLEAGUE)
        .status(ProcessStatus.CONCLUDED)
        .endedAt(MEETING_ENDS_AT)
        .build();
  }

  /** The letter exchange through which the patient's apology reached the nurse. */
  static RestorativeProcess theLetterExchange() {
    return new RestorativeProcess.Builder()
        .id(LETTER_EXCHANGE)
        .type(ProcessType.LETTER_EXCHANGE)
        .medium(Medium.WRITTEN)
        .chosenAt(AGREEMENT_WRITTEN_AT)
        .addParticipants(PATIENT, NURSE)
        .status(ProcessStatus.CONCLUDED)
        .endedAt(LETTER_DELIVERED_AT)
        .build();
  }

  /** A preparation meeting with the patient on the ward. */
  static PreparationContact aPreparationContactWithThePatient() {
    return new PreparationContact.Builder()
        .id(PreparationContactId.of("preparation-patient-1"))
        .party(PATIENT)
        .process(CONFERENCE)
        .at(PREPARED_AT)
        .medium(Medium.IN_PERSON)
        .by(FACILITATOR)
        .addTopics(PreparationTopic.PROCESS_EXPLAINED, PreparationTopic.ACCIDENTAL_MEETING)
        .build();
  }

  /** A preparation call with the colleague: supporters are prepared too. */
  static PreparationContact aPreparationContactWithTheColleague() {
    return new PreparationContact.Builder()
        .id(PreparationContactId.of("preparation-colleague-1"))
        .party(COLLEAGUE)
        .process(CONFERENCE)
        .at(PREPARED_AT.plusSeconds(7200))
        .medium(Medium.PHONE)
        .by(FACILITATOR)
        .addTopics(PreparationTopic.SUPPORTERS, PreparationTopic.GROUND_RULES)
        .build();
  }

  /** The conference, held in a quiet room on the ward. */
  static Meeting theConferenceMeeting() {
    return new Meeting.Builder()
        .id(MEETING)
        .process(CONFERENCE)
        .status(MeetingStatus.HELD)
        .startAt(MEETING_STARTS_AT)
        .endAt(MEETING_ENDS_AT)
        .venue(Venue.of(VenueType.ON_WARD, "Quiet room, Willow ward"))
        .medium(Medium.IN_PERSON)
        .addAttendee(
            new Attendee.Builder()
                .party(PATIENT)
                .escorted(true)
                .attendance(AttendanceStatus.ATTENDED)
                .build())
        .addAttendee(
            new Attendee.Builder().party(NURSE).attendance(AttendanceStatus.ATTENDED).build())
        .addAttendee(
            new Attendee.Builder().party(COLLEAGUE).attendance(AttendanceStatus.ATTENDED).build())
        .addFacilitator(FACILITATOR)
        .notes(MEETING_NOTES)
        .build();
  }

  /** The patient's letter of apology, reviewed by the facilitator and delivered. */
  static Message theApologyLetter() {
    return new Message.Builder()
        .id(MessageId.of("letter-1"))
        .process(LETTER_EXCHANGE)
        .sender(PATIENT)
        .addRecipients(NURSE)
        .medium(Medium.WRITTEN)
        .round(1)
        .status(MessageStatus.MESSAGE_DELIVERED)
        .draftedAt(LETTER_DRAFTED_AT)
        .review(MessageReview.of(FACILITATOR, LETTER_REVIEWED_AT, ReviewDecision.APPROVED))
        .deliveredAt(LETTER_DELIVERED_AT)
        .content(LETTER_TEXT)
        .build();
  }

  /** The IIRP questions for the person responsible, version 1, asked in the conference. */
  static QuestionSetUse theQuestionsAskedOfThePatient() {
    return new QuestionSetUse.Builder()
        .id(QuestionSetUseId.of("question-set-use-1"))
        .questionSet(QuestionSetRef.of("IIRP_RESPONSIBLE", 1))
        .usedAt(MEETING_STARTS_AT.plusSeconds(900))
        .meeting(MEETING)
        .addResponse(Response.of(PATIENT, 1, RESPONSE_TEXT))
        .addResponse(Response.declinedBy(PATIENT, 2))
        .build();
  }

  // ---- outcome

  private static PartyAgreement signedBy(PartyId party) {
    return new PartyAgreement.Builder()
        .party(party)
        .agreed(true)
        .method(ConsentMethod.WRITTEN_SIGNED)
        .at(MEETING_ENDS_AT)
        .freelyGiven(true)
        .build();
  }

  /** The agreement signed at the end of the conference, now completed. */
  static OutcomeAgreement theAgreement() {
    return new OutcomeAgreement.Builder()
        .id(AGREEMENT)
        .meeting(MEETING)
        .process(CONFERENCE)
        .createdAt(AGREEMENT_WRITTEN_AT)
        .status(AgreementStatus.COMPLETED)
        .addPartyAgreements(signedBy(NURSE), signedBy(PATIENT))
        .notes(AGREEMENT_NOTES)
        .build();
  }

  /** The patient's letter of apology, written and delivered. */
  static Action theApologyAction() {
    return new Action.Builder()
        .id(ActionId.of("action-apology-letter"))
        .agreement(AGREEMENT)
        .type(ActionType.APOLOGY_WRITTEN)
        .description("Write a letter of apology to the nurse, with help from the OT if wanted")
        .owner(PartyOrRole.party(PATIENT))
        .addBeneficiary(NURSE)
        .dueOn(LocalDate.of(2026, 4, 22))
        .monitoringMethod(MonitoringMethod.EVIDENCE_PROVIDED)
        .monitor(PartyOrRole.role("Named nurse"))
        .status(ActionStatus.COMPLETED)
        .addStatusHistory(
            new StatusChange.Builder()
                .to(ActionStatus.IN_PROGRESS)
                .at(LETTER_DRAFTED_AT)
                .by(FACILITATOR_ACTOR)
                .build())
        .addStatusHistory(
            new StatusChange.Builder()
                .to(ActionStatus.COMPLETED)
                .at(LETTER_DELIVERED_AT)
                .by(FACILITATOR_ACTOR)
                .build())
        .harmedInformedAt(LETTER_DELIVERED_AT)
        .build();
  }

  /** The patient's commitment to wait behind the line at the medication hatch, kept. */
  static Action theHatchCommitment() {
    return new Action.Builder()
        .id(ActionId.of("action-hatch-commitment"))
        .agreement(AGREEMENT)
        .type(ActionType.BEHAVIOURAL_COMMITMENT)
        .description("Wait behind the line at the medication hatch and ask staff if upset")
        .owner(PartyOrRole.party(PATIENT))
        .addBeneficiary(NURSE)
        .reviewOn(LocalDate.of(2026, 5, 20))
        .monitoringMethod(MonitoringMethod.WARD_OBSERVATION)
        .monitor(PartyOrRole.role("Ward manager"))
        .status(ActionStatus.COMPLETED)
        .addStatusHistory(
            new StatusChange.Builder().to(ActionStatus.COMPLETED).at(COMMITMENT_KEPT_AT).build())
        .build();
  }

  /** The nurse's evaluation, completed. */
  static Evaluation theNursesEvaluation() {
    return new Evaluation.Builder()
        .id(EvaluationId.of("evaluation-nurse"))
        .party(NURSE)
        .roleAtTime(PartyRole.PERSON_HARMED)
        .uptake(EvaluationUptake.COMPLETED)
        .offeredAt(CLOSURE_STARTED_AT)
        .completedAt(EVALUATION_COMPLETED_AT)
        .completedProcess(true)
        .satisfaction(Satisfaction.VERY_SATISFIED)
        .feltAfter(FeltAfter.BETTER)
        .comments(EVALUATION_COMMENTS)
        .build();
  }

  /** The patient's evaluation, offered but not answered yet. */
  static Evaluation thePatientsEvaluation() {
    return new Evaluation.Builder()
        .id(EvaluationId.of("evaluation-patient"))
        .party(PATIENT)
        .roleAtTime(PartyRole.PERSON_RESPONSIBLE)
        .uptake(EvaluationUptake.OFFERED_NO_RESPONSE)
        .offeredAt(CLOSURE_STARTED_AT)
        .build();
  }

  // ---- history, pause and closure

  /** A stage change recorded by the facilitator. */
  static CaseEvent aStageChange(String id, Instant at, Stage from, Stage to) {
    return new CaseEvent.Builder()
        .id(EventId.of(id))
        .at(at)
        .by(FACILITATOR_ACTOR)
        .type(CaseEventType.STAGE_CHANGED)
        .fromStage(from)
        .toStage(to)
        .build();
  }

  /** The referral that opened the case, with a note; opening a case changes no stage. */
  static CaseEvent theReferralEvent() {
    return new CaseEvent.Builder()
        .id(EventId.of("event-1"))
        .at(REFERRED_AT)
        .by(WARD_MANAGER)
        .type(CaseEventType.REFERRED)
        .note(EVENT_NOTE)
        .build();
  }

  /** The colleague's withdrawal, recorded without a note: a reason is never required. */
  static CaseEvent theWithdrawalEvent() {
    return new CaseEvent.Builder()
        .id(EventId.of("event-7"))
        .at(COLLEAGUE_WITHDREW_AT)
        .by(FACILITATOR_ACTOR)
        .type(CaseEventType.WITHDRAWAL_RECORDED)
        .party(COLLEAGUE)
        .build();
  }

  /** The case's history from referral to closure. */
  static List<CaseEvent> theHistory() {
    return List.of(
        theReferralEvent(),
        aStageChange("event-2", ACCEPTED_AT, Stage.REFERRAL, Stage.ASSESSMENT),
        aStageChange("event-3", SIGNED_OFF_AT, Stage.ASSESSMENT, Stage.PREPARATION),
        aStageChange("event-4", SAFETY_PLAN_AGREED_AT, Stage.PREPARATION, Stage.INTERVENTION),
        aStageChange("event-5", MEETING_ENDS_AT, Stage.INTERVENTION, Stage.OUTCOME_AGREEMENT),
        aStageChange("event-6", AGREEMENT_WRITTEN_AT, Stage.OUTCOME_AGREEMENT, Stage.FOLLOW_UP),
        theWithdrawalEvent(),
        aStageChange("event-8", CLOSURE_STARTED_AT, Stage.FOLLOW_UP, Stage.CLOSURE));
  }

  /** A pause from a stage for a reason, with a review two weeks on. */
  static Pause aPauseFrom(Stage pausedFrom, PauseReason reason) {
    return new Pause.Builder()
        .pausedFrom(pausedFrom)
        .reason(reason)
        .since(PAUSED_AT)
        .reviewOn(LocalDate.of(2026, 5, 9))
        .build();
  }

  /**
   * The closure of a case closed in a given state: with a not-proceeding reason (the treating team
   * advised against contact) when closed as not proceeding, and a summary.
   */
  static Closure aClosureAs(Stage closedStage) {
    Closure.Builder builder = new Closure.Builder().closedAt(CLOSED_AT).summary(CLOSURE_SUMMARY);
    if (closedStage == Stage.CLOSED_NOT_PROCEEDING) {
      builder.notProceedingReason(NotProceedingReason.CLINICAL_CONTRAINDICATION);
    }
    return builder.build();
  }

  // ---- the tests' own checks

  /**
   * The attributes in which two values of one casefile type differ, read through the type's
   * abstract accessors, so that a test can show a copy changed exactly one attribute.
   */
  static <T> Set<String> attributesThatDiffer(Class<T> type, T before, T after) {
    Set<String> differing = new TreeSet<>();
    for (Method accessor : attributesOf(type)) {
      if (!Objects.equals(read(accessor, before), read(accessor, after))) {
        differing.add(accessor.getName());
      }
    }
    return differing;
  }

  /** The attribute accessors of a value type: its public abstract methods without parameters. */
  static List<Method> attributesOf(Class<?> type) {
    return Arrays.stream(type.getDeclaredMethods())
        .filter(m -> Modifier.isPublic(m.getModifiers()) && Modifier.isAbstract(m.getModifiers()))
        .filter(m -> m.getParameterCount() == 0)
        .toList();
  }

  private static Object read(Method accessor, Object value) {
    try {
      return accessor.invoke(value);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new AssertionError("cannot read " + accessor.getName(), e);
    }
  }

  /**
   * Asserts that building is refused with an {@link IllegalArgumentException} whose message names
   * the attribute and contains none of the forbidden texts (the offending values) and no personal
   * value of the case.
   */
  static void assertRejected(ThrowingCallable build, String attribute, String... forbidden) {
    assertThatIllegalArgumentException()
        .isThrownBy(build)
        .withMessageContaining(attribute)
        .satisfies(
            e -> {
              for (String text : forbidden) {
                assertThat(e.getMessage()).doesNotContain(text);
              }
              for (String personal : personalTexts()) {
                assertThat(e.getMessage()).doesNotContain(personal);
              }
            });
  }
}
