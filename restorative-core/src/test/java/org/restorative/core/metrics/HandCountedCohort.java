package org.restorative.core.metrics;

import static org.restorative.core.metrics.MetricsFixtures.HARMED;
import static org.restorative.core.metrics.MetricsFixtures.RESPONSIBLE;
import static org.restorative.core.metrics.MetricsFixtures.SUPPORTER;
import static org.restorative.core.metrics.MetricsFixtures.aContactWith;
import static org.restorative.core.metrics.MetricsFixtures.aDeliveredMessage;
import static org.restorative.core.metrics.MetricsFixtures.aMeeting;
import static org.restorative.core.metrics.MetricsFixtures.aParticipationConsent;
import static org.restorative.core.metrics.MetricsFixtures.aProcess;
import static org.restorative.core.metrics.MetricsFixtures.aReferral;
import static org.restorative.core.metrics.MetricsFixtures.anAction;
import static org.restorative.core.metrics.MetricsFixtures.anAgreement;
import static org.restorative.core.metrics.MetricsFixtures.anAnsweredEvaluation;
import static org.restorative.core.metrics.MetricsFixtures.anUnansweredEvaluation;
import static org.restorative.core.metrics.MetricsFixtures.at;
import static org.restorative.core.metrics.MetricsFixtures.inStage;

import java.util.List;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.casefile.Stage;
import org.restorative.core.consent.ConsentGiver;
import org.restorative.core.consent.ConsentStatus;
import org.restorative.core.harm.HarmId;
import org.restorative.core.harm.OccurrencePrecision;
import org.restorative.core.outcome.ActionStatus;
import org.restorative.core.outcome.AgreementId;
import org.restorative.core.outcome.AgreementStatus;
import org.restorative.core.outcome.EvaluationUptake;
import org.restorative.core.outcome.FeltAfter;
import org.restorative.core.outcome.Satisfaction;
import org.restorative.core.party.PartyRole;
import org.restorative.core.process.MeetingStatus;
import org.restorative.core.process.ProcessId;
import org.restorative.core.process.ProcessType;

/**
 * Seven cases whose every measure is worked out by hand in {@link CohortMetricsTest}. The comment
 * on each says what it contributes.
 */
final class HandCountedCohort {

  private HandCountedCohort() {}

  static List<RestorativeCase> all() {
    return List.of(
        aConferenceClosedCompleted(),
        aLetterExchangeClosedPartial(),
        aCaseThatDidNotProceed(),
        aVideoMeetingWithdrawnWithoutValidConsent(),
        aRestorativeConversationInFollowUp(),
        aPausedPieceOfSinglePartyWork(),
        aShuttleThenMeetingAtClosure());
  }

  /**
   * A: contacted (harmed), both sides consented, direct, meeting held, agreement completed, two
   * actions completed, closed completed. Harm 1 March, referral 3 March (2 days), meeting 20 March
   * (17 days). Evaluations: harmed very satisfied / yes / better; responsible neutral / no / no
   * difference; supporter satisfied / yes / better.
   */
  static RestorativeCase aConferenceClosedCompleted() {
    ProcessId conference = ProcessId.of("process-a");
    AgreementId agreement = AgreementId.of("agreement-a");
    return inStage(aReferral("case-a"), Stage.CLOSED_COMPLETED)
        .addPreparationContact(aContactWith(HARMED))
        .addConsent(aParticipationConsent(HARMED, ConsentStatus.GIVEN))
        .addConsent(aParticipationConsent(RESPONSIBLE, ConsentStatus.RECONFIRMED))
        .addProcess(aProcess(conference, ProcessType.FACE_TO_FACE_CONFERENCE))
        .addMeeting(aMeeting(conference, MeetingStatus.HELD, at("2026-03-20T10:00:00Z")))
        .addAgreement(anAgreement(agreement, AgreementStatus.COMPLETED))
        .addAction(anAction(agreement, ActionStatus.COMPLETED))
        .addAction(anAction(agreement, ActionStatus.COMPLETED))
        .addEvaluation(
            anAnsweredEvaluation(
                HARMED,
                PartyRole.PERSON_HARMED,
                Satisfaction.VERY_SATISFIED,
                true,
                FeltAfter.BETTER))
        .addEvaluation(
            anAnsweredEvaluation(
                RESPONSIBLE,
                PartyRole.PERSON_RESPONSIBLE,
                Satisfaction.NEUTRAL,
                false,
                FeltAfter.NO_DIFFERENCE))
        .addEvaluation(
            anAnsweredEvaluation(
                SUPPORTER, PartyRole.SUPPORTER, Satisfaction.SATISFIED, true, FeltAfter.BETTER))
        .build();
  }

  /**
   * B: contacted (responsible), harmed consent later withdrawn (still counts), responsible
   * consented, indirect, letter delivered 25 February, agreement partly completed, one action
   * completed and one not, closed partial. Harm 1 February known to the day, referral 11 February
   * (10 days; 14 days to the letter). Evaluations: harmed dissatisfied / no / worse; responsible
   * offered, no response.
   */
  static RestorativeCase aLetterExchangeClosedPartial() {
    ProcessId letters = ProcessId.of("process-b");
    AgreementId agreement = AgreementId.of("agreement-b");
    return inStage(
            aReferral(
                "case-b",
                at("2026-02-01T12:00:00Z"),
                OccurrencePrecision.DAY,
                at("2026-02-11T09:00:00Z")),
            Stage.CLOSED_PARTIAL)
        .addPreparationContact(aContactWith(RESPONSIBLE))
        .addConsent(aParticipationConsent(HARMED, ConsentStatus.WITHDRAWN))
        .addConsent(aParticipationConsent(RESPONSIBLE, ConsentStatus.GIVEN))
        .addProcess(aProcess(letters, ProcessType.LETTER_EXCHANGE))
        .addMessage(aDeliveredMessage(letters, at("2026-02-25T15:00:00Z")))
        .addAgreement(anAgreement(agreement, AgreementStatus.PARTIALLY_COMPLETED))
        .addAction(anAction(agreement, ActionStatus.COMPLETED))
        .addAction(anAction(agreement, ActionStatus.NOT_COMPLETED))
        .addEvaluation(
            anAnsweredEvaluation(
                HARMED, PartyRole.PERSON_HARMED, Satisfaction.DISSATISFIED, false, FeltAfter.WORSE))
        .addEvaluation(
            anUnansweredEvaluation(
                RESPONSIBLE,
                PartyRole.PERSON_RESPONSIBLE,
                EvaluationUptake.OFFERED_NO_RESPONSE,
                true))
        .build();
  }

  /**
   * C: only the supporter was contacted (not a principal party), the harmed party's consent is a
   * draft, no process, closed not proceeding. The harm is known only to the month: left out of the
   * incident-to-referral days.
   */
  static RestorativeCase aCaseThatDidNotProceed() {
    return inStage(
            aReferral(
                "case-c",
                at("2026-01-15T00:00:00Z"),
                OccurrencePrecision.MONTH,
                at("2026-02-20T09:00:00Z")),
            Stage.CLOSED_NOT_PROCEEDING)
        .addPreparationContact(aContactWith(SUPPORTER))
        .addConsent(aParticipationConsent(HARMED, ConsentStatus.DRAFT))
        .build();
  }

  /**
   * D: contacted (harmed), but no consent counts: the harmed party's was given by a parent, the
   * responsible party's was invalidated. Direct process chosen, meeting abandoned, closed
   * withdrawn. Harm at 23:30 UTC on 31 March, which is 00:30 on 1 April in London; referral on 1
   * April: 0 days in London, 1 day in UTC.
   */
  static RestorativeCase aVideoMeetingWithdrawnWithoutValidConsent() {
    ProcessId video = ProcessId.of("process-d");
    return inStage(
            aReferral(
                "case-d",
                at("2026-03-31T23:30:00Z"),
                OccurrencePrecision.EXACT,
                at("2026-04-01T08:00:00Z")),
            Stage.CLOSED_WITHDRAWN)
        .addPreparationContact(aContactWith(HARMED))
        .addConsent(
            aParticipationConsent(HARMED, ConsentStatus.GIVEN, ConsentGiver.PARENT_OR_GUARDIAN))
        .addConsent(aParticipationConsent(RESPONSIBLE, ConsentStatus.INVALIDATED))
        .addProcess(aProcess(video, ProcessType.VIDEO_MEETING))
        .addMeeting(aMeeting(video, MeetingStatus.ABANDONED, at("2026-04-20T10:00:00Z")))
        .build();
  }

  /**
   * E: contacted (harmed), the responsible side consented, a restorative conversation (contact
   * varies) with a meeting held on 5 May, so direct; an agreement varied and its new version in
   * monitoring, so in force; one action in progress and one cancelled; open in follow-up. The harm
   * time is approximate: left out of the incident days; referral 1 May, 4 days to the meeting. The
   * harmed party was never offered an evaluation.
   */
  static RestorativeCase aRestorativeConversationInFollowUp() {
    ProcessId conversation = ProcessId.of("process-e");
    AgreementId first = AgreementId.of("agreement-e1");
    AgreementId second = AgreementId.of("agreement-e2");
    return inStage(
            aReferral(
                "case-e",
                at("2026-04-28T10:00:00Z"),
                OccurrencePrecision.APPROXIMATE,
                at("2026-05-01T09:00:00Z")),
            Stage.FOLLOW_UP)
        .addPreparationContact(aContactWith(HARMED))
        .addConsent(aParticipationConsent(RESPONSIBLE, ConsentStatus.GIVEN))
        .addProcess(aProcess(conversation, ProcessType.RESTORATIVE_CONVERSATION))
        .addMeeting(aMeeting(conversation, MeetingStatus.HELD, at("2026-05-05T10:00:00Z")))
        .addAgreement(anAgreement(first, AgreementStatus.VARIED))
        .addAgreement(anAgreement(second, AgreementStatus.IN_MONITORING).withSupersedes(first))
        .addAction(anAction(second, ActionStatus.IN_PROGRESS))
        .addAction(anAction(first, ActionStatus.CANCELLED_BY_AGREEMENT))
        .addEvaluation(
            anUnansweredEvaluation(
                HARMED, PartyRole.PERSON_HARMED, EvaluationUptake.NOT_OFFERED, true))
        .build();
  }

  /**
   * F: no contact, no consent, single-party work (no contact between the parties), paused. The
   * referral names no harm record: left out of the incident days.
   */
  static RestorativeCase aPausedPieceOfSinglePartyWork() {
    RestorativeCase.Builder builder = inStage(aReferral("case-f"), Stage.PAUSED);
    RestorativeCase withoutTheHarm = builder.build();
    return new RestorativeCase.Builder()
        .from(withoutTheHarm)
        .referral(withoutTheHarm.referral().withHarms(List.<HarmId>of()))
        .addProcess(aProcess(ProcessId.of("process-f"), ProcessType.SINGLE_PARTY_RESTORATIVE_WORK))
        .build();
  }

  /**
   * G: contacted (harmed), both sides consented (reconfirmed and expired), shuttle communication
   * then a direct meeting, so direct; a letter delivered 5 June and the meeting held 10 June;
   * agreement not completed, its one action not completed; open at closure. Harm 31 May, referral 1
   * June (1 day; 4 days to the letter). Evaluations: the harmed party answered but did not complete
   * the process (left out); the responsible party answered twice, very satisfied on 20 June, then
   * dissatisfied / no / worse on 25 June (only the later counts).
   */
  static RestorativeCase aShuttleThenMeetingAtClosure() {
    ProcessId shuttle = ProcessId.of("process-g1");
    ProcessId meeting = ProcessId.of("process-g2");
    AgreementId agreement = AgreementId.of("agreement-g");
    return inStage(
            aReferral(
                "case-g",
                at("2026-05-31T10:00:00Z"),
                OccurrencePrecision.EXACT,
                at("2026-06-01T10:00:00Z")),
            Stage.CLOSURE)
        .addPreparationContact(aContactWith(HARMED))
        .addConsent(aParticipationConsent(HARMED, ConsentStatus.RECONFIRMED))
        .addConsent(aParticipationConsent(RESPONSIBLE, ConsentStatus.EXPIRED))
        .addProcess(aProcess(shuttle, ProcessType.SHUTTLE_COMMUNICATION))
        .addProcess(aProcess(meeting, ProcessType.DIRECT_MEETING_NO_SUPPORTERS))
        .addMessage(aDeliveredMessage(shuttle, at("2026-06-05T15:00:00Z")))
        .addMeeting(aMeeting(meeting, MeetingStatus.HELD, at("2026-06-10T10:00:00Z")))
        .addAgreement(anAgreement(agreement, AgreementStatus.NOT_COMPLETED))
        .addAction(anAction(agreement, ActionStatus.NOT_COMPLETED))
        .addEvaluation(
            anAnsweredEvaluation(
                HARMED,
                PartyRole.PERSON_HARMED,
                Satisfaction.SATISFIED,
                true,
                FeltAfter.BETTER,
                false,
                at("2026-06-20T10:00:00Z")))
        .addEvaluation(
            anAnsweredEvaluation(
                RESPONSIBLE,
                PartyRole.PERSON_RESPONSIBLE,
                Satisfaction.VERY_SATISFIED,
                true,
                FeltAfter.BETTER,
                true,
                at("2026-06-20T10:00:00Z")))
        .addEvaluation(
            anAnsweredEvaluation(
                RESPONSIBLE,
                PartyRole.PERSON_RESPONSIBLE,
                Satisfaction.DISSATISFIED,
                false,
                FeltAfter.WORSE,
                true,
                at("2026-06-25T10:00:00Z")))
        .build();
  }
}
