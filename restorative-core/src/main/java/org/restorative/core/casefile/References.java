package org.restorative.core.casefile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.restorative.core.Identifier;
import org.restorative.core.assessment.AttendeeFinding;
import org.restorative.core.assessment.ClinicalConsultation;
import org.restorative.core.assessment.RiskAssessment;
import org.restorative.core.assessment.SafeguardingConcern;
import org.restorative.core.assessment.SafetyPlan;
import org.restorative.core.assessment.SupervisorSignOff;
import org.restorative.core.casefile.UnknownReferenceException.UnknownReference;
import org.restorative.core.consent.CapacityAssessment;
import org.restorative.core.consent.CompetenceAssessment;
import org.restorative.core.consent.Consent;
import org.restorative.core.consent.Disclosure;
import org.restorative.core.consent.Withdrawal;
import org.restorative.core.harm.ContactRestriction;
import org.restorative.core.harm.Harm;
import org.restorative.core.harm.InvolvedPerson;
import org.restorative.core.outcome.Action;
import org.restorative.core.outcome.Evaluation;
import org.restorative.core.outcome.OutcomeAgreement;
import org.restorative.core.outcome.PartyAgreement;
import org.restorative.core.outcome.PartyOrRole;
import org.restorative.core.party.DeclaredConflict;
import org.restorative.core.party.DischargeCondition;
import org.restorative.core.party.LeaveAuthorisation;
import org.restorative.core.party.Party;
import org.restorative.core.process.ArrangedAdjustment;
import org.restorative.core.process.Attendee;
import org.restorative.core.process.Meeting;
import org.restorative.core.process.Message;
import org.restorative.core.process.PreparationContact;
import org.restorative.core.process.RestorativeProcess;
import org.restorative.core.questions.QuestionSetUse;
import org.restorative.core.questions.Response;

/**
 * Every id by which one part of a case names another, followed to the list that should hold it (the
 * ids of staff are not followed: {@link UnknownReferenceException} says why). The walk goes through
 * the case record in its order, so the unknown references come out in the order a reader of the
 * record meets them, each placed by the JSON Pointer of the format's property names (which are the
 * model's, but for a message's {@code from} and {@code to}).
 */
final class References {

  private final RestorativeCase c;
  private final List<UnknownReference> unknown = new ArrayList<>();

  private final Known parties;
  private final Known harms;
  private final Known consents;
  private final Known capacityAssessments;
  private final Known competenceAssessments;
  private final Known processes;
  private final Known preparationContacts;
  private final Known meetings;
  private final Known messages;
  private final Known agreements;
  private final Known signOffs;

  private References(RestorativeCase c) {
    this.c = c;
    parties = new Known("parties", c.parties(), Party::id);
    harms = new Known("harms", c.harms(), Harm::id);
    consents = new Known("consents", c.consents(), Consent::id);
    capacityAssessments =
        new Known("capacityAssessments", c.capacityAssessments(), CapacityAssessment::id);
    competenceAssessments =
        new Known("competenceAssessments", c.competenceAssessments(), CompetenceAssessment::id);
    processes = new Known("processes", c.processes(), RestorativeProcess::id);
    preparationContacts =
        new Known("preparationContacts", c.preparationContacts(), PreparationContact::id);
    meetings = new Known("meetings", c.meetings(), Meeting::id);
    messages = new Known("messages", c.messages(), Message::id);
    agreements = new Known("agreements", c.agreements(), OutcomeAgreement::id);
    signOffs = new Known("signOffs", c.signOffs(), SupervisorSignOff::id);
  }

  /**
   * The ids of a case that name no part of it.
   *
   * @param c the case
   * @return the unknown references, in record order; empty when every id names a part
   */
  static List<UnknownReference> unknownIn(RestorativeCase c) {
    References walk = new References(c);
    walk.walk();
    return walk.unknown;
  }

  private void walk() {
    if (harms.lacksAny(c.referral().harms())) {
      eachIn(c.referral().harms(), harms, "referral", "harms");
    }
    for (int h = 0; h < c.harms().size(); h++) {
      harm(c.harms().get(h), h);
    }
    for (int p = 0; p < c.parties().size(); p++) {
      party(c.parties().get(p), p);
    }
    for (int f = 0; f < c.facilitators().size(); f++) {
      Optional<List<DeclaredConflict>> conflicts =
          c.facilitators().get(f).conflictDeclaration().map(d -> d.conflicts());
      if (conflicts.isPresent()) {
        for (int k = 0; k < conflicts.get().size(); k++) {
          if (parties.lacksAny(conflicts.get().get(k).party())) {
            miss(parties, "facilitators", f, "conflictDeclaration", "conflicts", k, "party");
          }
        }
      }
    }
    for (int p = 0; p < c.professionals().size(); p++) {
      if (parties.lacksAny(c.professionals().get(p).relatedParties())) {
        eachIn(
            c.professionals().get(p).relatedParties(),
            parties,
            "professionals",
            p,
            "relatedParties");
      }
    }
    for (int k = 0; k < c.consents().size(); k++) {
      consent(c.consents().get(k), k);
    }
    for (int a = 0; a < c.capacityAssessments().size(); a++) {
      CapacityAssessment assessment = c.capacityAssessments().get(a);
      if (parties.lacks(assessment.party().value())) {
        miss(parties, "capacityAssessments", a, "party");
      }
      if (parties.lacksAny(assessment.decision().counterparties())) {
        eachIn(
            assessment.decision().counterparties(),
            parties,
            "capacityAssessments",
            a,
            "decision",
            "counterparties");
      }
    }
    for (int a = 0; a < c.competenceAssessments().size(); a++) {
      if (parties.lacks(c.competenceAssessments().get(a).party().value())) {
        miss(parties, "competenceAssessments", a, "party");
      }
    }
    for (int w = 0; w < c.withdrawals().size(); w++) {
      Withdrawal withdrawal = c.withdrawals().get(w);
      if (parties.lacks(withdrawal.party().value())) {
        miss(parties, "withdrawals", w, "party");
      }
      if (meetings.lacksAny(withdrawal.meeting())) {
        miss(meetings, "withdrawals", w, "meeting");
      }
    }
    for (int d = 0; d < c.disclosures().size(); d++) {
      Disclosure disclosure = c.disclosures().get(d);
      if (parties.lacks(disclosure.subject().value())) {
        miss(parties, "disclosures", d, "subject");
      }
      if (parties.lacksAny(disclosure.recipient().party())) {
        miss(parties, "disclosures", d, "recipient", "party");
      }
      if (consents.lacksAny(disclosure.consent())) {
        miss(consents, "disclosures", d, "consent");
      }
    }
    for (int r = 0; r < c.riskAssessments().size(); r++) {
      RiskAssessment assessment = c.riskAssessments().get(r);
      List<AttendeeFinding> findings = assessment.findings();
      for (int k = 0; k < findings.size(); k++) {
        if (parties.lacks(findings.get(k).party().value())) {
          miss(parties, "riskAssessments", r, "findings", k, "party");
        }
      }
    }
    for (int s = 0; s < c.safetyPlans().size(); s++) {
      SafetyPlan plan = c.safetyPlans().get(s);
      if (meetings.lacks(plan.meeting().value())) {
        miss(meetings, "safetyPlans", s, "meeting");
      }
    }
    for (int k = 0; k < c.consultations().size(); k++) {
      ClinicalConsultation consultation = c.consultations().get(k);
      if (parties.lacks(consultation.patient().value())) {
        miss(parties, "consultations", k, "patient");
      }
    }
    for (int s = 0; s < c.safeguardingConcerns().size(); s++) {
      SafeguardingConcern concern = c.safeguardingConcerns().get(s);
      if (parties.lacksAny(concern.about())) {
        eachIn(concern.about(), parties, "safeguardingConcerns", s, "about");
      }
    }
    for (int p = 0; p < c.processes().size(); p++) {
      if (parties.lacksAny(c.processes().get(p).participants())) {
        eachIn(c.processes().get(p).participants(), parties, "processes", p, "participants");
      }
    }
    for (int k = 0; k < c.preparationContacts().size(); k++) {
      PreparationContact contact = c.preparationContacts().get(k);
      if (parties.lacks(contact.party().value())) {
        miss(parties, "preparationContacts", k, "party");
      }
      if (processes.lacksAny(contact.process())) {
        miss(processes, "preparationContacts", k, "process");
      }
    }
    for (int m = 0; m < c.meetings().size(); m++) {
      meeting(c.meetings().get(m), m);
    }
    for (int m = 0; m < c.messages().size(); m++) {
      Message message = c.messages().get(m);
      if (processes.lacks(message.process().value())) {
        miss(processes, "messages", m, "process");
      }
      if (parties.lacks(message.sender().value())) {
        miss(parties, "messages", m, "from");
      }
      if (parties.lacksAny(message.recipients())) {
        eachIn(message.recipients(), parties, "messages", m, "to");
      }
    }
    for (int u = 0; u < c.questionSetUses().size(); u++) {
      QuestionSetUse use = c.questionSetUses().get(u);
      if (meetings.lacksAny(use.meeting())) {
        miss(meetings, "questionSetUses", u, "meeting");
      }
      if (preparationContacts.lacksAny(use.preparationContact())) {
        miss(preparationContacts, "questionSetUses", u, "preparationContact");
      }
      if (messages.lacksAny(use.message())) {
        miss(messages, "questionSetUses", u, "message");
      }
      List<Response> responses = use.responses();
      for (int k = 0; k < responses.size(); k++) {
        if (parties.lacks(responses.get(k).respondent().value())) {
          miss(parties, "questionSetUses", u, "responses", k, "respondent");
        }
      }
    }
    for (int a = 0; a < c.agreements().size(); a++) {
      agreement(c.agreements().get(a), a);
    }
    for (int a = 0; a < c.actions().size(); a++) {
      Action action = c.actions().get(a);
      if (agreements.lacks(action.agreement().value())) {
        miss(agreements, "actions", a, "agreement");
      }
      if (parties.lacksAny(action.owner().flatMap(PartyOrRole::party))) {
        miss(parties, "actions", a, "owner", "party");
      }
      if (parties.lacksAny(action.beneficiaries())) {
        eachIn(action.beneficiaries(), parties, "actions", a, "beneficiaries");
      }
      if (parties.lacksAny(action.monitor().flatMap(PartyOrRole::party))) {
        miss(parties, "actions", a, "monitor", "party");
      }
      if (signOffs.lacksAny(action.proportionalityCheck())) {
        miss(signOffs, "actions", a, "proportionalityCheck");
      }
    }
    for (int e = 0; e < c.evaluations().size(); e++) {
      Evaluation evaluation = c.evaluations().get(e);
      if (parties.lacks(evaluation.party().value())) {
        miss(parties, "evaluations", e, "party");
      }
    }
    for (int e = 0; e < c.history().size(); e++) {
      if (parties.lacksAny(c.history().get(e).party())) {
        miss(parties, "history", e, "party");
      }
    }
  }

  private void harm(Harm harm, int h) {
    List<ContactRestriction> restrictions = harm.contactRestrictions();
    for (int k = 0; k < restrictions.size(); k++) {
      ContactRestriction restriction = restrictions.get(k);
      if (parties.lacks(restriction.protectedParty().value())) {
        miss(parties, "harms", h, "contactRestrictions", k, "protectedParty");
      }
      if (parties.lacks(restriction.restrictedParty().value())) {
        miss(parties, "harms", h, "contactRestrictions", k, "restrictedParty");
      }
    }
    List<InvolvedPerson> involved = harm.involvedPersons();
    for (int k = 0; k < involved.size(); k++) {
      if (parties.lacks(involved.get(k).party().value())) {
        miss(parties, "harms", h, "involvedPersons", k, "party");
      }
    }
  }

  private void party(Party party, int p) {
    if (parties.lacksAny(party.principal())) {
      miss(parties, "parties", p, "principal");
    }
    List<LeaveAuthorisation> leave = party.leaveAuthorisations();
    for (int k = 0; k < leave.size(); k++) {
      if (parties.lacksAny(leave.get(k).noContactWith())) {
        eachIn(
            leave.get(k).noContactWith(),
            parties,
            "parties",
            p,
            "leaveAuthorisations",
            k,
            "noContactWith");
      }
    }
    List<DischargeCondition> conditions = party.dischargeConditions();
    for (int k = 0; k < conditions.size(); k++) {
      if (parties.lacksAny(conditions.get(k).protectedParty())) {
        miss(parties, "parties", p, "dischargeConditions", k, "protectedParty");
      }
    }
  }

  private void consent(Consent consent, int k) {
    if (parties.lacks(consent.party().value())) {
      miss(parties, "consents", k, "party");
    }
    if (capacityAssessments.lacksAny(consent.capacityBasis().flatMap(b -> b.assessment()))) {
      miss(capacityAssessments, "consents", k, "capacityBasis", "assessment");
    }
    if (competenceAssessments.lacksAny(consent.competenceBasis())) {
      miss(competenceAssessments, "consents", k, "competenceBasis");
    }
    // The withdrawal's party is the consent's own (the consent's check): only its meeting is new.
    if (meetings.lacksAny(consent.withdrawal().flatMap(Withdrawal::meeting))) {
      miss(meetings, "consents", k, "withdrawal", "meeting");
    }
  }

  private void meeting(Meeting meeting, int m) {
    if (processes.lacks(meeting.process().value())) {
      miss(processes, "meetings", m, "process");
    }
    List<Attendee> attendees = meeting.attendees();
    for (int k = 0; k < attendees.size(); k++) {
      if (parties.lacks(attendees.get(k).party().value())) {
        miss(parties, "meetings", m, "attendees", k, "party");
      }
    }
    List<ArrangedAdjustment> adjustments = meeting.adjustments();
    for (int k = 0; k < adjustments.size(); k++) {
      ArrangedAdjustment adjustment = adjustments.get(k);
      if (parties.lacks(adjustment.party().value())) {
        miss(parties, "meetings", m, "adjustments", k, "party");
      }
    }
  }

  private void agreement(OutcomeAgreement agreement, int a) {
    if (meetings.lacksAny(agreement.meeting())) {
      miss(meetings, "agreements", a, "meeting");
    }
    if (processes.lacksAny(agreement.process())) {
      miss(processes, "agreements", a, "process");
    }
    List<PartyAgreement> partyAgreements = agreement.partyAgreements();
    for (int k = 0; k < partyAgreements.size(); k++) {
      if (parties.lacks(partyAgreements.get(k).party().value())) {
        miss(parties, "agreements", a, "partyAgreements", k, "party");
      }
    }
    if (parties.lacksAny(agreement.confidentiality().map(t -> t.copiesTo()).orElse(Set.of()))) {
      eachIn(
          agreement.confidentiality().map(t -> t.copiesTo()).orElse(Set.of()),
          parties,
          "agreements",
          a,
          "confidentiality",
          "copiesTo");
    }
    if (agreements.lacksAny(agreement.supersedes())) {
      miss(agreements, "agreements", a, "supersedes");
    }
  }

  /** Adds the unknown reference at the pointer of the segments: only ever on a miss. */
  private void miss(Known known, Object... at) {
    unknown.add(new UnknownReference(pointer(at), "/" + known.list));
  }

  /** Each id of a list or set that the case lacks, placed by its index in the record's array. */
  private void eachIn(Collection<? extends Identifier> ids, Known known, Object... at) {
    int index = 0;
    for (Identifier id : ids) {
      if (known.lacks(id.value())) {
        miss(known, with(at, index));
      }
      index++;
    }
  }

  private static Object[] with(Object[] at, Object last) {
    Object[] longer = Arrays.copyOf(at, at.length + 1);
    longer[at.length] = last;
    return longer;
  }

  /** The segments are the format's property names and indices: none needs escaping. */
  private static String pointer(Object[] segments) {
    StringBuilder pointer = new StringBuilder();
    for (Object segment : segments) {
      pointer.append('/').append(segment);
    }
    return pointer.toString();
  }

  /**
   * The ids of one list of the case, gathered at the first question; a short list is searched in
   * turn, a long one through a hash set.
   */
  private static final class Known {
    private static final int FEW = 16;

    private final String list;
    private final List<?> parts;
    private final Function<Object, ? extends Identifier> id;
    private String @Nullable [] ids;
    private @Nullable Set<String> many;

    @SuppressWarnings("unchecked") // the function is only ever given the list's own parts
    <T> Known(String list, List<T> parts, Function<? super T, ? extends Identifier> id) {
      this.list = list;
      this.parts = parts;
      this.id = (Function<Object, ? extends Identifier>) id;
    }

    /**
     * Whether an id, given by its text, names no part of this list. Ids of one kind are equal when
     * their texts are.
     */
    boolean lacks(String text) {
      String[] known = ids;
      if (known == null) {
        known = new String[parts.size()];
        for (int i = 0; i < known.length; i++) {
          known[i] = id.apply(parts.get(i)).value();
        }
        ids = known;
        if (known.length > FEW) {
          many = new HashSet<>(Arrays.asList(known));
        }
      }
      Set<String> lookUp = many;
      if (lookUp != null) {
        return !lookUp.contains(text);
      }
      for (String held : known) {
        if (held.equals(text)) {
          return false;
        }
      }
      return true;
    }

    /** Whether an optional id is present and names no part of this list. */
    boolean lacksAny(Optional<? extends Identifier> wanted) {
      return wanted.isPresent() && lacks(wanted.get().value());
    }

    /** Whether some id of a list or set names no part of this list. */
    boolean lacksAny(Collection<? extends Identifier> wanted) {
      for (Identifier each : wanted) {
        if (lacks(each.value())) {
          return true;
        }
      }
      return false;
    }
  }
}
