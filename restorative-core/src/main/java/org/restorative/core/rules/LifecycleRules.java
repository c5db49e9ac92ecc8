package org.restorative.core.rules;

import static org.restorative.core.rules.StandardCode.CLOSURE_REQUIRES_TERMINAL_ACTIONS;
import static org.restorative.core.rules.StandardCode.DATES_IN_ORDER;
import static org.restorative.core.rules.StandardCode.EVALUATION_OFFERED_AT_CLOSURE;
import static org.restorative.core.rules.StandardCode.NOT_PROCEEDING_REASON_REQUIRED;
import static org.restorative.core.rules.StandardCode.PREPARATION_CONTACT_PER_ATTENDEE;
import static org.restorative.core.rules.StandardCode.QUESTION_SET_VERSION_RECORDED;
import static org.restorative.core.rules.StandardCode.SAFEGUARDING_CONCERN_PAUSES;
import static org.restorative.core.rules.StandardCode.TERMINAL_STATUS_IMMUTABLE;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.restorative.core.assessment.ClinicalConsultation;
import org.restorative.core.assessment.RiskAssessment;
import org.restorative.core.assessment.SafeguardingConcern;
import org.restorative.core.assessment.SafetyPlan;
import org.restorative.core.assessment.SupervisorSignOff;
import org.restorative.core.casefile.CaseEvent;
import org.restorative.core.casefile.Closure;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.casefile.Stage;
import org.restorative.core.consent.CapacityAssessment;
import org.restorative.core.consent.CapacityAssessmentId;
import org.restorative.core.consent.CompetenceAssessment;
import org.restorative.core.consent.Consent;
import org.restorative.core.consent.Reconfirmation;
import org.restorative.core.harm.Harm;
import org.restorative.core.harm.HarmId;
import org.restorative.core.outcome.Action;
import org.restorative.core.outcome.ActionStatus;
import org.restorative.core.outcome.Evaluation;
import org.restorative.core.outcome.OutcomeAgreement;
import org.restorative.core.outcome.PartyAgreement;
import org.restorative.core.outcome.StatusChange;
import org.restorative.core.party.Facilitator;
import org.restorative.core.party.Party;
import org.restorative.core.party.PartyId;
import org.restorative.core.process.Meeting;
import org.restorative.core.process.MeetingId;
import org.restorative.core.process.MeetingStatus;
import org.restorative.core.process.Message;
import org.restorative.core.process.PreparationContact;
import org.restorative.core.process.RestorativeProcess;
import org.restorative.core.questions.Question;
import org.restorative.core.questions.QuestionCatalogue;
import org.restorative.core.questions.QuestionSet;
import org.restorative.core.questions.QuestionSetRef;
import org.restorative.core.questions.QuestionSetStatus;
import org.restorative.core.questions.QuestionSetUse;
import org.restorative.core.questions.Response;

/** Rules 48–55 of the domain brief §8: dates and lifecycle integrity. */
final class LifecycleRules {

  private static final Set<Stage> EVALUATION_STAGES =
      Set.of(Stage.CLOSURE, Stage.CLOSED_COMPLETED, Stage.CLOSED_PARTIAL);

  /**
   * The source of rule {@code DATES_IN_ORDER}, which the transitions also give when they refuse a
   * move dated before the last event of the history or a withdrawal dated after the moment it is
   * recorded.
   */
  static final String DATES_IN_ORDER_SOURCE = "Practice consensus (data integrity)";

  private LifecycleRules() {}

  static List<Rule> rules() {
    return List.of(
        datesInOrder(),
        closureRequiresTerminalActions(),
        questionSetVersionRecorded(),
        terminalStatusImmutable(),
        notProceedingReasonRequired(),
        preparationContactPerAttendee(),
        evaluationOfferedAtClosure(),
        safeguardingConcernPauses());
  }

  // ---------------------------------------------------------------- rule 48

  /** Rule 48. */
  static Rule datesInOrder() {
    return Rule.define(DATES_IN_ORDER)
        .severity(Severity.ERROR)
        .appliesFrom(Stage.REFERRAL)
        .source(DATES_IN_ORDER_SOURCE)
        .meaning(
            "The case's moments follow one another: harm, report, referral, assessment; a capacity"
                + " assessment before the consent that relies on it; a meeting before its agreement;"
                + " history in time order; closure after everything else; nothing in the future but"
                + " due, review and validity dates and planned, scheduled or called-off meetings. (That"
                + " an action is due on or after its agreement is ACTION_HAS_DUE_DATE.)")
        .check(
            context -> {
              List<Finding> findings = new ArrayList<>();
              harmsReportedAfterTheyOccurred(context, findings);
              referralReceivedAfterItsHarms(context, findings);
              assessmentEnteredAfterReferral(context, findings);
              capacityAssessedBeforeConsentRelyingOnIt(context, findings);
              agreementsCreatedAfterTheirMeetings(context, findings);
              closedAfterEverythingElse(context, findings);
              historyInTimeOrder(context, findings);
              nothingRecordedInTheFuture(context, findings);
              return findings;
            })
        .withLimitations(
            "A date recorded wrongly but in a plausible order cannot be told from the"
                + " record.");
  }

  /** A harm is not reported before the day it occurred. */
  private static void harmsReportedAfterTheyOccurred(CheckContext context, List<Finding> findings) {
    List<Harm> harms = context.restorativeCase().harms();
    for (int h = 0; h < harms.size(); h++) {
      if (reportedBeforeOccurred(context, harms.get(h))) {
        findings.add(
            Finding.at(
                Pointer.of("harms", h, "reportedOn"), "A harm is reported before it occurred."));
      }
    }
  }

  private static boolean reportedBeforeOccurred(CheckContext context, Harm harm) {
    LocalDate occurred = context.dateOf(harm.occurred().start());
    return harm.reportedOn().filter(reported -> reported.isBefore(occurred)).isPresent();
  }

  /**
   * The referral is received on or after the day each harm it names was reported, and after the
   * harm occurred. The occurrence is compared only when the harm's own dates are in order, so that
   * a wrong occurrence date is reported once; each comparison is reported at most once.
   */
  private static void referralReceivedAfterItsHarms(CheckContext context, List<Finding> findings) {
    RestorativeCase c = context.restorativeCase();
    Instant received = c.referral().receivedAt();
    LocalDate receivedOn = context.dateOf(received);
    Set<HarmId> referred = new HashSet<>(c.referral().harms());
    boolean beforeReport = false;
    boolean beforeOccurrence = false;
    for (Harm harm : c.harms()) {
      if (!referred.contains(harm.id()) || reportedBeforeOccurred(context, harm)) {
        continue;
      }
      if (harm.reportedOn().filter(receivedOn::isBefore).isPresent()) {
        beforeReport = true;
      } else if (harm.occurred().start().isAfter(received)) {
        beforeOccurrence = true;
      }
    }
    if (beforeReport) {
      findings.add(
          Finding.at(
              Pointer.of("referral", "receivedAt"),
              "The referral is received before a harm it names was reported."));
    }
    if (beforeOccurrence) {
      findings.add(
          Finding.at(
              Pointer.of("referral", "receivedAt"),
              "The referral is received before a harm it names occurred."));
    }
  }

  /** The first move into assessment is not before the referral was received. */
  private static void assessmentEnteredAfterReferral(CheckContext context, List<Finding> findings) {
    RestorativeCase c = context.restorativeCase();
    List<CaseEvent> history = c.history();
    for (int k = 0; k < history.size(); k++) {
      CaseEvent event = history.get(k);
      if (event.toStage().filter(to -> to == Stage.ASSESSMENT).isPresent()) {
        if (event.at().isBefore(c.referral().receivedAt())) {
          findings.add(
              Finding.at(
                  Pointer.of("history", k),
                  "The case enters assessment before the referral was received."));
        }
        return;
      }
    }
  }

  /** The capacity assessment a consent names as its basis is made at or before the consent. */
  private static void capacityAssessedBeforeConsentRelyingOnIt(
      CheckContext context, List<Finding> findings) {
    RestorativeCase c = context.restorativeCase();
    Map<CapacityAssessmentId, Instant> assessedAt = new HashMap<>();
    for (CapacityAssessment assessment : c.capacityAssessments()) {
      assessedAt.putIfAbsent(assessment.id(), assessment.assessedAt());
    }
    List<Consent> consents = c.consents();
    for (int i = 0; i < consents.size(); i++) {
      Consent consent = consents.get(i);
      Optional<Instant> assessed =
          consent.capacityBasis().flatMap(b -> b.assessment()).map(assessedAt::get);
      if (consent.obtainedAt().isPresent()
          && assessed.filter(at -> at.isAfter(consent.obtainedAt().get())).isPresent()) {
        findings.add(
            Finding.at(
                Pointer.of("consents", i, "capacityBasis"),
                "The capacity assessment a consent relies on was made after the consent."));
      }
    }
  }

  /** An agreement reached at a meeting is created at or after the meeting's start. */
  private static void agreementsCreatedAfterTheirMeetings(
      CheckContext context, List<Finding> findings) {
    RestorativeCase c = context.restorativeCase();
    Map<MeetingId, Instant> starts = new HashMap<>();
    for (Meeting meeting : c.meetings()) {
      meeting.startAt().ifPresent(start -> starts.putIfAbsent(meeting.id(), start));
    }
    List<OutcomeAgreement> agreements = c.agreements();
    for (int i = 0; i < agreements.size(); i++) {
      OutcomeAgreement agreement = agreements.get(i);
      Optional<Instant> start = agreement.meeting().map(starts::get);
      if (start.filter(agreement.createdAt()::isBefore).isPresent()) {
        findings.add(
            Finding.at(
                Pointer.of("agreements", i, "createdAt"),
                "An agreement is created before the meeting it comes from started."));
      }
    }
  }

  /**
   * The closure is not earlier than anything else the case records as done. Left out, because they
   * may rightly follow the closure: evaluations (feedback comes back later), disclosures (the log
   * continues), withdrawals (consent to sharing can be withdrawn after closure), meetings that
   * never took place (planned, scheduled or abandoned), and history events after the first closing
   * event (rule {@code TERMINAL_STATUS_IMMUTABLE}).
   */
  private static void closedAfterEverythingElse(CheckContext context, List<Finding> findings) {
    RestorativeCase c = context.restorativeCase();
    Optional<Instant> closedAt = c.closure().map(Closure::closedAt);
    if (closedAt.isEmpty()) {
      return;
    }
    Latest latest = new Latest();
    List<CaseEvent> history = c.history();
    int closing = firstClosingEvent(history).orElse(history.size() - 1);
    for (int k = 0; k <= closing; k++) {
      latest.add(history.get(k).at());
    }
    latest.add(c.referral().receivedAt());
    latest.add(c.referral().acceptedAt());
    for (Facilitator facilitator : c.facilitators()) {
      latest.add(facilitator.conflictDeclaration().map(d -> d.declaredAt()));
    }
    for (Consent consent : c.consents()) {
      latest.add(consent.obtainedAt());
      for (Reconfirmation r : consent.reconfirmations()) {
        latest.add(r.at());
      }
      latest.add(consent.voluntariness().map(v -> v.checkedAt()));
    }
    for (CapacityAssessment a : c.capacityAssessments()) {
      latest.add(a.assessedAt());
    }
    for (CompetenceAssessment a : c.competenceAssessments()) {
      latest.add(a.assessedAt());
    }
    for (RiskAssessment risk : c.riskAssessments()) {
      latest.add(risk.startedAt());
      latest.add(risk.completedAt());
    }
    for (SafetyPlan p : c.safetyPlans()) {
      latest.add(p.agreedAt());
    }
    for (ClinicalConsultation p : c.consultations()) {
      latest.add(p.consultedAt());
    }
    for (SupervisorSignOff s : c.signOffs()) {
      latest.add(s.signedAt());
    }
    for (SafeguardingConcern concern : c.safeguardingConcerns()) {
      latest.add(concern.raisedAt());
      latest.add(concern.pauseDecision().map(d -> d.decidedAt()));
    }
    for (RestorativeProcess process : c.processes()) {
      latest.add(process.chosenAt());
      latest.add(process.endedAt());
    }
    for (PreparationContact p : c.preparationContacts()) {
      latest.add(p.at());
    }
    for (Meeting meeting : c.meetings()) {
      if (tookPlace(meeting)) {
        latest.add(meeting.startAt());
        latest.add(meeting.endAt());
      }
    }
    for (Message message : c.messages()) {
      latest.add(message.draftedAt());
      latest.add(message.review().map(r -> r.reviewedAt()));
      latest.add(message.deliveredAt());
    }
    for (QuestionSetUse u : c.questionSetUses()) {
      latest.add(u.usedAt());
    }
    for (OutcomeAgreement agreement : c.agreements()) {
      latest.add(agreement.createdAt());
      for (PartyAgreement p : agreement.partyAgreements()) {
        latest.add(p.at());
      }
    }
    for (Action action : c.actions()) {
      for (StatusChange s : action.statusHistory()) {
        latest.add(s.at());
      }
      latest.add(action.harmedInformedAt());
    }
    if (latest.isAfter(closedAt.get())) {
      findings.add(
          Finding.at(
              Pointer.of("closure", "closedAt"),
              "The case is closed before the last thing recorded in it."));
    }
  }

  private static boolean tookPlace(Meeting meeting) {
    MeetingStatus status = meeting.status();
    return status == MeetingStatus.IN_PROGRESS
        || status == MeetingStatus.HELD
        || status == MeetingStatus.ADJOURNED;
  }

  /** Each history event is at or after the one before it ({@link #mayFollowInHistory}). */
  private static void historyInTimeOrder(CheckContext context, List<Finding> findings) {
    List<CaseEvent> history = context.restorativeCase().history();
    for (int k = 1; k < history.size(); k++) {
      if (!mayFollowInHistory(history.get(k - 1).at(), history.get(k).at())) {
        findings.add(
            Finding.at(
                Pointer.of("history", k), "A history event is earlier than the event before it."));
      }
    }
  }

  /**
   * Whether a history event at {@code next} may follow one at {@code previous}: at the same moment
   * or later. Rule {@code DATES_IN_ORDER} judges the history by it, and the transitions judge the
   * moment of a move by it, so that the two never disagree.
   *
   * @param previous the moment of the event before
   * @param next the moment of the event after it
   * @return whether the two are in time order
   */
  static boolean mayFollowInHistory(Instant previous, Instant next) {
    return !next.isBefore(previous);
  }

  /**
   * Whether a moment lies after the moment of checking, so that rule {@code DATES_IN_ORDER} reports
   * it as recorded in the future (unless it is one that may look ahead). The transitions judge a
   * withdrawal's moment against the moment it is recorded by it, so that the two never disagree.
   *
   * @param moment the moment recorded
   * @param asOf the moment of checking
   * @return whether the moment is after the moment of checking
   */
  static boolean isInTheFuture(Instant moment, Instant asOf) {
    return moment.isAfter(asOf);
  }

  /**
   * No moment or date lies after the moment of checking, except those that look ahead: due and
   * review dates, reassess-by dates, the validity of leave, orders and conditions, and the times of
   * meetings not yet held.
   */
  private static void nothingRecordedInTheFuture(CheckContext context, List<Finding> findings) {
    Future future = new Future(context, findings);
    RestorativeCase c = context.restorativeCase();
    future.at(c.referral().receivedAt(), "referral", "receivedAt");
    future.at(c.referral().acceptedAt(), "referral", "acceptedAt");
    harmsInTheFuture(c, future);
    partiesInTheFuture(c, future);
    facilitatorsInTheFuture(c, future);
    consentsInTheFuture(c, future);
    assessmentsInTheFuture(c, future);
    processWorkInTheFuture(c, future);
    outcomesInTheFuture(c, future);
    List<CaseEvent> history = c.history();
    for (int k = 0; k < history.size(); k++) {
      future.at(history.get(k).at(), "history", k, "at");
    }
    c.pause().ifPresent(p -> future.at(p.since(), "pause", "since"));
    c.closure().ifPresent(cl -> future.at(cl.closedAt(), "closure", "closedAt"));
  }

  private static void harmsInTheFuture(RestorativeCase c, Future future) {
    List<Harm> harms = c.harms();
    for (int h = 0; h < harms.size(); h++) {
      Harm harm = harms.get(h);
      future.at(harm.occurred().start(), "harms", h, "occurred", "from");
      future.at(harm.occurred().end(), "harms", h, "occurred", "to");
      future.on(harm.reportedOn(), "harms", h, "reportedOn");
      // A contact restriction's startsOn and endsOn are the period of an order: they may look
      // ahead.
    }
  }

  private static void partiesInTheFuture(RestorativeCase c, Future future) {
    List<Party> parties = c.parties();
    for (int p = 0; p < parties.size(); p++) {
      Party party = parties.get(p);
      future.on(party.dateOfBirth(), "parties", p, "dateOfBirth");
      future.on(
          party.mentalHealthAct().flatMap(m -> m.since()),
          "parties",
          p,
          "mentalHealthAct",
          "since");
      for (int a = 0; a < party.acknowledgements().size(); a++) {
        future.on(
            party.acknowledgements().get(a).acknowledgedOn(),
            "parties",
            p,
            "acknowledgements",
            a,
            "acknowledgedOn");
      }
      future.on(
          party.parentalInvolvement().flatMap(i -> i.recordedOn()),
          "parties",
          p,
          "parentalInvolvement",
          "recordedOn");
      // Leave authorisations and discharge conditions are periods set ahead: not checked.
    }
  }

  private static void facilitatorsInTheFuture(RestorativeCase c, Future future) {
    List<Facilitator> facilitators = c.facilitators();
    for (int f = 0; f < facilitators.size(); f++) {
      Facilitator facilitator = facilitators.get(f);
      for (int t = 0; t < facilitator.trainingRecords().size(); t++) {
        future.on(
            facilitator.trainingRecords().get(t).completedOn(),
            "facilitators",
            f,
            "trainingRecords",
            t,
            "completedOn");
      }
      future.on(facilitator.lastSupervisionOn(), "facilitators", f, "lastSupervisionOn");
      future.on(facilitator.lastObservedPracticeOn(), "facilitators", f, "lastObservedPracticeOn");
      future.at(
          facilitator.conflictDeclaration().map(d -> d.declaredAt()),
          "facilitators",
          f,
          "conflictDeclaration",
          "declaredAt");
    }
  }

  private static void consentsInTheFuture(RestorativeCase c, Future future) {
    List<Consent> consents = c.consents();
    for (int i = 0; i < consents.size(); i++) {
      Consent consent = consents.get(i);
      future.at(consent.obtainedAt(), "consents", i, "obtainedAt");
      for (int r = 0; r < consent.reconfirmations().size(); r++) {
        future.at(consent.reconfirmations().get(r).at(), "consents", i, "reconfirmations", r, "at");
      }
      future.at(consent.withdrawal().map(w -> w.at()), "consents", i, "withdrawal", "at");
      future.at(
          consent.voluntariness().map(v -> v.checkedAt()),
          "consents",
          i,
          "voluntariness",
          "checkedAt");
    }
    for (int k = 0; k < c.capacityAssessments().size(); k++) {
      future.at(
          c.capacityAssessments().get(k).assessedAt(), "capacityAssessments", k, "assessedAt");
    }
    for (int k = 0; k < c.competenceAssessments().size(); k++) {
      future.at(
          c.competenceAssessments().get(k).assessedAt(), "competenceAssessments", k, "assessedAt");
    }
    for (int k = 0; k < c.withdrawals().size(); k++) {
      future.at(c.withdrawals().get(k).at(), "withdrawals", k, "at");
    }
    for (int k = 0; k < c.disclosures().size(); k++) {
      future.at(c.disclosures().get(k).disclosedAt(), "disclosures", k, "disclosedAt");
    }
  }

  private static void assessmentsInTheFuture(RestorativeCase c, Future future) {
    List<RiskAssessment> risks = c.riskAssessments();
    for (int k = 0; k < risks.size(); k++) {
      future.at(risks.get(k).startedAt(), "riskAssessments", k, "startedAt");
      future.at(risks.get(k).completedAt(), "riskAssessments", k, "completedAt");
    }
    for (int k = 0; k < c.safetyPlans().size(); k++) {
      future.at(c.safetyPlans().get(k).agreedAt(), "safetyPlans", k, "agreedAt");
    }
    for (int k = 0; k < c.consultations().size(); k++) {
      future.at(c.consultations().get(k).consultedAt(), "consultations", k, "consultedAt");
    }
    for (int k = 0; k < c.signOffs().size(); k++) {
      future.at(c.signOffs().get(k).signedAt(), "signOffs", k, "signedAt");
    }
    List<SafeguardingConcern> concerns = c.safeguardingConcerns();
    for (int k = 0; k < concerns.size(); k++) {
      future.at(concerns.get(k).raisedAt(), "safeguardingConcerns", k, "raisedAt");
      future.at(
          concerns.get(k).pauseDecision().map(d -> d.decidedAt()),
          "safeguardingConcerns",
          k,
          "pauseDecision",
          "decidedAt");
    }
  }

  private static void processWorkInTheFuture(RestorativeCase c, Future future) {
    List<RestorativeProcess> processes = c.processes();
    for (int k = 0; k < processes.size(); k++) {
      future.at(processes.get(k).chosenAt(), "processes", k, "chosenAt");
      future.at(processes.get(k).endedAt(), "processes", k, "endedAt");
    }
    List<PreparationContact> contacts = c.preparationContacts();
    for (int k = 0; k < contacts.size(); k++) {
      future.at(contacts.get(k).at(), "preparationContacts", k, "at");
    }
    List<Meeting> meetings = c.meetings();
    for (int k = 0; k < meetings.size(); k++) {
      Meeting meeting = meetings.get(k);
      MeetingStatus status = meeting.status();
      // A meeting called off before it began keeps the start it was booked for, which may be ahead.
      boolean ahead =
          status == MeetingStatus.PLANNED
              || status == MeetingStatus.SCHEDULED
              || (status == MeetingStatus.ABANDONED && meeting.endAt().isEmpty());
      if (!ahead) {
        future.at(meeting.startAt(), "meetings", k, "startAt");
      }
      if (!ahead && status != MeetingStatus.IN_PROGRESS) {
        future.at(meeting.endAt(), "meetings", k, "endAt");
      }
    }
    List<Message> messages = c.messages();
    for (int k = 0; k < messages.size(); k++) {
      Message message = messages.get(k);
      future.at(message.draftedAt(), "messages", k, "draftedAt");
      future.at(message.review().map(r -> r.reviewedAt()), "messages", k, "review", "reviewedAt");
      future.at(message.deliveredAt(), "messages", k, "deliveredAt");
    }
    List<QuestionSetUse> uses = c.questionSetUses();
    for (int k = 0; k < uses.size(); k++) {
      future.at(uses.get(k).usedAt(), "questionSetUses", k, "usedAt");
    }
  }

  private static void outcomesInTheFuture(RestorativeCase c, Future future) {
    List<OutcomeAgreement> agreements = c.agreements();
    for (int i = 0; i < agreements.size(); i++) {
      OutcomeAgreement agreement = agreements.get(i);
      future.at(agreement.createdAt(), "agreements", i, "createdAt");
      for (int j = 0; j < agreement.partyAgreements().size(); j++) {
        future.at(
            agreement.partyAgreements().get(j).at(), "agreements", i, "partyAgreements", j, "at");
      }
    }
    List<Action> actions = c.actions();
    for (int i = 0; i < actions.size(); i++) {
      Action action = actions.get(i);
      for (int s = 0; s < action.statusHistory().size(); s++) {
        future.at(action.statusHistory().get(s).at(), "actions", i, "statusHistory", s, "at");
      }
      future.at(action.harmedInformedAt(), "actions", i, "harmedInformedAt");
    }
    List<Evaluation> evaluations = c.evaluations();
    for (int i = 0; i < evaluations.size(); i++) {
      future.at(evaluations.get(i).offeredAt(), "evaluations", i, "offeredAt");
      future.at(evaluations.get(i).completedAt(), "evaluations", i, "completedAt");
    }
  }

  // ---------------------------------------------------------------- rules 49–55

  /**
   * Rule 49 with the exit from follow-up of the domain brief §1.2 S5 and the closed states of S6: a
   * case enters closure with every action in a terminal state, and is closed as completed only when
   * every action was completed (an action varied into another counts through that other); otherwise
   * it closes as partial.
   */
  static Rule closureRequiresTerminalActions() {
    return Rule.define(CLOSURE_REQUIRES_TERMINAL_ACTIONS)
        .severity(Severity.ERROR)
        .appliesFrom(Stage.CLOSURE)
        .source(
            "Scottish Government Policy and Practice Framework §24.1 (Scottish); domain brief §1.2"
                + " S5 (exit to closure) and S6 (closed states); practice consensus")
        .meaning(
            "A case enters closure with every action in a terminal state, and is closed as"
                + " completed only when every action was completed (or varied into another);"
                + " otherwise it closes as partial.")
        .check(
            context -> {
              boolean completed = context.stage() == Stage.CLOSED_COMPLETED;
              List<Finding> findings = new ArrayList<>();
              List<Action> actions = context.restorativeCase().actions();
              for (int i = 0; i < actions.size(); i++) {
                ActionStatus status = actions.get(i).status();
                boolean done = status == ActionStatus.COMPLETED || status == ActionStatus.VARIED;
                if (!status.isTerminal() || (completed && !done)) {
                  findings.add(
                      Finding.at(
                          Pointer.of("actions", i, "status"),
                          completed
                              ? "An action was not completed in a case closed as completed."
                              : "An action is still open at closure."));
                }
              }
              return findings;
            })
        .withLimitations(
            "Whether the reasons for a partial close are recorded is left to the closure's note;"
                + " the model has no structured reason for it.");
  }

  /** Rule 50. */
  static Rule questionSetVersionRecorded() {
    return Rule.define(QUESTION_SET_VERSION_RECORDED)
        .severity(Severity.WARNING)
        .appliesFrom(Stage.PREPARATION)
        .source(
            "Practice consensus (question wording is versioned, domain brief §5.1); sets shipped only"
                + " as a reference, or not yet checked, are not for use (brief §5.2)")
        .meaning(
            "A held meeting records the id and version of the question set it used; every question"
                + " set recorded, for a meeting, a contact, a message or an agreement, is one of the"
                + " trust's catalogue and may be used: not REFERENCE_ONLY, not UNVERIFIED; and no"
                + " response answers a question whose wording was recalled rather than checked.")
        .check(
            context -> {
              RestorativeCase c = context.restorativeCase();
              List<Finding> findings = new ArrayList<>();
              Set<MeetingId> recorded = new HashSet<>();
              c.questionSetUses().forEach(u -> u.meeting().ifPresent(recorded::add));
              List<Meeting> meetings = c.meetings();
              for (int i = 0; i < meetings.size(); i++) {
                Meeting meeting = meetings.get(i);
                if (meeting.status() == MeetingStatus.HELD && !recorded.contains(meeting.id())) {
                  findings.add(
                      Finding.at(
                          Pointer.of("meetings", i),
                          "A held meeting does not record the question set it used."));
                }
              }
              QuestionCatalogue catalogue = context.policy().questionCatalogue();
              List<QuestionSetUse> uses = c.questionSetUses();
              for (int k = 0; k < uses.size(); k++) {
                QuestionSetUse use = uses.get(k);
                Optional<QuestionSet> set = catalogue.find(use.questionSet());
                unusableSet(set, Pointer.of("questionSetUses", k, "questionSet"))
                    .ifPresent(findings::add);
                if (set.isPresent()) {
                  List<Response> responses = use.responses();
                  for (int j = 0; j < responses.size(); j++) {
                    Optional<Question> question =
                        set.get().question(responses.get(j).questionOrdinal());
                    if (question.isPresent() && !set.get().isWordingChecked(question.get())) {
                      findings.add(
                          Finding.at(
                              Pointer.of("questionSetUses", k, "responses", j),
                              "A response answers a question whose wording was recalled, not"
                                  + " checked against its source."));
                    }
                  }
                }
              }
              List<OutcomeAgreement> agreements = c.agreements();
              for (int a = 0; a < agreements.size(); a++) {
                Optional<QuestionSetRef> ref = agreements.get(a).questionSet();
                if (ref.isPresent()) {
                  unusableSet(catalogue.find(ref.get()), Pointer.of("agreements", a, "questionSet"))
                      .ifPresent(findings::add);
                }
              }
              return findings;
            })
        .withPolicyParameters("questionCatalogue")
        .withLimitations(
            "A set deprecated by the trust is not reported: the catalogue does not say when it was"
                + " deprecated, so a use before that day cannot be told from one after.");
  }

  /** A recorded set that is not in the catalogue, or that the catalogue says is not for use. */
  private static Optional<Finding> unusableSet(Optional<QuestionSet> set, String path) {
    if (set.isEmpty()) {
      return Optional.of(
          Finding.at(path, "A question set recorded is not in the trust's catalogue."));
    }
    QuestionSetStatus status = set.get().status();
    if (status == QuestionSetStatus.REFERENCE_ONLY) {
      return Optional.of(
          Finding.at(path, "A question set kept as a reference only is recorded as used."));
    }
    if (status == QuestionSetStatus.UNVERIFIED) {
      return Optional.of(
          Finding.at(path, "A question set whose wording is not yet checked is recorded as used."));
    }
    return Optional.empty();
  }

  /** Rule 51. */
  static Rule terminalStatusImmutable() {
    return Rule.define(TERMINAL_STATUS_IMMUTABLE)
        .severity(Severity.ERROR)
        .appliesFrom(Stage.REFERRAL)
        .source("Practice consensus (audit trail)")
        .meaning(
            "A closed case does not move again: nothing follows its closing event in the history;"
                + " reopening creates a new linked case. Also a guarantee of the transition"
                + " functions.")
        .check(
            context -> {
              List<CaseEvent> history = context.restorativeCase().history();
              int closing = firstClosingEvent(history).orElse(history.size());
              List<Finding> findings = new ArrayList<>();
              for (int k = closing + 1; k < history.size(); k++) {
                findings.add(
                    Finding.at(
                        Pointer.of("history", k), "An event follows the closure of the case."));
              }
              return findings;
            })
        .asGuarantee()
        .withLimitations(
            "A closed case changed outside the library, without a history event, cannot be"
                + " told from the record.");
  }

  /** Rule 52. */
  static Rule notProceedingReasonRequired() {
    return Rule.define(NOT_PROCEEDING_REASON_REQUIRED)
        .severity(Severity.ERROR)
        .appliesFrom(Stage.REFERRAL)
        .source("Practice consensus (reason codes of the domain brief §1.6 and §1.7)")
        .meaning(
            "A pause has a pause reason and a closure as not proceeding has a not-proceeding"
                + " reason; a withdrawal never needs one (WITHDRAWAL_ALWAYS_ACCEPTED). Also a"
                + " guarantee of the transition functions.")
        .check(
            context -> {
              List<Finding> findings = new ArrayList<>();
              List<CaseEvent> history = context.restorativeCase().history();
              for (int k = 0; k < history.size(); k++) {
                CaseEvent event = history.get(k);
                Optional<Stage> to = event.toStage();
                if (to.filter(s -> s == Stage.PAUSED).isPresent()
                    && event.pauseReason().isEmpty()) {
                  findings.add(
                      Finding.at(
                          Pointer.of("history", k), "A pause is recorded without a reason."));
                }
                if (to.filter(s -> s == Stage.CLOSED_NOT_PROCEEDING).isPresent()
                    && event.notProceedingReason().isEmpty()) {
                  findings.add(
                      Finding.at(
                          Pointer.of("history", k),
                          "A closure as not proceeding is recorded without a reason."));
                }
              }
              RestorativeCase c = context.restorativeCase();
              boolean closedNotProceeding =
                  context.stage() == Stage.CLOSED_NOT_PROCEEDING
                      && c.stage() == Stage.CLOSED_NOT_PROCEEDING;
              if (closedNotProceeding
                  && c.closure().flatMap(Closure::notProceedingReason).isEmpty()) {
                findings.add(
                    Finding.at(
                        Pointer.of("closure", "notProceedingReason"),
                        "The case is closed as not proceeding without a reason."));
              }
              return findings;
            })
        .asGuarantee()
        .withLimitations(
            "Whether the reason recorded is the true one is not checkable; the rule checks"
                + " that one is given.");
  }

  /**
   * Rule 53: every attendee of a meeting, supporters included, has had a preparation contact before
   * it; and from intervention on (the exit from preparation of the domain brief §1.2 S2), so has
   * every participant of a process under way, so that an indirect process or a meeting with no
   * attendees yet cannot pass the gate by absence. A participant whose withdrawal from the process
   * stands is not asked for one ({@link CheckContext#withdrewFrom}: one who consented to its type
   * afresh since is).
   */
  static Rule preparationContactPerAttendee() {
    return Rule.define(PREPARATION_CONTACT_PER_ATTENDEE)
        .severity(Severity.ERROR)
        .appliesFrom(Stage.PREPARATION)
        .source(
            "Scottish Government Guidance 2017 Part E; Victim Support restorative justice guidance;"
                + " Staffordshire Victim Gateway, types of restorative justice")
        .meaning(
            "Every attendee of a meeting, supporters included, has had at least one preparation contact"
                + " before it; from intervention on, so has every participant of a process under way.")
        .check(
            context -> {
              Map<PartyId, Instant> firstContact = new HashMap<>();
              for (PreparationContact contact : context.restorativeCase().preparationContacts()) {
                firstContact.merge(contact.party(), contact.at(), (a, b) -> a.isBefore(b) ? a : b);
              }
              List<Finding> findings = new ArrayList<>();
              Set<PartyId> reported = new HashSet<>();
              for (CheckContext.Indexed<Meeting> indexed : context.meetingsInScope()) {
                Meeting meeting = indexed.value();
                Instant judgedAt = context.judgedAt(meeting);
                for (int j = 0; j < meeting.attendees().size(); j++) {
                  PartyId party = meeting.attendees().get(j).party();
                  Instant first = firstContact.get(party);
                  if (first == null || first.isAfter(judgedAt)) {
                    reported.add(party);
                    findings.add(
                        Finding.at(
                            Pointer.of("meetings", indexed.index(), "attendees", j),
                            "An attendee has had no preparation contact before the meeting."));
                  }
                }
              }
              if (!context.mainLineStage().isAtOrAfter(Stage.INTERVENTION)) {
                return findings;
              }
              List<RestorativeProcess> processes = context.restorativeCase().processes();
              for (int i = 0; i < processes.size(); i++) {
                RestorativeProcess process = processes.get(i);
                if (process.isEnded()) {
                  continue;
                }
                int j = 0;
                for (PartyId party : process.participants()) {
                  Instant first = firstContact.get(party);
                  boolean prepared = first != null && !first.isAfter(context.asOf());
                  if (!prepared
                      && !context.withdrewFrom(party, process.type())
                      && reported.add(party)) {
                    findings.add(
                        Finding.at(
                            Pointer.of("processes", i, "participants", j),
                            "A participant has had no preparation contact."));
                  }
                  j++;
                }
              }
              return findings;
            })
        .withLimitations(
            "What a preparation contact covered, and whether it prepared the person, is not"
                + " checked; the rule checks that one is recorded before the meeting or the"
                + " intervention.");
  }

  /** Rule 54. */
  static Rule evaluationOfferedAtClosure() {
    return Rule.define(EVALUATION_OFFERED_AT_CLOSURE)
        .severity(Severity.WARNING)
        .appliesFrom(Stage.CLOSURE)
        .source(
            "Scottish Government Guidance 2017 Part I; RJC Restorative Organisation Code of Practice")
        .meaning(
            "At closure every participant of every process has an evaluation record saying whether"
                + " feedback was offered and taken up.")
        .check(
            context -> {
              if (!EVALUATION_STAGES.contains(context.stage())) {
                return List.of();
              }
              RestorativeCase c = context.restorativeCase();
              Set<PartyId> evaluated = new HashSet<>();
              c.evaluations().forEach(e -> evaluated.add(e.party()));
              Set<PartyId> participants = new LinkedHashSet<>();
              c.processes().forEach(p -> participants.addAll(p.participants()));
              List<Finding> findings = new ArrayList<>();
              for (PartyId participant : participants) {
                if (!evaluated.contains(participant)) {
                  findings.add(
                      Finding.at(
                          context.partyPath(participant),
                          "A participant has no evaluation record."));
                }
              }
              return findings;
            })
        .withLimitations(
            "What the evaluation found is not checked; the rule checks that each"
                + " participant's offer and uptake are recorded.");
  }

  /** Rule 55. */
  static Rule safeguardingConcernPauses() {
    return Rule.define(SAFEGUARDING_CONCERN_PAUSES)
        .severity(Severity.WARNING)
        .appliesFrom(Stage.REFERRAL)
        .source(
            "Restorative Cleveland consent guidance; BCRJP victim-offender conference outline"
                + " (safeguarding exception to confidentiality); practice consensus")
        .meaning(
            "Every safeguarding concern raised has a recorded decision whether to pause the case for a"
                + " safeguarding enquiry, either way.")
        .check(
            context -> {
              List<Finding> findings = new ArrayList<>();
              List<SafeguardingConcern> concerns = context.restorativeCase().safeguardingConcerns();
              for (int i = 0; i < concerns.size(); i++) {
                if (concerns.get(i).pauseDecision().isEmpty()) {
                  findings.add(
                      Finding.at(
                          Pointer.of("safeguardingConcerns", i, "pauseDecision"),
                          "A safeguarding concern has no decision whether to pause the case."));
                }
              }
              return findings;
            })
        .withLimitations(
            "A concern that was not recorded as such cannot be seen, and whether the"
                + " decision taken was right is a judgement; the rule checks that a decision is"
                + " recorded.");
  }

  // ---------------------------------------------------------------- helpers

  /** The index of the first history event that moves the case into a closed state. */
  private static Optional<Integer> firstClosingEvent(List<CaseEvent> history) {
    for (int k = 0; k < history.size(); k++) {
      if (history.get(k).toStage().filter(Stage::isClosed).isPresent()) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }

  /** The latest of a number of moments. */
  private static final class Latest {
    private @Nullable Instant latest;

    void add(Instant moment) {
      if (latest == null || moment.isAfter(latest)) {
        latest = moment;
      }
    }

    void add(Optional<Instant> moment) {
      if (moment.isPresent()) {
        add(moment.get());
      }
    }

    boolean isAfter(Instant moment) {
      return latest != null && latest.isAfter(moment);
    }
  }

  /** Reports each moment after the moment of checking, and each date after the day of checking. */
  private static final class Future {
    private final Instant asOf;
    private final LocalDate today;
    private final List<Finding> findings;

    Future(CheckContext context, List<Finding> findings) {
      this.asOf = context.asOf();
      this.today = context.today();
      this.findings = findings;
    }

    void at(Instant moment, Object... path) {
      if (isInTheFuture(moment, asOf)) {
        findings.add(Finding.at(Pointer.of(path), "A moment is recorded in the future."));
      }
    }

    void at(Optional<Instant> moment, Object... path) {
      moment.ifPresent(m -> at(m, path));
    }

    void on(LocalDate date, Object... path) {
      if (date.isAfter(today)) {
        findings.add(Finding.at(Pointer.of(path), "A date is recorded in the future."));
      }
    }

    void on(Optional<LocalDate> date, Object... path) {
      date.ifPresent(d -> on(d, path));
    }
  }
}
