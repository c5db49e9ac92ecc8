package org.restorative.core.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.consent.CapacityAssessment;
import org.restorative.core.consent.CapacityAssessmentId;
import org.restorative.core.consent.CompetenceAssessment;
import org.restorative.core.consent.CompetenceAssessmentId;
import org.restorative.core.consent.Consent;
import org.restorative.core.consent.ConsentId;
import org.restorative.core.harm.Harm;
import org.restorative.core.outcome.Action;
import org.restorative.core.outcome.OutcomeAgreement;
import org.restorative.core.outcome.PartyOrRole;
import org.restorative.core.party.Facilitator;
import org.restorative.core.party.Party;
import org.restorative.core.party.PartyId;
import org.restorative.core.process.Meeting;
import org.restorative.core.process.MeetingId;
import org.restorative.core.process.Message;
import org.restorative.core.process.MessageId;
import org.restorative.core.process.PreparationContact;
import org.restorative.core.process.PreparationContactId;
import org.restorative.core.process.ProcessId;
import org.restorative.core.process.RestorativeProcess;

/**
 * Parts the rule tests take out of a case together with what names them, so that the case they
 * check is whole: a case refuses an id that names no part of it. A part that belongs to the one
 * taken out goes with it (a party's consents, a process's meetings, a meeting's safety plans); a
 * mention in a part that stands on its own is dropped from it (a party among a process's
 * participants, a meeting on an agreement made in it).
 */
final class WholeCases {

  private WholeCases() {}

  /**
   * The case without the parties that match, their consents, assessments, withdrawals, preparation
   * contacts, messages they sent, evaluations and the events about them, and without every mention
   * of them elsewhere.
   */
  static RestorativeCase withoutParties(RestorativeCase c, Predicate<? super Party> which) {
    Set<PartyId> gone = idsOf(c.parties(), which, Party::id);
    Predicate<PartyId> kept = id -> !gone.contains(id);
    Set<ConsentId> consentsGone = idsOf(c.consents(), k -> gone.contains(k.party()), Consent::id);
    Set<CapacityAssessmentId> capacityGone =
        idsOf(c.capacityAssessments(), a -> gone.contains(a.party()), CapacityAssessment::id);
    Set<CompetenceAssessmentId> competenceGone =
        idsOf(c.competenceAssessments(), a -> gone.contains(a.party()), CompetenceAssessment::id);
    Set<PreparationContactId> contactsGone =
        idsOf(c.preparationContacts(), k -> gone.contains(k.party()), PreparationContact::id);
    Set<MessageId> messagesGone =
        idsOf(
            c.messages(),
            m -> gone.contains(m.sender()) || m.recipients().stream().noneMatch(kept),
            Message::id);
    return new RestorativeCase.Builder()
        .from(c)
        .harms(c.harms().stream().map(h -> withoutPartiesIn(h, kept)).toList())
        .parties(
            c.parties().stream()
                .filter(p -> kept.test(p.id()))
                .map(p -> withoutPartiesIn(p, kept))
                .toList())
        .facilitators(c.facilitators().stream().map(f -> withoutPartiesIn(f, kept)).toList())
        .professionals(
            c.professionals().stream()
                .map(p -> p.withRelatedParties(only(p.relatedParties(), kept)))
                .toList())
        .consents(c.consents().stream().filter(k -> !consentsGone.contains(k.id())).toList())
        .capacityAssessments(
            c.capacityAssessments().stream()
                .filter(a -> !capacityGone.contains(a.id()))
                .map(
                    a ->
                        a.withDecision(
                            a.decision()
                                .withCounterparties(only(a.decision().counterparties(), kept))))
                .toList())
        .competenceAssessments(
            c.competenceAssessments().stream()
                .filter(a -> !competenceGone.contains(a.id()))
                .toList())
        .withdrawals(c.withdrawals().stream().filter(w -> kept.test(w.party())).toList())
        .disclosures(
            c.disclosures().stream()
                .filter(d -> kept.test(d.subject()))
                .filter(d -> d.recipient().party().filter(gone::contains).isEmpty())
                .filter(d -> d.consent().filter(consentsGone::contains).isEmpty())
                .toList())
        .riskAssessments(
            c.riskAssessments().stream()
                .map(
                    r ->
                        r.withFindings(
                            r.findings().stream().filter(f -> kept.test(f.party())).toList()))
                .toList())
        .consultations(c.consultations().stream().filter(k -> kept.test(k.patient())).toList())
        .safeguardingConcerns(
            c.safeguardingConcerns().stream().map(s -> s.withAbout(only(s.about(), kept))).toList())
        .processes(
            c.processes().stream()
                .map(p -> p.withParticipants(only(p.participants(), kept)))
                .toList())
        .preparationContacts(
            c.preparationContacts().stream().filter(k -> !contactsGone.contains(k.id())).toList())
        .meetings(
            c.meetings().stream()
                .map(
                    m ->
                        m.withAttendees(
                                m.attendees().stream().filter(a -> kept.test(a.party())).toList())
                            .withAdjustments(
                                m.adjustments().stream()
                                    .filter(a -> kept.test(a.party()))
                                    .toList()))
                .toList())
        .messages(
            c.messages().stream()
                .filter(m -> !messagesGone.contains(m.id()))
                .map(m -> m.withRecipients(only(m.recipients(), kept)))
                .toList())
        .questionSetUses(
            c.questionSetUses().stream()
                .filter(u -> u.preparationContact().filter(contactsGone::contains).isEmpty())
                .filter(u -> u.message().filter(messagesGone::contains).isEmpty())
                .map(
                    u ->
                        u.withResponses(
                            u.responses().stream().filter(r -> kept.test(r.respondent())).toList()))
                .toList())
        .agreements(c.agreements().stream().map(a -> withoutPartiesIn(a, kept)).toList())
        .actions(c.actions().stream().map(a -> withoutPartiesIn(a, kept)).toList())
        .evaluations(c.evaluations().stream().filter(e -> kept.test(e.party())).toList())
        .history(
            c.history().stream().filter(e -> e.party().filter(gone::contains).isEmpty()).toList())
        .build();
  }

  /**
   * The case without the processes that match, their meetings and messages (and what goes with
   * those), and without their mention on a preparation contact or an agreement.
   */
  static RestorativeCase withoutProcesses(
      RestorativeCase c, Predicate<? super RestorativeProcess> which) {
    Set<ProcessId> gone = idsOf(c.processes(), which, RestorativeProcess::id);
    RestorativeCase without =
        withoutMessages(
            withoutMeetings(c, m -> gone.contains(m.process())), m -> gone.contains(m.process()));
    return new RestorativeCase.Builder()
        .from(without)
        .processes(without.processes().stream().filter(p -> !gone.contains(p.id())).toList())
        .preparationContacts(
            without.preparationContacts().stream()
                .map(
                    k ->
                        k.process().filter(gone::contains).isPresent()
                            ? k.withProcess(Optional.empty())
                            : k)
                .toList())
        .agreements(
            without.agreements().stream()
                .map(
                    a ->
                        a.process().filter(gone::contains).isPresent()
                            ? a.withProcess(Optional.empty())
                            : a)
                .toList())
        .build();
  }

  /**
   * The case without the meetings that match, their safety plans, the questions asked in them and
   * the withdrawals from them, and without their mention on an agreement.
   */
  static RestorativeCase withoutMeetings(RestorativeCase c, Predicate<? super Meeting> which) {
    Set<MeetingId> gone = idsOf(c.meetings(), which, Meeting::id);
    return new RestorativeCase.Builder()
        .from(c)
        .meetings(c.meetings().stream().filter(m -> !gone.contains(m.id())).toList())
        .safetyPlans(c.safetyPlans().stream().filter(s -> !gone.contains(s.meeting())).toList())
        .questionSetUses(
            c.questionSetUses().stream()
                .filter(u -> u.meeting().filter(gone::contains).isEmpty())
                .toList())
        .withdrawals(
            c.withdrawals().stream()
                .filter(w -> w.meeting().filter(gone::contains).isEmpty())
                .toList())
        .agreements(
            c.agreements().stream()
                .map(
                    a ->
                        a.meeting().filter(gone::contains).isPresent()
                            ? a.withMeeting(Optional.empty())
                            : a)
                .toList())
        .build();
  }

  /** The case without the messages that match and the questions answered in them. */
  static RestorativeCase withoutMessages(RestorativeCase c, Predicate<? super Message> which) {
    Set<MessageId> gone = idsOf(c.messages(), which, Message::id);
    return new RestorativeCase.Builder()
        .from(c)
        .messages(c.messages().stream().filter(m -> !gone.contains(m.id())).toList())
        .questionSetUses(
            c.questionSetUses().stream()
                .filter(u -> u.message().filter(gone::contains).isEmpty())
                .toList())
        .build();
  }

  private static Harm withoutPartiesIn(Harm harm, Predicate<PartyId> kept) {
    return harm.withContactRestrictions(
            harm.contactRestrictions().stream()
                .filter(r -> kept.test(r.protectedParty()) && kept.test(r.restrictedParty()))
                .toList())
        .withInvolvedPersons(
            harm.involvedPersons().stream().filter(p -> kept.test(p.party())).toList());
  }

  private static Party withoutPartiesIn(Party party, Predicate<PartyId> kept) {
    return party
        .withLeaveAuthorisations(
            party.leaveAuthorisations().stream()
                .map(l -> l.withNoContactWith(only(l.noContactWith(), kept)))
                .toList())
        .withDischargeConditions(
            party.dischargeConditions().stream()
                .filter(d -> d.protectedParty().map(kept::test).orElse(true))
                .toList());
  }

  private static Facilitator withoutPartiesIn(Facilitator facilitator, Predicate<PartyId> kept) {
    return facilitator.withConflictDeclaration(
        facilitator
            .conflictDeclaration()
            .map(
                d ->
                    d.withConflicts(
                        d.conflicts().stream()
                            .filter(k -> k.party().map(kept::test).orElse(true))
                            .toList())));
  }

  private static OutcomeAgreement withoutPartiesIn(
      OutcomeAgreement agreement, Predicate<PartyId> kept) {
    return agreement
        .withPartyAgreements(
            agreement.partyAgreements().stream().filter(a -> kept.test(a.party())).toList())
        .withConfidentiality(
            agreement.confidentiality().map(t -> t.withCopiesTo(only(t.copiesTo(), kept))));
  }

  private static Action withoutPartiesIn(Action action, Predicate<PartyId> kept) {
    return action
        .withOwner(action.owner().filter(o -> namesKept(o, kept)))
        .withBeneficiaries(only(action.beneficiaries(), kept))
        .withMonitor(action.monitor().filter(o -> namesKept(o, kept)));
  }

  private static boolean namesKept(PartyOrRole who, Predicate<PartyId> kept) {
    return who.party().map(kept::test).orElse(true);
  }

  private static List<PartyId> only(Set<PartyId> ids, Predicate<PartyId> kept) {
    return ids.stream().filter(kept).toList();
  }

  private static <T, I> Set<I> idsOf(List<T> parts, Predicate<? super T> which, Function<T, I> id) {
    Set<I> ids = new HashSet<>();
    for (T part : parts) {
      if (which.test(part)) {
        ids.add(id.apply(part));
      }
    }
    return ids;
  }
}
