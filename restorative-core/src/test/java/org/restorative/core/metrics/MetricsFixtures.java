package org.restorative.core.metrics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.restorative.core.casefile.CaseId;
import org.restorative.core.casefile.Closure;
import org.restorative.core.casefile.NotProceedingReason;
import org.restorative.core.casefile.Pause;
import org.restorative.core.casefile.PauseReason;
import org.restorative.core.casefile.Referral;
import org.restorative.core.casefile.ReferralSource;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.casefile.Stage;
import org.restorative.core.consent.Consent;
import org.restorative.core.consent.ConsentGiver;
import org.restorative.core.consent.ConsentId;
import org.restorative.core.consent.ConsentKind;
import org.restorative.core.consent.ConsentMethod;
import org.restorative.core.consent.ConsentStatus;
import org.restorative.core.consent.ParticipationScope;
import org.restorative.core.consent.Reconfirmation;
import org.restorative.core.consent.Withdrawal;
import org.restorative.core.consent.WithdrawalScope;
import org.restorative.core.harm.Harm;
import org.restorative.core.harm.HarmContext;
import org.restorative.core.harm.HarmId;
import org.restorative.core.harm.Occurrence;
import org.restorative.core.harm.OccurrencePrecision;
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
import org.restorative.core.outcome.OutcomeAgreement;
import org.restorative.core.outcome.PartyOrRole;
import org.restorative.core.outcome.Satisfaction;
import org.restorative.core.party.ActorId;
import org.restorative.core.party.FacilitatorId;
import org.restorative.core.party.Party;
import org.restorative.core.party.PartyId;
import org.restorative.core.party.PartyRelationship;
import org.restorative.core.party.PartyRole;
import org.restorative.core.party.PersonType;
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
import org.restorative.core.process.ProcessId;
import org.restorative.core.process.ProcessStatus;
import org.restorative.core.process.ProcessType;
import org.restorative.core.process.RestorativeProcess;
import org.restorative.core.process.ReviewDecision;
import org.restorative.core.process.Venue;
import org.restorative.core.process.VenueType;

/**
 * The vocabulary of the metrics tests: small cases built by hand, each holding only the records a
 * measure looks at — a person harmed, a person responsible and a supporter; contacts, consents,
 * processes, meetings, messages, agreements, actions and evaluations — so that every count can be
 * worked out on paper.
 */
final class MetricsFixtures {

  private MetricsFixtures() {}

  static final PartyId HARMED = PartyId.of("party-harmed");
  static final PartyId RESPONSIBLE = PartyId.of("party-responsible");
  static final PartyId SUPPORTER = PartyId.of("party-supporter");
  static final HarmId HARM = HarmId.of("harm-1");
  static final ActorId FACILITATOR_ACTOR = ActorId.of("actor-facilitator");
  static final FacilitatorId FACILITATOR = FacilitatorId.of("facilitator-1");

  private static final AtomicInteger IDS = new AtomicInteger();

  private static String nextId(String kind) {
    return kind + "-" + IDS.incrementAndGet();
  }

  static Instant at(String instant) {
    return Instant.parse(instant);
  }

  // ---- the case

  /**
   * A referral received at {@code referredAt} about one harm at {@code harmAt}, with the person
   * harmed, the person responsible and a supporter of the person harmed; in stage REFERRAL.
   */
  static RestorativeCase.Builder aReferral(
      String caseId, Instant harmAt, OccurrencePrecision precision, Instant referredAt) {
    return new RestorativeCase.Builder()
        .id(CaseId.of(caseId))
        .stage(Stage.REFERRAL)
        .referral(
            new Referral.Builder()
                .receivedAt(referredAt)
                .source(ReferralSource.WARD_STAFF)
                .addHarm(HARM)
                .build())
        .addHarm(aHarm(HARM, harmAt, precision))
        .addParty(aPersonHarmed())
        .addParty(aPersonResponsible())
        .addParty(aSupporterOfTheHarmed());
  }

  /** A referral in stage REFERRAL with the harm two days before, known exactly. */
  static RestorativeCase.Builder aReferral(String caseId) {
    return aReferral(
        caseId, at("2026-03-01T14:20:00Z"), OccurrencePrecision.EXACT, at("2026-03-03T09:00:00Z"));
  }

  static Harm aHarm(HarmId id, Instant at, OccurrencePrecision precision) {
    return new Harm.Builder()
        .id(id)
        .occurred(Occurrence.of(at, precision))
        .setting(Setting.MEDIUM_SECURE)
        .context(HarmContext.PATIENT_ON_STAFF)
        .build();
  }

  static Party aPersonHarmed() {
    return new Party.Builder()
        .id(HARMED)
        .role(PartyRole.PERSON_HARMED)
        .personType(PersonType.STAFF_MEMBER)
        .build();
  }

  static Party aPersonResponsible() {
    return new Party.Builder()
        .id(RESPONSIBLE)
        .role(PartyRole.PERSON_RESPONSIBLE)
        .personType(PersonType.PATIENT)
        .build();
  }

  static Party aSupporterOfTheHarmed() {
    return new Party.Builder()
        .id(SUPPORTER)
        .role(PartyRole.SUPPORTER)
        .personType(PersonType.STAFF_MEMBER)
        .principal(HARMED)
        .relationshipToPrincipal(PartyRelationship.COLLEAGUE)
        .build();
  }

  /** Puts the case in a stage, adding the pause or closure the stage needs. */
  static RestorativeCase.Builder inStage(RestorativeCase.Builder builder, Stage stage) {
    builder.stage(stage);
    if (stage == Stage.PAUSED) {
      builder.pause(
          new Pause.Builder()
              .pausedFrom(Stage.PREPARATION)
              .reason(PauseReason.PARTY_UNAVAILABLE)
              .since(at("2026-09-01T09:00:00Z"))
              .build());
    }
    if (stage.isClosed()) {
      Closure.Builder closure = new Closure.Builder().closedAt(at("2026-09-30T17:00:00Z"));
      if (stage == Stage.CLOSED_NOT_PROCEEDING) {
        closure.notProceedingReason(NotProceedingReason.RESPONSIBLE_DECLINED);
      }
      builder.closure(closure.build());
    }
    return builder;
  }

  // ---- preparation and consent

  static PreparationContact aContactWith(PartyId party) {
    return new PreparationContact.Builder()
        .id(PreparationContactId.of(nextId("prep")))
        .party(party)
        .at(at("2026-03-10T10:00:00Z"))
        .medium(Medium.IN_PERSON)
        .by(FACILITATOR)
        .build();
  }

  /** A participation consent by the party themselves, in the given status. */
  static Consent aParticipationConsent(PartyId party, ConsentStatus status) {
    return aParticipationConsent(party, status, ConsentGiver.SELF);
  }

  static Consent aParticipationConsent(PartyId party, ConsentStatus status, ConsentGiver givenBy) {
    Instant obtained = at("2026-03-08T10:00:00Z");
    Consent.Builder consent =
        new Consent.Builder()
            .id(ConsentId.of(nextId("consent")))
            .party(party)
            .kind(ConsentKind.PARTICIPATION)
            .participation(ParticipationScope.of(ProcessType.FACE_TO_FACE_CONFERENCE))
            .status(status)
            .givenBy(givenBy);
    if (status != ConsentStatus.DRAFT) {
      consent.obtainedAt(obtained).method(ConsentMethod.WRITTEN_SIGNED);
    }
    if (status == ConsentStatus.RECONFIRMED) {
      consent.addReconfirmation(
          Reconfirmation.of(
              at("2026-03-18T10:00:00Z"), FACILITATOR_ACTOR, ConsentMethod.WRITTEN_SIGNED));
    }
    if (status == ConsentStatus.WITHDRAWN) {
      consent.withdrawal(
          new Withdrawal.Builder()
              .party(party)
              .at(at("2026-03-19T10:00:00Z"))
              .scope(WithdrawalScope.WHOLE_PROCESS)
              .build());
    }
    return consent.build();
  }

  // ---- processes, meetings and messages

  static RestorativeProcess aProcess(ProcessId id, ProcessType type) {
    return new RestorativeProcess.Builder()
        .id(id)
        .type(type)
        .medium(Medium.IN_PERSON)
        .chosenAt(at("2026-01-05T10:00:00Z"))
        .addParticipants(HARMED, RESPONSIBLE)
        .status(ProcessStatus.PLANNED)
        .build();
  }

  /** A meeting of the process in the given status, starting at {@code startAt}. */
  static Meeting aMeeting(ProcessId process, MeetingStatus status, Instant startAt) {
    Meeting.Builder meeting =
        new Meeting.Builder()
            .id(MeetingId.of(nextId("meeting")))
            .process(process)
            .status(status)
            .venue(Venue.of(VenueType.ON_WARD))
            .medium(Medium.IN_PERSON);
    if (status.isScheduledOrLater()) {
      meeting.startAt(startAt);
    }
    if (status == MeetingStatus.HELD) {
      meeting.endAt(startAt.plusSeconds(5400));
    }
    return meeting.build();
  }

  static Message aDeliveredMessage(ProcessId process, Instant deliveredAt) {
    return new Message.Builder()
        .id(MessageId.of(nextId("message")))
        .process(process)
        .sender(RESPONSIBLE)
        .addRecipients(HARMED)
        .medium(Medium.WRITTEN)
        .round(1)
        .status(MessageStatus.MESSAGE_DELIVERED)
        .draftedAt(deliveredAt.minusSeconds(172_800))
        .review(
            MessageReview.of(
                FACILITATOR, deliveredAt.minusSeconds(86_400), ReviewDecision.APPROVED))
        .deliveredAt(deliveredAt)
        .build();
  }

  static Message aDraftedMessage(ProcessId process, Instant draftedAt) {
    return new Message.Builder()
        .id(MessageId.of(nextId("message")))
        .process(process)
        .sender(RESPONSIBLE)
        .addRecipients(HARMED)
        .medium(Medium.WRITTEN)
        .round(1)
        .status(MessageStatus.MESSAGE_DRAFTED)
        .draftedAt(draftedAt)
        .build();
  }

  // ---- agreements and actions

  static OutcomeAgreement anAgreement(AgreementId id, AgreementStatus status) {
    return new OutcomeAgreement.Builder()
        .id(id)
        .createdAt(at("2026-03-20T12:00:00Z"))
        .status(status)
        .build();
  }

  static Action anAction(AgreementId agreement, ActionStatus status) {
    return new Action.Builder()
        .id(ActionId.of(nextId("action")))
        .agreement(agreement)
        .type(ActionType.APOLOGY_WRITTEN)
        .description("Write a letter of apology")
        .owner(PartyOrRole.party(RESPONSIBLE))
        .status(status)
        .build();
  }

  // ---- evaluations

  /** A completed evaluation by a participant who took part to the end. */
  static Evaluation anAnsweredEvaluation(
      PartyId party,
      PartyRole role,
      Satisfaction satisfaction,
      boolean wouldRecommend,
      FeltAfter feltAfter) {
    return anAnsweredEvaluation(
        party, role, satisfaction, wouldRecommend, feltAfter, true, at("2026-04-01T10:00:00Z"));
  }

  static Evaluation anAnsweredEvaluation(
      PartyId party,
      PartyRole role,
      Satisfaction satisfaction,
      boolean wouldRecommend,
      FeltAfter feltAfter,
      boolean completedProcess,
      Instant completedAt) {
    return new Evaluation.Builder()
        .id(EvaluationId.of(nextId("evaluation")))
        .party(party)
        .roleAtTime(role)
        .uptake(EvaluationUptake.COMPLETED)
        .offeredAt(completedAt.minusSeconds(86_400))
        .completedAt(completedAt)
        .completedProcess(completedProcess)
        .satisfaction(satisfaction)
        .wouldRecommend(wouldRecommend)
        .feltAfter(feltAfter)
        .build();
  }

  /** An evaluation that was not answered, with the given uptake. */
  static Evaluation anUnansweredEvaluation(
      PartyId party, PartyRole role, EvaluationUptake uptake, boolean completedProcess) {
    Evaluation.Builder evaluation =
        new Evaluation.Builder()
            .id(EvaluationId.of(nextId("evaluation")))
            .party(party)
            .roleAtTime(role)
            .uptake(uptake)
            .completedProcess(completedProcess);
    if (uptake.wasOffered()) {
      evaluation.offeredAt(at("2026-04-01T10:00:00Z"));
    }
    return evaluation.build();
  }

  static LocalDate date(String text) {
    return LocalDate.parse(text);
  }
}
