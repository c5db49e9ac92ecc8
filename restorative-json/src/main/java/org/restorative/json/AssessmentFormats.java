package org.restorative.json;

import org.restorative.core.assessment.AssessmentStatus;
import org.restorative.core.assessment.AttendeeFinding;
import org.restorative.core.assessment.ClinicalConsultation;
import org.restorative.core.assessment.ConsultationAdvice;
import org.restorative.core.assessment.ConsultationTopic;
import org.restorative.core.assessment.PauseDecision;
import org.restorative.core.assessment.RiskAssessment;
import org.restorative.core.assessment.RiskDomain;
import org.restorative.core.assessment.RiskLevel;
import org.restorative.core.assessment.RiskOutcome;
import org.restorative.core.assessment.SafeguardingConcern;
import org.restorative.core.assessment.SafetyMeasure;
import org.restorative.core.assessment.SafetyPlan;
import org.restorative.core.assessment.SignOffDecision;
import org.restorative.core.assessment.SignOffSubject;
import org.restorative.core.assessment.SupervisorSignOff;
import org.restorative.core.process.ProcessType;

/** The JSON forms of the {@code assessment} package. */
final class AssessmentFormats {

  private AssessmentFormats() {}

  static final ObjectFormat<AttendeeFinding, AttendeeFinding.Builder> ATTENDEE_FINDING =
      ObjectFormat.of(
              "AttendeeFinding", AttendeeFinding.Builder::new, AttendeeFinding.Builder::build)
          .required("party", Ids.PARTY, AttendeeFinding::party, AttendeeFinding.Builder::party)
          .required(
              "riskLevel",
              Codecs.code(RiskLevel.class),
              AttendeeFinding::riskLevel,
              AttendeeFinding.Builder::riskLevel)
          .optional("risks", Codecs.TEXT, AttendeeFinding::risks, AttendeeFinding.Builder::risks)
          .personal()
          .optional(
              "strengths",
              Codecs.TEXT,
              AttendeeFinding::strengths,
              AttendeeFinding.Builder::strengths)
          .personal();

  static final ObjectFormat<PauseDecision, PauseDecision.Builder> PAUSE_DECISION =
      ObjectFormat.of("PauseDecision", PauseDecision.Builder::new, PauseDecision.Builder::build)
          .required(
              "decidedAt",
              Codecs.INSTANT,
              PauseDecision::decidedAt,
              PauseDecision.Builder::decidedAt)
          .required("pause", Codecs.BOOLEAN, PauseDecision::pause, PauseDecision.Builder::pause)
          .optional(
              "rationale", Codecs.TEXT, PauseDecision::rationale, PauseDecision.Builder::rationale)
          .personal()
          .required(
              "decidedBy", Ids.ACTOR, PauseDecision::decidedBy, PauseDecision.Builder::decidedBy);

  static final ObjectFormat<RiskAssessment, RiskAssessment.Builder> RISK_ASSESSMENT =
      ObjectFormat.of("RiskAssessment", RiskAssessment.Builder::new, RiskAssessment.Builder::build)
          .required("id", Ids.RISK_ASSESSMENT, RiskAssessment::id, RiskAssessment.Builder::id)
          .optional(
              "assessor",
              Ids.FACILITATOR,
              RiskAssessment::assessor,
              RiskAssessment.Builder::assessor)
          .required(
              "startedAt",
              Codecs.INSTANT,
              RiskAssessment::startedAt,
              RiskAssessment.Builder::startedAt)
          .optional(
              "completedAt",
              Codecs.INSTANT,
              RiskAssessment::completedAt,
              RiskAssessment.Builder::completedAt)
          .required(
              "status",
              Codecs.code(AssessmentStatus.class),
              RiskAssessment::status,
              RiskAssessment.Builder::status)
          .distinct(
              "processTypes",
              Codecs.code(ProcessType.class),
              RiskAssessment::processTypes,
              RiskAssessment.Builder::addAllProcessTypes)
          .many(
              "findings",
              ATTENDEE_FINDING,
              RiskAssessment::findings,
              RiskAssessment.Builder::addAllFindings)
          .distinct(
              "domainsConsidered",
              Codecs.code(RiskDomain.class),
              RiskAssessment::domainsConsidered,
              RiskAssessment.Builder::addAllDomainsConsidered)
          .optional(
              "outcome",
              Codecs.code(RiskOutcome.class),
              RiskAssessment::outcome,
              RiskAssessment.Builder::outcome)
          .many(
              "conditions",
              Codecs.TEXT,
              RiskAssessment::conditions,
              RiskAssessment.Builder::addAllConditions)
          .personal()
          .optional(
              "reviewBy", Codecs.DATE, RiskAssessment::reviewBy, RiskAssessment.Builder::reviewBy)
          .presentExactlyWhen(
              "completedAt", "status", AssessmentStatus.class, s -> s == AssessmentStatus.COMPLETED)
          .presentExactlyWhen(
              "outcome", "status", AssessmentStatus.class, s -> s == AssessmentStatus.COMPLETED)
          .inTimeOrder(Codecs.INSTANT, "startedAt", "completedAt");

  static final ObjectFormat<SafetyPlan, SafetyPlan.Builder> SAFETY_PLAN =
      ObjectFormat.of("SafetyPlan", SafetyPlan.Builder::new, SafetyPlan.Builder::build)
          .required("id", Ids.SAFETY_PLAN, SafetyPlan::id, SafetyPlan.Builder::id)
          .required("meeting", Ids.MEETING, SafetyPlan::meeting, SafetyPlan.Builder::meeting)
          .required("agreedAt", Codecs.INSTANT, SafetyPlan::agreedAt, SafetyPlan.Builder::agreedAt)
          .distinct(
              "measures",
              Codecs.code(SafetyMeasure.class),
              SafetyPlan::measures,
              SafetyPlan.Builder::addAllMeasures)
          .optional("notes", Codecs.TEXT, SafetyPlan::notes, SafetyPlan.Builder::notes)
          .personal();

  static final ObjectFormat<ClinicalConsultation, ClinicalConsultation.Builder>
      CLINICAL_CONSULTATION =
          ObjectFormat.of(
                  "ClinicalConsultation",
                  ClinicalConsultation.Builder::new,
                  ClinicalConsultation.Builder::build)
              .required(
                  "id",
                  Ids.CONSULTATION,
                  ClinicalConsultation::id,
                  ClinicalConsultation.Builder::id)
              .required(
                  "patient",
                  Ids.PARTY,
                  ClinicalConsultation::patient,
                  ClinicalConsultation.Builder::patient)
              .required(
                  "consultee",
                  Ids.PROFESSIONAL,
                  ClinicalConsultation::consultee,
                  ClinicalConsultation.Builder::consultee)
              .required(
                  "consultedAt",
                  Codecs.INSTANT,
                  ClinicalConsultation::consultedAt,
                  ClinicalConsultation.Builder::consultedAt)
              .distinct(
                  "topics",
                  Codecs.code(ConsultationTopic.class),
                  ClinicalConsultation::topics,
                  ClinicalConsultation.Builder::addAllTopics)
              .required(
                  "advice",
                  Codecs.code(ConsultationAdvice.class),
                  ClinicalConsultation::advice,
                  ClinicalConsultation.Builder::advice)
              .optional(
                  "notes",
                  Codecs.TEXT,
                  ClinicalConsultation::notes,
                  ClinicalConsultation.Builder::notes)
              .personal();

  static final ObjectFormat<SupervisorSignOff, SupervisorSignOff.Builder> SUPERVISOR_SIGN_OFF =
      ObjectFormat.of(
              "SupervisorSignOff", SupervisorSignOff.Builder::new, SupervisorSignOff.Builder::build)
          .required("id", Ids.SIGN_OFF, SupervisorSignOff::id, SupervisorSignOff.Builder::id)
          .required(
              "supervisor",
              Ids.PROFESSIONAL,
              SupervisorSignOff::supervisor,
              SupervisorSignOff.Builder::supervisor)
          .required(
              "signedAt",
              Codecs.INSTANT,
              SupervisorSignOff::signedAt,
              SupervisorSignOff.Builder::signedAt)
          .required(
              "subject",
              Codecs.code(SignOffSubject.class),
              SupervisorSignOff::subject,
              SupervisorSignOff.Builder::subject)
          .required(
              "decision",
              Codecs.code(SignOffDecision.class),
              SupervisorSignOff::decision,
              SupervisorSignOff.Builder::decision)
          .optional(
              "notes", Codecs.TEXT, SupervisorSignOff::notes, SupervisorSignOff.Builder::notes)
          .personal();

  static final ObjectFormat<SafeguardingConcern, SafeguardingConcern.Builder> SAFEGUARDING_CONCERN =
      ObjectFormat.of(
              "SafeguardingConcern",
              SafeguardingConcern.Builder::new,
              SafeguardingConcern.Builder::build)
          .required(
              "id",
              Ids.SAFEGUARDING_CONCERN,
              SafeguardingConcern::id,
              SafeguardingConcern.Builder::id)
          .required(
              "raisedAt",
              Codecs.INSTANT,
              SafeguardingConcern::raisedAt,
              SafeguardingConcern.Builder::raisedAt)
          .required(
              "raisedBy",
              Ids.ACTOR,
              SafeguardingConcern::raisedBy,
              SafeguardingConcern.Builder::raisedBy)
          .distinct(
              "about",
              Ids.PARTY,
              SafeguardingConcern::about,
              SafeguardingConcern.Builder::addAllAbout)
          .optional(
              "referralRef",
              Codecs.TEXT,
              SafeguardingConcern::referralRef,
              SafeguardingConcern.Builder::referralRef)
          .optional(
              "description",
              Codecs.TEXT,
              SafeguardingConcern::description,
              SafeguardingConcern.Builder::description)
          .personal()
          .optional(
              "pauseDecision",
              PAUSE_DECISION,
              SafeguardingConcern::pauseDecision,
              SafeguardingConcern.Builder::pauseDecision)
          .inTimeOrder(Codecs.INSTANT, "raisedAt", "pauseDecision/decidedAt");
}
