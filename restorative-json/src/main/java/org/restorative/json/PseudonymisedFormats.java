package org.restorative.json;

import java.util.Optional;
import org.restorative.core.casefile.CaseEventType;
import org.restorative.core.casefile.Stage;
import org.restorative.core.harm.HarmContext;
import org.restorative.core.harm.HarmType;
import org.restorative.core.harm.LegalStatus;
import org.restorative.core.harm.SensitiveFlag;
import org.restorative.core.harm.Setting;
import org.restorative.core.harm.SeverityScale;
import org.restorative.core.outcome.ActionStatus;
import org.restorative.core.outcome.ActionType;
import org.restorative.core.outcome.AgreementStatus;
import org.restorative.core.outcome.EvaluationUptake;
import org.restorative.core.outcome.FeltAfter;
import org.restorative.core.outcome.Satisfaction;
import org.restorative.core.party.AgeBand;
import org.restorative.core.party.CareContext;
import org.restorative.core.party.CommunicationNeed;
import org.restorative.core.party.MhaStatus;
import org.restorative.core.party.PartyRole;
import org.restorative.core.party.PersonType;
import org.restorative.core.party.VulnerabilityFlag;
import org.restorative.core.privacy.PseudonymisedAction;
import org.restorative.core.privacy.PseudonymisedAgreement;
import org.restorative.core.privacy.PseudonymisedCase;
import org.restorative.core.privacy.PseudonymisedEvaluation;
import org.restorative.core.privacy.PseudonymisedEvent;
import org.restorative.core.privacy.PseudonymisedHarm;
import org.restorative.core.privacy.PseudonymisedMeeting;
import org.restorative.core.privacy.PseudonymisedParty;
import org.restorative.core.privacy.PseudonymisedProcess;
import org.restorative.core.process.Medium;
import org.restorative.core.process.MeetingStatus;
import org.restorative.core.process.ProcessStatus;
import org.restorative.core.process.ProcessType;
import org.restorative.core.process.VenueType;

/**
 * The JSON forms of the pseudonymised view ({@code org.restorative.core.privacy}), declared once,
 * so that the writer, the reader, the schema and the documentation agree. Each object has the
 * properties of its value type under the same names, in the same order; every list and set is
 * always written, empty or not, so that a researcher's script finds every column on every line.
 */
final class PseudonymisedFormats {

  private PseudonymisedFormats() {}

  /**
   * A harm's severity as it travels: the scale and, on a national scale, its grade. The view holds
   * them as two attributes of the harm; the format keeps them together in one object, as the case
   * record does.
   */
  record Severity(SeverityScale scale, Optional<String> grade) {

    static Optional<Severity> of(PseudonymisedHarm harm) {
      return harm.severityScale().map(scale -> new Severity(scale, harm.severityGrade()));
    }

    void giveTo(PseudonymisedHarm.Builder harm) {
      harm.severityScale(scale);
      grade.ifPresent(harm::severityGrade);
    }
  }

  /** Collects a {@link Severity}, a record, for reading. */
  static final class SeverityBuilder {
    private SeverityScale scale = SeverityScale.LOCAL;
    private Optional<String> grade = Optional.empty();

    void scale(SeverityScale value) {
      this.scale = value;
    }

    void grade(String value) {
      this.grade = Optional.of(value);
    }

    Severity build() {
      return new Severity(scale, grade);
    }
  }

  static final ObjectFormat<Severity, SeverityBuilder> SEVERITY =
      ObjectFormat.of("PseudonymisedSeverity", SeverityBuilder::new, SeverityBuilder::build)
          .required(
              "scale", Codecs.code(SeverityScale.class), Severity::scale, SeverityBuilder::scale)
          .optional("grade", Codecs.TEXT, Severity::grade, SeverityBuilder::grade);

  static final ObjectFormat<PseudonymisedHarm, PseudonymisedHarm.Builder> HARM =
      ObjectFormat.of(
              "PseudonymisedHarm", PseudonymisedHarm.Builder::new, PseudonymisedHarm.Builder::build)
          .required(
              "context",
              Codecs.code(HarmContext.class),
              PseudonymisedHarm::context,
              PseudonymisedHarm.Builder::context)
          .required(
              "setting",
              Codecs.code(Setting.class),
              PseudonymisedHarm::setting,
              PseudonymisedHarm.Builder::setting)
          .distinctAlways(
              "types",
              Codecs.code(HarmType.class),
              PseudonymisedHarm::types,
              PseudonymisedHarm.Builder::addAllTypes)
          .optional("severity", SEVERITY, Severity::of, (harm, severity) -> severity.giveTo(harm))
          .distinctAlways(
              "sensitiveFlags",
              Codecs.code(SensitiveFlag.class),
              PseudonymisedHarm::sensitiveFlags,
              PseudonymisedHarm.Builder::addAllSensitiveFlags)
          .required(
              "legalStatus",
              Codecs.code(LegalStatus.class),
              PseudonymisedHarm::legalStatus,
              PseudonymisedHarm.Builder::legalStatus)
          .required(
              "occurredIn",
              Codecs.MONTH,
              PseudonymisedHarm::occurredIn,
              PseudonymisedHarm.Builder::occurredIn);

  static final ObjectFormat<PseudonymisedParty, PseudonymisedParty.Builder> PARTY =
      ObjectFormat.of(
              "PseudonymisedParty",
              PseudonymisedParty.Builder::new,
              PseudonymisedParty.Builder::build)
          .required(
              "pseudonym",
              Codecs.TEXT,
              PseudonymisedParty::pseudonym,
              PseudonymisedParty.Builder::pseudonym)
          .required(
              "role",
              Codecs.code(PartyRole.class),
              PseudonymisedParty::role,
              PseudonymisedParty.Builder::role)
          .required(
              "personType",
              Codecs.code(PersonType.class),
              PseudonymisedParty::personType,
              PseudonymisedParty.Builder::personType)
          .optional(
              "principal",
              Codecs.TEXT,
              PseudonymisedParty::principal,
              PseudonymisedParty.Builder::principal)
          .optional(
              "ageBand",
              Codecs.code(AgeBand.class),
              PseudonymisedParty::ageBand,
              PseudonymisedParty.Builder::ageBand)
          .optional(
              "mhaSection",
              Codecs.code(MhaStatus.class),
              PseudonymisedParty::mhaSection,
              PseudonymisedParty.Builder::mhaSection)
          .defaulted(
              "restricted",
              Codecs.BOOLEAN,
              PseudonymisedParty::restricted,
              PseudonymisedParty.Builder::restricted)
          .optional(
              "careContext",
              Codecs.code(CareContext.class),
              PseudonymisedParty::careContext,
              PseudonymisedParty.Builder::careContext)
          .distinctAlways(
              "communicationNeeds",
              Codecs.code(CommunicationNeed.class),
              PseudonymisedParty::communicationNeeds,
              PseudonymisedParty.Builder::addAllCommunicationNeeds)
          .distinctAlways(
              "vulnerabilityFlags",
              Codecs.code(VulnerabilityFlag.class),
              PseudonymisedParty::vulnerabilityFlags,
              PseudonymisedParty.Builder::addAllVulnerabilityFlags)
          .presentWhenTrue("mhaSection", "restricted");

  static final ObjectFormat<PseudonymisedProcess, PseudonymisedProcess.Builder> PROCESS =
      ObjectFormat.of(
              "PseudonymisedProcess",
              PseudonymisedProcess.Builder::new,
              PseudonymisedProcess.Builder::build)
          .required(
              "type",
              Codecs.code(ProcessType.class),
              PseudonymisedProcess::type,
              PseudonymisedProcess.Builder::type)
          .required(
              "medium",
              Codecs.code(Medium.class),
              PseudonymisedProcess::medium,
              PseudonymisedProcess.Builder::medium)
          .required(
              "status",
              Codecs.code(ProcessStatus.class),
              PseudonymisedProcess::status,
              PseudonymisedProcess.Builder::status)
          .required(
              "chosenIn",
              Codecs.MONTH,
              PseudonymisedProcess::chosenIn,
              PseudonymisedProcess.Builder::chosenIn);

  static final ObjectFormat<PseudonymisedMeeting, PseudonymisedMeeting.Builder> MEETING =
      ObjectFormat.of(
              "PseudonymisedMeeting",
              PseudonymisedMeeting.Builder::new,
              PseudonymisedMeeting.Builder::build)
          .required(
              "status",
              Codecs.code(MeetingStatus.class),
              PseudonymisedMeeting::status,
              PseudonymisedMeeting.Builder::status)
          .required(
              "venueType",
              Codecs.code(VenueType.class),
              PseudonymisedMeeting::venueType,
              PseudonymisedMeeting.Builder::venueType)
          .required(
              "medium",
              Codecs.code(Medium.class),
              PseudonymisedMeeting::medium,
              PseudonymisedMeeting.Builder::medium)
          .optional(
              "month",
              Codecs.MONTH,
              PseudonymisedMeeting::month,
              PseudonymisedMeeting.Builder::month)
          .manyAlways(
              "attendees",
              Codecs.TEXT,
              PseudonymisedMeeting::attendees,
              PseudonymisedMeeting.Builder::addAllAttendees)
          .distinctAlways(
              "facilitators",
              Codecs.TEXT,
              PseudonymisedMeeting::facilitators,
              PseudonymisedMeeting.Builder::addAllFacilitators);

  static final ObjectFormat<PseudonymisedAgreement, PseudonymisedAgreement.Builder> AGREEMENT =
      ObjectFormat.of(
              "PseudonymisedAgreement",
              PseudonymisedAgreement.Builder::new,
              PseudonymisedAgreement.Builder::build)
          .required(
              "status",
              Codecs.code(AgreementStatus.class),
              PseudonymisedAgreement::status,
              PseudonymisedAgreement.Builder::status)
          .required(
              "month",
              Codecs.MONTH,
              PseudonymisedAgreement::month,
              PseudonymisedAgreement.Builder::month);

  static final ObjectFormat<PseudonymisedAction, PseudonymisedAction.Builder> ACTION =
      ObjectFormat.of(
              "PseudonymisedAction",
              PseudonymisedAction.Builder::new,
              PseudonymisedAction.Builder::build)
          .required(
              "type",
              Codecs.code(ActionType.class),
              PseudonymisedAction::type,
              PseudonymisedAction.Builder::type)
          .required(
              "status",
              Codecs.code(ActionStatus.class),
              PseudonymisedAction::status,
              PseudonymisedAction.Builder::status)
          .optional(
              "ownerPseudonym",
              Codecs.TEXT,
              PseudonymisedAction::ownerPseudonym,
              PseudonymisedAction.Builder::ownerPseudonym)
          .optional(
              "ownerRole",
              Codecs.TEXT,
              PseudonymisedAction::ownerRole,
              PseudonymisedAction.Builder::ownerRole)
          .notBoth("ownerPseudonym", "ownerRole");

  static final ObjectFormat<PseudonymisedEvaluation, PseudonymisedEvaluation.Builder> EVALUATION =
      ObjectFormat.of(
              "PseudonymisedEvaluation",
              PseudonymisedEvaluation.Builder::new,
              PseudonymisedEvaluation.Builder::build)
          .required(
              "party",
              Codecs.TEXT,
              PseudonymisedEvaluation::party,
              PseudonymisedEvaluation.Builder::party)
          .required(
              "role",
              Codecs.code(PartyRole.class),
              PseudonymisedEvaluation::role,
              PseudonymisedEvaluation.Builder::role)
          .required(
              "uptake",
              Codecs.code(EvaluationUptake.class),
              PseudonymisedEvaluation::uptake,
              PseudonymisedEvaluation.Builder::uptake)
          .defaulted(
              "completedProcess",
              Codecs.BOOLEAN,
              PseudonymisedEvaluation::completedProcess,
              PseudonymisedEvaluation.Builder::completedProcess)
          .optional(
              "satisfaction",
              Codecs.code(Satisfaction.class),
              PseudonymisedEvaluation::satisfaction,
              PseudonymisedEvaluation.Builder::satisfaction)
          .optional(
              "wouldRecommend",
              Codecs.BOOLEAN,
              PseudonymisedEvaluation::wouldRecommend,
              PseudonymisedEvaluation.Builder::wouldRecommend)
          .optional(
              "feltAfter",
              Codecs.code(FeltAfter.class),
              PseudonymisedEvaluation::feltAfter,
              PseudonymisedEvaluation.Builder::feltAfter);

  static final ObjectFormat<PseudonymisedEvent, PseudonymisedEvent.Builder> EVENT =
      ObjectFormat.of(
              "PseudonymisedEvent",
              PseudonymisedEvent.Builder::new,
              PseudonymisedEvent.Builder::build)
          .required(
              "type",
              Codecs.code(CaseEventType.class),
              PseudonymisedEvent::type,
              PseudonymisedEvent.Builder::type)
          .optional(
              "from",
              Codecs.code(Stage.class),
              PseudonymisedEvent::fromStage,
              PseudonymisedEvent.Builder::fromStage)
          .optional(
              "to",
              Codecs.code(Stage.class),
              PseudonymisedEvent::toStage,
              PseudonymisedEvent.Builder::toStage)
          .required(
              "month", Codecs.MONTH, PseudonymisedEvent::month, PseudonymisedEvent.Builder::month);

  /** The property that comes first in every line, before the format's name and version. */
  static final String NOTICE = "notice";

  static final ObjectFormat<PseudonymisedCase, PseudonymisedCase.Builder> CASE =
      ObjectFormat.of(
              "PseudonymisedCase", PseudonymisedCase.Builder::new, PseudonymisedCase.Builder::build)
          .defaulted(
              NOTICE, Codecs.TEXT, PseudonymisedCase::notice, PseudonymisedCase.Builder::notice)
          .required(
              "casePseudonym",
              Codecs.TEXT,
              PseudonymisedCase::casePseudonym,
              PseudonymisedCase.Builder::casePseudonym)
          .required(
              "stage",
              Codecs.code(Stage.class),
              PseudonymisedCase::stage,
              PseudonymisedCase.Builder::stage)
          .required(
              "referredIn",
              Codecs.MONTH,
              PseudonymisedCase::referredIn,
              PseudonymisedCase.Builder::referredIn)
          .manyAlways(
              "harms", HARM, PseudonymisedCase::harms, PseudonymisedCase.Builder::addAllHarms)
          .manyAlways(
              "parties",
              PARTY,
              PseudonymisedCase::parties,
              PseudonymisedCase.Builder::addAllParties)
          .manyAlways(
              "processes",
              PROCESS,
              PseudonymisedCase::processes,
              PseudonymisedCase.Builder::addAllProcesses)
          .manyAlways(
              "meetings",
              MEETING,
              PseudonymisedCase::meetings,
              PseudonymisedCase.Builder::addAllMeetings)
          .manyAlways(
              "agreements",
              AGREEMENT,
              PseudonymisedCase::agreements,
              PseudonymisedCase.Builder::addAllAgreements)
          .manyAlways(
              "actions",
              ACTION,
              PseudonymisedCase::actions,
              PseudonymisedCase.Builder::addAllActions)
          .manyAlways(
              "evaluations",
              EVALUATION,
              PseudonymisedCase::evaluations,
              PseudonymisedCase.Builder::addAllEvaluations)
          .manyAlways(
              "history",
              EVENT,
              PseudonymisedCase::history,
              PseudonymisedCase.Builder::addAllHistory)
          .alsoAllows(DocumentHeader.PROPERTIES);
}
