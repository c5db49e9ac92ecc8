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
import org.restorative.core.assessment.RiskAssessment;
import org.restorative.core.casefile.Stage;
import org.restorative.core.consent.Withdrawal;
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

  /** Rule 28. */
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
                + " That a supporter names exactly one principal party of the case is a structural"
                + " invariant of the case record; this rule checks the contextual part.")
        .check(
            context -> {
              List<Finding> findings = new ArrayList<>();
              List<RestorativeProcess> processes = context.restorativeCase().processes();
              for (int i = 0; i < processes.size(); i++) {
                Set<PartyId> participants = processes.get(i).participants();
                boolean unlinked =
                    participants.stream()
                        .anyMatch(
                            p ->
                                isSupporter(context, p)
                                    && principalOfSupporter(context, p)
                                        .filter(participants::contains)
                                        .isEmpty());
                if (unlinked) {
                  findings.add(
                      Finding.at(
                          Pointer.of("processes", i, "participants"),
                          "A supporter takes part in a process without the party they support."));
                }
              }
              for (Indexed<Meeting> indexed : context.meetingsInScope()) {
                Meeting meeting = indexed.value();
                Set<PartyId> attending = meeting.attendeeParties();
                List<Attendee> attendees = meeting.attendees();
                for (int j = 0; j < attendees.size(); j++) {
                  PartyId party = attendees.get(j).party();
                  if (isSupporter(context, party)
                      && principalOfSupporter(context, party)
                          .filter(attending::contains)
                          .isEmpty()) {
                    findings.add(
                        Finding.at(
                            Pointer.of("meetings", indexed.index(), "attendees", j),
                            "A supporter attends a meeting without the party they support."));
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
            "Each supporter taking part in a process that has not been halted (and that they have"
                + " not withdrawn from), or attending a meeting, is covered by a completed risk assessment, and has their own active consent"
                + " to take part (at a meeting, consent is rule CONSENT_REQUIRED_BEFORE_MEETING).")
        .check(
            context -> {
              Set<PartyId> assessed = new HashSet<>();
              for (RiskAssessment risk : context.restorativeCase().riskAssessments()) {
                if (risk.status() == AssessmentStatus.COMPLETED) {
                  assessed.addAll(risk.coveredParties());
                }
              }
              Set<PartyId> takingPart = new LinkedHashSet<>();
              List<Withdrawal> withdrawals = context.restorativeCase().withdrawals();
              for (RestorativeProcess process : context.restorativeCase().processes()) {
                if (process.status() == ProcessStatus.HALTED) {
                  continue;
                }
                // A supporter who withdrew from the process no longer takes part; one defect, one
                // code.
                for (PartyId participant : process.participants()) {
                  if (withdrawals.stream()
                      .noneMatch(
                          w -> w.party().equals(participant) && w.withdrawsFrom(process.type()))) {
                    takingPart.add(participant);
                  }
                }
              }
              Set<PartyId> attending = new HashSet<>();
              for (Indexed<Meeting> meeting : context.meetingsInScope()) {
                attending.addAll(meeting.value().attendeeParties());
              }
              takingPart.addAll(attending);
              List<Finding> findings = new ArrayList<>();
              for (PartyId party : takingPart) {
                if (!isSupporter(context, party)) {
                  continue;
                }
                String path = context.partyPath(party);
                boolean consented =
                    context.participationConsentsOf(party).stream()
                        .anyMatch(c -> c.status().isActive());
                // At a meeting, consent is judged at its start by rule 3; one defect, one code.
                if (!consented && !attending.contains(party)) {
                  findings.add(Finding.at(path, "A supporter has no active consent to take part."));
                }
                if (!assessed.contains(party)) {
                  findings.add(
                      Finding.at(
                          path, "A supporter is not covered by a completed risk assessment."));
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
              Map<PartyId, Instant> firstTalkedAbout = new HashMap<>();
              for (PreparationContact contact : context.restorativeCase().preparationContacts()) {
                if (contact.covers(PreparationTopic.SUPPORTERS)) {
                  firstTalkedAbout.merge(
                      contact.party(), contact.at(), (a, b) -> a.isBefore(b) ? a : b);
                }
              }
              List<Finding> findings = new ArrayList<>();
              for (Indexed<Meeting> indexed : context.meetingsInScope()) {
                Meeting meeting = indexed.value();
                Instant judgedAt = context.judgedAt(meeting);
                Set<PartyId> notAsked = new HashSet<>();
                for (Attendee attendee : meeting.attendees()) {
                  PartyId party = attendee.party();
                  Instant talked = firstTalkedAbout.get(party);
                  boolean principal =
                      context.party(party).filter(p -> p.role().isPrincipal()).isPresent();
                  if (principal && (talked == null || talked.isAfter(judgedAt))) {
                    notAsked.add(party);
                  }
                }
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
                  Optional<PartyId> principal = principalOfSupporter(context, party);
                  boolean othersAsked =
                      notAsked.size() == 1 && principal.filter(notAsked::contains).isPresent();
                  if (!othersAsked) {
                    findings.add(
                        Finding.at(
                            Pointer.of("meetings", indexed.index(), "attendees", j),
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
              for (Indexed<Meeting> indexed : context.meetingsInScope()) {
                Meeting meeting = indexed.value();
                String path = Pointer.of("meetings", indexed.index(), "adjustments");
                Map<PartyId, List<ArrangedAdjustment>> arranged = new HashMap<>();
                for (ArrangedAdjustment adjustment : meeting.adjustments()) {
                  arranged
                      .computeIfAbsent(adjustment.party(), p -> new ArrayList<>())
                      .add(adjustment);
                }
                for (Attendee attendee : meeting.attendees()) {
                  Set<CommunicationNeed> needs =
                      context
                          .party(attendee.party())
                          .map(Party::communicationNeeds)
                          .orElse(Set.of());
                  if (needs.isEmpty()) {
                    continue;
                  }
                  List<ArrangedAdjustment> forAttendee =
                      arranged.getOrDefault(attendee.party(), List.of());
                  if (forAttendee.isEmpty()) {
                    findings.add(
                        Finding.at(
                            path,
                            "An attendee with communication needs has no adjustment arranged for the"
                                + " meeting."));
                    continue;
                  }
                  if (needs.contains(CommunicationNeed.INTERPRETER)
                      && !booked(forAttendee, AdjustmentType.INTERPRETER_BOOKED)) {
                    findings.add(
                        Finding.at(
                            path,
                            "An attendee who needs an interpreter has none booked for the meeting."));
                  }
                  if (needs.contains(CommunicationNeed.BSL)
                      && !booked(forAttendee, AdjustmentType.BSL_INTERPRETER_BOOKED)) {
                    findings.add(
                        Finding.at(
                            path,
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

  private static boolean isSupporter(CheckContext context, PartyId party) {
    return context.party(party).filter(p -> p.role() == PartyRole.SUPPORTER).isPresent();
  }

  private static Optional<PartyId> principalOfSupporter(CheckContext context, PartyId supporter) {
    return context.party(supporter).flatMap(Party::principal);
  }

  private static boolean booked(List<ArrangedAdjustment> arranged, AdjustmentType type) {
    return arranged.stream().anyMatch(a -> a.type() == type && a.provider().isPresent());
  }
}
