package org.restorative.json;

import org.restorative.core.consent.ConsentMethod;
import org.restorative.core.outcome.Action;
import org.restorative.core.outcome.ActionStatus;
import org.restorative.core.outcome.ActionType;
import org.restorative.core.outcome.AgreementStatus;
import org.restorative.core.outcome.ConfidentialityTerms;
import org.restorative.core.outcome.Evaluation;
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
import org.restorative.core.party.PartyRole;

/** The JSON forms of the {@code outcome} package. */
final class OutcomeFormats {

  private OutcomeFormats() {}

  static final ObjectFormat<PartyOrRole, PartyOrRole.Builder> PARTY_OR_ROLE =
      ObjectFormat.of("PartyOrRole", PartyOrRole.Builder::new, PartyOrRole.Builder::build)
          .optional("party", Ids.PARTY, PartyOrRole::party, PartyOrRole.Builder::party)
          .optional("role", Codecs.TEXT, PartyOrRole::role, PartyOrRole.Builder::role)
          .exactlyOneOf("party", "role");

  static final ObjectFormat<PartyAgreement, PartyAgreement.Builder> PARTY_AGREEMENT =
      ObjectFormat.of("PartyAgreement", PartyAgreement.Builder::new, PartyAgreement.Builder::build)
          .required("party", Ids.PARTY, PartyAgreement::party, PartyAgreement.Builder::party)
          .required(
              "agreed", Codecs.BOOLEAN, PartyAgreement::agreed, PartyAgreement.Builder::agreed)
          .optional(
              "method",
              Codecs.code(ConsentMethod.class),
              PartyAgreement::method,
              PartyAgreement.Builder::method)
          .optional("at", Codecs.INSTANT, PartyAgreement::at, PartyAgreement.Builder::at)
          .optional(
              "signatureRef",
              Codecs.TEXT,
              PartyAgreement::signatureRef,
              PartyAgreement.Builder::signatureRef)
          .defaulted(
              "freelyGiven",
              Codecs.BOOLEAN,
              PartyAgreement::freelyGiven,
              PartyAgreement.Builder::freelyGiven)
          .presentWhenTrue("at", "agreed");

  static final ObjectFormat<Monitoring, Monitoring.Builder> MONITORING =
      ObjectFormat.of("Monitoring", Monitoring.Builder::new, Monitoring.Builder::build)
          .required("monitor", PARTY_OR_ROLE, Monitoring::monitor, Monitoring.Builder::monitor)
          .required(
              "method",
              Codecs.code(MonitoringMethod.class),
              Monitoring::method,
              Monitoring.Builder::method)
          .many(
              "reviewDates",
              Codecs.DATE,
              Monitoring::reviewDates,
              Monitoring.Builder::addAllReviewDates);

  static final ObjectFormat<ConfidentialityTerms, ConfidentialityTerms.Builder>
      CONFIDENTIALITY_TERMS =
          ObjectFormat.of(
                  "ConfidentialityTerms",
                  ConfidentialityTerms.Builder::new,
                  ConfidentialityTerms.Builder::build)
              .distinct(
                  "copiesTo",
                  Ids.PARTY,
                  ConfidentialityTerms::copiesTo,
                  ConfidentialityTerms.Builder::addAllCopiesTo)
              .many(
                  "mayBeSharedWith",
                  SharedFormats.RECIPIENT,
                  ConfidentialityTerms::mayBeSharedWith,
                  ConfidentialityTerms.Builder::addAllMayBeSharedWith)
              .optional(
                  "note",
                  Codecs.TEXT,
                  ConfidentialityTerms::note,
                  ConfidentialityTerms.Builder::note)
              .personal();

  static final ObjectFormat<StatusChange, StatusChange.Builder> STATUS_CHANGE =
      ObjectFormat.of("StatusChange", StatusChange.Builder::new, StatusChange.Builder::build)
          .required(
              "to", Codecs.code(ActionStatus.class), StatusChange::to, StatusChange.Builder::to)
          .required("at", Codecs.INSTANT, StatusChange::at, StatusChange.Builder::at)
          .optional(
              "reason",
              Codecs.code(NotCompletedReason.class),
              StatusChange::reason,
              StatusChange.Builder::reason)
          .optional("by", Ids.ACTOR, StatusChange::by, StatusChange.Builder::by)
          .presentOnlyWhen(
              "reason", "to", ActionStatus.class, ActionStatus::allowsNotCompletedReason);

  static final ObjectFormat<OutcomeAgreement, OutcomeAgreement.Builder> OUTCOME_AGREEMENT =
      ObjectFormat.of(
              "OutcomeAgreement", OutcomeAgreement.Builder::new, OutcomeAgreement.Builder::build)
          .required("id", Ids.AGREEMENT, OutcomeAgreement::id, OutcomeAgreement.Builder::id)
          .optional(
              "meeting", Ids.MEETING, OutcomeAgreement::meeting, OutcomeAgreement.Builder::meeting)
          .optional(
              "process", Ids.PROCESS, OutcomeAgreement::process, OutcomeAgreement.Builder::process)
          .required(
              "createdAt",
              Codecs.INSTANT,
              OutcomeAgreement::createdAt,
              OutcomeAgreement.Builder::createdAt)
          .required(
              "status",
              Codecs.code(AgreementStatus.class),
              OutcomeAgreement::status,
              OutcomeAgreement.Builder::status)
          .many(
              "partyAgreements",
              PARTY_AGREEMENT,
              OutcomeAgreement::partyAgreements,
              OutcomeAgreement.Builder::addAllPartyAgreements)
          .optional(
              "monitoring",
              MONITORING,
              OutcomeAgreement::monitoring,
              OutcomeAgreement.Builder::monitoring)
          .optional(
              "confidentiality",
              CONFIDENTIALITY_TERMS,
              OutcomeAgreement::confidentiality,
              OutcomeAgreement.Builder::confidentiality)
          .optional(
              "questionSet",
              SharedFormats.QUESTION_SET_REF,
              OutcomeAgreement::questionSet,
              OutcomeAgreement.Builder::questionSet)
          .optional(
              "supersedes",
              Ids.AGREEMENT,
              OutcomeAgreement::supersedes,
              OutcomeAgreement.Builder::supersedes)
          .optional("notes", Codecs.TEXT, OutcomeAgreement::notes, OutcomeAgreement.Builder::notes)
          .personal();

  /**
   * An action. Its {@code status} must equal the last entry of {@code statusHistory}; both are read
   * into the builder and checked together when the action is built.
   */
  static final ObjectFormat<Action, Action.Builder> ACTION =
      ObjectFormat.of("Action", Action.Builder::new, Action.Builder::build)
          .required("id", Ids.ACTION, Action::id, Action.Builder::id)
          .required("agreement", Ids.AGREEMENT, Action::agreement, Action.Builder::agreement)
          .required("type", Codecs.code(ActionType.class), Action::type, Action.Builder::type)
          .required("description", Codecs.TEXT, Action::description, Action.Builder::description)
          .personal()
          .optional("owner", PARTY_OR_ROLE, Action::owner, Action.Builder::owner)
          .distinct(
              "beneficiaries",
              Ids.PARTY,
              Action::beneficiaries,
              Action.Builder::addAllBeneficiaries)
          .optional("dueOn", Codecs.DATE, Action::dueOn, Action.Builder::dueOn)
          .optional("reviewOn", Codecs.DATE, Action::reviewOn, Action.Builder::reviewOn)
          .optional(
              "monitoringMethod",
              Codecs.code(MonitoringMethod.class),
              Action::monitoringMethod,
              Action.Builder::monitoringMethod)
          .optional("monitor", PARTY_OR_ROLE, Action::monitor, Action.Builder::monitor)
          .optional(
              "successCriteria",
              Codecs.TEXT,
              Action::successCriteria,
              Action.Builder::successCriteria)
          .personal()
          .defaulted(
              "status", Codecs.code(ActionStatus.class), Action::status, Action.Builder::status)
          .many(
              "statusHistory",
              STATUS_CHANGE,
              Action::statusHistory,
              Action.Builder::addAllStatusHistory)
          .optional(
              "notCompletedReason",
              Codecs.code(NotCompletedReason.class),
              Action::notCompletedReason,
              Action.Builder::notCompletedReason)
          .optional(
              "evidenceNotes", Codecs.TEXT, Action::evidenceNotes, Action.Builder::evidenceNotes)
          .personal()
          .optional(
              "harmedInformedAt",
              Codecs.INSTANT,
              Action::harmedInformedAt,
              Action.Builder::harmedInformedAt)
          .optional("amount", Codecs.DECIMAL, Action::amount, Action.Builder::amount)
          .optional("hours", Codecs.INTEGER, Action::hours, Action.Builder::hours)
          .optional(
              "proportionalityCheck",
              Ids.SIGN_OFF,
              Action::proportionalityCheck,
              Action.Builder::proportionalityCheck)
          .presentOnlyWhen(
              "notCompletedReason",
              "status",
              ActionStatus.class,
              ActionStatus::allowsNotCompletedReason);

  static final ObjectFormat<Evaluation, Evaluation.Builder> EVALUATION =
      ObjectFormat.of("Evaluation", Evaluation.Builder::new, Evaluation.Builder::build)
          .required("id", Ids.EVALUATION, Evaluation::id, Evaluation.Builder::id)
          .required("party", Ids.PARTY, Evaluation::party, Evaluation.Builder::party)
          .required(
              "roleAtTime",
              Codecs.code(PartyRole.class),
              Evaluation::roleAtTime,
              Evaluation.Builder::roleAtTime)
          .required(
              "uptake",
              Codecs.code(EvaluationUptake.class),
              Evaluation::uptake,
              Evaluation.Builder::uptake)
          .optional(
              "offeredAt", Codecs.INSTANT, Evaluation::offeredAt, Evaluation.Builder::offeredAt)
          .optional(
              "completedAt",
              Codecs.INSTANT,
              Evaluation::completedAt,
              Evaluation.Builder::completedAt)
          .defaulted(
              "completedProcess",
              Codecs.BOOLEAN,
              Evaluation::completedProcess,
              Evaluation.Builder::completedProcess)
          .optional(
              "satisfaction",
              Codecs.code(Satisfaction.class),
              Evaluation::satisfaction,
              Evaluation.Builder::satisfaction)
          .optional(
              "wouldRecommend",
              Codecs.BOOLEAN,
              Evaluation::wouldRecommend,
              Evaluation.Builder::wouldRecommend)
          .optional(
              "feltAfter",
              Codecs.code(FeltAfter.class),
              Evaluation::feltAfter,
              Evaluation.Builder::feltAfter)
          .optional(
              "iesRScore", Codecs.INTEGER, Evaluation::iesRScore, Evaluation.Builder::iesRScore)
          .personal()
          .optional(
              "proceduralFairness",
              Codecs.INTEGER,
              Evaluation::proceduralFairness,
              Evaluation.Builder::proceduralFairness)
          .optional("comments", Codecs.TEXT, Evaluation::comments, Evaluation.Builder::comments)
          .personal()
          .presentOnlyWhen(
              "offeredAt", "uptake", EvaluationUptake.class, EvaluationUptake::wasOffered)
          .presentExactlyWhen(
              "completedAt", "uptake", EvaluationUptake.class, u -> u == EvaluationUptake.COMPLETED)
          .inTimeOrder(Codecs.INSTANT, "offeredAt", "completedAt")
          .presentOnlyWhen(
              "satisfaction",
              "uptake",
              EvaluationUptake.class,
              u -> u == EvaluationUptake.COMPLETED)
          .presentOnlyWhen(
              "wouldRecommend",
              "uptake",
              EvaluationUptake.class,
              u -> u == EvaluationUptake.COMPLETED)
          .presentOnlyWhen(
              "feltAfter", "uptake", EvaluationUptake.class, u -> u == EvaluationUptake.COMPLETED)
          .presentOnlyWhen(
              "iesRScore", "uptake", EvaluationUptake.class, u -> u == EvaluationUptake.COMPLETED)
          .presentOnlyWhen(
              "proceduralFairness",
              "uptake",
              EvaluationUptake.class,
              u -> u == EvaluationUptake.COMPLETED)
          .presentOnlyWhen(
              "comments", "uptake", EvaluationUptake.class, u -> u == EvaluationUptake.COMPLETED);
}
