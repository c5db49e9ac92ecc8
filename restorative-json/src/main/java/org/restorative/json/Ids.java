package org.restorative.json;

import org.restorative.core.assessment.ConsultationId;
import org.restorative.core.assessment.RiskAssessmentId;
import org.restorative.core.assessment.SafeguardingConcernId;
import org.restorative.core.assessment.SafetyPlanId;
import org.restorative.core.assessment.SignOffId;
import org.restorative.core.casefile.CaseId;
import org.restorative.core.casefile.EventId;
import org.restorative.core.consent.CapacityAssessmentId;
import org.restorative.core.consent.CompetenceAssessmentId;
import org.restorative.core.consent.ConsentId;
import org.restorative.core.consent.DisclosureId;
import org.restorative.core.harm.HarmId;
import org.restorative.core.outcome.ActionId;
import org.restorative.core.outcome.AgreementId;
import org.restorative.core.outcome.EvaluationId;
import org.restorative.core.party.ActorId;
import org.restorative.core.party.FacilitatorId;
import org.restorative.core.party.PartyId;
import org.restorative.core.party.ProfessionalId;
import org.restorative.core.process.MeetingId;
import org.restorative.core.process.MessageId;
import org.restorative.core.process.PreparationContactId;
import org.restorative.core.process.ProcessId;
import org.restorative.core.questions.QuestionSetId;
import org.restorative.core.questions.QuestionSetUseId;

/** The codecs of every typed id, written as plain strings. */
final class Ids {

  private Ids() {}

  static final Codec<PartyId> PARTY = Codecs.id("PartyId", PartyId::of);
  static final Codec<FacilitatorId> FACILITATOR = Codecs.id("FacilitatorId", FacilitatorId::of);
  static final Codec<ProfessionalId> PROFESSIONAL = Codecs.id("ProfessionalId", ProfessionalId::of);
  static final Codec<ActorId> ACTOR = Codecs.id("ActorId", ActorId::of);
  static final Codec<HarmId> HARM = Codecs.id("HarmId", HarmId::of);
  static final Codec<ConsentId> CONSENT = Codecs.id("ConsentId", ConsentId::of);
  static final Codec<CapacityAssessmentId> CAPACITY_ASSESSMENT =
      Codecs.id("CapacityAssessmentId", CapacityAssessmentId::of);
  static final Codec<CompetenceAssessmentId> COMPETENCE_ASSESSMENT =
      Codecs.id("CompetenceAssessmentId", CompetenceAssessmentId::of);
  static final Codec<DisclosureId> DISCLOSURE = Codecs.id("DisclosureId", DisclosureId::of);
  static final Codec<RiskAssessmentId> RISK_ASSESSMENT =
      Codecs.id("RiskAssessmentId", RiskAssessmentId::of);
  static final Codec<SafetyPlanId> SAFETY_PLAN = Codecs.id("SafetyPlanId", SafetyPlanId::of);
  static final Codec<ConsultationId> CONSULTATION = Codecs.id("ConsultationId", ConsultationId::of);
  static final Codec<SignOffId> SIGN_OFF = Codecs.id("SignOffId", SignOffId::of);
  static final Codec<SafeguardingConcernId> SAFEGUARDING_CONCERN =
      Codecs.id("SafeguardingConcernId", SafeguardingConcernId::of);
  static final Codec<QuestionSetId> QUESTION_SET = Codecs.id("QuestionSetId", QuestionSetId::of);
  static final Codec<QuestionSetUseId> QUESTION_SET_USE =
      Codecs.id("QuestionSetUseId", QuestionSetUseId::of);
  static final Codec<ProcessId> PROCESS = Codecs.id("ProcessId", ProcessId::of);
  static final Codec<MeetingId> MEETING = Codecs.id("MeetingId", MeetingId::of);
  static final Codec<MessageId> MESSAGE = Codecs.id("MessageId", MessageId::of);
  static final Codec<PreparationContactId> PREPARATION_CONTACT =
      Codecs.id("PreparationContactId", PreparationContactId::of);
  static final Codec<AgreementId> AGREEMENT = Codecs.id("AgreementId", AgreementId::of);
  static final Codec<ActionId> ACTION = Codecs.id("ActionId", ActionId::of);
  static final Codec<EvaluationId> EVALUATION = Codecs.id("EvaluationId", EvaluationId::of);
  static final Codec<CaseId> CASE = Codecs.id("CaseId", CaseId::of);
  static final Codec<EventId> EVENT = Codecs.id("EventId", EventId::of);
}
