package org.restorative.core.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import org.restorative.core.party.ActorId;
import org.restorative.core.party.FacilitatorId;
import org.restorative.core.party.PartyId;
import org.restorative.core.party.ProfessionalId;
import org.restorative.core.process.MeetingId;
import org.restorative.core.process.ProcessType;

/** The vocabulary of assessments that the assessment tests are written in. */
final class AssessmentFixtures {

  /** A personal text no toString may ever show. */
  static final String SENTINEL = "Zebedee Quince";

  /** The staff nurse assaulted on the ward. */
  static final PartyId NURSE = PartyId.of("p-nurse-ward-3");

  /** The detained patient who assaulted the nurse. */
  static final PartyId PATIENT = PartyId.of("p-patient-ward-3");

  /** The patient's sister, who will support him at the conference. */
  static final PartyId PATIENTS_SISTER = PartyId.of("p-sister-of-patient");

  /** A colleague of the nurse who was not assessed. */
  static final PartyId NURSES_COLLEAGUE = PartyId.of("p-colleague-of-nurse");

  static final FacilitatorId LEAD_FACILITATOR = FacilitatorId.of("f-lead-01");

  static final ProfessionalId RESPONSIBLE_CLINICIAN = ProfessionalId.of("pr-rc-willow");

  static final ProfessionalId CASE_SUPERVISOR = ProfessionalId.of("pr-case-supervisor");

  static final ActorId WARD_MANAGER = ActorId.of("a-ward-manager-willow");

  static final ActorId SAFEGUARDING_LEAD = ActorId.of("a-safeguarding-lead");

  static final Instant ASSESSMENT_STARTED = Instant.parse("2026-03-09T10:00:00Z");

  static final Instant ASSESSMENT_COMPLETED = Instant.parse("2026-03-20T16:30:00Z");

  private AssessmentFixtures() {}

  static AttendeeFinding aFindingFor(PartyId party, RiskLevel level) {
    return AttendeeFinding.of(party, level);
  }

  /** An assessment of the ward assault case, still being worked on. */
  static RiskAssessment anAssessmentInProgress() {
    return new RiskAssessment.Builder()
        .id(RiskAssessmentId.of("ra-2026-031"))
        .assessor(LEAD_FACILITATOR)
        .startedAt(ASSESSMENT_STARTED)
        .status(AssessmentStatus.IN_PROGRESS)
        .addProcessType(ProcessType.FACE_TO_FACE_CONFERENCE)
        .addProcessType(ProcessType.LETTER_EXCHANGE)
        .addFinding(aFindingFor(NURSE, RiskLevel.LOW))
        .addDomainsConsidered(RiskDomain.HARM_AND_IMPACT, RiskDomain.MENTAL_HEALTH)
        .build();
  }

  /** The completed assessment: the conference and the letter exchange may go ahead. */
  static RiskAssessment aCompletedRiskAssessment() {
    return new RiskAssessment.Builder()
        .id(RiskAssessmentId.of("ra-2026-031"))
        .assessor(LEAD_FACILITATOR)
        .startedAt(ASSESSMENT_STARTED)
        .completedAt(ASSESSMENT_COMPLETED)
        .status(AssessmentStatus.COMPLETED)
        .addProcessType(ProcessType.FACE_TO_FACE_CONFERENCE)
        .addProcessType(ProcessType.LETTER_EXCHANGE)
        .addFinding(
            new AttendeeFinding.Builder()
                .party(NURSE)
                .riskLevel(RiskLevel.LOW)
                .strengths("Wants to understand why it happened; supported by her team.")
                .build())
        .addFinding(
            new AttendeeFinding.Builder()
                .party(PATIENT)
                .riskLevel(RiskLevel.MEDIUM)
                .risks("Agitation when discussing the index offence.")
                .strengths("Acknowledges the assault and wishes to apologise.")
                .build())
        .addFinding(aFindingFor(PATIENTS_SISTER, RiskLevel.LOW))
        .addAllDomainsConsidered(EnumSet.allOf(RiskDomain.class))
        .outcome(RiskOutcome.PROCEED)
        .reviewBy(LocalDate.of(2026, 4, 20))
        .build();
  }

  /** The safety plan for the conference on the ward. */
  static SafetyPlan aWardConferenceSafetyPlan() {
    return new SafetyPlan.Builder()
        .id(SafetyPlanId.of("sp-2026-031"))
        .meeting(MeetingId.of("m-2026-031-1"))
        .agreedAt(Instant.parse("2026-04-01T11:00:00Z"))
        .addMeasure(SafetyMeasure.SEPARATE_ARRIVAL)
        .addMeasure(SafetyMeasure.SEPARATE_WAITING_AREAS)
        .addMeasure(SafetyMeasure.STAFF_PRESENT)
        .addMeasure(SafetyMeasure.NEVER_LEFT_ALONE)
        .addMeasure(SafetyMeasure.EXIT_AND_STOP_PROCEDURE)
        .addMeasure(SafetyMeasure.POST_MEETING_SUPPORT)
        .notes("Nurse arrives 10 minutes after the patient; two staff in the room.")
        .build();
  }

  /** The treating team's advice before the conference. */
  static ClinicalConsultation aTreatingTeamConsultation() {
    return new ClinicalConsultation.Builder()
        .id(ConsultationId.of("cc-2026-031"))
        .patient(PATIENT)
        .consultee(RESPONSIBLE_CLINICIAN)
        .consultedAt(Instant.parse("2026-03-16T13:00:00Z"))
        .addTopic(ConsultationTopic.MENTAL_STATE)
        .addTopic(ConsultationTopic.RISK)
        .addTopic(ConsultationTopic.TIMING)
        .addTopic(ConsultationTopic.LEAVE)
        .advice(ConsultationAdvice.SUPPORTS_PROCEEDING)
        .notes("Mental state settled for four weeks; no leave needed for a ward meeting.")
        .build();
  }

  /** The case supervisor lets a sensitive case go on to preparation. */
  static SupervisorSignOff aSensitiveCaseSignOff() {
    return new SupervisorSignOff.Builder()
        .id(SignOffId.of("so-2026-031"))
        .supervisor(CASE_SUPERVISOR)
        .signedAt(Instant.parse("2026-03-21T09:00:00Z"))
        .subject(SignOffSubject.SENSITIVE_CASE_PROCEEDS)
        .decision(SignOffDecision.APPROVED_WITH_CONDITIONS)
        .notes("Co-facilitation with an advanced facilitator.")
        .build();
  }

  static PauseDecision aDecisionToPause() {
    return new PauseDecision.Builder()
        .decidedAt(Instant.parse("2026-03-25T15:00:00Z"))
        .pause(true)
        .rationale("Safeguarding enquiry opened by the local authority.")
        .decidedBy(SAFEGUARDING_LEAD)
        .build();
  }

  /** A safeguarding concern raised during preparation, with the decision to pause. */
  static SafeguardingConcern aSafeguardingConcern() {
    return new SafeguardingConcern.Builder()
        .id(SafeguardingConcernId.of("sg-2026-031"))
        .raisedAt(Instant.parse("2026-03-25T10:15:00Z"))
        .raisedBy(WARD_MANAGER)
        .addAbout(PATIENT)
        .referralRef("LA-SG-2026-0771")
        .description("Disclosure during a preparation contact of pressure from a visitor.")
        .pauseDecision(aDecisionToPause())
        .build();
  }
}
