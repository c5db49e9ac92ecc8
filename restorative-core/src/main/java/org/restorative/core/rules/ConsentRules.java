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
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.casefile.Stage;
import org.restorative.core.consent.Consent;
import org.restorative.core.consent.ConsentKind;
import org.restorative.core.consent.ConsentMethod;
import org.restorative.core.consent.InformationProvided;
import org.restorative.core.consent.ParticipationScope;
import org.restorative.core.consent.Reconfirmation;
import org.restorative.core.consent.VoluntarinessCheck;
import org.restorative.core.consent.Withdrawal;
import org.restorative.core.consent.WithdrawalScope;
import org.restorative.core.internal.Dates;
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

  /** What {@link #consentStanding} returns for a party with a participation consent in force. */
  private static final int CONSENT_IN_FORCE = -1;

  /**
   * What {@link #consentStanding} returns for a party with no participation consent in force, not
   * even one that a later finding of incapacity invalidated.
   */
  private static final int NO_CONSENT_IN_FORCE = -2;

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
   * supporters are left to rule 29, and participants whose withdrawal from the process stands to
   * rule 9 ({@link CheckContext#withdrewFrom}: one who consented to its type afresh since needs
   * that consent in force). A consent that a later finding of incapacity invalidated (brief §4.4)
   * is not in force: it is reported once, at its status, wherever it was relied on. An attendee
   * whose withdrawal from the meeting stood when it was judged is not reported (§1.5; {@link
   * CheckContext#hadWithdrawnFrom}): a withdrawal from that meeting always stands for it, one from
   * the whole process or its type only until the attendee consents to the type afresh, and one who
   * did so by then needs that consent in force.
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
              List<Indexed<Meeting>> meetings = context.meetingsInScope();
              for (int m = 0; m < meetings.size(); m++) {
                Meeting meeting = meetings.get(m).value();
                Instant judgedAt = context.judgedAt(meeting);
                Optional<ProcessType> type = context.processType(meeting.process());
                List<Attendee> attendees = meeting.attendees();
                for (int j = 0; j < attendees.size(); j++) {
                  PartyId party = attendees.get(j).party();
                  if (context.hadWithdrawnFrom(party, meeting, judgedAt)) {
                    continue;
                  }
                  int standing = consentStanding(context, party, type, judgedAt);
                  if (standing == NO_CONSENT_IN_FORCE) {
                    findings.add(
                        Finding.at(
                            Pointer.of("meetings", meetings.get(m).index(), "attendees", j),
                            "An attendee has no participation consent in force before the meeting."));
                  } else {
                    reportInvalidatedOnce(standing, invalidated, findings);
                  }
                }
              }
              addParticipantsWithoutConsent(context, invalidated, findings);
              return findings;
            })
        .withLimitations(
            "The record does not say when a meeting was booked, so consent is judged at the"
                + " gate into intervention and before the meeting starts, not at the moment of"
                + " booking (the brief's SCHEDULED).");
  }

  /**
   * Where a party's participation consent stands for a process type at a moment: {@link
   * #CONSENT_IN_FORCE} when a consent is in force; when the only consents that would be in force
   * were invalidated by a later finding of incapacity, the index of the first of them in the
   * consent list; otherwise {@link #NO_CONSENT_IN_FORCE}.
   */
  private static int consentStanding(
      CheckContext context, PartyId party, Optional<ProcessType> type, Instant moment) {
    List<Integer> indices = context.participationConsentIndices(party);
    List<Consent> consents = context.restorativeCase().consents();
    int invalid = NO_CONSENT_IN_FORCE;
    for (int k = 0; k < indices.size(); k++) {
      int i = indices.get(k);
      Consent consent = consents.get(i);
      if (!CheckContext.wasActiveAt(consent, moment)) {
        continue;
      }
      if (type.isEmpty() || context.findingInvalidating(consent, type.get(), moment).isEmpty()) {
        return CONSENT_IN_FORCE;
      }
      if (invalid == NO_CONSENT_IN_FORCE) {
        invalid = i;
      }
    }
    return invalid;
  }

  /**
   * Reports the consent a standing names as invalidated, once per consent however often it was
   * relied on; a standing that names no consent reports nothing.
   */
  private static void reportInvalidatedOnce(
      int standing, Set<Integer> reported, List<Finding> findings) {
    if (standing >= 0 && reported.add(standing)) {
      findings.add(
          Finding.at(
              Pointer.of("consents", standing, "status"),
              "A participation consent was invalidated by a later finding that the person lacks"
                  + " capacity; a fresh consent is needed."));
    }
  }

  /** Reports participants of processes under way with no participation consent in force now. */
  private static void addParticipantsWithoutConsent(
      CheckContext context, Set<Integer> invalidated, List<Finding> findings) {
    List<RestorativeProcess> processes = context.restorativeCase().processes();
    for (int i = 0; i < processes.size(); i++) {
      RestorativeProcess process = processes.get(i);
      if (process.isEnded()) {
        continue;
      }
      Optional<ProcessType> type = Optional.of(process.type());
      int j = 0;
      for (PartyId participant : process.participants()) {
        if (!isSupporter(context, participant)
            && !context.withdrewFrom(participant, process.type())) {
          int standing = consentStanding(context, participant, type, context.asOf());
          if (standing == NO_CONSENT_IN_FORCE) {
            findings.add(
                Finding.at(
                    Pointer.of("processes", i, "participants", j),
                    "A participant of a process under way has no participation consent in"
                        + " force."));
          } else {
            reportInvalidatedOnce(standing, invalidated, findings);
          }
        }
        j++;
      }
    }
  }

  /** Whether the case holds a party and it is a supporter. */
  private static boolean isSupporter(CheckContext context, PartyId party) {
    Optional<Party> found = context.party(party);
    return found.isPresent() && found.get().role() == PartyRole.SUPPORTER;
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
                Optional<ConsentMethod> method = consent.method();
                if (method.isEmpty()) {
                  findings.add(
                      Finding.at(
                          Pointer.of("consents", i, "method"),
                          "A participation consent does not record how it was given."));
                } else if (!method.get().isWrittenOrApproved()) {
                  findings.add(
                      Finding.advisory(
                          Pointer.of("consents", i, "method"),
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
   * or whose withdrawal from the meeting stood when it was judged ({@link
   * CheckContext#hadWithdrawnFrom}), is left to rule 3; one who consented to its type afresh after
   * withdrawing from the process is held to this rule again, that consent counting as first given.
   * A meeting still to come is judged once its window has opened, or, with no window, at the gate
   * into intervention ({@link CheckContext#isDueForJudgement}).
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
              List<Indexed<Meeting>> meetings = context.meetingsInScope();
              for (int m = 0; m < meetings.size(); m++) {
                Meeting meeting = meetings.get(m).value();
                if (!context.isDueForJudgement(meeting, window)) {
                  continue;
                }
                Instant start = meeting.startAt().get();
                Instant windowOpens =
                    window.isPresent() ? Dates.before(start, window.get()) : Instant.MIN;
                Instant judgedAt = context.judgedAt(meeting);
                Optional<ProcessType> type = context.processType(meeting.process());
                List<Attendee> attendees = meeting.attendees();
                for (int j = 0; j < attendees.size(); j++) {
                  PartyId party = attendees.get(j).party();
                  List<Consent> inForce = consentsInForce(context, party, type, judgedAt);
                  if (inForce.isEmpty() || context.hadWithdrawnFrom(party, meeting, judgedAt)) {
                    continue;
                  }
                  Instant countsFrom =
                      latestBefore(contacts.getOrDefault(party, List.of()), start, windowOpens);
                  // Consent first given after the last preparation contact is as current as a
                  // reconfirmation.
                  if (!anyConfirmedBetween(inForce, countsFrom, start)) {
                    findings.add(
                        Finding.at(
                            Pointer.of("meetings", meetings.get(m).index(), "attendees", j),
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
   * letter exchange does not cover a conference. Supporters are held to it like everyone else
   * (brief §4.2: consent of all participants, specific to the process type): rule 29 asks only that
   * a supporter has a consent, this rule what it covers. A participant with no active consent at
   * all is left to rules 3 and 29; one who withdrew from the process, or from its type, no longer
   * takes part in it and is left to rules 8 and 9 (brief §1.5), as rules 3 and 29 leave them, until
   * they consent to its type afresh ({@link CheckContext#withdrewFrom}).
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
                + " process they take part in that has not been halted, supporters included; a"
                + " participant who withdrew from the process or its type no longer takes part in"
                + " it, until they consent to that type afresh.")
        .check(
            context -> {
              List<Finding> findings = new ArrayList<>();
              // A consent that falls short of two processes is one defect: reported once.
              boolean[] reported = new boolean[context.restorativeCase().consents().size()];
              List<RestorativeProcess> processes = context.restorativeCase().processes();
              for (int p = 0; p < processes.size(); p++) {
                RestorativeProcess process = processes.get(p);
                if (process.status() == ProcessStatus.HALTED) {
                  continue;
                }
                for (PartyId participant : process.participants()) {
                  if (context.withdrewFrom(participant, process.type())) {
                    continue;
                  }
                  int uncovered = uncoveredActiveConsent(context, participant, process);
                  if (uncovered >= 0 && !reported[uncovered]) {
                    reported[uncovered] = true;
                    findings.add(
                        Finding.at(
                            Pointer.of("consents", uncovered, "participation"),
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
                Optional<InformationProvided> information = consent.informationProvided();
                if (information.isEmpty()) {
                  findings.add(
                      Finding.at(
                          Pointer.of("consents", i, "informationProvided"),
                          "A participation consent does not record the information given."));
                } else if (!information.get().coversParticipationEssentials()) {
                  findings.add(
                      Finding.at(
                          Pointer.of("consents", i, "informationProvided"),
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
   * still active. No reason is ever required. A withdrawal dated after the moment of checking had
   * not been made then, so the consents it will cover are rightly still active (rule {@code
   * DATES_IN_ORDER} reports the record dated in the future).
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
              List<Finding> findings = new ArrayList<>();
              List<Withdrawal> withdrawals = context.restorativeCase().withdrawals();
              if (withdrawals.isEmpty()) {
                return findings;
              }
              Map<PartyId, List<Consent>> sharingConsents = sharingConsentsByParty(context);
              for (int k = 0; k < withdrawals.size(); k++) {
                Withdrawal withdrawal = withdrawals.get(k);
                if (!withdrawal.at().isAfter(context.asOf())
                    && leavesACoveredConsentActive(context, withdrawal, sharingConsents)) {
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
              List<Finding> findings = new ArrayList<>();
              if (c.withdrawals().isEmpty()) {
                return findings;
              }
              Map<ProcessId, Instant> haltedAt = new HashMap<>();
              List<RestorativeProcess> processes = c.processes();
              for (int i = 0; i < processes.size(); i++) {
                RestorativeProcess process = processes.get(i);
                Optional<Instant> halted = coreWithdrawalOf(context, process);
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
                if (halted != null && taking && isAfter(meeting.startAt(), halted)) {
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
                if (halted != null && isAfter(message.deliveredAt(), halted)) {
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
                if (isDetainedOrStaff(context, consent.party())
                    && !isVoluntarinessConfirmed(consent)) {
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

  /** Whether the case holds a party and it is a detained patient or a staff member. */
  private static boolean isDetainedOrStaff(CheckContext context, PartyId party) {
    Optional<Party> found = context.party(party);
    return found.isPresent()
        && (found.get().isDetained() || found.get().personType() == PersonType.STAFF_MEMBER);
  }

  /** Whether a consent records a voluntariness check that was confirmed. */
  private static boolean isVoluntarinessConfirmed(Consent consent) {
    Optional<VoluntarinessCheck> check = consent.voluntariness();
    return check.isPresent() && check.get().confirmed();
  }

  /** Whether a moment is recorded and after a limit. */
  private static boolean isAfter(Optional<Instant> moment, Instant limit) {
    return moment.isPresent() && moment.get().isAfter(limit);
  }

  /** Whether a consent's participation scope names a process type, when one is named. */
  private static boolean scopeIncludes(Consent consent, Optional<ProcessType> type) {
    return type.isPresent() && scopeIncludes(consent, type.get());
  }

  /** Whether a consent's participation scope names a process type. */
  private static boolean scopeIncludes(Consent consent, ProcessType type) {
    Optional<ParticipationScope> scope = consent.participation();
    return scope.isPresent() && scope.get().processTypes().contains(type);
  }

  /** A party's participation consents in force at a moment, for a process type if known. */
  private static List<Consent> consentsInForce(
      CheckContext context, PartyId party, Optional<ProcessType> type, Instant moment) {
    List<Integer> indices = context.participationConsentIndices(party);
    List<Consent> consents = context.restorativeCase().consents();
    List<Consent> inForce = new ArrayList<>();
    for (int k = 0; k < indices.size(); k++) {
      Consent consent = consents.get(indices.get(k));
      boolean isInForce =
          type.isPresent()
              ? context.isConsentInForce(consent, type.get(), moment)
              : CheckContext.wasActiveAt(consent, moment);
      if (isInForce) {
        inForce.add(consent);
      }
    }
    return inForce;
  }

  /** Whether any of the consents was given or reconfirmed between two moments, both included. */
  private static boolean anyConfirmedBetween(List<Consent> consents, Instant from, Instant to) {
    for (int i = 0; i < consents.size(); i++) {
      if (confirmedBetween(consents.get(i), from, to)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a consent was given or reconfirmed between two moments, both included. */
  private static boolean confirmedBetween(Consent consent, Instant from, Instant to) {
    Optional<Instant> obtained = consent.obtainedAt();
    if (obtained.isPresent() && isBetween(obtained.get(), from, to)) {
      return true;
    }
    List<Reconfirmation> reconfirmations = consent.reconfirmations();
    for (int i = 0; i < reconfirmations.size(); i++) {
      if (isBetween(reconfirmations.get(i).at(), from, to)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a moment lies between two others, both included. */
  private static boolean isBetween(Instant at, Instant from, Instant to) {
    return !at.isBefore(from) && !at.isAfter(to);
  }

  /**
   * The index of a participant's first active participation consent when none of their active ones
   * covers the type and medium of a process; -1 when one covers it, or none is active.
   */
  private static int uncoveredActiveConsent(
      CheckContext context, PartyId participant, RestorativeProcess process) {
    List<Integer> indices = context.participationConsentIndices(participant);
    List<Consent> consents = context.restorativeCase().consents();
    int firstActive = -1;
    for (int k = 0; k < indices.size(); k++) {
      int i = indices.get(k);
      Consent consent = consents.get(i);
      if (!consent.isActive()) {
        continue;
      }
      if (consent.covers(process.type(), process.medium())) {
        return -1;
      }
      if (firstActive < 0) {
        firstActive = i;
      }
    }
    return firstActive;
  }

  /** The sharing consents of the case by party, in record order. */
  private static Map<PartyId, List<Consent>> sharingConsentsByParty(CheckContext context) {
    Map<PartyId, List<Consent>> byParty = new HashMap<>();
    List<Consent> consents = context.restorativeCase().consents();
    for (int i = 0; i < consents.size(); i++) {
      Consent consent = consents.get(i);
      if (consent.kind().isSharing()) {
        List<Consent> ofParty = byParty.get(consent.party());
        if (ofParty == null) {
          ofParty = new ArrayList<>();
          byParty.put(consent.party(), ofParty);
        }
        ofParty.add(consent);
      }
    }
    return byParty;
  }

  /**
   * Whether a withdrawal leaves a consent it covers, obtained before it, still active: a
   * participation consent for a withdrawal from the process, one naming the process type for a
   * withdrawal from that type, a sharing consent for a withdrawal from information sharing; a
   * withdrawal from a meeting covers no consent.
   */
  private static boolean leavesACoveredConsentActive(
      CheckContext context, Withdrawal withdrawal, Map<PartyId, List<Consent>> sharingConsents) {
    return switch (withdrawal.scope()) {
      case WHOLE_PROCESS, PROCESS_TYPE -> leavesAParticipationConsentActive(context, withdrawal);
      case INFORMATION_SHARING ->
          anyActiveSinceBefore(
              sharingConsents.getOrDefault(withdrawal.party(), List.of()), withdrawal.at());
      case MEETING -> false;
    };
  }

  /**
   * Whether a withdrawal from the process, or from a process type, leaves a participation consent
   * it covers, obtained before it, still active.
   */
  private static boolean leavesAParticipationConsentActive(
      CheckContext context, Withdrawal withdrawal) {
    boolean wholeProcess = withdrawal.scope() == WithdrawalScope.WHOLE_PROCESS;
    List<Integer> indices = context.participationConsentIndices(withdrawal.party());
    List<Consent> consents = context.restorativeCase().consents();
    for (int k = 0; k < indices.size(); k++) {
      Consent consent = consents.get(indices.get(k));
      if ((wholeProcess || scopeIncludes(consent, withdrawal.processType()))
          && isActiveSinceBefore(consent, withdrawal.at())) {
        return true;
      }
    }
    return false;
  }

  /** Whether any of the consents is active and was obtained before a moment. */
  private static boolean anyActiveSinceBefore(List<Consent> consents, Instant moment) {
    for (int i = 0; i < consents.size(); i++) {
      if (isActiveSinceBefore(consents.get(i), moment)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a consent is active and was obtained before a moment. */
  private static boolean isActiveSinceBefore(Consent consent, Instant moment) {
    Optional<Instant> obtained = consent.obtainedAt();
    return consent.isActive() && obtained.isPresent() && obtained.get().isBefore(moment);
  }

  /** The moments of each party's preparation contacts, in record order. */
  private static Map<PartyId, List<Instant>> preparationContactTimes(CheckContext context) {
    Map<PartyId, List<Instant>> times = new HashMap<>();
    List<PreparationContact> contacts = context.restorativeCase().preparationContacts();
    for (int i = 0; i < contacts.size(); i++) {
      PreparationContact contact = contacts.get(i);
      List<Instant> ofParty = times.get(contact.party());
      if (ofParty == null) {
        ofParty = new ArrayList<>();
        times.put(contact.party(), ofParty);
      }
      ofParty.add(contact.at());
    }
    return times;
  }

  /**
   * The latest of the moments that is before a limit and after a floor; the floor itself when none
   * is: for a meeting, the moment from which a reconfirmation counts.
   */
  private static Instant latestBefore(List<Instant> moments, Instant limit, Instant floor) {
    Instant latest = floor;
    for (int i = 0; i < moments.size(); i++) {
      Instant moment = moments.get(i);
      if (moment.isBefore(limit) && moment.isAfter(latest)) {
        latest = moment;
      }
    }
    return latest;
  }

  /**
   * The moment from which a process can no longer go on because the participants whose withdrawal
   * from it does not stand ({@link CheckContext#standingWithdrawalFrom}) are no longer enough for
   * it, as the withdrawal transition judges it ({@link AcknowledgementRules#canGoOnWith}); empty if
   * that has not happened, or if its participants were never enough (rule
   * PROCESS_PARTICIPANTS_NAMED).
   */
  private static Optional<Instant> coreWithdrawalOf(
      CheckContext context, RestorativeProcess process) {
    Map<PartyId, Instant> withdrew = new HashMap<>();
    for (PartyId participant : process.participants()) {
      Optional<Instant> at = context.standingWithdrawalFrom(participant, process.type());
      if (at.isPresent()) {
        withdrew.put(participant, at.get());
      }
    }
    RestorativeCase c = context.restorativeCase();
    if (withdrew.isEmpty()
        || !AcknowledgementRules.canGoOnWith(
            c, process, remaining(context, process, withdrew, Optional.empty()))) {
      return Optional.empty();
    }
    List<Instant> moments = new ArrayList<>(withdrew.values());
    Collections.sort(moments);
    for (int k = 0; k < moments.size(); k++) {
      Instant at = moments.get(k);
      if (!AcknowledgementRules.canGoOnWith(
          c, process, remaining(context, process, withdrew, Optional.of(at)))) {
        return Optional.of(at);
      }
    }
    return Optional.empty();
  }

  /** The participants of a process who had not withdrawn from it by a moment (or ever, if none). */
  private static List<Party> remaining(
      CheckContext context,
      RestorativeProcess process,
      Map<PartyId, Instant> withdrew,
      Optional<Instant> by) {
    List<Party> remaining = new ArrayList<>();
    for (PartyId participant : process.participants()) {
      Instant withdrawn = withdrew.get(participant);
      if (by.isEmpty() || withdrawn == null || withdrawn.isAfter(by.get())) {
        Optional<Party> party = context.party(participant);
        if (party.isPresent()) {
          remaining.add(party.get());
        }
      }
    }
    return remaining;
  }
}
