package org.restorative.core.rules;

import static org.restorative.core.rules.StandardCode.ACTION_HAS_DUE_DATE;
import static org.restorative.core.rules.StandardCode.ACTION_HAS_MONITORING;
import static org.restorative.core.rules.StandardCode.ACTION_HAS_OWNER;
import static org.restorative.core.rules.StandardCode.ACTION_PROPORTIONALITY_REVIEW;
import static org.restorative.core.rules.StandardCode.HARMED_PARTY_INFORMED_OF_COMPLETION;
import static org.restorative.core.rules.StandardCode.OUTCOME_AGREED_BY_ALL_PARTIES;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.restorative.core.assessment.SignOffId;
import org.restorative.core.assessment.SignOffSubject;
import org.restorative.core.assessment.SupervisorSignOff;
import org.restorative.core.casefile.Stage;
import org.restorative.core.internal.Dates;
import org.restorative.core.outcome.Action;
import org.restorative.core.outcome.AgreementId;
import org.restorative.core.outcome.AgreementStatus;
import org.restorative.core.outcome.OutcomeAgreement;
import org.restorative.core.outcome.PartyAgreement;
import org.restorative.core.party.Party;
import org.restorative.core.party.PartyId;
import org.restorative.core.party.PartyRole;
import org.restorative.core.party.PersonType;
import org.restorative.core.process.Meeting;
import org.restorative.core.process.MeetingId;
import org.restorative.core.process.ProcessId;
import org.restorative.core.process.RestorativeProcess;

/** Rules 42–47 of the domain brief §8: the outcome agreement and its actions (brief §7). */
final class OutcomeRules {

  /** The statuses of an agreement that the parties have agreed: in force, or ended after it was. */
  private static final Set<AgreementStatus> AGREED =
      EnumSet.of(
          AgreementStatus.AGREED,
          AgreementStatus.IN_MONITORING,
          AgreementStatus.COMPLETED,
          AgreementStatus.PARTIALLY_COMPLETED,
          AgreementStatus.NOT_COMPLETED);

  private static final String SCOT_24_1 =
      "Scottish Government Policy and Practice Framework §24.1 (Scottish)";
  private static final String SCOT_24_2 =
      "Scottish Government Policy and Practice Framework §24.2 (Scottish)";

  private OutcomeRules() {}

  static List<Rule> rules() {
    return List.of(
        everyPartyFreelyAgreesTheOutcome(),
        everyActionIsOwnedBySomeoneWhoAgreed(),
        everyActionHasADateToBeDoneOrReviewed(),
        someoneOtherThanTheOwnerMonitorsEachAction(),
        weightyActionsHaveAProportionalityCheck(),
        thePersonHarmedIsToldWhenAnActionEnds());
  }

  /** Rule 42. */
  static Rule everyPartyFreelyAgreesTheOutcome() {
    return Rule.define(OUTCOME_AGREED_BY_ALL_PARTIES)
        .severity(Severity.ERROR)
        .appliesFrom(Stage.OUTCOME_AGREEMENT)
        .source(SCOT_24_2 + "; Peto McLaren, Restorative Justice Contains and Supports")
        .meaning(
            "An agreed outcome agreement records a free, uncoerced agreement from every principal"
                + " participant of its process, and every action owner who agreed it agreed freely. (An"
                + " action owner outside the principal participants with no agreement at all is rule"
                + " ACTION_HAS_OWNER.)")
        .check(
            context -> {
              List<Finding> findings = new ArrayList<>();
              Set<PartyId> owners = new LinkedHashSet<>();
              for (AgreedAgreement agreed : agreedAgreements(context).values()) {
                addPrincipalsWithoutFreeAgreement(agreed, findings);
                addOwnersWithoutFreeAgreement(agreed, owners, findings);
              }
              return findings;
            })
        .withLimitations(
            "Whether agreement was in truth free of coercion is a judgement; the rule"
                + " checks each recorded agreement and its mark of free agreement.");
  }

  /**
   * Reports each principal participant of an agreed agreement who has no recorded agreement, or
   * whose agreement is not recorded as freely given.
   */
  private static void addPrincipalsWithoutFreeAgreement(
      AgreedAgreement agreed, List<Finding> findings) {
    for (PartyId principal : agreed.principals()) {
      Optional<PartyAgreement> record = agreed.agreementOf(principal);
      if (record.isEmpty() || !record.get().agreed()) {
        findings.add(
            Finding.at(
                agreed.partyAgreementsPath(),
                "A principal participant has no recorded agreement."));
      } else if (!record.get().freelyGiven()) {
        findings.add(
            Finding.at(
                agreed.partyAgreementsPath(),
                "A party's agreement is not recorded as freely given."));
      }
    }
  }

  /**
   * Reports, once per owner, each action owner of an agreed agreement outside its principal
   * participants who agreed it but not freely; {@code owners} is scratch space, cleared first.
   */
  private static void addOwnersWithoutFreeAgreement(
      AgreedAgreement agreed, Set<PartyId> owners, List<Finding> findings) {
    owners.clear();
    List<Action> actions = agreed.actions();
    for (int i = 0; i < actions.size(); i++) {
      Optional<PartyId> owner = actions.get(i).ownerParty();
      if (owner.isPresent()) {
        owners.add(owner.get());
      }
    }
    for (PartyId owner : owners) {
      if (agreed.principals().contains(owner)) {
        continue;
      }
      Optional<PartyAgreement> record = agreed.agreementOf(owner);
      if (record.isPresent() && record.get().agreed() && !record.get().freelyGiven()) {
        findings.add(
            Finding.at(
                agreed.partyAgreementsPath(),
                "An action owner's agreement is not recorded as freely given."));
      }
    }
  }

  /** Rule 43. */
  static Rule everyActionIsOwnedBySomeoneWhoAgreed() {
    return Rule.define(ACTION_HAS_OWNER)
        .severity(Severity.ERROR)
        .appliesFrom(Stage.OUTCOME_AGREEMENT)
        .source(
            "Dekker's restorative questions as summarised by Lyle Tagawa (whose obligation is it to"
                + " meet that need?); practice consensus")
        .meaning(
            "Each action names one accountable owner, and each action of an agreed agreement is owned by"
                + " someone among those who agreed it: a party who agreed it, or a named organisational"
                + " role when the organisation agreed it. (A principal participant who did not agree is"
                + " rule OUTCOME_AGREED_BY_ALL_PARTIES.)")
        .check(
            context -> {
              Map<AgreementId, AgreedAgreement> agreements = agreedAgreements(context);
              List<Finding> findings = new ArrayList<>();
              List<Action> actions = context.restorativeCase().actions();
              for (int i = 0; i < actions.size(); i++) {
                Action action = actions.get(i);
                if (action.owner().isEmpty()) {
                  findings.add(
                      Finding.at(Pointer.of("actions", i, "owner"), "The action has no owner."));
                  continue;
                }
                AgreedAgreement agreed = agreements.get(action.agreement());
                if (agreed == null) {
                  continue;
                }
                Optional<PartyId> owner = action.ownerParty();
                if (owner.isPresent()) {
                  boolean reportedAsPrincipal = agreed.principals().contains(owner.get());
                  if (!reportedAsPrincipal && !agreed.hasAgreed(owner.get())) {
                    findings.add(
                        Finding.at(
                            Pointer.of("actions", i, "owner"),
                            "The action's owner has not agreed the agreement."));
                  }
                } else if (!organisationAgreed(context, agreed.agreement())) {
                  findings.add(
                      Finding.at(
                          Pointer.of("actions", i, "owner"),
                          "The action is owned by an organisational role but no organisation agreed"
                              + " the agreement."));
                }
              }
              return findings;
            });
  }

  /** Whether a party who agreed an agreement is an organisation, by person type or by role. */
  private static boolean organisationAgreed(CheckContext context, OutcomeAgreement agreement) {
    List<PartyAgreement> records = agreement.partyAgreements();
    for (int i = 0; i < records.size(); i++) {
      if (records.get(i).agreed() && isOrganisation(context, records.get(i).party())) {
        return true;
      }
    }
    return false;
  }

  /** Whether the case holds a party and it is an organisation, by person type or by role. */
  private static boolean isOrganisation(CheckContext context, PartyId party) {
    Optional<Party> found = context.party(party);
    return found.isPresent()
        && (found.get().personType() == PersonType.ORGANISATION
            || found.get().role() == PartyRole.ORGANISATION);
  }

  /** Rule 44. */
  static Rule everyActionHasADateToBeDoneOrReviewed() {
    return Rule.define(ACTION_HAS_DUE_DATE)
        .severity(Severity.ERROR)
        .appliesFrom(Stage.OUTCOME_AGREEMENT)
        .source(SCOT_24_1 + " (commitments monitored and reviewed); practice consensus")
        .meaning(
            "Each action has a due date, or for an ongoing commitment a review date, and neither is"
                + " before the day its agreement was made.")
        .check(
            context -> {
              Map<AgreementId, OutcomeAgreement> agreements = agreementsById(context);
              List<Finding> findings = new ArrayList<>();
              List<Action> actions = context.restorativeCase().actions();
              for (int i = 0; i < actions.size(); i++) {
                Action action = actions.get(i);
                if (action.dueOn().isEmpty() && action.reviewOn().isEmpty()) {
                  findings.add(
                      Finding.at(
                          Pointer.of("actions", i, "dueOn"),
                          "The action has neither a due date nor a review date."));
                  continue;
                }
                OutcomeAgreement agreement = agreements.get(action.agreement());
                if (agreement == null) {
                  continue;
                }
                LocalDate agreedOn = context.dateOf(agreement.createdAt());
                if (isBefore(action.dueOn(), agreedOn)) {
                  findings.add(
                      Finding.at(
                          Pointer.of("actions", i, "dueOn"),
                          "The action is due before its agreement was made."));
                }
                if (isBefore(action.reviewOn(), agreedOn)) {
                  findings.add(
                      Finding.at(
                          Pointer.of("actions", i, "reviewOn"),
                          "The action's review date is before its agreement was made."));
                }
              }
              return findings;
            })
        .withLimitations("Whether a date is realistic is not checked.");
  }

  /** The agreements of the case by id, the first of each id. */
  private static Map<AgreementId, OutcomeAgreement> agreementsById(CheckContext context) {
    Map<AgreementId, OutcomeAgreement> byId = new HashMap<>();
    List<OutcomeAgreement> agreements = context.restorativeCase().agreements();
    for (int i = 0; i < agreements.size(); i++) {
      byId.putIfAbsent(agreements.get(i).id(), agreements.get(i));
    }
    return byId;
  }

  /** Whether a day is recorded and before another. */
  private static boolean isBefore(Optional<LocalDate> day, LocalDate other) {
    return day.isPresent() && day.get().isBefore(other);
  }

  /** Rule 45. */
  static Rule someoneOtherThanTheOwnerMonitorsEachAction() {
    return Rule.define(ACTION_HAS_MONITORING)
        .severity(Severity.ERROR)
        .appliesFrom(Stage.OUTCOME_AGREEMENT)
        .source(
            "RJC Service Provider Code A; "
                + SCOT_24_1
                + "; practice consensus (independent monitor)")
        .meaning("Each action names a monitoring method and a monitor who is not its owner.")
        .check(
            context -> {
              List<Finding> findings = new ArrayList<>();
              List<Action> actions = context.restorativeCase().actions();
              for (int i = 0; i < actions.size(); i++) {
                Action action = actions.get(i);
                if (action.isMonitoredIndependently()) {
                  continue;
                }
                String message;
                if (action.monitoringMethod().isEmpty()) {
                  message = "The action names no monitoring method.";
                } else if (action.monitor().isEmpty()) {
                  message = "The action names no monitor.";
                } else {
                  message = "The action's monitor is its owner.";
                }
                findings.add(Finding.at(Pointer.of("actions", i, "monitor"), message));
              }
              return findings;
            })
        .withLimitations(
            "Whether the monitor in fact monitored shows only through the action's status"
                + " history.");
  }

  /**
   * Rule 46: financial reparation, engagement with support or treatment and contact arrangements
   * always need a case supervisor's proportionality check; any other action needs one when it goes
   * over a threshold the trust set for its amount, its hours or its duration (from the day of its
   * agreement to its due day; an ongoing commitment with only a review day runs without end). No
   * source gives a number for any threshold, so none is set by default.
   */
  static Rule weightyActionsHaveAProportionalityCheck() {
    return Rule.define(ACTION_PROPORTIONALITY_REVIEW)
        .severity(Severity.WARNING)
        .appliesFrom(Stage.OUTCOME_AGREEMENT)
        .source(
            SCOT_24_2
                + " (proportionate); UN Basic Principles 2002 para 7; thresholds: practice"
                + " consensus, no number in any source")
        .meaning(
            "Financial reparation, engagement with support or treatment, contact arrangements, and"
                + " any action over the amount, hours or duration threshold the trust set, name an"
                + " approving proportionality check signed off by a case supervisor.")
        .check(
            context -> {
              Map<SignOffId, SupervisorSignOff> signOffs = signOffsById(context);
              Map<AgreementId, LocalDate> agreedOn = agreementDays(context);
              List<Finding> findings = new ArrayList<>();
              List<Action> actions = context.restorativeCase().actions();
              for (int i = 0; i < actions.size(); i++) {
                Action action = actions.get(i);
                if (!needsProportionalityCheck(
                    action,
                    Optional.ofNullable(agreedOn.get(action.agreement())),
                    context.policy())) {
                  continue;
                }
                if (!isApprovingProportionalityCheck(action.proportionalityCheck(), signOffs)) {
                  findings.add(
                      Finding.at(
                          Pointer.of("actions", i, "proportionalityCheck"),
                          "The action needs an approving proportionality check by a case"
                              + " supervisor."));
                }
              }
              return findings;
            })
        .withPolicyParameters(
            "proportionalityAmountThreshold",
            "proportionalityHoursThreshold",
            "proportionalityDurationThreshold")
        .withLimitations(
            "Whether the action makes leave, discharge or treatment conditional on the agreement is"
                + " not recorded; a trust that sets no threshold gets the check only for the three"
                + " action types the brief names.");
  }

  /** The supervisor sign-offs of the case by id, the first of each id. */
  private static Map<SignOffId, SupervisorSignOff> signOffsById(CheckContext context) {
    Map<SignOffId, SupervisorSignOff> byId = new HashMap<>();
    List<SupervisorSignOff> signOffs = context.restorativeCase().signOffs();
    for (int i = 0; i < signOffs.size(); i++) {
      byId.putIfAbsent(signOffs.get(i).id(), signOffs.get(i));
    }
    return byId;
  }

  /** The day each agreement of the case was made, by id, the first of each id. */
  private static Map<AgreementId, LocalDate> agreementDays(CheckContext context) {
    Map<AgreementId, LocalDate> agreedOn = new HashMap<>();
    List<OutcomeAgreement> agreements = context.restorativeCase().agreements();
    for (int i = 0; i < agreements.size(); i++) {
      OutcomeAgreement agreement = agreements.get(i);
      agreedOn.putIfAbsent(agreement.id(), context.dateOf(agreement.createdAt()));
    }
    return agreedOn;
  }

  /**
   * Whether a sign-off named by an action is in the case, is a proportionality check and approves.
   */
  private static boolean isApprovingProportionalityCheck(
      Optional<SignOffId> named, Map<SignOffId, SupervisorSignOff> signOffs) {
    if (named.isEmpty()) {
      return false;
    }
    SupervisorSignOff signOff = signOffs.get(named.get());
    return signOff != null
        && signOff.subject() == SignOffSubject.PROPORTIONALITY_CHECK
        && signOff.isApproval();
  }

  /**
   * Whether an action needs a proportionality check: by its type, or by going over a threshold the
   * trust set.
   */
  private static boolean needsProportionalityCheck(
      Action action, Optional<LocalDate> agreedOn, Policy policy) {
    if (action.type().needsProportionalityCheck()) {
      return true;
    }
    boolean overAmount = isOver(action.amount(), policy.proportionalityAmountThreshold());
    boolean overHours = isOverHours(action.hours(), policy.proportionalityHoursThreshold());
    Optional<Period> longest = policy.proportionalityDurationThreshold();
    boolean overDuration = longest.isPresent() && runsLongerThan(action, agreedOn, longest.get());
    return overAmount || overHours || overDuration;
  }

  /** Whether an amount is recorded and over a threshold the trust set. */
  private static boolean isOver(Optional<BigDecimal> amount, Optional<BigDecimal> threshold) {
    return threshold.isPresent()
        && amount.isPresent()
        && amount.get().compareTo(threshold.get()) > 0;
  }

  /** Whether a number of hours is recorded and over a threshold the trust set. */
  private static boolean isOverHours(Optional<Integer> hours, Optional<Integer> threshold) {
    return threshold.isPresent() && hours.isPresent() && hours.get() > threshold.get();
  }

  /**
   * Whether an action runs longer than a period from the day of its agreement: due after the period
   * has passed, or, with no due day but a review day, an ongoing commitment without end. An action
   * with neither is left to rule 44.
   */
  private static boolean runsLongerThan(Action action, Optional<LocalDate> agreedOn, Period limit) {
    if (action.dueOn().isPresent()) {
      return agreedOn.isPresent()
          && action.dueOn().get().isAfter(Dates.after(agreedOn.get(), limit));
    }
    return action.reviewOn().isPresent();
  }

  /** Rule 47. */
  static Rule thePersonHarmedIsToldWhenAnActionEnds() {
    return Rule.define(HARMED_PARTY_INFORMED_OF_COMPLETION)
        .severity(Severity.WARNING)
        .appliesFrom(Stage.OUTCOME_AGREEMENT)
        .source(SCOT_24_1)
        .meaning(
            "When an action is completed, partly completed, not completed, cancelled or varied, the person"
                + " harmed (or their representative) is recorded as told, not before the action ended.")
        .check(
            context -> {
              List<Finding> findings = new ArrayList<>();
              List<Action> actions = context.restorativeCase().actions();
              for (int i = 0; i < actions.size(); i++) {
                Action action = actions.get(i);
                if (!action.isTerminal()) {
                  continue;
                }
                Optional<Instant> informed = action.harmedInformedAt();
                if (informed.isEmpty()) {
                  findings.add(
                      Finding.at(
                          Pointer.of("actions", i, "harmedInformedAt"),
                          "The person harmed is not recorded as told the action ended."));
                } else if (isAfter(action.terminalAt(), informed.get())) {
                  findings.add(
                      Finding.at(
                          Pointer.of("actions", i, "harmedInformedAt"),
                          "The person harmed is recorded as told before the action ended."));
                }
              }
              return findings;
            })
        .withLimitations(
            "The brief's exception for a person harmed who opted out of updates cannot be"
                + " checked: the record has no opt-out, so the rule stays a warning.");
  }

  /** Whether a moment is recorded and after another. */
  private static boolean isAfter(Optional<Instant> moment, Instant other) {
    return moment.isPresent() && moment.get().isAfter(other);
  }

  // ---------------------------------------------------------------- agreed agreements

  /**
   * An agreed agreement with what rules 42 and 43 need: its index, its party agreements by party,
   * the principal participants of its process, and its actions.
   */
  private record AgreedAgreement(
      int index,
      OutcomeAgreement agreement,
      Map<PartyId, PartyAgreement> byParty,
      Set<PartyId> principals,
      List<Action> actions) {

    /** The first record of a party's agreement, if any. */
    Optional<PartyAgreement> agreementOf(PartyId party) {
      return Optional.ofNullable(byParty.get(party));
    }

    /** Whether a party's first record of agreement says they agreed. */
    boolean hasAgreed(PartyId party) {
      PartyAgreement record = byParty.get(party);
      return record != null && record.agreed();
    }

    /** The JSON Pointer of the agreement's party agreements. */
    String partyAgreementsPath() {
      return Pointer.of("agreements", index, "partyAgreements");
    }
  }

  /** The agreed agreements of the case by id, each with its look-ups, built in one pass. */
  private static Map<AgreementId, AgreedAgreement> agreedAgreements(CheckContext context) {
    Map<MeetingId, ProcessId> meetingProcess = meetingProcesses(context);
    Map<AgreementId, List<Action>> actionsByAgreement = actionsByAgreement(context);
    Map<AgreementId, AgreedAgreement> agreed = new LinkedHashMap<>();
    List<OutcomeAgreement> agreements = context.restorativeCase().agreements();
    for (int i = 0; i < agreements.size(); i++) {
      OutcomeAgreement agreement = agreements.get(i);
      if (!AGREED.contains(agreement.status()) || agreed.containsKey(agreement.id())) {
        continue;
      }
      agreed.put(
          agreement.id(),
          new AgreedAgreement(
              i,
              agreement,
              partyAgreementsByParty(agreement),
              principalParticipants(context, processOf(agreement, meetingProcess)),
              actionsByAgreement.getOrDefault(agreement.id(), List.of())));
    }
    return agreed;
  }

  /** The process of each meeting, by the meeting's id, the first of each id. */
  private static Map<MeetingId, ProcessId> meetingProcesses(CheckContext context) {
    Map<MeetingId, ProcessId> meetingProcess = new HashMap<>();
    List<Meeting> meetings = context.restorativeCase().meetings();
    for (int i = 0; i < meetings.size(); i++) {
      meetingProcess.putIfAbsent(meetings.get(i).id(), meetings.get(i).process());
    }
    return meetingProcess;
  }

  /** The actions of the case by the agreement they belong to, in record order. */
  private static Map<AgreementId, List<Action>> actionsByAgreement(CheckContext context) {
    Map<AgreementId, List<Action>> byAgreement = new HashMap<>();
    List<Action> actions = context.restorativeCase().actions();
    for (int i = 0; i < actions.size(); i++) {
      Action action = actions.get(i);
      List<Action> ofAgreement = byAgreement.get(action.agreement());
      if (ofAgreement == null) {
        ofAgreement = new ArrayList<>();
        byAgreement.put(action.agreement(), ofAgreement);
      }
      ofAgreement.add(action);
    }
    return byAgreement;
  }

  /** An agreement's party agreements by party, the first of each party. */
  private static Map<PartyId, PartyAgreement> partyAgreementsByParty(OutcomeAgreement agreement) {
    Map<PartyId, PartyAgreement> byParty = new HashMap<>();
    List<PartyAgreement> records = agreement.partyAgreements();
    for (int i = 0; i < records.size(); i++) {
      byParty.putIfAbsent(records.get(i).party(), records.get(i));
    }
    return byParty;
  }

  /**
   * The process an agreement belongs to: the one it names, or else the process of the meeting it
   * names, when the case holds that meeting.
   */
  private static Optional<ProcessId> processOf(
      OutcomeAgreement agreement, Map<MeetingId, ProcessId> meetingProcess) {
    if (agreement.process().isPresent()) {
      return agreement.process();
    }
    Optional<MeetingId> meeting = agreement.meeting();
    return meeting.isPresent()
        ? Optional.ofNullable(meetingProcess.get(meeting.get()))
        : Optional.empty();
  }

  /**
   * The participants of a process whose role is a principal one, in record order; none when there
   * is no process or the case does not hold it.
   */
  private static Set<PartyId> principalParticipants(
      CheckContext context, Optional<ProcessId> processId) {
    Set<PartyId> principals = new LinkedHashSet<>();
    Optional<RestorativeProcess> process =
        processId.isPresent() ? context.process(processId.get()) : Optional.empty();
    if (process.isEmpty()) {
      return principals;
    }
    for (PartyId participant : process.get().participants()) {
      Optional<Party> party = context.party(participant);
      if (party.isPresent() && party.get().role().isPrincipal()) {
        principals.add(participant);
      }
    }
    return principals;
  }
}
