package org.restorative.core.rules;

import static org.restorative.core.rules.StandardCode.ADJUSTMENTS_IN_PLACE;
import static org.restorative.core.rules.StandardCode.INTERPRETER_INDEPENDENT;
import static org.restorative.core.rules.StandardCode.SUPPORTER_AGREED_IN_PREPARATION;
import static org.restorative.core.rules.StandardCode.SUPPORTER_ASSESSED_AND_CONSENTED;
import static org.restorative.core.rules.StandardCode.SUPPORTER_LINKED_TO_PARTY;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.restorative.core.assessment.AssessmentStatus;
import org.restorative.core.assessment.AttendeeFinding;
import org.restorative.core.assessment.RiskAssessment;
import org.restorative.core.casefile.Stage;
import org.restorative.core.consent.Consent;
import org.restorative.core.party.AdjustmentType;
import org.restorative.core.party.CommunicationNeed;
import org.restorative.core.party.Party;
import org.restorative.core.party.PartyId;
import org.restorative.core.party.PartyRole;
import org.restorative.core.party.Professional;
import org.restorative.core.party.ProfessionalRole;
import org.restorative.core.process.ArrangedAdjustment;
import org.restorative.core.process.Attendee;
import org.restorative.core.process.Meeting;
import org.restorative.core.process.PreparationContact;
import org.restorative.core.process.PreparationTopic;
import org.restorative.core.process.ProcessStatus;
import org.restorative.core.process.RestorativeProcess;
import org.restorative.core.rules.CheckContext.Indexed;

/** Rules 28–32 of the domain brief §8: supporters, vulnerability and communication. */
final class ParticipantRules {

  private ParticipantRules() {}

  static List<Rule> rules() {
    return List.of(
        supporterComesWithTheirPrincipal(),
        supportersAreAssessedAndConsented(),
        supportersAgreedWithTheOtherSide(),
        adjustmentsArrangedForEveryNeed(),
        interpretersAreIndependent());
  }

  /**
   * Rule 28. A supporter is there for their principal (brief §3.6), so a supporter who still takes
   * part needs a principal who still takes part: one who withdrew from a process not yet ended, or
   * from a meeting by the time it is judged, leaves their supporter reported until the supporter is
   * taken off or withdraws too (brief §1.5: the meeting plan is updated). A supporter who withdrew
   * is not reported; an ended process is held only to naming the principal among its participants,
   * since a withdrawal after it ended changes nothing of who took part. A party who withdrew from a
   * process and then consented to its type afresh takes part in it again ({@link
   * CheckContext#withdrewFrom}), principal and supporter alike, and attends its meetings again from
   * that consent on ({@link CheckContext#hadWithdrawnFrom}); a withdrawal from one meeting stands
   * for that meeting.
   */
  static Rule supporterComesWithTheirPrincipal() {
    return Rule.define(SUPPORTER_LINKED_TO_PARTY)
        .severity(Severity.ERROR)
        .appliesFrom(Stage.PREPARATION)
        .source(
            "IIRP conference script; Staffordshire Victim Gateway, Types of Restorative Justice;"
                + " Practice consensus")
        .meaning(
            "A supporter takes part only alongside the party they support: their principal is a"
                + " participant of each process they are in and attends each meeting they attend."
                + " A principal who withdrew from a process not yet ended, or from a meeting before"
                + " it, no longer counts, so their supporter is reported until the supporter is"
                + " taken off or withdraws too; a supporter who withdrew is not reported. A party"
                + " who withdrew from a process and then consented to its type afresh takes part in"
                + " it again, and in its meetings from that consent on; a withdrawal from one meeting"
                + " stands for that meeting. That a"
                + " supporter names exactly one principal party of the case is a structural"
                + " invariant of the case record; this rule checks the contextual part.")
        .check(
            context -> {
              List<Finding> findings = new ArrayList<>();
              List<RestorativeProcess> processes = context.restorativeCase().processes();
              for (int i = 0; i < processes.size(); i++) {
                if (takesPartWithoutTheirPrincipal(context, processes.get(i))) {
                  findings.add(
                      Finding.at(
                          Pointer.of("processes", i, "participants"),
                          "A supporter takes part in a process without the party they support, or"
                              + " after that party withdrew from it."));
                }
              }
              List<Indexed<Meeting>> meetings = context.meetingsInScope();
              for (int m = 0; m < meetings.size(); m++) {
                Meeting meeting = meetings.get(m).value();
                Instant judgedAt = context.judgedAt(meeting);
                List<Attendee> attendees = meeting.attendees();
                for (int j = 0; j < attendees.size(); j++) {
                  PartyId party = attendees.get(j).party();
                  if (attendsWithoutTheirPrincipal(context, party, meeting, judgedAt)) {
                    findings.add(
                        Finding.at(
                            Pointer.of("meetings", meetings.get(m).index(), "attendees", j),
                            "A supporter attends a meeting without the party they support, or"
                                + " after that party withdrew from it."));
                  }
                }
              }
              return findings;
            })
        .withLimitations(
            "Whether the principal wanted this supporter is not recorded; the rule checks"
                + " that the supporter comes with them.");
  }

  /** Rule 29. */
  static Rule supportersAreAssessedAndConsented() {
    return Rule.define(SUPPORTER_ASSESSED_AND_CONSENTED)
        .severity(Severity.ERROR)
        .appliesFrom(Stage.PREPARATION)
        .source(
            "Staffordshire Victim Gateway, Types of Restorative Justice; Peto McLaren, Restorative"
                + " Justice Contains and Supports")
        .meaning(
            "Each supporter taking part in a process that has not been halted (one who withdrew from"
                + " it takes part again once they consent to its type afresh), or attending a meeting,"
                + " is covered by a completed risk assessment, and has their own active consent to"
                + " take part (at a meeting, consent is rule CONSENT_REQUIRED_BEFORE_MEETING).")
        .check(
            context -> {
              Set<PartyId> assessed = coveredByCompletedRiskAssessments(context);
              Set<PartyId> takingPart = takingPartInProcesses(context);
              // In the order they attend, so that findings come in the record's order, not the
              // ids'.
              Set<PartyId> attending = new LinkedHashSet<>();
              List<Indexed<Meeting>> meetings = context.meetingsInScope();
              for (int m = 0; m < meetings.size(); m++) {
                List<Attendee> attendees = meetings.get(m).value().attendees();
                for (int j = 0; j < attendees.size(); j++) {
                  attending.add(attendees.get(j).party());
                }
              }
              takingPart.addAll(attending);
              List<Finding> findings = new ArrayList<>();
              for (PartyId party : takingPart) {
                if (!isSupporter(context, party)) {
                  continue;
                }
                // At a meeting, consent is judged at its start by rule 3; one defect, one code.
                boolean unconsented =
                    !attending.contains(party) && !hasActiveParticipationConsent(context, party);
                boolean unassessed = !assessed.contains(party);
                if (unconsented) {
                  findings.add(
                      Finding.at(
                          context.partyPath(party),
                          "A supporter has no active consent to take part."));
                }
                if (unassessed) {
                  findings.add(
                      Finding.at(
                          context.partyPath(party),
                          "A supporter is not covered by a completed risk assessment."));
                }
              }
              return findings;
            })
        .withLimitations(
            "Whether the supporter is suitable is the risk assessment's judgement; the rule"
                + " checks that one covers them and that they consented.");
  }

  /** Rule 30. */
  static Rule supportersAgreedWithTheOtherSide() {
    return Rule.define(SUPPORTER_AGREED_IN_PREPARATION)
        .severity(Severity.WARNING)
        .appliesFrom(Stage.PREPARATION)
        .source("Victim Support, Restorative Justice (agreed supporters)")
        .meaning(
            "Before a meeting, every other principal attendee has talked about the supporters in a"
                + " preparation contact, so that a supporter is known to, and not objected to by, the"
                + " other side.")
        .check(
            context -> {
              Map<PartyId, Instant> firstTalkedAbout = firstTalkedAboutSupporters(context);
              List<Finding> findings = new ArrayList<>();
              List<Indexed<Meeting>> meetings = context.meetingsInScope();
              for (int m = 0; m < meetings.size(); m++) {
                Meeting meeting = meetings.get(m).value();
                Set<PartyId> notAsked = principalsNotAsked(context, meeting, firstTalkedAbout);
                if (notAsked.isEmpty()) {
                  continue;
                }
                List<Attendee> attendees = meeting.attendees();
                for (int j = 0; j < attendees.size(); j++) {
                  PartyId party = attendees.get(j).party();
                  if (!isSupporter(context, party)) {
                    continue;
                  }
                  // Only the supporter's own principal may be left out: they chose the supporter.
                  if (!onlyTheirPrincipalWasNotAsked(context, party, notAsked)) {
                    findings.add(
                        Finding.at(
                            Pointer.of("meetings", meetings.get(m).index(), "attendees", j),
                            "A supporter attends without the other principal attendees having"
                                + " discussed supporters in preparation."));
                  }
                }
              }
              return findings;
            })
        .withLimitations(
            "An objection by the other side is not recorded as such; the rule checks that the"
                + " supporters were talked about in a preparation contact.");
  }

  /** Rule 31. */
  static Rule adjustmentsArrangedForEveryNeed() {
    return Rule.define(ADJUSTMENTS_IN_PLACE)
        .severity(Severity.WARNING)
        .appliesFrom(Stage.PREPARATION)
        .source(
            "RJC principles of restorative practice (accessibility); Victims' Code 2020 Right 1;"
                + " MCA 2005 s3(2)")
        .meaning(
            "For each attendee with communication needs, the meeting arranges at least one adjustment,"
                + " and an interpreter need (spoken or BSL) has an interpreter booked by name.")
        .check(
            context -> {
              List<Finding> findings = new ArrayList<>();
              List<Indexed<Meeting>> meetings = context.meetingsInScope();
              for (int m = 0; m < meetings.size(); m++) {
                int index = meetings.get(m).index();
                List<ArrangedAdjustment> arranged = meetings.get(m).value().adjustments();
                List<Attendee> attendees = meetings.get(m).value().attendees();
                for (int j = 0; j < attendees.size(); j++) {
                  PartyId party = attendees.get(j).party();
                  Set<CommunicationNeed> needs = communicationNeedsOf(context, party);
                  if (needs.isEmpty()) {
                    continue;
                  }
                  if (!hasAdjustmentFor(arranged, party)) {
                    findings.add(
                        Finding.at(
                            Pointer.of("meetings", index, "adjustments"),
                            "An attendee with communication needs has no adjustment arranged for the"
                                + " meeting."));
                    continue;
                  }
                  if (needs.contains(CommunicationNeed.INTERPRETER)
                      && !booked(arranged, party, AdjustmentType.INTERPRETER_BOOKED)) {
                    findings.add(
                        Finding.at(
                            Pointer.of("meetings", index, "adjustments"),
                            "An attendee who needs an interpreter has none booked for the meeting."));
                  }
                  if (needs.contains(CommunicationNeed.BSL)
                      && !booked(arranged, party, AdjustmentType.BSL_INTERPRETER_BOOKED)) {
                    findings.add(
                        Finding.at(
                            Pointer.of("meetings", index, "adjustments"),
                            "An attendee who uses British Sign Language has no BSL interpreter booked"
                                + " for the meeting."));
                  }
                }
              }
              return findings;
            })
        .withLimitations(
            "Whether the adjustments suit the person and were provided on the day is not"
                + " recorded beyond the meeting's arranged adjustments.");
  }

  /** Rule 32. */
  static Rule interpretersAreIndependent() {
    return Rule.define(INTERPRETER_INDEPENDENT)
        .severity(Severity.WARNING)
        .appliesFrom(Stage.REFERRAL)
        .source("Practice consensus")
        .meaning(
            "An interpreter is not a party, a supporter or a relative of a party, nor otherwise"
                + " connected with one.")
        .check(
            context -> {
              List<Finding> findings = new ArrayList<>();
              List<Professional> professionals = context.restorativeCase().professionals();
              for (int i = 0; i < professionals.size(); i++) {
                Professional professional = professionals.get(i);
                if (professional.role() == ProfessionalRole.INTERPRETER
                    && !professional.relatedParties().isEmpty()) {
                  findings.add(
                      Finding.at(
                          Pointer.of("professionals", i, "relatedParties"),
                          "An interpreter is connected with a party of the case."));
                }
              }
              return findings;
            })
        .withLimitations(
            "Only relationships the record shows can be checked; an interpreter's undeclared"
                + " connection cannot.");
  }

  /**
   * Whether a process's participants include a supporter whose principal is not among them (or who
   * names none); in a process not yet ended, a supporter whose withdrawal from it does not stand
   * and whose principal's does ({@link CheckContext#withdrewFrom}) counts too.
   */
  private static boolean takesPartWithoutTheirPrincipal(
      CheckContext context, RestorativeProcess process) {
    Set<PartyId> participants = process.participants();
    boolean going = !process.isEnded();
    for (PartyId participant : participants) {
      if (!isSupporter(context, participant)
          || (going && context.withdrewFrom(participant, process.type()))) {
        continue;
      }
      Optional<PartyId> principal = principalOfSupporter(context, participant);
      if (principal.isEmpty()
          || !participants.contains(principal.get())
          || (going && context.withdrewFrom(principal.get(), process.type()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a party is a supporter whose withdrawal from a meeting did not stand at the moment it
   * is judged at and who attends it without their principal: the attendees leave the principal out,
   * the principal's withdrawal from it stood by then ({@link CheckContext#hadWithdrawnFrom}), or
   * the supporter names none.
   */
  private static boolean attendsWithoutTheirPrincipal(
      CheckContext context, PartyId party, Meeting meeting, Instant judgedAt) {
    if (!isSupporter(context, party) || context.hadWithdrawnFrom(party, meeting, judgedAt)) {
      return false;
    }
    Optional<PartyId> principal = principalOfSupporter(context, party);
    return principal.isEmpty()
        || !isAmong(meeting.attendees(), principal.get())
        || context.hadWithdrawnFrom(principal.get(), meeting, judgedAt);
  }

  /** Whether a party is one of the attendees. */
  private static boolean isAmong(List<Attendee> attendees, PartyId party) {
    for (int j = 0; j < attendees.size(); j++) {
      if (attendees.get(j).party().equals(party)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The parties covered by a completed risk assessment: those it has findings for, as {@link
   * RiskAssessment#coveredParties()} says, read from its findings without collecting a set each.
   */
  private static Set<PartyId> coveredByCompletedRiskAssessments(CheckContext context) {
    Set<PartyId> assessed = new HashSet<>();
    List<RiskAssessment> risks = context.restorativeCase().riskAssessments();
    for (int i = 0; i < risks.size(); i++) {
      if (risks.get(i).status() == AssessmentStatus.COMPLETED) {
        List<AttendeeFinding> findings = risks.get(i).findings();
        for (int j = 0; j < findings.size(); j++) {
          assessed.add(findings.get(j).party());
        }
      }
    }
    return assessed;
  }

  /**
   * The participants of processes not halted, less those whose withdrawal from the process stands
   * ({@link CheckContext#withdrewFrom}: a supporter who withdrew no longer takes part, until they
   * consent to its type afresh; one defect, one code), in record order.
   */
  private static Set<PartyId> takingPartInProcesses(CheckContext context) {
    Set<PartyId> takingPart = new LinkedHashSet<>();
    List<RestorativeProcess> processes = context.restorativeCase().processes();
    for (int i = 0; i < processes.size(); i++) {
      RestorativeProcess process = processes.get(i);
      if (process.status() == ProcessStatus.HALTED) {
        continue;
      }
      for (PartyId participant : process.participants()) {
        if (!context.withdrewFrom(participant, process.type())) {
          takingPart.add(participant);
        }
      }
    }
    return takingPart;
  }

  /** Whether a party has a participation consent whose status is active. */
  private static boolean hasActiveParticipationConsent(CheckContext context, PartyId party) {
    List<Integer> indices = context.participationConsentIndices(party);
    List<Consent> consents = context.restorativeCase().consents();
    for (int k = 0; k < indices.size(); k++) {
      if (consents.get(indices.get(k)).status().isActive()) {
        return true;
      }
    }
    return false;
  }

  /** The moment each party first talked about supporters in a preparation contact. */
  private static Map<PartyId, Instant> firstTalkedAboutSupporters(CheckContext context) {
    Map<PartyId, Instant> first = new HashMap<>();
    List<PreparationContact> contacts = context.restorativeCase().preparationContacts();
    for (int i = 0; i < contacts.size(); i++) {
      PreparationContact contact = contacts.get(i);
      if (contact.covers(PreparationTopic.SUPPORTERS)) {
        Instant known = first.get(contact.party());
        if (known == null || !known.isBefore(contact.at())) {
          first.put(contact.party(), contact.at());
        }
      }
    }
    return first;
  }

  /**
   * The principal attendees of a meeting who had not talked about supporters in a preparation
   * contact by the moment the meeting is judged at.
   */
  private static Set<PartyId> principalsNotAsked(
      CheckContext context, Meeting meeting, Map<PartyId, Instant> firstTalkedAbout) {
    Instant judgedAt = context.judgedAt(meeting);
    List<Attendee> attendees = meeting.attendees();
    Set<PartyId> notAsked = new HashSet<>();
    for (int j = 0; j < attendees.size(); j++) {
      PartyId party = attendees.get(j).party();
      Instant talked = firstTalkedAbout.get(party);
      if (isPrincipal(context, party) && (talked == null || talked.isAfter(judgedAt))) {
        notAsked.add(party);
      }
    }
    return notAsked;
  }

  /** Whether the only principal not asked about supporters is the supporter's own principal. */
  private static boolean onlyTheirPrincipalWasNotAsked(
      CheckContext context, PartyId supporter, Set<PartyId> notAsked) {
    if (notAsked.size() != 1) {
      return false;
    }
    Optional<PartyId> principal = principalOfSupporter(context, supporter);
    return principal.isPresent() && notAsked.contains(principal.get());
  }

  /** Whether the case holds a party and its role is a principal one. */
  private static boolean isPrincipal(CheckContext context, PartyId party) {
    Optional<Party> found = context.party(party);
    return found.isPresent() && found.get().role().isPrincipal();
  }

  /** A party's communication needs; none when the case does not hold the party. */
  private static Set<CommunicationNeed> communicationNeedsOf(CheckContext context, PartyId party) {
    Optional<Party> found = context.party(party);
    return found.isPresent() ? found.get().communicationNeeds() : Set.of();
  }

  /** Whether any adjustment is arranged for a party. */
  private static boolean hasAdjustmentFor(List<ArrangedAdjustment> arranged, PartyId party) {
    for (int i = 0; i < arranged.size(); i++) {
      if (arranged.get(i).party().equals(party)) {
        return true;
      }
    }
    return false;
  }

  /** Whether an adjustment of a type is arranged for a party with its provider named. */
  private static boolean booked(
      List<ArrangedAdjustment> arranged, PartyId party, AdjustmentType type) {
    for (int i = 0; i < arranged.size(); i++) {
      ArrangedAdjustment adjustment = arranged.get(i);
      if (adjustment.party().equals(party)
          && adjustment.type() == type
          && adjustment.provider().isPresent()) {
        return true;
      }
    }
    return false;
  }

  /** Whether the case holds a party and it is a supporter. */
  private static boolean isSupporter(CheckContext context, PartyId party) {
    Optional<Party> found = context.party(party);
    return found.isPresent() && found.get().role() == PartyRole.SUPPORTER;
  }

  /** The principal a supporter names, if the case holds the supporter. */
  private static Optional<PartyId> principalOfSupporter(CheckContext context, PartyId supporter) {
    Optional<Party> found = context.party(supporter);
    return found.isPresent() ? found.get().principal() : Optional.empty();
  }
}
