package org.restorative.json;

import org.restorative.core.casefile.CaseEvent;
import org.restorative.core.casefile.CaseEventType;
import org.restorative.core.casefile.Closure;
import org.restorative.core.casefile.NotProceedingReason;
import org.restorative.core.casefile.Pause;
import org.restorative.core.casefile.PauseReason;
import org.restorative.core.casefile.Referral;
import org.restorative.core.casefile.ReferralSource;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.casefile.Stage;

/** The JSON forms of the {@code casefile} package: the case record itself. */
final class CaseFileFormats {

  private CaseFileFormats() {}

  static final ObjectFormat<Referral, Referral.Builder> REFERRAL =
      ObjectFormat.of("Referral", Referral.Builder::new, Referral.Builder::build)
          .required(
              "receivedAt", Codecs.INSTANT, Referral::receivedAt, Referral.Builder::receivedAt)
          .required(
              "source",
              Codecs.code(ReferralSource.class),
              Referral::source,
              Referral.Builder::source)
          .many("harms", Ids.HARM, Referral::harms, Referral.Builder::addAllHarms)
          .optional(
              "acceptedAt", Codecs.INSTANT, Referral::acceptedAt, Referral.Builder::acceptedAt)
          .optional("caseOwner", Ids.ACTOR, Referral::caseOwner, Referral.Builder::caseOwner)
          .optional("notes", Codecs.TEXT, Referral::notes, Referral.Builder::notes)
          .personal()
          .inTimeOrder(Codecs.INSTANT, "receivedAt", "acceptedAt");

  static final ObjectFormat<Pause, Pause.Builder> PAUSE =
      ObjectFormat.of("Pause", Pause.Builder::new, Pause.Builder::build)
          .required(
              "pausedFrom", Codecs.code(Stage.class), Pause::pausedFrom, Pause.Builder::pausedFrom)
          .required("reason", Codecs.code(PauseReason.class), Pause::reason, Pause.Builder::reason)
          .required("since", Codecs.INSTANT, Pause::since, Pause.Builder::since)
          .optional("reviewOn", Codecs.DATE, Pause::reviewOn, Pause.Builder::reviewOn);

  static final ObjectFormat<Closure, Closure.Builder> CLOSURE =
      ObjectFormat.of("Closure", Closure.Builder::new, Closure.Builder::build)
          .required("closedAt", Codecs.INSTANT, Closure::closedAt, Closure.Builder::closedAt)
          .optional(
              "notProceedingReason",
              Codecs.code(NotProceedingReason.class),
              Closure::notProceedingReason,
              Closure.Builder::notProceedingReason)
          .optional("summary", Codecs.TEXT, Closure::summary, Closure.Builder::summary)
          .personal();

  static final ObjectFormat<CaseEvent, CaseEvent.Builder> CASE_EVENT =
      ObjectFormat.of("CaseEvent", CaseEvent.Builder::new, CaseEvent.Builder::build)
          .required("id", Ids.EVENT, CaseEvent::id, CaseEvent.Builder::id)
          .required("at", Codecs.INSTANT, CaseEvent::at, CaseEvent.Builder::at)
          .required("by", Ids.ACTOR, CaseEvent::by, CaseEvent.Builder::by)
          .required(
              "type", Codecs.code(CaseEventType.class), CaseEvent::type, CaseEvent.Builder::type)
          .optional(
              "from", Codecs.code(Stage.class), CaseEvent::fromStage, CaseEvent.Builder::fromStage)
          .optional("to", Codecs.code(Stage.class), CaseEvent::toStage, CaseEvent.Builder::toStage)
          .optional(
              "pauseReason",
              Codecs.code(PauseReason.class),
              CaseEvent::pauseReason,
              CaseEvent.Builder::pauseReason)
          .optional(
              "notProceedingReason",
              Codecs.code(NotProceedingReason.class),
              CaseEvent::notProceedingReason,
              CaseEvent.Builder::notProceedingReason)
          .optional("party", Ids.PARTY, CaseEvent::party, CaseEvent.Builder::party)
          .optional("note", Codecs.TEXT, CaseEvent::note, CaseEvent.Builder::note)
          .personal()
          .presentOnlyWith("from", "to")
          .presentOnlyWith("to", "from");

  /** The case record; the document header ({@code format}, {@code formatVersion}) comes first. */
  static final ObjectFormat<RestorativeCase, RestorativeCase.Builder> RESTORATIVE_CASE =
      ObjectFormat.of(
              "RestorativeCase", RestorativeCase.Builder::new, RestorativeCase.Builder::build)
          .alsoAllows(DocumentHeader.PROPERTIES)
          .required("id", Ids.CASE, RestorativeCase::id, RestorativeCase.Builder::id)
          .required(
              "stage",
              Codecs.code(Stage.class),
              RestorativeCase::stage,
              RestorativeCase.Builder::stage)
          .required(
              "referral", REFERRAL, RestorativeCase::referral, RestorativeCase.Builder::referral)
          .many(
              "harms",
              HarmFormats.HARM,
              RestorativeCase::harms,
              RestorativeCase.Builder::addAllHarms)
          .many(
              "parties",
              PartyFormats.PARTY,
              RestorativeCase::parties,
              RestorativeCase.Builder::addAllParties)
          .many(
              "facilitators",
              PartyFormats.FACILITATOR,
              RestorativeCase::facilitators,
              RestorativeCase.Builder::addAllFacilitators)
          .many(
              "professionals",
              PartyFormats.PROFESSIONAL,
              RestorativeCase::professionals,
              RestorativeCase.Builder::addAllProfessionals)
          .many(
              "consents",
              ConsentFormats.CONSENT,
              RestorativeCase::consents,
              RestorativeCase.Builder::addAllConsents)
          .many(
              "capacityAssessments",
              ConsentFormats.CAPACITY_ASSESSMENT,
              RestorativeCase::capacityAssessments,
              RestorativeCase.Builder::addAllCapacityAssessments)
          .many(
              "competenceAssessments",
              ConsentFormats.COMPETENCE_ASSESSMENT,
              RestorativeCase::competenceAssessments,
              RestorativeCase.Builder::addAllCompetenceAssessments)
          .many(
              "withdrawals",
              ConsentFormats.WITHDRAWAL,
              RestorativeCase::withdrawals,
              RestorativeCase.Builder::addAllWithdrawals)
          .many(
              "disclosures",
              ConsentFormats.DISCLOSURE,
              RestorativeCase::disclosures,
              RestorativeCase.Builder::addAllDisclosures)
          .many(
              "riskAssessments",
              AssessmentFormats.RISK_ASSESSMENT,
              RestorativeCase::riskAssessments,
              RestorativeCase.Builder::addAllRiskAssessments)
          .many(
              "safetyPlans",
              AssessmentFormats.SAFETY_PLAN,
              RestorativeCase::safetyPlans,
              RestorativeCase.Builder::addAllSafetyPlans)
          .many(
              "consultations",
              AssessmentFormats.CLINICAL_CONSULTATION,
              RestorativeCase::consultations,
              RestorativeCase.Builder::addAllConsultations)
          .many(
              "signOffs",
              AssessmentFormats.SUPERVISOR_SIGN_OFF,
              RestorativeCase::signOffs,
              RestorativeCase.Builder::addAllSignOffs)
          .many(
              "safeguardingConcerns",
              AssessmentFormats.SAFEGUARDING_CONCERN,
              RestorativeCase::safeguardingConcerns,
              RestorativeCase.Builder::addAllSafeguardingConcerns)
          .many(
              "processes",
              ProcessFormats.RESTORATIVE_PROCESS,
              RestorativeCase::processes,
              RestorativeCase.Builder::addAllProcesses)
          .many(
              "preparationContacts",
              ProcessFormats.PREPARATION_CONTACT,
              RestorativeCase::preparationContacts,
              RestorativeCase.Builder::addAllPreparationContacts)
          .many(
              "meetings",
              ProcessFormats.MEETING,
              RestorativeCase::meetings,
              RestorativeCase.Builder::addAllMeetings)
          .many(
              "messages",
              ProcessFormats.MESSAGE,
              RestorativeCase::messages,
              RestorativeCase.Builder::addAllMessages)
          .many(
              "questionSetUses",
              QuestionFormats.QUESTION_SET_USE,
              RestorativeCase::questionSetUses,
              RestorativeCase.Builder::addAllQuestionSetUses)
          .many(
              "agreements",
              OutcomeFormats.OUTCOME_AGREEMENT,
              RestorativeCase::agreements,
              RestorativeCase.Builder::addAllAgreements)
          .many(
              "actions",
              OutcomeFormats.ACTION,
              RestorativeCase::actions,
              RestorativeCase.Builder::addAllActions)
          .many(
              "evaluations",
              OutcomeFormats.EVALUATION,
              RestorativeCase::evaluations,
              RestorativeCase.Builder::addAllEvaluations)
          .many(
              "history",
              CASE_EVENT,
              RestorativeCase::history,
              RestorativeCase.Builder::addAllHistory)
          .optional("pause", PAUSE, RestorativeCase::pause, RestorativeCase.Builder::pause)
          .optional("closure", CLOSURE, RestorativeCase::closure, RestorativeCase.Builder::closure)
          .optional(
              "reopenedFrom",
              Ids.CASE,
              RestorativeCase::reopenedFrom,
              RestorativeCase.Builder::reopenedFrom)
          .optional(
              "reopenedAs",
              Ids.CASE,
              RestorativeCase::reopenedAs,
              RestorativeCase.Builder::reopenedAs)
          .presentExactlyWhen("pause", "stage", Stage.class, s -> s == Stage.PAUSED)
          .presentExactlyWhen("closure", "stage", Stage.class, Stage::isClosed)
          .presentOnlyWhen("reopenedAs", "stage", Stage.class, Stage::isClosed);
}
