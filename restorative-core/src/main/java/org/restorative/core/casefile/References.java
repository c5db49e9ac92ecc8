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
    eachIn(c.referral().harms(), harms, "referral", "harms");
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
          optional(
              conflicts.get().get(k).party(),
              parties,
              "facilitators",
              f,
              "conflictDeclaration",
              "conflicts",
              k,
              "party");
        }
      }
    }
    for (int p = 0; p < c.professionals().size(); p++) {
      eachIn(
          c.professionals().get(p).relatedParties(), parties, "professionals", p, "relatedParties");
    }
    for (int k = 0; k < c.consents().size(); k++) {
      consent(c.consents().get(k), k);
    }
    for (int a = 0; a < c.capacityAssessments().size(); a++) {
      CapacityAssessment assessment = c.capacityAssessments().get(a);
      one(assessment.party(), parties, "capacityAssessments", a, "party");
      eachIn(
          assessment.decision().counterparties(),
          parties,
          "capacityAssessments",
          a,
          "decision",
          "counterparties");
    }
    for (int a = 0; a < c.competenceAssessments().size(); a++) {
      one(c.competenceAssessments().get(a).party(), parties, "competenceAssessments", a, "party");
    }
    for (int w = 0; w < c.withdrawals().size(); w++) {
      Withdrawal withdrawal = c.withdrawals().get(w);
      one(withdrawal.party(), parties, "withdrawals", w, "party");
      optional(withdrawal.meeting(), meetings, "withdrawals", w, "meeting");
    }
    for (int d = 0; d < c.disclosures().size(); d++) {
      Disclosure disclosure = c.disclosures().get(d);
      one(disclosure.subject(), parties, "disclosures", d, "subject");
      optional(disclosure.recipient().party(), parties, "disclosures", d, "recipient", "party");
      optional(disclosure.consent(), consents, "disclosures", d, "consent");
    }
    for (int r = 0; r < c.riskAssessments().size(); r++) {
      RiskAssessment assessment = c.riskAssessments().get(r);
      List<AttendeeFinding> findings = assessment.findings();
      for (int k = 0; k < findings.size(); k++) {
        one(findings.get(k).party(), parties, "riskAssessments", r, "findings", k, "party");
      }
    }
    for (int s = 0; s < c.safetyPlans().size(); s++) {
      SafetyPlan plan = c.safetyPlans().get(s);
      one(plan.meeting(), meetings, "safetyPlans", s, "meeting");
    }
    for (int k = 0; k < c.consultations().size(); k++) {
      ClinicalConsultation consultation = c.consultations().get(k);
      one(consultation.patient(), parties, "consultations", k, "patient");
    }
    for (int s = 0; s < c.safeguardingConcerns().size(); s++) {
      SafeguardingConcern concern = c.safeguardingConcerns().get(s);
      eachIn(concern.about(), parties, "safeguardingConcerns", s, "about");
    }
    for (int p = 0; p < c.processes().size(); p++) {
      eachIn(c.processes().get(p).participants(), parties, "processes", p, "participants");
    }
    for (int k = 0; k < c.preparationContacts().size(); k++) {
      PreparationContact contact = c.preparationContacts().get(k);
      one(contact.party(), parties, "preparationContacts", k, "party");
      optional(contact.process(), processes, "preparationContacts", k, "process");
    }
    for (int m = 0; m < c.meetings().size(); m++) {
      meeting(c.meetings().get(m), m);
    }
    for (int m = 0; m < c.messages().size(); m++) {
      Message message = c.messages().get(m);
      one(message.process(), processes, "messages", m, "process");
      one(message.sender(), parties, "messages", m, "from");
      eachIn(message.recipients(), parties, "messages", m, "to");
    }
    for (int u = 0; u < c.questionSetUses().size(); u++) {
      QuestionSetUse use = c.questionSetUses().get(u);
      optional(use.meeting(), meetings, "questionSetUses", u, "meeting");
      optional(
          use.preparationContact(),
          preparationContacts,
          "questionSetUses",
          u,
          "preparationContact");
      optional(use.message(), messages, "questionSetUses", u, "message");
      List<Response> responses = use.responses();
      for (int k = 0; k < responses.size(); k++) {
        one(
            responses.get(k).respondent(),
            parties,
            "questionSetUses",
            u,
            "responses",
            k,
            "respondent");
      }
    }
    for (int a = 0; a < c.agreements().size(); a++) {
      agreement(c.agreements().get(a), a);
    }
    for (int a = 0; a < c.actions().size(); a++) {
      Action action = c.actions().get(a);
      one(action.agreement(), agreements, "actions", a, "agreement");
      optional(action.owner().flatMap(PartyOrRole::party), parties, "actions", a, "owner", "party");
      eachIn(action.beneficiaries(), parties, "actions", a, "beneficiaries");
      optional(
          action.monitor().flatMap(PartyOrRole::party), parties, "actions", a, "monitor", "party");
      optional(action.proportionalityCheck(), signOffs, "actions", a, "proportionalityCheck");
    }
    for (int e = 0; e < c.evaluations().size(); e++) {
      Evaluation evaluation = c.evaluations().get(e);
      one(evaluation.party(), parties, "evaluations", e, "party");
    }
    for (int e = 0; e < c.history().size(); e++) {
      optional(c.history().get(e).party(), parties, "history", e, "party");
    }
  }

  private void harm(Harm harm, int h) {
    List<ContactRestriction> restrictions = harm.contactRestrictions();
    for (int k = 0; k < restrictions.size(); k++) {
      ContactRestriction restriction = restrictions.get(k);
      one(
          restriction.protectedParty(),
          parties,
          "harms",
          h,
          "contactRestrictions",
          k,
          "protectedParty");
      one(
          restriction.restrictedParty(),
          parties,
          "harms",
          h,
          "contactRestrictions",
          k,
          "restrictedParty");
    }
    List<InvolvedPerson> involved = harm.involvedPersons();
    for (int k = 0; k < involved.size(); k++) {
      one(involved.get(k).party(), parties, "harms", h, "involvedPersons", k, "party");
    }
  }

  private void party(Party party, int p) {
    optional(party.principal(), parties, "parties", p, "principal");
    List<LeaveAuthorisation> leave = party.leaveAuthorisations();
    for (int k = 0; k < leave.size(); k++) {
      eachIn(
          leave.get(k).noContactWith(),
          parties,
          "parties",
          p,
          "leaveAuthorisations",
          k,
          "noContactWith");
    }
    List<DischargeCondition> conditions = party.dischargeConditions();
    for (int k = 0; k < conditions.size(); k++) {
      optional(
          conditions.get(k).protectedParty(),
          parties,
          "parties",
          p,
          "dischargeConditions",
          k,
          "protectedParty");
    }
  }

  private void consent(Consent consent, int k) {
    one(consent.party(), parties, "consents", k, "party");
    optional(
        consent.capacityBasis().flatMap(b -> b.assessment()),
        capacityAssessments,
        "consents",
        k,
        "capacityBasis",
        "assessment");
    optional(consent.competenceBasis(), competenceAssessments, "consents", k, "competenceBasis");
    // The withdrawal's party is the consent's own (the consent's check): only its meeting is new.
    optional(
        consent.withdrawal().flatMap(Withdrawal::meeting),
        meetings,
        "consents",
        k,
        "withdrawal",
        "meeting");
  }

  private void meeting(Meeting meeting, int m) {
    one(meeting.process(), processes, "meetings", m, "process");
    List<Attendee> attendees = meeting.attendees();
    for (int k = 0; k < attendees.size(); k++) {
      one(attendees.get(k).party(), parties, "meetings", m, "attendees", k, "party");
    }
    List<ArrangedAdjustment> adjustments = meeting.adjustments();
    for (int k = 0; k < adjustments.size(); k++) {
      ArrangedAdjustment adjustment = adjustments.get(k);
      one(adjustment.party(), parties, "meetings", m, "adjustments", k, "party");
    }
  }

  private void agreement(OutcomeAgreement agreement, int a) {
    optional(agreement.meeting(), meetings, "agreements", a, "meeting");
    optional(agreement.process(), processes, "agreements", a, "process");
    List<PartyAgreement> partyAgreements = agreement.partyAgreements();
    for (int k = 0; k < partyAgreements.size(); k++) {
      one(partyAgreements.get(k).party(), parties, "agreements", a, "partyAgreements", k, "party");
    }
    eachIn(
        agreement.confidentiality().map(t -> t.copiesTo()).orElse(Set.of()),
        parties,
        "agreements",
        a,
        "confidentiality",
        "copiesTo");
    optional(agreement.supersedes(), agreements, "agreements", a, "supersedes");
  }

  private void one(Object id, Known known, Object... at) {
    if (!known.holds(id)) {
      unknown.add(new UnknownReference(pointer(at), "/" + known.list));
    }
  }

  private void optional(Optional<?> id, Known known, Object... at) {
    if (id.isPresent()) {
      one(id.get(), known, at);
    }
  }

  /** Each id of a list or set, placed by its index in the array the record writes it as. */
  private void eachIn(Collection<?> ids, Known known, Object... at) {
    int index = 0;
    for (Object id : ids) {
      if (!known.holds(id)) {
        unknown.add(new UnknownReference(pointer(with(at, index)), "/" + known.list));
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

  /** The ids of one list of the case, gathered at the first question. */
  private static final class Known {
    private final String list;
    private final List<?> parts;
    private final Function<Object, Object> id;
    private @Nullable Set<Object> ids;

    @SuppressWarnings("unchecked") // the function is only ever given the list's own parts
    <T> Known(String list, List<T> parts, Function<? super T, ?> id) {
      this.list = list;
      this.parts = parts;
      this.id = (Function<Object, Object>) id;
    }

    boolean holds(Object wanted) {
      Set<Object> gathered = ids;
      if (gathered == null) {
        gathered = new HashSet<>();
        for (Object part : parts) {
          gathered.add(id.apply(part));
        }
        ids = gathered;
      }
      return gathered.contains(wanted);
    }
  }
}
