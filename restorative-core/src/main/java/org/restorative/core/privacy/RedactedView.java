package org.restorative.core.privacy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.restorative.core.assessment.AttendeeFinding;
import org.restorative.core.assessment.ClinicalConsultation;
import org.restorative.core.assessment.PauseDecision;
import org.restorative.core.assessment.RiskAssessment;
import org.restorative.core.assessment.SafeguardingConcern;
import org.restorative.core.assessment.SafetyPlan;
import org.restorative.core.assessment.SupervisorSignOff;
import org.restorative.core.casefile.CaseEvent;
import org.restorative.core.casefile.Closure;
import org.restorative.core.casefile.Referral;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.consent.CapacityAssessment;
import org.restorative.core.consent.Consent;
import org.restorative.core.consent.ConsentKind;
import org.restorative.core.consent.Disclosure;
import org.restorative.core.consent.FunctionalTest;
import org.restorative.core.consent.LawfulBasis;
import org.restorative.core.consent.LimbFinding;
import org.restorative.core.consent.PracticableStep;
import org.restorative.core.consent.VoluntarinessCheck;
import org.restorative.core.consent.Withdrawal;
import org.restorative.core.harm.ContactRestriction;
import org.restorative.core.harm.DutyOfCandour;
import org.restorative.core.harm.ExternalIncidentRef;
import org.restorative.core.harm.Harm;
import org.restorative.core.harm.HarmSeverity;
import org.restorative.core.harm.SeverityScale;
import org.restorative.core.internal.Dates;
import org.restorative.core.outcome.Action;
import org.restorative.core.outcome.ConfidentialityTerms;
import org.restorative.core.outcome.Evaluation;
import org.restorative.core.outcome.OutcomeAgreement;
import org.restorative.core.outcome.PartyAgreement;
import org.restorative.core.party.Acknowledgement;
import org.restorative.core.party.Adjustment;
import org.restorative.core.party.ConflictDeclaration;
import org.restorative.core.party.DeclaredConflict;
import org.restorative.core.party.DischargeCondition;
import org.restorative.core.party.Facilitator;
import org.restorative.core.party.LeaveAuthorisation;
import org.restorative.core.party.ParentalInvolvement;
import org.restorative.core.party.Party;
import org.restorative.core.party.Place;
import org.restorative.core.party.Professional;
import org.restorative.core.party.Spokesperson;
import org.restorative.core.process.Meeting;
import org.restorative.core.process.Message;
import org.restorative.core.process.PreparationContact;
import org.restorative.core.process.Venue;
import org.restorative.core.questions.QuestionSetUse;
import org.restorative.core.questions.Response;
import org.restorative.core.rules.Policy;

/**
 * A redacted copy of a case, for sharing a case summary with someone who needs its structure but
 * not the people in it: a supervisor in another trust, a commissioner, an auditor (Caldicott
 * principle 3: the minimum necessary).
 *
 * <p>The copy is still a {@link RestorativeCase}, with the same ids, codes, statuses and moments,
 * so that it can be checked with the same rules and read by the same tools. What it leaves out:
 *
 * <ul>
 *   <li>names (of parties, facilitators and professionals) and pronouns are removed; who holds
 *       parental responsibility is replaced by {@value #REDACTED}, so that the rules still see that
 *       it was recorded (rule {@code CHILD_COMPETENCE_RECORDED});
 *   <li>dates of birth are removed, and an age band is recorded instead: the band on the day of the
 *       party's first participation consent (the day their route to consent, Gillick or the Mental
 *       Capacity Act, was decided), or on the day of referral when they have not consented;
 *   <li>every other text that {@link FieldSensitivity} classes as sensitive (narratives, notes,
 *       answers, messages, reasons, evidence, descriptions, references into other systems,
 *       language) is replaced by {@value #REDACTED} where it was present, so that what was recorded
 *       can still be seen without what it said; required texts are replaced the same way;
 *   <li>a trust's local severity grade and the name of its scale, free text, are replaced by
 *       {@value #REDACTED}; a grade on a national scale is one of the scale's codes, and is kept;
 *   <li>places (of venues, exclusion zones and leave) are replaced by tokens that keep only which
 *       place lies within which, so that the rules compare them as before;
 *   <li>the IES-R symptom score, a health measure, is removed.
 * </ul>
 *
 * <p>Structured codes are kept, including special-category ones such as a Mental Health Act
 * section: they are the case's structure. A redacted case is less identifying, not anonymous; share
 * it only with a reason, like any case record.
 *
 * <p>Present texts are marked rather than emptied because their presence is structure: a harm of
 * context {@code OTHER} must describe it, and the rules read whether a contact restriction records
 * a permitted exception, a disclosure a justification or an incapacity finding its impairment. So
 * the standard rules report the same findings on the copy as on the original. One exception remains
 * by design: a party who consents more than once and turns 16 in between is judged on the copy by
 * the band of their first consent.
 */
public final class RedactedView {

  /** The text that replaces a redacted text. */
  public static final String REDACTED = "[redacted]";

  private RedactedView() {}

  /**
   * The redacted copy of a case, with days for age bands taken in the standard policy's zone
   * ({@code Europe/London}).
   *
   * @param restorativeCase the case
   * @return the redacted copy
   */
  public static RestorativeCase redactedCopyOf(RestorativeCase restorativeCase) {
    return redactedCopyOf(restorativeCase, Policy.standard().zone());
  }

  /**
   * The redacted copy of a case.
   *
   * @param restorativeCase the case
   * @param zone the zone in which the days for age bands are taken
   * @return the redacted copy
   */
  public static RestorativeCase redactedCopyOf(RestorativeCase restorativeCase, ZoneId zone) {
    LocalDate referredOn = Dates.dateOf(restorativeCase.referral().receivedAt(), zone);
    Places places = new Places();
    return new RestorativeCase.Builder()
        .from(restorativeCase)
        .referral(referral(restorativeCase.referral()))
        .harms(each(restorativeCase.harms(), harm -> harm(harm, places)))
        .parties(
            each(
                restorativeCase.parties(),
                party -> party(party, bandDay(restorativeCase, party, referredOn, zone), places)))
        .facilitators(each(restorativeCase.facilitators(), RedactedView::facilitator))
        .professionals(each(restorativeCase.professionals(), RedactedView::professional))
        .consents(each(restorativeCase.consents(), RedactedView::consent))
        .capacityAssessments(
            each(restorativeCase.capacityAssessments(), RedactedView::capacityAssessment))
        .competenceAssessments(
            each(restorativeCase.competenceAssessments(), a -> a.withNotes(mark(a.notes()))))
        .withdrawals(each(restorativeCase.withdrawals(), RedactedView::withdrawal))
        .disclosures(each(restorativeCase.disclosures(), RedactedView::disclosure))
        .riskAssessments(each(restorativeCase.riskAssessments(), RedactedView::riskAssessment))
        .safetyPlans(
            each(restorativeCase.safetyPlans(), (SafetyPlan p) -> p.withNotes(mark(p.notes()))))
        .consultations(
            each(
                restorativeCase.consultations(),
                (ClinicalConsultation c) -> c.withNotes(mark(c.notes()))))
        .signOffs(
            each(restorativeCase.signOffs(), (SupervisorSignOff s) -> s.withNotes(mark(s.notes()))))
        .safeguardingConcerns(
            each(restorativeCase.safeguardingConcerns(), RedactedView::safeguardingConcern))
        .preparationContacts(
            each(
                restorativeCase.preparationContacts(),
                (PreparationContact p) -> p.withNotes(mark(p.notes()))))
        .meetings(each(restorativeCase.meetings(), meeting -> meeting(meeting, places)))
        .messages(each(restorativeCase.messages(), (Message m) -> m.withContent(mark(m.content()))))
        .questionSetUses(each(restorativeCase.questionSetUses(), RedactedView::questionSetUse))
        .agreements(each(restorativeCase.agreements(), RedactedView::agreement))
        .actions(each(restorativeCase.actions(), RedactedView::action))
        .evaluations(each(restorativeCase.evaluations(), RedactedView::evaluation))
        .history(each(restorativeCase.history(), (CaseEvent e) -> e.withNote(mark(e.note()))))
        .closure(restorativeCase.closure().map((Closure c) -> c.withSummary(mark(c.summary()))))
        .build();
  }

  // ------------------------------------------------------------------ casefile and harm

  private static Referral referral(Referral referral) {
    return referral.withNotes(mark(referral.notes()));
  }

  private static Harm harm(Harm harm, Places places) {
    return new Harm.Builder()
        .from(harm)
        .externalIncidentRefs(
            each(harm.externalIncidentRefs(), (ExternalIncidentRef r) -> r.withReference(REDACTED)))
        .otherContext(mark(harm.otherContext()))
        .contactRestrictions(
            each(
                harm.contactRestrictions(), restriction -> contactRestriction(restriction, places)))
        .dutyOfCandour(
            harm.dutyOfCandour()
                .map((DutyOfCandour d) -> d.withNotificationRef(mark(d.notificationRef()))))
        .safeguardingReferralRef(mark(harm.safeguardingReferralRef()))
        .narrative(mark(harm.narrative()))
        .severity(harm.severity().map(RedactedView::severity))
        .build();
  }

  /**
   * A trust's local grade and scale name are free text; a national scale's grade is a code, kept.
   */
  private static HarmSeverity severity(HarmSeverity severity) {
    return severity.scale() == SeverityScale.LOCAL
        ? HarmSeverity.local(REDACTED, REDACTED)
        : severity;
  }

  private static ContactRestriction contactRestriction(
      ContactRestriction restriction, Places places) {
    return restriction
        .withSource(mark(restriction.source()))
        .withPermittedException(mark(restriction.permittedException()))
        .withPlace(places.of(restriction.place()));
  }

  // ------------------------------------------------------------------ people

  /** The day a party's age band is taken: their first participation consent, else the referral. */
  private static LocalDate bandDay(
      RestorativeCase restorativeCase, Party party, LocalDate referredOn, ZoneId zone) {
    return restorativeCase.consentsOf(party.id()).stream()
        .filter(c -> c.kind() == ConsentKind.PARTICIPATION)
        .flatMap(c -> c.obtainedAt().stream())
        .min(Comparator.naturalOrder())
        .map(at -> Dates.dateOf(at, zone))
        .orElse(referredOn);
  }

  private static Party party(Party party, LocalDate referredOn, Places places) {
    return new Party.Builder()
        .from(party)
        .name(Optional.empty())
        .preferredName(Optional.empty())
        .pronouns(Optional.empty())
        .dateOfBirth(Optional.empty())
        .ageBand(party.knownAgeBandOn(referredOn))
        .language(mark(party.language()))
        .leaveAuthorisations(each(party.leaveAuthorisations(), leave -> leave(leave, places)))
        .dischargeConditions(
            each(
                party.dischargeConditions(),
                (DischargeCondition c) ->
                    c.withDescription(mark(c.description()))
                        .withPermittedException(mark(c.permittedException()))
                        .withPlace(places.of(c.place()))))
        .reasonToDoubtCapacityRationale(mark(party.reasonToDoubtCapacityRationale()))
        .adjustments(each(party.adjustments(), (Adjustment a) -> a.withDetail(mark(a.detail()))))
        .acknowledgements(
            each(
                party.acknowledgements(),
                (Acknowledgement a) ->
                    a.withNote(mark(a.note()))
                        .withSpokesperson(a.spokesperson().map(RedactedView::spokesperson))))
        .parentalInvolvement(
            party
                .parentalInvolvement()
                .map(
                    (ParentalInvolvement p) ->
                        p.withHolderOfResponsibility(mark(p.holderOfResponsibility()))))
        .build();
  }

  private static Spokesperson spokesperson(Spokesperson spokesperson) {
    return new Spokesperson.Builder()
        .from(spokesperson)
        .role(REDACTED)
        .name(Optional.empty())
        .authority(mark(spokesperson.authority()))
        .build();
  }

  private static LeaveAuthorisation leave(LeaveAuthorisation leave, Places places) {
    return leave
        .withConditions(markAll(leave.conditions()))
        .withPurpose(mark(leave.purpose()))
        .withPlaces(leave.places().stream().map(places::of).toList());
  }

  private static Facilitator facilitator(Facilitator facilitator) {
    return new Facilitator.Builder()
        .from(facilitator)
        .name(Optional.empty())
        .rjcRegistration(mark(facilitator.rjcRegistration()))
        .conflictDeclaration(
            facilitator.conflictDeclaration().map(RedactedView::conflictDeclaration))
        .build();
  }

  private static ConflictDeclaration conflictDeclaration(ConflictDeclaration declaration) {
    return declaration.withConflicts(
        each(declaration.conflicts(), (DeclaredConflict c) -> c.withDetail(mark(c.detail()))));
  }

  private static Professional professional(Professional professional) {
    return professional.withName(Optional.empty()).withLanguage(mark(professional.language()));
  }

  // ------------------------------------------------------------------ consent and capacity

  private static Consent consent(Consent consent) {
    return new Consent.Builder()
        .from(consent)
        .methodReason(mark(consent.methodReason()))
        .voluntariness(
            consent.voluntariness().map((VoluntarinessCheck v) -> v.withNote(mark(v.note()))))
        .withdrawal(consent.withdrawal().map(RedactedView::withdrawal))
        .build();
  }

  private static Withdrawal withdrawal(Withdrawal withdrawal) {
    return withdrawal.withReason(mark(withdrawal.reason()));
  }

  private static CapacityAssessment capacityAssessment(CapacityAssessment assessment) {
    return new CapacityAssessment.Builder()
        .from(assessment)
        .decision(assessment.decision().withDescription(REDACTED))
        .reasonForDoubt(mark(assessment.reasonForDoubt()))
        .practicableSteps(
            each(
                assessment.practicableSteps(),
                (PracticableStep s) -> s.withDetail(mark(s.detail()))))
        .functional(functionalTest(assessment.functional()))
        .impairment(mark(assessment.impairment()))
        .causalLinkRationale(mark(assessment.causalLinkRationale()))
        .build();
  }

  private static FunctionalTest functionalTest(FunctionalTest test) {
    return new FunctionalTest.Builder()
        .from(test)
        .understand(test.understand().map(RedactedView::limb))
        .retain(test.retain().map(RedactedView::limb))
        .useOrWeigh(test.useOrWeigh().map(RedactedView::limb))
        .communicate(test.communicate().map(RedactedView::limb))
        .build();
  }

  private static LimbFinding limb(LimbFinding finding) {
    return finding.withEvidence(mark(finding.evidence()));
  }

  private static Disclosure disclosure(Disclosure disclosure) {
    return new Disclosure.Builder()
        .from(disclosure)
        .justification(mark(disclosure.justification()))
        .lawfulBasis(
            disclosure.lawfulBasis().map((LawfulBasis b) -> b.withReference(mark(b.reference()))))
        .build();
  }

  // ------------------------------------------------------------------ assessment

  private static RiskAssessment riskAssessment(RiskAssessment assessment) {
    return new RiskAssessment.Builder()
        .from(assessment)
        .findings(
            each(
                assessment.findings(),
                (AttendeeFinding f) ->
                    f.withRisks(mark(f.risks())).withStrengths(mark(f.strengths()))))
        .conditions(markAll(assessment.conditions()))
        .build();
  }

  private static SafeguardingConcern safeguardingConcern(SafeguardingConcern concern) {
    return new SafeguardingConcern.Builder()
        .from(concern)
        .referralRef(mark(concern.referralRef()))
        .description(mark(concern.description()))
        .pauseDecision(
            concern.pauseDecision().map((PauseDecision d) -> d.withRationale(mark(d.rationale()))))
        .build();
  }

  // ------------------------------------------------------------------ process and questions

  private static Meeting meeting(Meeting meeting, Places places) {
    Venue venue = meeting.venue();
    return meeting
        .withVenue(
            venue.withDescription(mark(venue.description())).withPlace(places.of(venue.place())))
        .withNotes(mark(meeting.notes()));
  }

  private static QuestionSetUse questionSetUse(QuestionSetUse use) {
    return use.withResponses(each(use.responses(), (Response r) -> r.withAnswer(mark(r.answer()))));
  }

  // ------------------------------------------------------------------ outcome

  private static OutcomeAgreement agreement(OutcomeAgreement agreement) {
    return new OutcomeAgreement.Builder()
        .from(agreement)
        .partyAgreements(
            each(
                agreement.partyAgreements(),
                (PartyAgreement p) -> p.withSignatureRef(mark(p.signatureRef()))))
        .confidentiality(
            agreement.confidentiality().map((ConfidentialityTerms t) -> t.withNote(mark(t.note()))))
        .notes(mark(agreement.notes()))
        .build();
  }

  private static Action action(Action action) {
    return new Action.Builder()
        .from(action)
        .description(REDACTED)
        .successCriteria(mark(action.successCriteria()))
        .evidenceNotes(mark(action.evidenceNotes()))
        .build();
  }

  private static Evaluation evaluation(Evaluation evaluation) {
    return evaluation.withIesRScore(Optional.empty()).withComments(mark(evaluation.comments()));
  }

  // ------------------------------------------------------------------ texts

  private static Optional<String> mark(Optional<String> text) {
    return text.map(present -> REDACTED);
  }

  private static List<String> markAll(List<String> texts) {
    return texts.stream().map(text -> REDACTED).toList();
  }

  private static <T> List<T> each(List<T> items, UnaryOperator<T> redaction) {
    return items.stream().map(redaction).toList();
  }

  /**
   * The places of one case, each replaced by a code of tokens that keeps which place lies within
   * which: every distinct prefix of a code ({@code town}, {@code town/north}) gets its own token,
   * in the order first met, so the copy's {@code place-1/place-2} lies within {@code place-1}
   * exactly when the original's places did. The rules compare places only with each other, so they
   * report the same findings on the copy.
   */
  private static final class Places {

    private final Map<String, String> tokens = new HashMap<>();

    Place of(Place place) {
      String[] segments = place.code().split("/", -1);
      StringBuilder prefix = new StringBuilder();
      StringBuilder code = new StringBuilder();
      for (String segment : segments) {
        if (prefix.length() > 0) {
          prefix.append('/');
          code.append('/');
        }
        prefix.append(segment);
        code.append(tokens.computeIfAbsent(prefix.toString(), p -> "place-" + (tokens.size() + 1)));
      }
      return Place.of(code.toString());
    }

    Optional<Place> of(Optional<Place> place) {
      return place.map(this::of);
    }
  }
}
