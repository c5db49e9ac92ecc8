package org.restorative.fhir;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.restorative.core.casefile.CaseEvent;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.consent.CapacityAssessment;
import org.restorative.core.consent.Consent;
import org.restorative.core.consent.FunctionalTest;
import org.restorative.core.consent.LimbFinding;
import org.restorative.core.consent.PracticableStep;
import org.restorative.core.outcome.Action;
import org.restorative.core.outcome.OutcomeAgreement;
import org.restorative.core.party.Acknowledgement;
import org.restorative.core.party.Adjustment;
import org.restorative.core.party.DeclaredConflict;
import org.restorative.core.party.DischargeCondition;
import org.restorative.core.party.Facilitator;
import org.restorative.core.party.LeaveAuthorisation;
import org.restorative.core.party.Party;
import org.restorative.core.rules.Pointer;

/**
 * A case with a sentinel string in every slot of free text it has room for, and in the names and
 * texts of its parties' records (a spokesperson's name, a leave's conditions): the text names its
 * own JSON Pointer, so a test can find each one, or prove that it is nowhere.
 *
 * @param restorativeCase the case filled
 * @param sentinels each sentinel by the JSON Pointer of its attribute, in the case's order
 */
record FreeText(RestorativeCase restorativeCase, Map<String, String> sentinels) {

  /** What every sentinel begins with. */
  static final String MARK = "Sentinel free text at ";

  static FreeText fill(RestorativeCase c) {
    Filler f = new Filler();
    RestorativeCase filled =
        c.withReferral(c.referral().withNotes(f.text("/referral/notes")))
            .withParties(f.each("parties", c.parties(), FreeText::party))
            .withFacilitators(f.each("facilitators", c.facilitators(), FreeText::facilitator))
            .withSafeguardingConcerns(
                f.each(
                    "safeguardingConcerns",
                    c.safeguardingConcerns(),
                    (x, p, g) ->
                        x.withDescription(g.text(p + "/description"))
                            .withPauseDecision(
                                x.pauseDecision()
                                    .map(
                                        d ->
                                            d.withRationale(
                                                g.text(p + "/pauseDecision/rationale"))))))
            .withDisclosures(
                f.each(
                    "disclosures",
                    c.disclosures(),
                    (x, p, g) -> x.withJustification(g.text(p + "/justification"))))
            .withConsents(f.each("consents", c.consents(), FreeText::consent))
            .withCapacityAssessments(
                f.each("capacityAssessments", c.capacityAssessments(), FreeText::capacity))
            .withCompetenceAssessments(
                f.each(
                    "competenceAssessments",
                    c.competenceAssessments(),
                    (x, p, g) -> x.withNotes(g.text(p + "/notes"))))
            .withSafetyPlans(
                f.each(
                    "safetyPlans", c.safetyPlans(), (x, p, g) -> x.withNotes(g.text(p + "/notes"))))
            .withMeetings(
                f.each("meetings", c.meetings(), (x, p, g) -> x.withNotes(g.text(p + "/notes"))))
            .withAgreements(f.each("agreements", c.agreements(), FreeText::agreement))
            .withActions(f.each("actions", c.actions(), FreeText::action))
            .withWithdrawals(
                f.each(
                    "withdrawals",
                    c.withdrawals(),
                    (x, p, g) -> x.withReason(g.text(p + "/reason"))))
            .withConsultations(
                f.each(
                    "consultations",
                    c.consultations(),
                    (x, p, g) -> x.withNotes(g.text(p + "/notes"))))
            .withSignOffs(
                f.each("signOffs", c.signOffs(), (x, p, g) -> x.withNotes(g.text(p + "/notes"))))
            .withPreparationContacts(
                f.each(
                    "preparationContacts",
                    c.preparationContacts(),
                    (x, p, g) -> x.withNotes(g.text(p + "/notes"))))
            .withHistory(f.each("history", c.history(), FreeText::event));
    if (c.closure().isPresent()) {
      filled = filled.withClosure(c.closure().get().withSummary(f.text("/closure/summary")));
    }
    return new FreeText(filled, f.sentinels);
  }

  /** Fills the slots of one part at its path. */
  private interface Fill<T> {
    T apply(T part, String path, Filler filler);
  }

  private static final class Filler {
    private final Map<String, String> sentinels = new LinkedHashMap<>();

    Optional<String> text(String path) {
      String text = MARK + path + " (end)";
      sentinels.put(path, text);
      return Optional.of(text);
    }

    <T> List<T> each(String list, List<T> parts, Fill<T> fill) {
      List<T> filled = new ArrayList<>();
      for (int i = 0; i < parts.size(); i++) {
        filled.add(fill.apply(parts.get(i), Pointer.of(list, i), this));
      }
      return filled;
    }
  }

  private static Facilitator facilitator(Facilitator x, String path, Filler f) {
    return x.withConflictDeclaration(
        x.conflictDeclaration()
            .map(
                d -> {
                  List<DeclaredConflict> conflicts = new ArrayList<>();
                  for (int i = 0; i < d.conflicts().size(); i++) {
                    String at = path + "/conflictDeclaration/conflicts/" + i + "/detail";
                    conflicts.add(d.conflicts().get(i).withDetail(f.text(at)));
                  }
                  return d.withConflicts(conflicts);
                }));
  }

  private static Party party(Party p, String path, Filler f) {
    List<Adjustment> adjustments = new ArrayList<>();
    for (int i = 0; i < p.adjustments().size(); i++) {
      Adjustment a = p.adjustments().get(i);
      adjustments.add(a.withDetail(f.text(path + "/adjustments/" + i + "/detail")));
    }
    List<Acknowledgement> acknowledgements = new ArrayList<>();
    for (int i = 0; i < p.acknowledgements().size(); i++) {
      Acknowledgement a = p.acknowledgements().get(i);
      String at = path + "/acknowledgements/" + i;
      acknowledgements.add(
          a.withNote(f.text(at + "/note"))
              .withSpokesperson(
                  a.spokesperson()
                      .map(
                          s ->
                              s.withRole(f.text(at + "/spokesperson/role").orElseThrow())
                                  .withName(f.text(at + "/spokesperson/name"))
                                  .withAuthority(f.text(at + "/spokesperson/authority")))));
    }
    List<LeaveAuthorisation> leave = new ArrayList<>();
    for (int i = 0; i < p.leaveAuthorisations().size(); i++) {
      LeaveAuthorisation l = p.leaveAuthorisations().get(i);
      String at = path + "/leaveAuthorisations/" + i;
      List<String> conditions = new ArrayList<>();
      for (int k = 0; k < l.conditions().size(); k++) {
        conditions.add(f.text(at + "/conditions/" + k).orElseThrow());
      }
      leave.add(l.withConditions(conditions).withPurpose(f.text(at + "/purpose")));
    }
    List<DischargeCondition> conditions = new ArrayList<>();
    for (int i = 0; i < p.dischargeConditions().size(); i++) {
      DischargeCondition d = p.dischargeConditions().get(i);
      String at = path + "/dischargeConditions/" + i;
      conditions.add(
          d.withDescription(f.text(at + "/description"))
              .withPermittedException(f.text(at + "/permittedException")));
    }
    return p.withReasonToDoubtCapacityRationale(f.text(path + "/reasonToDoubtCapacityRationale"))
        .withAdjustments(adjustments)
        .withAcknowledgements(acknowledgements)
        .withLeaveAuthorisations(leave)
        .withDischargeConditions(conditions)
        .withParentalInvolvement(
            p.parentalInvolvement()
                .map(
                    x ->
                        x.withHolderOfResponsibility(
                            f.text(path + "/parentalInvolvement/holderOfResponsibility"))));
  }

  private static Consent consent(Consent c, String path, Filler f) {
    Consent filled =
        c.withMethodReason(f.text(path + "/methodReason"))
            .withVoluntariness(
                c.voluntariness()
                    .map(v -> v.withNote(f.text(path + "/voluntariness/note").orElseThrow())));
    if (c.withdrawal().isPresent()) {
      filled =
          filled.withWithdrawal(
              c.withdrawal().get().withReason(f.text(path + "/withdrawal/reason")));
    }
    return filled;
  }

  private static CapacityAssessment capacity(CapacityAssessment a, String path, Filler f) {
    FunctionalTest t = a.functional();
    String limbs = path + "/functional/";
    List<PracticableStep> steps = new ArrayList<>();
    for (int i = 0; i < a.practicableSteps().size(); i++) {
      PracticableStep step = a.practicableSteps().get(i);
      steps.add(step.withDetail(f.text(path + "/practicableSteps/" + i + "/detail")));
    }
    CapacityAssessment filled =
        a.withReasonForDoubt(f.text(path + "/reasonForDoubt"))
            .withPracticableSteps(steps)
            .withFunctional(
                t.withUnderstand(t.understand().map(l -> limb(l, limbs + "understand", f)))
                    .withRetain(t.retain().map(l -> limb(l, limbs + "retain", f)))
                    .withUseOrWeigh(t.useOrWeigh().map(l -> limb(l, limbs + "useOrWeigh", f)))
                    .withCommunicate(t.communicate().map(l -> limb(l, limbs + "communicate", f))))
            .withCausalLinkRationale(f.text(path + "/causalLinkRationale"));
    if (a.impairmentIdentified().orElse(false)) {
      filled = filled.withImpairment(f.text(path + "/impairment"));
    }
    return filled;
  }

  private static LimbFinding limb(LimbFinding l, String path, Filler f) {
    return l.withEvidence(f.text(path + "/evidence"));
  }

  private static OutcomeAgreement agreement(OutcomeAgreement a, String path, Filler f) {
    return a.withConfidentiality(
            a.confidentiality().map(t -> t.withNote(f.text(path + "/confidentiality/note"))))
        .withNotes(f.text(path + "/notes"));
  }

  private static Action action(Action a, String path, Filler f) {
    return a.withSuccessCriteria(f.text(path + "/successCriteria"))
        .withEvidenceNotes(f.text(path + "/evidenceNotes"));
  }

  private static CaseEvent event(CaseEvent e, String path, Filler f) {
    return e.withNote(f.text(path + "/note"));
  }
}
