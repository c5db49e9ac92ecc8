package org.restorative.core.rules;

import static org.restorative.core.rules.StandardCode.CLINICAL_TEAM_CONSULTED;
import static org.restorative.core.rules.StandardCode.RISK_ASSESSMENT_BEFORE_DIRECT_CONTACT;
import static org.restorative.core.rules.StandardCode.RISK_ASSESSMENT_FOR_INDIRECT;
import static org.restorative.core.rules.StandardCode.RISK_REVIEWED_AFTER_CHANGE;
import static org.restorative.core.rules.StandardCode.SAFETY_PLAN_FOR_DIRECT_MEETING;
import static org.restorative.core.rules.StandardCode.SENSITIVE_CASE_ESCALATION;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.restorative.core.assessment.AssessmentStatus;
import org.restorative.core.assessment.ClinicalConsultation;
import org.restorative.core.assessment.RiskAssessment;
import org.restorative.core.assessment.SafetyMeasure;
import org.restorative.core.assessment.SafetyPlan;
import org.restorative.core.assessment.SignOffSubject;
import org.restorative.core.assessment.SupervisorSignOff;
import org.restorative.core.casefile.CaseEvent;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.casefile.Stage;
import org.restorative.core.harm.Harm;
import org.restorative.core.internal.Dates;
import org.restorative.core.party.Facilitator;
import org.restorative.core.party.LeaveAuthorisation;
import org.restorative.core.party.MentalHealthActStatus;
import org.restorative.core.party.Party;
import org.restorative.core.party.PartyId;
import org.restorative.core.party.PartyRole;
import org.restorative.core.process.Attendee;
import org.restorative.core.process.ContactMode;
import org.restorative.core.process.Meeting;
import org.restorative.core.process.MeetingId;
import org.restorative.core.process.Message;
import org.restorative.core.process.ProcessId;
import org.restorative.core.process.ProcessType;
import org.restorative.core.process.RestorativeProcess;
import org.restorative.core.rules.CheckContext.Indexed;

/** Rules 18–23 of the domain brief §8: risk and safety. */
final class SafetyRules {

  private SafetyRules() {}

  static List<Rule> rules() {
    return List.of(
        riskAssessedBeforeDirectContact(),
        riskAssessedBeforeAnyMessageIsDelivered(),
        riskReviewedAfterAChange(),
        safetyPlanForEveryDirectMeeting(),
        sensitiveCasesAreEscalated(),
        treatingTeamConsultedBeforeMeeting());
  }

  /**
   * Rule 18: before a direct meeting or circle, and before preparation for each process that brings
   * the parties together, a completed risk assessment with a proceed outcome covers the process
   * type and its principal participants; at a meeting, every principal attendee. Supporters are
   * rule 29.
   */
  static Rule riskAssessedBeforeDirectContact() {
    return Rule.define(RISK_ASSESSMENT_BEFORE_DIRECT_CONTACT)
        .severity(Severity.ERROR)
        .appliesFrom(Stage.PREPARATION)
        .source(
            "RJC Service Provider Code E; Scottish Government Policy and Practice Framework §20"
                + " (Scottish); Staffordshire Victim Gateway, Types of Restorative Justice; domain brief"
                + " §1.2 S1 (exit to preparation)")
        .meaning(
            "Before preparation, a risk and strengths assessment completed with a proceed outcome"
                + " covers each chosen process that brings the parties together (direct, circle, or"
                + " varying) and its principal participants; before a meeting, its process type and"
                + " every principal attendee (supporters are rule SUPPORTER_ASSESSED_AND_CONSENTED).")
        .check(
            context -> {
              List<RiskAssessment> proceeding = proceeding(context);
              List<Finding> findings = new ArrayList<>();
              Set<ProcessId> atMeetings = new HashSet<>();
              for (Indexed<Meeting> indexed : context.meetingsInScope()) {
                if (context.isDirect(indexed.value())) {
                  atMeetings.add(indexed.value().process());
                }
              }
              unassessedProcesses(context, proceeding, findings, GateSide.CONTACT, atMeetings);
              for (Indexed<Meeting> indexed : context.meetingsInScope()) {
                Meeting meeting = indexed.value();
                Optional<ProcessType> type = context.processType(meeting.process());
                if (!context.isDirect(meeting) || type.isEmpty()) {
                  continue;
                }
                Instant judgedAt = context.judgedAt(meeting);
                Set<PartyId> attendees = principals(context, meeting.attendeeParties());
                boolean assessed = anyCovers(proceeding, judgedAt, type.get(), attendees);
                if (!assessed) {
                  findings.add(
                      Finding.at(
                          Pointer.of("meetings", indexed.index()),
                          "A direct meeting has no completed risk assessment with a proceed outcome"
                              + " that covers its process type and every attendee."));
                }
              }
              return findings;
            })
        .withLimitations(
            "The quality of the assessment (what was explored, with whom) is the assessor's"
                + " judgement; the rule checks that a completed assessment with a proceed outcome"
                + " covers the process and the people.");
  }

  /** Which side of rules 18 and 19 a process falls on. */
  private enum GateSide {
    /** Direct, group and varying processes: rule 18. */
    CONTACT,
    /** Indirect processes and work with one party: rule 19. */
    NO_CONTACT;

    static GateSide of(ProcessType type) {
      ContactMode mode = type.contactMode();
      return mode == ContactMode.INDIRECT || mode == ContactMode.NONE ? NO_CONTACT : CONTACT;
    }
  }

  /**
   * Reports, at {@code /riskAssessments} where the missing record belongs, each process not ended
   * on one side of rules 18 and 19 that no completed proceeding assessment covers with its
   * principal participants — except a process whose meetings or delivered messages are checked one
   * by one already, so that one missing assessment gives one finding.
   */
  private static void unassessedProcesses(
      CheckContext context,
      List<RiskAssessment> proceeding,
      List<Finding> findings,
      GateSide side,
      Set<ProcessId> checkedElsewhere) {
    for (RestorativeProcess process : context.restorativeCase().processes()) {
      if (process.isEnded()
          || GateSide.of(process.type()) != side
          || checkedElsewhere.contains(process.id())) {
        continue;
      }
      Set<PartyId> principals = principals(context, process.participants());
      boolean assessed = anyCovers(proceeding, context.asOf(), process.type(), principals);
      if (!assessed) {
        findings.add(
            Finding.at(
                Pointer.of("riskAssessments"),
                "A chosen process has no completed risk assessment with a proceed outcome that"
                    + " covers its type and its principal participants."));
      }
    }
  }

  /** The parties among these who are not supporters (supporters are rule 29). */
  private static Set<PartyId> principals(CheckContext context, Set<PartyId> parties) {
    Set<PartyId> principals = new HashSet<>();
    for (PartyId party : parties) {
      Optional<Party> known = context.party(party);
      if (known.isEmpty() || known.get().role() != PartyRole.SUPPORTER) {
        principals.add(party);
      }
    }
    return principals;
  }

  /**
   * Rule 19: before preparation for each indirect process (and each piece of work with one party),
   * and before a message is delivered, a completed risk assessment with a proceed outcome covers
   * the process type and its people.
   */
  static Rule riskAssessedBeforeAnyMessageIsDelivered() {
    return Rule.define(RISK_ASSESSMENT_FOR_INDIRECT)
        .severity(Severity.ERROR)
        .appliesFrom(Stage.PREPARATION)
        .source(
            "Scottish Government Policy and Practice Framework §20.2 (Scottish): risk is assessed in"
                + " every restorative process; domain brief §1.2 S1 (exit to preparation)")
        .meaning(
            "Before preparation, a risk assessment completed with a proceed outcome covers each chosen"
                + " indirect process, or work with one party, and its principal participants; before a"
                + " message is delivered, its process type, its sender and every recipient.")
        .check(
            context -> {
              List<RiskAssessment> proceeding = proceeding(context);
              List<Finding> findings = new ArrayList<>();
              List<Message> messages = context.restorativeCase().messages();
              Set<ProcessId> delivered = new HashSet<>();
              for (int i = 0; i < messages.size(); i++) {
                if (messages.get(i).isDelivered()) {
                  delivered.add(messages.get(i).process());
                }
              }
              unassessedProcesses(context, proceeding, findings, GateSide.NO_CONTACT, delivered);
              for (int i = 0; i < messages.size(); i++) {
                Message message = messages.get(i);
                Optional<ProcessType> type = context.processType(message.process());
                if (!message.isDelivered() || message.deliveredAt().isEmpty() || type.isEmpty()) {
                  continue;
                }
                Instant deliveredAt = message.deliveredAt().get();
                Set<PartyId> people = new HashSet<>(message.recipients());
                people.add(message.sender());
                boolean assessed = anyCovers(proceeding, deliveredAt, type.get(), people);
                if (!assessed) {
                  findings.add(
                      Finding.at(
                          Pointer.of("messages", i),
                          "A message was delivered without a completed risk assessment with a proceed"
                              + " outcome that covers its process type, its sender and its"
                              + " recipients."));
                }
              }
              return findings;
            })
        .withLimitations(
            "The quality of the assessment is the assessor's judgement; the rule checks"
                + " that a completed assessment with a proceed outcome covers the process, the"
                + " sender and the recipients.");
  }

  /** Rule 20. */
  static Rule riskReviewedAfterAChange() {
    return Rule.define(RISK_REVIEWED_AFTER_CHANGE)
        .severity(Severity.WARNING)
        .appliesFrom(Stage.PREPARATION)
        .source(
            "Scottish Government Policy and Practice Framework §20.1 (Scottish): risk assessment is"
                + " dynamic and revisited at every stage")
        .meaning(
            "Each change after the first completed risk assessment — a pause, a harm that happened"
                + " since, a party's Mental Health Act status beginning (a recall included), a party's"
                + " leave beginning — is followed by a completed risk assessment dated on or after the"
                + " change and no later than the case's next return to preparation or intervention.")
        .check(SafetyRules::riskReviewFindings)
        .withLimitations(
            "The record holds a party's current Mental Health Act status only, so an earlier change"
                + " that a later one replaced is not seen. A change known only by its day is taken"
                + " to follow a return on that same day. A leave authorisation records no day of"
                + " grant, so a change of leave is read on the day the leave begins, and a suspended"
                + " or revoked leave only through its pause. Any completed risk assessment in the"
                + " window counts as the review; whether it weighed the change is the assessor's"
                + " record.");
  }

  /**
   * A change that calls for a risk review: where it is recorded, when it happened, and from when a
   * return is known to follow it (a change known only by its day precedes only returns on later
   * days).
   */
  private static final class Change {
    /** The parts of its JSON Pointer, joined only when a finding is reported. */
    private final Object[] path;

    private final Instant at;
    private final Instant returnsFrom;

    private Change(Object[] path, Instant at, Instant returnsFrom) {
      this.path = path;
      this.at = at;
      this.returnsFrom = returnsFrom;
    }

    static Change at(Object[] path, Instant at) {
      return new Change(path, at, at);
    }

    static Change on(Object[] path, LocalDate day, ZoneId zone) {
      return new Change(path, Dates.startOf(day, zone), Dates.startOfDayAfter(day, zone));
    }

    String path() {
      return Pointer.of(path);
    }

    Instant at() {
      return at;
    }

    Instant returnsFrom() {
      return returnsFrom;
    }
  }

  private static List<Finding> riskReviewFindings(CheckContext context) {
    RestorativeCase c = context.restorativeCase();
    List<Instant> reviews = new ArrayList<>();
    for (RiskAssessment risk : c.riskAssessments()) {
      if (risk.status() == AssessmentStatus.COMPLETED && risk.completedAt().isPresent()) {
        reviews.add(risk.completedAt().get());
      }
    }
    if (reviews.isEmpty()) {
      // No risk assessment at all is rules 18 and 19.
      return List.of();
    }
    Instant first = Collections.min(reviews);
    List<Instant> returns = new ArrayList<>();
    for (CaseEvent event : c.history()) {
      if (event.toStage().isPresent() && isReturnStage(event.toStage().get())) {
        returns.add(event.at());
      }
    }
    @Nullable Instant enteringNow = isReturning(context) ? context.asOf() : null;
    List<Finding> findings = new ArrayList<>();
    for (Change change : changes(context)) {
      if (!change.at().isAfter(first) || change.at().isAfter(context.asOf())) {
        continue;
      }
      @Nullable Instant back = firstReturn(returns, change.returnsFrom(), enteringNow);
      if (back != null && !anyWithin(reviews, change.at(), back)) {
        findings.add(
            Finding.at(
                change.path(),
                "No risk assessment is dated after a change in the case and before its return to"
                    + " preparation or intervention."));
      }
    }
    return findings;
  }

  /**
   * The first return to preparation or intervention at or after a moment: the earliest recorded
   * one, else the return being checked now (when the check is one), else none.
   */
  private static @Nullable Instant firstReturn(
      List<Instant> returns, Instant from, @Nullable Instant enteringNow) {
    @Nullable Instant first = null;
    for (int k = 0; k < returns.size(); k++) {
      Instant at = returns.get(k);
      if (!at.isBefore(from) && (first == null || at.isBefore(first))) {
        first = at;
      }
    }
    if (first == null && enteringNow != null && !enteringNow.isBefore(from)) {
      return enteringNow;
    }
    return first;
  }

  /**
   * Whether any of these moments lies within the closed interval from {@code from} to {@code to}.
   */
  private static boolean anyWithin(List<Instant> moments, Instant from, Instant to) {
    for (int k = 0; k < moments.size(); k++) {
      if (!moments.get(k).isBefore(from) && !moments.get(k).isAfter(to)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The changes of the record that call for a risk review: each pause, each harm (by the latest
   * moment it can have happened), each party's Mental Health Act status (by the day it began) and
   * each grant of leave (by its first day). Days count from their start in the policy's zone.
   */
  private static List<Change> changes(CheckContext context) {
    RestorativeCase c = context.restorativeCase();
    ZoneId zone = context.policy().zone();
    List<Change> changes = new ArrayList<>();
    List<CaseEvent> history = c.history();
    Set<Instant> pausedAt = new HashSet<>();
    for (int i = 0; i < history.size(); i++) {
      CaseEvent event = history.get(i);
      if (event.toStage().filter(to -> to == Stage.PAUSED).isPresent()) {
        changes.add(Change.at(new Object[] {"history", i}, event.at()));
        pausedAt.add(event.at());
      }
    }
    if (c.pause().isPresent() && !pausedAt.contains(c.pause().get().since())) {
      changes.add(Change.at(new Object[] {"pause", "since"}, c.pause().get().since()));
    }
    List<Harm> harms = c.harms();
    for (int h = 0; h < harms.size(); h++) {
      changes.add(
          Change.at(new Object[] {"harms", h, "occurred"}, harms.get(h).occurred().latest()));
    }
    List<Party> parties = c.parties();
    for (int i = 0; i < parties.size(); i++) {
      Party party = parties.get(i);
      Optional<LocalDate> since = party.mentalHealthAct().flatMap(MentalHealthActStatus::since);
      if (since.isPresent()) {
        changes.add(
            Change.on(new Object[] {"parties", i, "mentalHealthAct", "since"}, since.get(), zone));
      }
      List<LeaveAuthorisation> leaves = party.leaveAuthorisations();
      for (int j = 0; j < leaves.size(); j++) {
        changes.add(
            Change.on(
                new Object[] {"parties", i, "leaveAuthorisations", j, "validFrom"},
                leaves.get(j).validFrom(),
                zone));
      }
    }
    return changes;
  }

  private static boolean isReturnStage(Stage stage) {
    return stage == Stage.PREPARATION || stage == Stage.INTERVENTION;
  }

  /**
   * Whether the check is a gate into preparation or intervention from an earlier stage or a pause,
   * so that the moment of checking is the case's return.
   */
  private static boolean isReturning(CheckContext context) {
    Stage target = context.stage();
    Stage current = context.restorativeCase().stage();
    return isReturnStage(target)
        && current != target
        && (current == Stage.PAUSED || (current.isMainLine() && !current.isAtOrAfter(target)));
  }

  /** Rule 21. */
  static Rule safetyPlanForEveryDirectMeeting() {
    return Rule.define(SAFETY_PLAN_FOR_DIRECT_MEETING)
        .severity(Severity.ERROR)
        .appliesFrom(Stage.PREPARATION)
        .source(
            "Staffordshire Victim Gateway, Types of Restorative Justice (parties are never left alone"
                + " together); RJC principles of restorative practice (safety); Practice consensus")
        .meaning(
            "A direct meeting or circle has a safety plan with separate arrival and waiting, staff"
                + " present, an exit and stop procedure and post-meeting support.")
        .check(
            context -> {
              List<SafetyPlan> plans = context.restorativeCase().safetyPlans();
              Map<MeetingId, List<Integer>> plansByMeeting = new HashMap<>();
              for (int k = 0; k < plans.size(); k++) {
                plansByMeeting
                    .computeIfAbsent(plans.get(k).meeting(), m -> new ArrayList<>())
                    .add(k);
              }
              List<Finding> findings = new ArrayList<>();
              for (Indexed<Meeting> indexed : context.meetingsInScope()) {
                Meeting meeting = indexed.value();
                Optional<ProcessType> type = context.processType(meeting.process());
                boolean bringsPartiesTogether =
                    type.isPresent()
                        && (type.get().contactMode() == ContactMode.DIRECT
                            || type.get().contactMode() == ContactMode.GROUP);
                if (!bringsPartiesTogether) {
                  continue;
                }
                List<Integer> forMeeting = plansByMeeting.getOrDefault(meeting.id(), List.of());
                if (forMeeting.isEmpty()) {
                  findings.add(
                      Finding.at(
                          Pointer.of("meetings", indexed.index()),
                          "A direct meeting has no safety plan."));
                } else if (!anyCoversEssentials(plans, forMeeting)) {
                  int current = forMeeting.get(0);
                  for (int k : forMeeting) {
                    if (!plans.get(k).agreedAt().isBefore(plans.get(current).agreedAt())) {
                      current = k;
                    }
                  }
                  String missing =
                      plans.get(current).missingEssentials().stream()
                          .map(SafetyMeasure::name)
                          .sorted()
                          .collect(Collectors.joining(", "));
                  findings.add(
                      Finding.at(
                          Pointer.of("safetyPlans", current, "measures"),
                          "The meeting's safety plan lacks essential measures: " + missing + "."));
                }
              }
              return findings;
            })
        .withLimitations(
            "Whether the plan was followed on the day is not recorded; the rule checks what"
                + " the plan contains.");
  }

  /** Rule 22. */
  static Rule sensitiveCasesAreEscalated() {
    return Rule.define(SENSITIVE_CASE_ESCALATION)
        .severity(Severity.ERROR)
        .appliesFrom(Stage.PREPARATION)
        .source(
            "RJC Service Provider Code D; RJC Practitioner Code of Practice (levels); Scottish"
                + " Government Guidance 2017 B (co-facilitation in serious or complex cases);"
                + " Practice consensus (the mapping to a level)")
        .meaning(
            "In a case with a sensitive harm, a lead facilitator trained to the minimum level is"
                + " also trained to the sensitive-case level, and a case supervisor has approved"
                + " that the case proceeds.")
        .check(
            context -> {
              if (!context.isSensitive()) {
                return List.of();
              }
              List<Finding> findings = new ArrayList<>();
              Policy policy = context.policy();
              context
                  .leadFacilitator()
                  .ifPresent(
                      lead -> {
                        Facilitator facilitator = lead.value();
                        // Below the minimum level is rule 24's finding; one defect, one code.
                        if (facilitator.isTrainedTo(policy.minimumFacilitatorLevel())
                            && !facilitator.isTrainedTo(policy.sensitiveCaseFacilitatorLevel())) {
                          findings.add(
                              Finding.at(
                                  Pointer.of("facilitators", lead.index()),
                                  "The lead facilitator of a sensitive case is not trained to the"
                                      + " sensitive-case level."));
                        }
                      });
              boolean approved =
                  anyApproves(
                      context.restorativeCase().signOffs(), SignOffSubject.SENSITIVE_CASE_PROCEEDS);
              if (!approved) {
                findings.add(
                    Finding.at(
                        Pointer.of("signOffs"),
                        "A sensitive case has no case supervisor sign-off approving that it"
                            + " proceeds."));
              }
              return findings;
            })
        .withPolicyParameters("sensitiveCaseFacilitatorLevel", "minimumFacilitatorLevel")
        .withLimitations(
            "Sensitivity is read from the harm's flags, its type and the parties'"
                + " relationship; a sensitive harm recorded without any of them cannot be seen.");
  }

  /** Rule 23. */
  static Rule treatingTeamConsultedBeforeMeeting() {
    return Rule.define(CLINICAL_TEAM_CONSULTED)
        .severity(Severity.WARNING)
        .appliesFrom(Stage.PREPARATION)
        .source(
            "Power, Churchill Fellowship report 2017; van Denderen et al. 2020; Victim involvement in"
                + " forensic psychiatric treatment 2024")
        .meaning(
            "Before a meeting, the treating team of each attendee who is an inpatient or under a"
                + " forensic team has been consulted; the consultation informs the decision and never"
                + " replaces the patient's consent.")
        .check(
            context -> {
              Map<PartyId, Instant> firstConsulted = new HashMap<>();
              for (ClinicalConsultation consultation : context.restorativeCase().consultations()) {
                firstConsulted.merge(
                    consultation.patient(),
                    consultation.consultedAt(),
                    (a, b) -> a.isBefore(b) ? a : b);
              }
              List<Finding> findings = new ArrayList<>();
              for (Indexed<Meeting> indexed : context.meetingsInScope()) {
                Meeting meeting = indexed.value();
                Instant judgedAt = context.judgedAt(meeting);
                List<Attendee> attendees = meeting.attendees();
                for (int j = 0; j < attendees.size(); j++) {
                  PartyId party = attendees.get(j).party();
                  boolean needsConsultation =
                      context.party(party).filter(Party::isInpatientOrForensic).isPresent();
                  Instant consulted = firstConsulted.get(party);
                  if (needsConsultation && (consulted == null || consulted.isAfter(judgedAt))) {
                    findings.add(
                        Finding.at(
                            Pointer.of("meetings", indexed.index(), "attendees", j),
                            "An inpatient or forensic attendee's treating team was not consulted"
                                + " before the meeting."));
                  }
                }
              }
              return findings;
            })
        .withLimitations(
            "Whether the team's advice on mental state, risk and timing was heeded is a"
                + " judgement; the rule checks that a consultation is recorded before the"
                + " meeting.");
  }

  /** Whether one of the plans at these positions covers the essential measures. */
  private static boolean anyCoversEssentials(List<SafetyPlan> plans, List<Integer> positions) {
    for (int k = 0; k < positions.size(); k++) {
      if (plans.get(positions.get(k)).coversEssentials()) {
        return true;
      }
    }
    return false;
  }

  /** Whether one of these sign-offs approves this subject. */
  private static boolean anyApproves(List<SupervisorSignOff> signOffs, SignOffSubject subject) {
    for (int k = 0; k < signOffs.size(); k++) {
      if (signOffs.get(k).subject() == subject && signOffs.get(k).isApproval()) {
        return true;
      }
    }
    return false;
  }

  private static List<RiskAssessment> proceeding(CheckContext context) {
    List<RiskAssessment> proceeding = new ArrayList<>();
    for (RiskAssessment risk : context.restorativeCase().riskAssessments()) {
      if (risk.isCompletedWithProceed()) {
        proceeding.add(risk);
      }
    }
    return proceeding;
  }

  /**
   * Whether one of these proceeding assessments, completed by a moment, covers a process type and
   * all these people.
   */
  private static boolean anyCovers(
      List<RiskAssessment> proceeding, Instant by, ProcessType type, Set<PartyId> people) {
    for (int k = 0; k < proceeding.size(); k++) {
      RiskAssessment risk = proceeding.get(k);
      if (completedBy(risk, by) && risk.coversProcessType(type) && risk.coversAll(people)) {
        return true;
      }
    }
    return false;
  }

  private static boolean completedBy(RiskAssessment risk, Instant moment) {
    return risk.completedAt().isPresent() && !risk.completedAt().get().isAfter(moment);
  }
}
