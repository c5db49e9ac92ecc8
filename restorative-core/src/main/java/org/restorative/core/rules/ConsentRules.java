package org.restorative.core.rules;

import static org.restorative.core.rules.StandardCode.CONSENT_IN_WRITING;
import static org.restorative.core.rules.StandardCode.CONSENT_RECONFIRMED_BEFORE_MEETING;
import static org.restorative.core.rules.StandardCode.CONSENT_REQUIRED_BEFORE_MEETING;
import static org.restorative.core.rules.StandardCode.CONSENT_SCOPE_MATCHES_PROCESS;
import static org.restorative.core.rules.StandardCode.INFORMATION_GIVEN_BEFORE_CONSENT;
import static org.restorative.core.rules.StandardCode.VOLUNTARINESS_CONFIRMED;
import static org.restorative.core.rules.StandardCode.WITHDRAWAL_ALWAYS_ACCEPTED;
import static org.restorative.core.rules.StandardCode.WITHDRAWAL_OF_CORE_PARTY_HALTS_PROCESS;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.casefile.Stage;
import org.restorative.core.consent.Consent;
import org.restorative.core.consent.ConsentKind;
import org.restorative.core.consent.ConsentMethod;
import org.restorative.core.consent.InformationProvided;
import org.restorative.core.consent.Reconfirmation;
import org.restorative.core.consent.VoluntarinessCheck;
import org.restorative.core.consent.Withdrawal;
import org.restorative.core.party.Party;
import org.restorative.core.party.PartyId;
import org.restorative.core.party.PartyRole;
import org.restorative.core.party.PersonType;
import org.restorative.core.process.Attendee;
import org.restorative.core.process.Meeting;
import org.restorative.core.process.MeetingStatus;
import org.restorative.core.process.Message;
import org.restorative.core.process.PreparationContact;
import org.restorative.core.process.ProcessId;
import org.restorative.core.process.ProcessStatus;
import org.restorative.core.process.ProcessType;
import org.restorative.core.process.RestorativeProcess;
import org.restorative.core.rules.CheckContext.Indexed;

/**
 * Rules 3–10 of the domain brief §8: participation consent is in place, written, informed, specific
 * to the process, reconfirmed before each meeting and freely given, and a withdrawal is always
 * honoured (brief §1.5, §4.1–§4.4).
 */
final class ConsentRules {

  private ConsentRules() {}

  static List<Rule> rules() {
    return List.of(
        everyAttendeeHasConsentedBeforeTheMeeting(),
        participationConsentIsInWriting(),
        everyAttendeeReconfirmedConsentShortlyBeforeTheMeeting(),
        consentCoversTheProcessActuallyUsed(),
        theLeafletWasGivenBeforeConsent(),
        aWithdrawalIsAlwaysHonoured(),
        theProcessStopsWhenTheLastHarmedOrResponsiblePartyWithdraws(),
        detainedPatientsAndStaffConfirmTheyAreNotPressured());
  }

  /**
   * Rule 3: everyone at a meeting — principal parties, supporters and affected others — has a
   * participation consent in force when the meeting starts (or now, for a meeting still to come).
   * From preparation on, every participant of a process under way has one too, so that a case
   * cannot be prepared before its parties consent (domain brief §1.2, exit to preparation);
   * supporters are left to rule 29 and participants who withdrew to rule 9. A consent that a later
   * finding of incapacity invalidated (brief §4.4) is not in force: it is reported once, at its
   * status, wherever it was relied on. An attendee who had withdrawn from the meeting is not
   * reported (§1.5).
   */
  static Rule everyAttendeeHasConsentedBeforeTheMeeting() {
    return Rule.define(CONSENT_REQUIRED_BEFORE_MEETING)
        .severity(Severity.ERROR)
        .appliesFrom(Stage.PREPARATION)
        .source(
            "RJC Service Provider Code C; Staffordshire Victim Gateway, Types of Restorative Justice;"
                + " MCA 2005 s2(1) (at the material time) for consent invalidated by a later finding of"
                + " incapacity")
        .meaning(
            "Every attendee of a meeting, supporters and affected others included, has a participation"
                + " consent given or reconfirmed, not withdrawn and not invalidated by a later finding"
                + " of incapacity, before the meeting; from preparation, so does every other"
                + " participant of a process under way.")
        .check(
            context -> {
              List<Finding> findings = new ArrayList<>();
              Set<Integer> invalidated = new HashSet<>();
              for (Indexed<Meeting> meeting : context.meetingsInScope()) {
                Instant judgedAt = context.judgedAt(meeting.value());
                Optional<ProcessType> type = context.processType(meeting.value().process());
                List<Attendee> attendees = meeting.value().attendees();
                for (int j = 0; j < attendees.size(); j++) {
                  PartyId party = attendees.get(j).party();
                  if (context.hadWithdrawnFrom(party, meeting.value(), judgedAt)) {
                    continue;
                  }
                  consentFinding(
                          context,
                          party,
                          type,
                          judgedAt,
                          invalidated,
                          Finding.at(
                              Pointer.of("meetings", meeting.index(), "attendees", j),
                              "An attendee has no participation consent in force before the meeting."))
                      .ifPresent(findings::add);
                }
              }
              findings.addAll(participantsWithoutConsent(context, invalidated));
              return findings;
            })
        .withLimitations(
            "The record does not say when a meeting was booked, so consent is judged at the"
                + " gate into intervention and before the meeting starts, not at the moment of"
                + " booking (the brief's SCHEDULED).");
  }

  /**
   * The finding, if any, about a party's consent for a process type at a moment: none when a
   * consent is in force; when the only consent that would be in force was invalidated by a later
   * finding of incapacity, a finding at that consent's status (once per consent, however often it
   * was relied on); otherwise the given finding that no consent is in force.
   */
  private static Optional<Finding> consentFinding(
      CheckContext context,
      PartyId party,
      Optional<ProcessType> type,
      Instant moment,
      Set<Integer> reported,
      Finding noConsent) {
    Optional<Integer> invalid = Optional.empty();
    for (int i : context.participationConsentIndices(party)) {
      Consent consent = context.restorativeCase().consents().get(i);
      if (!CheckContext.wasActiveAt(consent, moment)) {
        continue;
      }
      boolean invalidated =
          type.isPresent() && context.findingInvalidating(consent, type.get(), moment).isPresent();
      if (!invalidated) {
        return Optional.empty();
      }
      invalid = invalid.isPresent() ? invalid : Optional.of(i);
    }
    if (invalid.isEmpty()) {
      return Optional.of(noConsent);
    }
    return reported.add(invalid.get())
        ? Optional.of(
            Finding.at(
                Pointer.of("consents", invalid.get(), "status"),
                "A participation consent was invalidated by a later finding that the person lacks"
                    + " capacity; a fresh consent is needed."))
        : Optional.empty();
  }

  /** Participants of processes under way with no participation consent in force now. */
  private static List<Finding> participantsWithoutConsent(
      CheckContext context, Set<Integer> invalidated) {
    List<Finding> findings = new ArrayList<>();
    RestorativeCase c = context.restorativeCase();
    for (int i = 0; i < c.processes().size(); i++) {
      RestorativeProcess process = c.processes().get(i);
      if (process.isEnded()) {
        continue;
      }
      int j = 0;
      for (PartyId participant : process.participants()) {
        boolean supporter =
            context.party(participant).map(p -> p.role() == PartyRole.SUPPORTER).orElse(false);
        boolean withdrew =
            c.withdrawals().stream()
                .anyMatch(w -> w.party().equals(participant) && w.withdrawsFrom(process.type()));
        if (!supporter && !withdrew) {
          consentFinding(
                  context,
                  participant,
                  Optional.of(process.type()),
                  context.asOf(),
                  invalidated,
                  Finding.at(
                      Pointer.of("processes", i, "participants", j),
                      "A participant of a process under way has no participation consent in"
                          + " force."))
              .ifPresent(findings::add);
        }
        j++;
      }
    }
    return findings;
  }

  /**
   * Rule 4: participation consent is recorded as written or in an approved alternative format;
   * verbal consent recorded with a reason is accepted with a warning.
   */
  static Rule participationConsentIsInWriting() {
    return Rule.define(CONSENT_IN_WRITING)
        .severity(Severity.ERROR)
        .appliesFrom(Stage.PREPARATION)
        .source("RJC Service Provider Code C")
        .meaning(
            "A participation consent records how it was given: written, or an approved alternative"
                + " format; verbal consent recorded with a reason is a warning.")
        .check(
            context -> {
              List<Finding> findings = new ArrayList<>();
              List<Consent> consents = context.restorativeCase().consents();
              for (int i = 0; i < consents.size(); i++) {
                Consent consent = consents.get(i);
                if (!isObtainedParticipation(consent)) {
                  continue;
                }
                String path = Pointer.of("consents", i, "method");
                Optional<ConsentMethod> method = consent.method();
                if (method.isEmpty()) {
                  findings.add(
                      Finding.at(
                          path, "A participation consent does not record how it was given."));
                } else if (!method.get().isWrittenOrApproved()) {
                  findings.add(
                      Finding.advisory(
                          path,
                          "A participation consent was given verbally; written consent is expected."));
                }
              }
              return findings;
            })
        .withLimitations(
            "Whether an alternative format was approved by the trust, and suited the"
                + " person, is not recorded; the rule checks the method recorded.");
  }

  /**
   * Rule 5: each attendee's consent in force was reconfirmed after their last preparation contact
   * and before the meeting, within the policy's window when the trust set one; consent first given
   * then counts as reconfirmed. No source gives a window and the brief sets no default: unset, any
   * reconfirmation after the last preparation contact counts. An attendee with no consent in force,
   * or who withdrew from the meeting, is left to rule 3. A meeting still to come is judged once its
   * window has opened, or, with no window, at the gate into intervention ({@link
   * CheckContext#isDueForJudgement}).
   */
  static Rule everyAttendeeReconfirmedConsentShortlyBeforeTheMeeting() {
    return Rule.define(CONSENT_RECONFIRMED_BEFORE_MEETING)
        .severity(Severity.ERROR)
        .appliesFrom(Stage.PREPARATION)
        .source(
            "RJC Principles of Restorative Practice 2020 (Voluntarism: ongoing consent); Scottish"
                + " Government Policy and Practice Framework §25.2 (Scottish); window: practice"
                + " consensus, no number in any source")
        .meaning(
            "Each attendee's consent is reconfirmed (or first given) after their last preparation"
                + " contact and before the meeting starts, within the policy's window if the trust"
                + " set one.")
        .check(
            context -> {
              Optional<Duration> window = context.policy().consentReconfirmationWindow();
              Map<PartyId, List<Instant>> contacts = preparationContactTimes(context);
              List<Finding> findings = new ArrayList<>();
              for (Indexed<Meeting> meeting : context.meetingsInScope()) {
                if (!context.isDueForJudgement(meeting.value(), window)) {
                  continue;
                }
                Instant start = meeting.value().startAt().get();
                Optional<Instant> windowOpens = window.map(start::minus);
                Instant judgedAt = context.judgedAt(meeting.value());
                Optional<ProcessType> type = context.processType(meeting.value().process());
                List<Attendee> attendees = meeting.value().attendees();
                for (int j = 0; j < attendees.size(); j++) {
                  PartyId party = attendees.get(j).party();
                  List<Consent> inForce =
                      context.participationConsentsOf(party).stream()
                          .filter(
                              consent ->
                                  type.isPresent()
                                      ? context.isConsentInForce(consent, type.get(), judgedAt)
                                      : CheckContext.wasActiveAt(consent, judgedAt))
                          .toList();
                  if (inForce.isEmpty()
                      || context.hadWithdrawnFrom(party, meeting.value(), judgedAt)) {
                    continue;
                  }
                  Optional<Instant> lastContact =
                      latestBefore(contacts.getOrDefault(party, List.of()), start);
                  Predicate<Instant> inTime =
                      at ->
                          !at.isAfter(start)
                              && lastContact.filter(at::isBefore).isEmpty()
                              && windowOpens.filter(at::isBefore).isEmpty();
                  // Consent first given after the last preparation contact is as current as a
                  // reconfirmation.
                  boolean reconfirmed =
                      inForce.stream()
                          .anyMatch(
                              consent ->
                                  consent.obtainedAt().filter(inTime).isPresent()
                                      || consent.reconfirmations().stream()
                                          .map(Reconfirmation::at)
                                          .anyMatch(inTime));
                  if (!reconfirmed) {
                    findings.add(
                        Finding.at(
                            Pointer.of("meetings", meeting.index(), "attendees", j),
                            "An attendee's consent was not reconfirmed after their last preparation"
                                + " contact and before the meeting."));
                  }
                }
              }
              return findings;
            })
        .withPolicyParameters("consentReconfirmationWindow");
  }

  /**
   * Rule 6: a participant's consent covers the process type and medium actually used: consent to a
   * letter exchange does not cover a conference. A participant with no active consent at all is
   * left to rules 3 and 29.
   */
  static Rule consentCoversTheProcessActuallyUsed() {
    return Rule.define(CONSENT_SCOPE_MATCHES_PROCESS)
        .severity(Severity.ERROR)
        .appliesFrom(Stage.PREPARATION)
        .source(
            "Scottish Government Policy and Practice Framework §25.2 (Scottish), granular consent;"
                + " extended to participation by practice consensus")
        .meaning(
            "A participant's active participation consent covers the process type and medium of every"
                + " process they take part in that has not been halted.")
        .check(
            context -> {
              List<Finding> findings = new ArrayList<>();
              List<Consent> consents = context.restorativeCase().consents();
              for (RestorativeProcess process : context.restorativeCase().processes()) {
                if (process.status() == ProcessStatus.HALTED) {
                  continue;
                }
                for (PartyId participant : process.participants()) {
                  List<Integer> active =
                      context.participationConsentIndices(participant).stream()
                          .filter(i -> consents.get(i).isActive())
                          .toList();
                  if (active.isEmpty()) {
                    continue;
                  }
                  boolean covered =
                      active.stream()
                          .anyMatch(i -> consents.get(i).covers(process.type(), process.medium()));
                  if (!covered) {
                    findings.add(
                        Finding.at(
                            Pointer.of("consents", active.get(0), "participation"),
                            "A participant's consent does not cover the process type or medium used."));
                  }
                }
              }
              return findings;
            })
        .withLimitations(
            "Whether the person understood what the scope covers is not recorded; the rule"
                + " compares the recorded scope with each process's type and medium.");
  }

  /**
   * Rule 7: a participation consent names the leaflet or script given, and it covered the process,
   * possible outcomes, how outcomes are monitored, the right to withdraw and the limits of
   * confidentiality.
   */
  static Rule theLeafletWasGivenBeforeConsent() {
    return Rule.define(INFORMATION_GIVEN_BEFORE_CONSENT)
        .severity(Severity.ERROR)
        .appliesFrom(Stage.PREPARATION)
        .source(
            "RJC Service Provider Code A; BCRJP victim–offender conference outline (confidentiality"
                + " limits)")
        .meaning(
            "A participation consent references the information given: the process, possible"
                + " outcomes, how outcomes are monitored, the right to withdraw and confidentiality"
                + " limits.")
        .check(
            context -> {
              List<Finding> findings = new ArrayList<>();
              List<Consent> consents = context.restorativeCase().consents();
              for (int i = 0; i < consents.size(); i++) {
                Consent consent = consents.get(i);
                if (!isObtainedParticipation(consent)) {
                  continue;
                }
                String path = Pointer.of("consents", i, "informationProvided");
                Optional<InformationProvided> information = consent.informationProvided();
                if (information.isEmpty()) {
                  findings.add(
                      Finding.at(
                          path, "A participation consent does not record the information given."));
                } else if (!information.get().coversParticipationEssentials()) {
                  findings.add(
                      Finding.at(
                          path,
                          "The information given before a participation consent leaves out an"
                              + " essential topic."));
                }
              }
              return findings;
            })
        .withLimitations(
            "Whether the information was given in a way the person could understand (MCA"
                + " 2005 s3(2)) is not recorded; the rule checks the topics recorded as given.");
  }

  /**
   * Rule 8, a guarantee of the transitions: every recorded withdrawal from the process, a process
   * type or information sharing has been honoured — no consent it covers, obtained before it, is
   * still active. No reason is ever required.
   */
  static Rule aWithdrawalIsAlwaysHonoured() {
    return Rule.define(WITHDRAWAL_ALWAYS_ACCEPTED)
        .severity(Severity.ERROR)
        .appliesFrom(Stage.REFERRAL)
        .source(
            "RJC Principles of Restorative Practice 2020 (Voluntarism); RJC Service Provider Code"
                + " C")
        .meaning(
            "A withdrawal from any party at any stage is accepted without a reason: no consent it"
                + " covers that was obtained before it is still active.")
        .check(
            context -> {
              RestorativeCase c = context.restorativeCase();
              Map<PartyId, List<Consent>> sharingConsents = new HashMap<>();
              for (Consent consent : c.consents()) {
                if (consent.kind().isSharing()) {
                  sharingConsents
                      .computeIfAbsent(consent.party(), p -> new ArrayList<>())
                      .add(consent);
                }
              }
              List<Finding> findings = new ArrayList<>();
              List<Withdrawal> withdrawals = c.withdrawals();
              for (int k = 0; k < withdrawals.size(); k++) {
                Withdrawal withdrawal = withdrawals.get(k);
                List<Consent> covered =
                    switch (withdrawal.scope()) {
                      case WHOLE_PROCESS -> context.participationConsentsOf(withdrawal.party());
                      case PROCESS_TYPE ->
                          context.participationConsentsOf(withdrawal.party()).stream()
                              .filter(consent -> scopeIncludes(consent, withdrawal.processType()))
                              .toList();
                      case INFORMATION_SHARING ->
                          sharingConsents.getOrDefault(withdrawal.party(), List.of());
                      case MEETING -> List.of();
                    };
                boolean stillActive =
                    covered.stream()
                        .anyMatch(
                            consent ->
                                consent.isActive()
                                    && consent
                                        .obtainedAt()
                                        .filter(at -> at.isBefore(withdrawal.at()))
                                        .isPresent());
                if (stillActive) {
                  findings.add(
                      Finding.at(
                          Pointer.of("withdrawals", k),
                          "A withdrawal has not been honoured: a consent it covers is still"
                              + " active."));
                }
              }
              return findings;
            })
        .asGuarantee()
        .withLimitations(
            "A withdrawal the person expressed but nobody recorded cannot be seen; the rule"
                + " checks the withdrawals recorded.");
  }

  /**
   * Rule 9: once every person harmed or every person responsible in a process has withdrawn from it
   * (the whole process, or its process type), the process stops: it is not planned or in progress
   * from preparation on, no meeting of it takes place afterwards and no message of it is delivered
   * afterwards. A party who gave fresh consent to the process type after withdrawing is taking part
   * again (brief §1.5: back to assessment with fresh consent).
   */
  static Rule theProcessStopsWhenTheLastHarmedOrResponsiblePartyWithdraws() {
    return Rule.define(WITHDRAWAL_OF_CORE_PARTY_HALTS_PROCESS)
        .severity(Severity.ERROR)
        .appliesFrom(Stage.REFERRAL)
        .source(
            "Practice consensus, derived from RJC Principles of Restorative Practice 2020 (Voluntarism)"
                + " and RJC Service Provider Code C")
        .meaning(
            "Once the participants who have not withdrawn from a process are no longer enough for it"
                + " (both sides of the harm, counted as rule CORE_PARTIES_PRESENT counts them, for a"
                + " process with contact; the party worked with for work with one party), it is halted"
                + " and no meeting or message delivery of it follows.")
        .check(
            context -> {
              RestorativeCase c = context.restorativeCase();
              Map<PartyId, List<Withdrawal>> withdrawalsByParty = new HashMap<>();
              for (Withdrawal withdrawal : c.withdrawals()) {
                withdrawalsByParty
                    .computeIfAbsent(withdrawal.party(), p -> new ArrayList<>())
                    .add(withdrawal);
              }
              List<Finding> findings = new ArrayList<>();
              if (withdrawalsByParty.isEmpty()) {
                return findings;
              }
              Map<ProcessId, Instant> haltedAt = new HashMap<>();
              List<RestorativeProcess> processes = c.processes();
              for (int i = 0; i < processes.size(); i++) {
                RestorativeProcess process = processes.get(i);
                Optional<Instant> halted = coreWithdrawalOf(context, process, withdrawalsByParty);
                if (halted.isEmpty()) {
                  continue;
                }
                haltedAt.putIfAbsent(process.id(), halted.get());
                boolean going =
                    process.status() == ProcessStatus.PLANNED
                        || process.status() == ProcessStatus.IN_PROGRESS;
                if (going && context.mainLineStage().isAtOrAfter(Stage.PREPARATION)) {
                  findings.add(
                      Finding.at(
                          Pointer.of("processes", i, "status"),
                          "A process goes on after every harmed or every responsible party withdrew."));
                }
              }
              List<Meeting> meetings = c.meetings();
              for (int m = 0; m < meetings.size(); m++) {
                Meeting meeting = meetings.get(m);
                Instant halted = haltedAt.get(meeting.process());
                boolean taking =
                    meeting.status() == MeetingStatus.SCHEDULED
                        || meeting.status() == MeetingStatus.IN_PROGRESS
                        || meeting.status() == MeetingStatus.HELD;
                if (halted != null
                    && taking
                    && meeting.startAt().filter(start -> start.isAfter(halted)).isPresent()) {
                  findings.add(
                      Finding.at(
                          Pointer.of("meetings", m),
                          "A meeting is set after every harmed or every responsible party withdrew."));
                }
              }
              List<Message> messages = c.messages();
              for (int m = 0; m < messages.size(); m++) {
                Message message = messages.get(m);
                Instant halted = haltedAt.get(message.process());
                if (halted != null
                    && message.deliveredAt().filter(at -> at.isAfter(halted)).isPresent()) {
                  findings.add(
                      Finding.at(
                          Pointer.of("messages", m),
                          "A message was delivered after every harmed or every responsible party"
                              + " withdrew."));
                }
              }
              return findings;
            })
        .withLimitations(
            "The record does not say when a meeting was booked, so the rule judges a meeting"
                + " by when it starts, not by when it was booked, and a message by its delivery.");
  }

  /**
   * Rule 10: a detained patient, or a staff member in an employment context, confirms that taking
   * part is not linked to leave, privileges, discharge, tribunal reports or employment outcomes.
   */
  static Rule detainedPatientsAndStaffConfirmTheyAreNotPressured() {
    return Rule.define(VOLUNTARINESS_CONFIRMED)
        .severity(Severity.WARNING)
        .appliesFrom(Stage.PREPARATION)
        .source(
            "RJC Service Provider Code C; ICO consent guidance on imbalance of power (secondary"
                + " summary); UN Basic Principles 2002 para 13 (recalled)")
        .meaning(
            "A participation consent from a detained patient or a staff member records a confirmed"
                + " voluntariness check.")
        .check(
            context -> {
              List<Finding> findings = new ArrayList<>();
              List<Consent> consents = context.restorativeCase().consents();
              for (int i = 0; i < consents.size(); i++) {
                Consent consent = consents.get(i);
                if (!isObtainedParticipation(consent)) {
                  continue;
                }
                boolean powerImbalance =
                    context
                        .party(consent.party())
                        .filter(p -> p.isDetained() || p.personType() == PersonType.STAFF_MEMBER)
                        .isPresent();
                if (powerImbalance
                    && consent.voluntariness().filter(VoluntarinessCheck::confirmed).isEmpty()) {
                  findings.add(
                      Finding.at(
                          Pointer.of("consents", i, "voluntariness"),
                          "A consent from a detained patient or staff member has no confirmed"
                              + " voluntariness check."));
                }
              }
              return findings;
            })
        .withLimitations(
            "Whether the person was in truth free of pressure is a judgement; the rule"
                + " checks that a voluntariness check is recorded as confirmed.");
  }

  // ---------------------------------------------------------------- shared by the consent rules

  /** A participation consent that has been obtained (not a draft). */
  static boolean isObtainedParticipation(Consent consent) {
    return consent.kind() == ConsentKind.PARTICIPATION && consent.obtainedAt().isPresent();
  }

  private static boolean scopeIncludes(Consent consent, Optional<ProcessType> type) {
    return type.isPresent()
        && consent.participation().filter(s -> s.processTypes().contains(type.get())).isPresent();
  }

  private static Map<PartyId, List<Instant>> preparationContactTimes(CheckContext context) {
    Map<PartyId, List<Instant>> times = new HashMap<>();
    for (PreparationContact contact : context.restorativeCase().preparationContacts()) {
      times.computeIfAbsent(contact.party(), p -> new ArrayList<>()).add(contact.at());
    }
    return times;
  }

  private static Optional<Instant> latestBefore(List<Instant> moments, Instant limit) {
    Optional<Instant> latest = Optional.empty();
    for (Instant moment : moments) {
      if (moment.isBefore(limit) && (latest.isEmpty() || moment.isAfter(latest.get()))) {
        latest = Optional.of(moment);
      }
    }
    return latest;
  }

  /**
   * The moment from which a process can no longer go on because the participants who have not
   * withdrawn from it are no longer enough for it, as the withdrawal transition judges it ({@link
   * AcknowledgementRules#canGoOnWith}); empty if that has not happened, or if its participants were
   * never enough (rule PROCESS_PARTICIPANTS_NAMED).
   */
  private static Optional<Instant> coreWithdrawalOf(
      CheckContext context,
      RestorativeProcess process,
      Map<PartyId, List<Withdrawal>> withdrawalsByParty) {
    Map<PartyId, Instant> withdrew = new HashMap<>();
    for (PartyId participant : process.participants()) {
      standingWithdrawal(context, participant, process.type(), withdrawalsByParty)
          .ifPresent(at -> withdrew.put(participant, at));
    }
    RestorativeCase c = context.restorativeCase();
    if (withdrew.isEmpty()
        || !AcknowledgementRules.canGoOnWith(
            c, process, remaining(context, process, withdrew, Optional.empty()))) {
      return Optional.empty();
    }
    return withdrew.values().stream()
        .sorted()
        .filter(
            at ->
                !AcknowledgementRules.canGoOnWith(
                    c, process, remaining(context, process, withdrew, Optional.of(at))))
        .findFirst();
  }

  /** The participants of a process who had not withdrawn from it by a moment (or ever, if none). */
  private static List<Party> remaining(
      CheckContext context,
      RestorativeProcess process,
      Map<PartyId, Instant> withdrew,
      Optional<Instant> by) {
    return process.participants().stream()
        .filter(p -> by.isEmpty() || !withdrew.containsKey(p) || withdrew.get(p).isAfter(by.get()))
        .flatMap(p -> context.party(p).stream())
        .toList();
  }

  /**
   * The earliest withdrawal of a party from a process type that still stands: one after which the
   * party gave no fresh participation consent to that process type.
   */
  private static Optional<Instant> standingWithdrawal(
      CheckContext context,
      PartyId party,
      ProcessType type,
      Map<PartyId, List<Withdrawal>> withdrawalsByParty) {
    List<Consent> consents = context.participationConsentsOf(party);
    Optional<Instant> earliest = Optional.empty();
    for (Withdrawal withdrawal : withdrawalsByParty.getOrDefault(party, List.of())) {
      if (!withdrawal.withdrawsFrom(type)) {
        continue;
      }
      boolean freshConsent =
          consents.stream()
              .anyMatch(
                  consent ->
                      scopeIncludes(consent, Optional.of(type))
                          && consent
                              .obtainedAt()
                              .filter(at -> at.isAfter(withdrawal.at()))
                              .isPresent());
      if (!freshConsent && (earliest.isEmpty() || withdrawal.at().isBefore(earliest.get()))) {
        earliest = Optional.of(withdrawal.at());
      }
    }
    return earliest;
  }
}
