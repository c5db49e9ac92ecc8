package org.restorative.core.rules;

import static org.restorative.core.rules.StandardCode.ACTION_HAS_DUE_DATE;
import static org.restorative.core.rules.StandardCode.ACTION_HAS_MONITORING;
import static org.restorative.core.rules.StandardCode.ACTION_HAS_OWNER;
import static org.restorative.core.rules.StandardCode.ACTION_PROPORTIONALITY_REVIEW;
import static org.restorative.core.rules.StandardCode.HARMED_PARTY_INFORMED_OF_COMPLETION;
import static org.restorative.core.rules.StandardCode.OUTCOME_AGREED_BY_ALL_PARTIES;

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
                String path = Pointer.of("agreements", agreed.index(), "partyAgreements");
                for (PartyId principal : agreed.principals()) {
                  Optional<PartyAgreement> record = agreed.agreementOf(principal);
                  if (record.filter(PartyAgreement::agreed).isEmpty()) {
                    findings.add(
                        Finding.at(path, "A principal participant has no recorded agreement."));
                  } else if (!record.get().freelyGiven()) {
                    findings.add(
                        Finding.at(path, "A party's agreement is not recorded as freely given."));
                  }
                }
                owners.clear();
                agreed.actions().forEach(action -> action.ownerParty().ifPresent(owners::add));
                for (PartyId owner : owners) {
                  boolean unfree =
                      !agreed.principals().contains(owner)
                          && agreed
                              .agreementOf(owner)
                              .filter(a -> a.agreed() && !a.freelyGiven())
                              .isPresent();
                  if (unfree) {
                    findings.add(
                        Finding.at(
                            path, "An action owner's agreement is not recorded as freely given."));
                  }
                }
              }
              return findings;
            })
        .withLimitations(
            "Whether agreement was in truth free of coercion is a judgement; the rule"
                + " checks each recorded agreement and its mark of free agreement.");
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
                String path = Pointer.of("actions", i, "owner");
                if (action.owner().isEmpty()) {
                  findings.add(Finding.at(path, "The action has no owner."));
                  continue;
                }
                AgreedAgreement agreed = agreements.get(action.agreement());
                if (agreed == null) {
                  continue;
                }
                Optional<PartyId> owner = action.ownerParty();
                if (owner.isPresent()) {
                  boolean reportedAsPrincipal = agreed.principals().contains(owner.get());
                  if (!reportedAsPrincipal && !agreed.agreement().hasAgreed(owner.get())) {
                    findings.add(
                        Finding.at(path, "The action's owner has not agreed the agreement."));
                  }
                } else if (!organisationAgreed(context, agreed.agreement())) {
                  findings.add(
                      Finding.at(
                          path,
                          "The action is owned by an organisational role but no organisation agreed"
                              + " the agreement."));
                }
              }
              return findings;
            });
  }

  private static boolean organisationAgreed(CheckContext context, OutcomeAgreement agreement) {
    return agreement.agreedParties().stream()
        .map(context::party)
        .flatMap(Optional::stream)
        .anyMatch(
            p -> p.personType() == PersonType.ORGANISATION || p.role() == PartyRole.ORGANISATION);
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
              Map<AgreementId, OutcomeAgreement> agreements = new HashMap<>();
              context
                  .restorativeCase()
                  .agreements()
                  .forEach(a -> agreements.putIfAbsent(a.id(), a));
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
                if (action.dueOn().filter(d -> d.isBefore(agreedOn)).isPresent()) {
                  findings.add(
                      Finding.at(
                          Pointer.of("actions", i, "dueOn"),
                          "The action is due before its agreement was made."));
                }
                if (action.reviewOn().filter(d -> d.isBefore(agreedOn)).isPresent()) {
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
              Map<SignOffId, SupervisorSignOff> signOffs = new HashMap<>();
              context.restorativeCase().signOffs().forEach(s -> signOffs.putIfAbsent(s.id(), s));
              Map<AgreementId, LocalDate> agreedOn = new HashMap<>();
              for (OutcomeAgreement agreement : context.restorativeCase().agreements()) {
                agreedOn.putIfAbsent(agreement.id(), context.dateOf(agreement.createdAt()));
              }
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
                boolean checked =
                    action
                        .proportionalityCheck()
                        .map(signOffs::get)
                        .filter(s -> s.subject() == SignOffSubject.PROPORTIONALITY_CHECK)
                        .filter(SupervisorSignOff::isApproval)
                        .isPresent();
                if (!checked) {
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

  private static boolean needsProportionalityCheck(
      Action action, Optional<LocalDate> agreedOn, Policy policy) {
    if (action.type().needsProportionalityCheck()) {
      return true;
    }
    boolean overAmount =
        policy
            .proportionalityAmountThreshold()
            .filter(limit -> action.amount().filter(a -> a.compareTo(limit) > 0).isPresent())
            .isPresent();
    boolean overHours =
        policy
            .proportionalityHoursThreshold()
            .filter(limit -> action.hours().filter(h -> h > limit).isPresent())
            .isPresent();
    boolean overDuration =
        policy
            .proportionalityDurationThreshold()
            .filter(limit -> runsLongerThan(action, agreedOn, limit))
            .isPresent();
    return overAmount || overHours || overDuration;
  }

  /**
   * Whether an action runs longer than a period from the day of its agreement: due after the period
   * has passed, or, with no due day but a review day, an ongoing commitment without end. An action
   * with neither is left to rule 44.
   */
  private static boolean runsLongerThan(Action action, Optional<LocalDate> agreedOn, Period limit) {
    if (action.dueOn().isPresent()) {
      return agreedOn.filter(day -> action.dueOn().get().isAfter(day.plus(limit))).isPresent();
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
                String path = Pointer.of("actions", i, "harmedInformedAt");
                if (action.harmedInformedAt().isEmpty()) {
                  findings.add(
                      Finding.at(
                          path, "The person harmed is not recorded as told the action ended."));
                } else if (action
                    .terminalAt()
                    .filter(ended -> action.harmedInformedAt().get().isBefore(ended))
                    .isPresent()) {
                  findings.add(
                      Finding.at(
                          path, "The person harmed is recorded as told before the action ended."));
                }
              }
              return findings;
            })
        .withLimitations(
            "The brief's exception for a person harmed who opted out of updates cannot be"
                + " checked: the record has no opt-out, so the rule stays a warning.");
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

    Optional<PartyAgreement> agreementOf(PartyId party) {
      return Optional.ofNullable(byParty.get(party));
    }
  }

  /** The agreed agreements of the case by id, each with its look-ups, built in one pass. */
  private static Map<AgreementId, AgreedAgreement> agreedAgreements(CheckContext context) {
    Map<MeetingId, ProcessId> meetingProcess = new HashMap<>();
    for (Meeting meeting : context.restorativeCase().meetings()) {
      meetingProcess.putIfAbsent(meeting.id(), meeting.process());
    }
    Map<AgreementId, List<Action>> actionsByAgreement = new HashMap<>();
    for (Action action : context.restorativeCase().actions()) {
      actionsByAgreement.computeIfAbsent(action.agreement(), a -> new ArrayList<>()).add(action);
    }
    Map<AgreementId, AgreedAgreement> agreed = new LinkedHashMap<>();
    List<OutcomeAgreement> agreements = context.restorativeCase().agreements();
    for (int i = 0; i < agreements.size(); i++) {
      OutcomeAgreement agreement = agreements.get(i);
      if (!AGREED.contains(agreement.status()) || agreed.containsKey(agreement.id())) {
        continue;
      }
      Map<PartyId, PartyAgreement> byParty = new HashMap<>();
      agreement.partyAgreements().forEach(a -> byParty.putIfAbsent(a.party(), a));
      Optional<ProcessId> process =
          agreement.process().or(() -> agreement.meeting().map(meetingProcess::get));
      Set<PartyId> principals = new LinkedHashSet<>();
      process
          .flatMap(context::process)
          .map(RestorativeProcess::participants)
          .orElse(Set.of())
          .forEach(
              participant -> {
                boolean principal =
                    context
                        .party(participant)
                        .map(Party::role)
                        .filter(PartyRole::isPrincipal)
                        .isPresent();
                if (principal) {
                  principals.add(participant);
                }
              });
      agreed.put(
          agreement.id(),
          new AgreedAgreement(
              i,
              agreement,
              byParty,
              principals,
              actionsByAgreement.getOrDefault(agreement.id(), List.of())));
    }
    return agreed;
  }
}
