package org.restorative.core.rules;

import static org.restorative.core.rules.AcknowledgementRules.canGoOnWith;
import static org.restorative.core.rules.StandardCode.AGREEMENT_AGREED;
import static org.restorative.core.rules.StandardCode.CASE_OWNER_ALLOCATED;
import static org.restorative.core.rules.StandardCode.INTERVENTION_ARRANGED;
import static org.restorative.core.rules.StandardCode.INTERVENTION_HELD;
import static org.restorative.core.rules.StandardCode.PROCESS_CHOSEN;
import static org.restorative.core.rules.StandardCode.PROCESS_PARTICIPANTS_NAMED;
import static org.restorative.core.rules.StandardCode.REFERRAL_ACCEPTED;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.restorative.core.casefile.CaseEvent;
import org.restorative.core.casefile.Pause;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.casefile.Stage;
import org.restorative.core.outcome.AgreementStatus;
import org.restorative.core.outcome.OutcomeAgreement;
import org.restorative.core.party.Party;
import org.restorative.core.party.PartyId;
import org.restorative.core.process.ContactMode;
import org.restorative.core.process.Meeting;
import org.restorative.core.process.MeetingStatus;
import org.restorative.core.process.Message;
import org.restorative.core.process.MessageStatus;
import org.restorative.core.process.ProcessId;
import org.restorative.core.process.ProcessStatus;
import org.restorative.core.process.RestorativeProcess;

/**
 * The exit criteria of the domain brief §1.2 that no rule of §8 states: the records a stage needs
 * before the case may leave it. Each is checked at the entry of the next stage (and at every later
 * stage), and reports the missing record at the JSON Pointer where it belongs, so that a gate is
 * never passed because the record it needs is absent. The other exit criteria of §1.2 are the rules
 * of §8 that the brief names beside them (acknowledgement, consent, capacity, risk, facilitator,
 * sign-off, preparation contact, terminal actions); those rules check the chosen process as well as
 * its meetings, so that they too hold on a case with nothing yet arranged.
 */
final class GateRules {

  private static final String S0 = "Domain brief §1.2 S0, exit to assessment";
  private static final String S1 = "Domain brief §1.2 S1, exit to preparation";

  private GateRules() {}

  static List<Rule> rules() {
    return List.of(
        referralAccepted(),
        caseOwnerAllocated(),
        processChosen(),
        processParticipantsNamed(),
        interventionArranged(),
        interventionHeld(),
        agreementAgreed());
  }

  /** Referral to assessment: the referral is accepted. */
  static Rule referralAccepted() {
    return Rule.define(REFERRAL_ACCEPTED)
        .severity(Severity.ERROR)
        .appliesFrom(Stage.ASSESSMENT)
        .source(S0 + "; Scottish Government Guidance 2017 Part A §2 (Scottish)")
        .meaning("The referral records when it was accepted before the case is assessed.")
        .check(
            context ->
                context.restorativeCase().referral().acceptedAt().isPresent()
                    ? List.of()
                    : List.of(
                        Finding.at(
                            Pointer.of("referral", "acceptedAt"), "The referral is not accepted.")))
        .withLimitations(
            "Whether the referral meets the trust's criteria is a judgement; the rule"
                + " checks that acceptance is recorded.");
  }

  /** Referral to assessment: a case owner or a facilitator is allocated. */
  static Rule caseOwnerAllocated() {
    return Rule.define(CASE_OWNER_ALLOCATED)
        .severity(Severity.ERROR)
        .appliesFrom(Stage.ASSESSMENT)
        .source(S0)
        .meaning(
            "A case owner is named on the referral, or a facilitator is allocated, before the case is"
                + " assessed.")
        .check(
            context -> {
              RestorativeCase c = context.restorativeCase();
              return c.referral().caseOwner().isPresent() || !c.facilitators().isEmpty()
                  ? List.of()
                  : List.of(
                      Finding.at(
                          Pointer.of("referral", "caseOwner"),
                          "No case owner or facilitator is allocated."));
            });
  }

  /**
   * Assessment to preparation: a process is chosen. A live case needs one that has not been halted,
   * since a halted process cannot go ahead (§1.5); a closed case only needs to have chosen one.
   */
  static Rule processChosen() {
    return Rule.define(PROCESS_CHOSEN)
        .severity(Severity.ERROR)
        .appliesFrom(Stage.PREPARATION)
        .source(S1 + " (choose the process type, activity 8)")
        .meaning(
            "A process that has not been halted is chosen before preparation; a case whose every"
                + " process was halted goes back to assessment or closes.")
        .check(
            context -> {
              RestorativeCase c = context.restorativeCase();
              boolean chosen = c.isClosed() ? !c.processes().isEmpty() : hasProcessNotHalted(c);
              return chosen
                  ? List.of()
                  : List.of(
                      Finding.at(
                          Pointer.of("processes"), "No process that can go ahead is chosen."));
            })
        .withLimitations(
            "Whether the process type suits the parties is the facilitator's judgement; the rule"
                + " checks only that one is recorded.");
  }

  /**
   * Assessment to preparation: each process under way names who takes part. A process that brings
   * parties into contact names a person harmed and a person responsible (a party both harmed and
   * responsible counts for both only beside another such party, and an organisation that answers
   * for the harm stands on the responsible side, as rule 2 says); work with one party names that
   * party.
   */
  static Rule processParticipantsNamed() {
    return Rule.define(PROCESS_PARTICIPANTS_NAMED)
        .severity(Severity.ERROR)
        .appliesFrom(Stage.PREPARATION)
        .source(S1 + " (each core party consenting to the chosen process type); practice consensus")
        .meaning(
            "Each process not ended names its participants: a process with contact between the parties"
                + " a person harmed and a person responsible, work with one party at least that party.")
        .check(
            context -> {
              List<Finding> findings = new ArrayList<>();
              RestorativeCase c = context.restorativeCase();
              List<RestorativeProcess> processes = c.processes();
              for (int i = 0; i < processes.size(); i++) {
                RestorativeProcess process = processes.get(i);
                if (process.isEnded()) {
                  continue;
                }
                if (!canGoOnWith(c, process, participants(context, process))) {
                  findings.add(
                      Finding.at(
                          Pointer.of("processes", i, "participants"),
                          "A process does not name the parties who take part."));
                }
              }
              return findings;
            });
  }

  /**
   * Preparation to intervention: the chosen process is arranged — a meeting with its attendees for
   * a process that meets, a message under way for an indirect one: drafted, reviewed and approved,
   * or delivered. A message the facilitator withheld will not be passed on, so it arranges nothing.
   */
  static Rule interventionArranged() {
    return Rule.define(INTERVENTION_ARRANGED)
        .severity(Severity.ERROR)
        .appliesFrom(Stage.INTERVENTION)
        .source(
            "Domain brief §1.2 S2, exit to intervention (logistics arranged; rules 3–7, 11–13, 18–21,"
                + " 23, 26–35, 53 over what the chosen process needs); Scottish Government Guidance"
                + " 2017 Parts F and G (Scottish)")
        .meaning(
            "Each process not ended is arranged: a process that meets has a meeting that is not"
                + " abandoned, with its attendees; an indirect process has a message under way"
                + " (drafted, approved or delivered, not withheld); a process whose contact varies"
                + " has either.")
        .check(
            context -> {
              RestorativeCase c = context.restorativeCase();
              List<Finding> findings = new ArrayList<>();
              List<RestorativeProcess> processes = c.processes();
              for (int i = 0; i < processes.size(); i++) {
                RestorativeProcess process = processes.get(i);
                if (process.isEnded()) {
                  continue;
                }
                ContactMode mode = process.type().contactMode();
                boolean meets = hasLiveMeeting(c, process.id());
                boolean writes = hasMessageUnderWay(c, process.id());
                boolean arranged =
                    switch (mode) {
                      case INDIRECT -> writes;
                      case VARIES -> meets || writes;
                      case DIRECT, GROUP, NONE -> meets;
                    };
                if (!arranged) {
                  findings.add(
                      Finding.at(
                          Pointer.of(mode == ContactMode.INDIRECT ? "messages" : "meetings"),
                          "A process has no meeting or message arranged."));
                }
              }
              List<CheckContext.Indexed<Meeting>> meetings = context.meetingsInScope();
              for (int m = 0; m < meetings.size(); m++) {
                if (meetings.get(m).value().attendees().isEmpty()) {
                  findings.add(
                      Finding.at(
                          Pointer.of("meetings", meetings.get(m).index(), "attendees"),
                          "A meeting has no attendees."));
                }
              }
              return findings;
            });
  }

  /**
   * Intervention to an outcome agreement, to follow-up or to closure: the intervention took place —
   * a meeting was held, a message was delivered, or a process concluded.
   */
  static Rule interventionHeld() {
    return Rule.define(INTERVENTION_HELD)
        .severity(Severity.ERROR)
        .appliesFrom(Stage.OUTCOME_AGREEMENT)
        .source(
            "Domain brief §1.2 S3, exits to outcome agreement, follow-up and closure; Scottish"
                + " Government Guidance 2017 Parts F to H (Scottish)")
        .meaning(
            "Before an outcome agreement, follow-up or closure, the intervention took place: a"
                + " meeting was held, a message delivered, or a process concluded.")
        .check(
            context -> {
              RestorativeCase c = context.restorativeCase();
              boolean held = anyMeetingHeld(c) || anyMessageDelivered(c) || anyProcessConcluded(c);
              if (held) {
                return List.of();
              }
              boolean indirect = !c.processes().isEmpty() && everyProcessIndirect(c);
              return List.of(
                  Finding.at(
                      Pointer.of(indirect ? "messages" : "meetings"),
                      "No meeting was held and no message delivered."));
            })
        .withLimitations(
            "Whether the meeting went well enough to move on is the facilitator's judgement.");
  }

  /**
   * Outcome agreement to follow-up or closure: a case that went through the outcome-agreement stage
   * leaves it with an agreement the parties agreed. A case that goes from intervention straight to
   * follow-up (no formal agreement needed, §1.2 S3) needs none.
   */
  static Rule agreementAgreed() {
    return Rule.define(AGREEMENT_AGREED)
        .severity(Severity.ERROR)
        .appliesFrom(Stage.FOLLOW_UP)
        .source(
            "Domain brief §1.2 S4, exits to follow-up and closure; Scottish Government Policy and"
                + " Practice Framework §24.2 (Scottish)")
        .meaning(
            "A case that entered the outcome-agreement stage leaves it with an agreement that was"
                + " agreed (agreed, in monitoring or ended), not a draft.")
        .check(
            context -> {
              RestorativeCase c = context.restorativeCase();
              if (!wentThroughAgreement(c)) {
                return List.of();
              }
              return anyAgreementAgreed(c)
                  ? List.of()
                  : List.of(
                      Finding.at(
                          Pointer.of("agreements"),
                          "The outcome-agreement stage ended without an agreed agreement."));
            })
        .withLimitations(
            "Whether at least one action is still open (follow-up) or all were done on the day"
                + " (closure) decides the route, not the gate; both routes are allowed.");
  }

  /**
   * Whether a case is at the outcome-agreement stage, was paused from it, or entered it at some
   * point of its history.
   */
  private static boolean wentThroughAgreement(RestorativeCase c) {
    if (c.stage() == Stage.OUTCOME_AGREEMENT) {
      return true;
    }
    Optional<Pause> pause = c.pause();
    if (pause.isPresent() && pause.get().pausedFrom() == Stage.OUTCOME_AGREEMENT) {
      return true;
    }
    List<CaseEvent> history = c.history();
    for (int i = 0; i < history.size(); i++) {
      Optional<Stage> to = history.get(i).toStage();
      if (to.isPresent() && to.get() == Stage.OUTCOME_AGREEMENT) {
        return true;
      }
    }
    return false;
  }

  /** Whether an agreement of the case was agreed: it is neither a draft nor superseded. */
  private static boolean anyAgreementAgreed(RestorativeCase c) {
    List<OutcomeAgreement> agreements = c.agreements();
    for (int i = 0; i < agreements.size(); i++) {
      AgreementStatus status = agreements.get(i).status();
      if (status != AgreementStatus.DRAFT && status != AgreementStatus.SUPERSEDED) {
        return true;
      }
    }
    return false;
  }

  /** Whether a process of the case has not been halted. */
  private static boolean hasProcessNotHalted(RestorativeCase c) {
    List<RestorativeProcess> processes = c.processes();
    for (int i = 0; i < processes.size(); i++) {
      if (processes.get(i).status() != ProcessStatus.HALTED) {
        return true;
      }
    }
    return false;
  }

  /** Whether a process has a meeting that is not abandoned. */
  private static boolean hasLiveMeeting(RestorativeCase c, ProcessId process) {
    List<Meeting> meetings = c.meetings();
    for (int i = 0; i < meetings.size(); i++) {
      Meeting meeting = meetings.get(i);
      if (meeting.process().equals(process) && meeting.status() != MeetingStatus.ABANDONED) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a process has a message under way: drafted, approved or delivered, not withheld by the
   * facilitator.
   */
  private static boolean hasMessageUnderWay(RestorativeCase c, ProcessId process) {
    List<Message> messages = c.messages();
    for (int i = 0; i < messages.size(); i++) {
      Message message = messages.get(i);
      if (message.process().equals(process) && message.status() != MessageStatus.WITHHELD) {
        return true;
      }
    }
    return false;
  }

  /** Whether a meeting of the case was held. */
  private static boolean anyMeetingHeld(RestorativeCase c) {
    List<Meeting> meetings = c.meetings();
    for (int i = 0; i < meetings.size(); i++) {
      if (meetings.get(i).status() == MeetingStatus.HELD) {
        return true;
      }
    }
    return false;
  }

  /** Whether a message of the case was delivered. */
  private static boolean anyMessageDelivered(RestorativeCase c) {
    List<Message> messages = c.messages();
    for (int i = 0; i < messages.size(); i++) {
      if (messages.get(i).isDelivered()) {
        return true;
      }
    }
    return false;
  }

  /** Whether a process of the case concluded. */
  private static boolean anyProcessConcluded(RestorativeCase c) {
    List<RestorativeProcess> processes = c.processes();
    for (int i = 0; i < processes.size(); i++) {
      if (processes.get(i).status() == ProcessStatus.CONCLUDED) {
        return true;
      }
    }
    return false;
  }

  /** Whether every process of the case is of an indirect type (true when there is none). */
  private static boolean everyProcessIndirect(RestorativeCase c) {
    List<RestorativeProcess> processes = c.processes();
    for (int i = 0; i < processes.size(); i++) {
      if (!processes.get(i).type().isIndirect()) {
        return false;
      }
    }
    return true;
  }

  /** The participants of a process that the case holds, in record order. */
  private static List<Party> participants(CheckContext context, RestorativeProcess process) {
    List<Party> participants = new ArrayList<>();
    for (PartyId participant : process.participants()) {
      Optional<Party> party = context.party(participant);
      if (party.isPresent()) {
        participants.add(party.get());
      }
    }
    return participants;
  }
}
