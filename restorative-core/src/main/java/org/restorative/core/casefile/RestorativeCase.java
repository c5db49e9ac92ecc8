package org.restorative.core.casefile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.immutables.value.Value;
import org.restorative.core.assessment.ClinicalConsultation;
import org.restorative.core.assessment.RiskAssessment;
import org.restorative.core.assessment.SafeguardingConcern;
import org.restorative.core.assessment.SafetyPlan;
import org.restorative.core.assessment.SupervisorSignOff;
import org.restorative.core.consent.CapacityAssessment;
import org.restorative.core.consent.CompetenceAssessment;
import org.restorative.core.consent.Consent;
import org.restorative.core.consent.Disclosure;
import org.restorative.core.consent.Withdrawal;
import org.restorative.core.harm.Harm;
import org.restorative.core.harm.HarmId;
import org.restorative.core.internal.Invariants;
import org.restorative.core.outcome.Action;
import org.restorative.core.outcome.AgreementId;
import org.restorative.core.outcome.Evaluation;
import org.restorative.core.outcome.OutcomeAgreement;
import org.restorative.core.party.ActorId;
import org.restorative.core.party.Facilitator;
import org.restorative.core.party.FacilitatorId;
import org.restorative.core.party.Party;
import org.restorative.core.party.PartyId;
import org.restorative.core.party.Professional;
import org.restorative.core.party.ProfessionalId;
import org.restorative.core.process.Meeting;
import org.restorative.core.process.MeetingId;
import org.restorative.core.process.Message;
import org.restorative.core.process.PreparationContact;
import org.restorative.core.process.RestorativeProcess;
import org.restorative.core.questions.QuestionSetUse;

/**
 * A restorative case: the aggregate that holds every part of one case by id, its stage and its
 * history.
 *
 * <p>Parts refer to each other by typed id ({@code PartyId}, {@code MeetingId}, ...), never by
 * holding each other, so that a case can be serialised as one flat document and each list checked
 * on its own. The structural invariants checked on construction are few: no two parts of one kind
 * share an id; every id by which a part names another part names one this case holds ({@link
 * UnknownReferenceException} otherwise, listing each); a supporter or representative names a
 * principal party of this case; a paused case holds its pause and a closed case its closure; only a
 * closed case links to a reopened successor. Everything contextual — consent before a meeting,
 * leave for a restricted patient — is a rule, reported as a violation.
 *
 * <p>A case is immutable: every change is a copy. One part is put in place by id with {@code
 * with(part)} — {@code c.with(party.withName(...))} replaces that party and keeps the others — and
 * a whole list with {@code withParties}, {@code withMeetings}, .... A case is opened from its
 * referral with {@link #open}, which records the first event, and stage changes are made by the
 * transition functions, which append to {@link #history()}.
 */
@Value.Immutable
public abstract class RestorativeCase implements WithRestorativeCase {

  RestorativeCase() {}

  /**
   * The case's id.
   *
   * @return the id
   */
  public abstract CaseId id();

  /**
   * The case's current stage.
   *
   * @return the stage
   */
  public abstract Stage stage();

  /**
   * The referral that opened the case.
   *
   * @return the referral
   */
  public abstract Referral referral();

  /**
   * The records of harm the case responds to.
   *
   * @return the harms
   */
  public abstract List<Harm> harms();

  /**
   * The parties: people harmed and responsible, supporters, representatives and others affected.
   *
   * @return the parties
   */
  public abstract List<Party> parties();

  /**
   * The facilitators assigned to the case.
   *
   * @return the facilitators
   */
  public abstract List<Facilitator> facilitators();

  /**
   * Professionals in non-party roles: case supervisors, clinical consultees, interpreters,
   * intermediaries, advocates, victim liaison officers and MHCS caseworkers.
   *
   * @return the professionals
   */
  public abstract List<Professional> professionals();

  /**
   * Consent records of every kind.
   *
   * @return the consents
   */
  public abstract List<Consent> consents();

  /**
   * Mental capacity assessments (MCA 2005).
   *
   * @return the capacity assessments
   */
  public abstract List<CapacityAssessment> capacityAssessments();

  /**
   * Gillick competence assessments of participants under 16.
   *
   * @return the competence assessments
   */
  public abstract List<CompetenceAssessment> competenceAssessments();

  /**
   * Withdrawals, in the order they were recorded.
   *
   * @return the withdrawals
   */
  public abstract List<Withdrawal> withdrawals();

  /**
   * The disclosure log.
   *
   * @return the disclosures
   */
  public abstract List<Disclosure> disclosures();

  /**
   * Risk and strengths assessments.
   *
   * @return the risk assessments
   */
  public abstract List<RiskAssessment> riskAssessments();

  /**
   * Safety plans for meetings.
   *
   * @return the safety plans
   */
  public abstract List<SafetyPlan> safetyPlans();

  /**
   * Consultations with patients' treating teams.
   *
   * @return the consultations
   */
  public abstract List<ClinicalConsultation> consultations();

  /**
   * Case supervisor sign-offs.
   *
   * @return the sign-offs
   */
  public abstract List<SupervisorSignOff> signOffs();

  /**
   * Safeguarding concerns raised during the case.
   *
   * @return the concerns
   */
  public abstract List<SafeguardingConcern> safeguardingConcerns();

  /**
   * The restorative processes chosen for the case.
   *
   * @return the processes
   */
  public abstract List<RestorativeProcess> processes();

  /**
   * Preparation contacts with participants.
   *
   * @return the preparation contacts
   */
  public abstract List<PreparationContact> preparationContacts();

  /**
   * Meetings, direct and circle.
   *
   * @return the meetings
   */
  public abstract List<Meeting> meetings();

  /**
   * Indirect messages: shuttle messages, letters and recordings.
   *
   * @return the messages
   */
  public abstract List<Message> messages();

  /**
   * The question sets used, with their versions and any responses recorded.
   *
   * @return the uses of question sets
   */
  public abstract List<QuestionSetUse> questionSetUses();

  /**
   * Outcome agreements.
   *
   * @return the agreements
   */
  public abstract List<OutcomeAgreement> agreements();

  /**
   * The actions of the outcome agreements.
   *
   * @return the actions
   */
  public abstract List<Action> actions();

  /**
   * Participant evaluations.
   *
   * @return the evaluations
   */
  public abstract List<Evaluation> evaluations();

  /**
   * The append-only history of events, oldest first.
   *
   * @return the history
   */
  public abstract List<CaseEvent> history();

  /**
   * The pause, present exactly when the case is {@link Stage#PAUSED}.
   *
   * @return the pause
   */
  public abstract Optional<Pause> pause();

  /**
   * The closure, present exactly when the case is in a closed state.
   *
   * @return the closure
   */
  public abstract Optional<Closure> closure();

  /**
   * The closed case this case reopens, if it is a reopening.
   *
   * @return the predecessor
   */
  public abstract Optional<CaseId> reopenedFrom();

  /**
   * The case that reopened this closed case, if any.
   *
   * @return the successor
   */
  public abstract Optional<CaseId> reopenedAs();

  /**
   * Opens a case from its referral: a builder that holds the case's id, the stage {@link
   * Stage#REFERRAL}, the referral, and the first event of the history — {@link
   * CaseEventType#REFERRED}, at the moment the referral was received, by {@code by}, with the id
   * the transitions' scheme gives a first event. Add the harms and parties the referral names, then
   * build:
   *
   * <pre>{@code
   * RestorativeCase opened =
   *     RestorativeCase.open(CaseId.of("c-1"), referral, ActorId.of("staff-7"))
   *         .addHarm(harm)
   *         .addParties(personHarmed, personResponsible)
   *         .build();
   * }</pre>
   *
   * @param id the case's id
   * @param referral the referral that opens it
   * @param by who records the referral
   * @return a builder holding the opened case's first parts
   */
  public static Builder open(CaseId id, Referral referral, ActorId by) {
    Builder opened = new Builder();
    opened.id(id);
    opened.stage(Stage.REFERRAL);
    opened.referral(referral);
    opened.addHistory(
        new CaseEvent.Builder()
            .id(eventIdAfter(List.of()))
            .at(referral.receivedAt())
            .by(by)
            .type(CaseEventType.REFERRED)
            .build());
    return opened;
  }

  /**
   * The id the next event of this case's history gets: {@code e-N}, one past the history's length,
   * bumped past any id already taken. The transitions and {@link #open} use it, so a caller that
   * records an event of its own can too.
   *
   * @return an id no event of the history holds
   */
  public EventId nextEventId() {
    return eventIdAfter(history());
  }

  private static EventId eventIdAfter(List<CaseEvent> history) {
    Set<EventId> taken = new HashSet<>();
    history.forEach(e -> taken.add(e.id()));
    int n = history.size() + 1;
    EventId id = EventId.of("e-" + n);
    while (taken.contains(id)) {
      n++;
      id = EventId.of("e-" + n);
    }
    return id;
  }

  /**
   * Finds a party by id.
   *
   * @param id the party's id
   * @return the party, if it is in this case
   */
  public Optional<Party> party(PartyId id) {
    return find(parties(), Party::id, id);
  }

  /**
   * Finds a harm record by id.
   *
   * @param id the harm's id
   * @return the harm, if it is in this case
   */
  public Optional<Harm> harm(HarmId id) {
    return find(harms(), Harm::id, id);
  }

  /**
   * Finds a facilitator by id.
   *
   * @param id the facilitator's id
   * @return the facilitator, if assigned to this case
   */
  public Optional<Facilitator> facilitator(FacilitatorId id) {
    return find(facilitators(), Facilitator::id, id);
  }

  /**
   * Finds a professional by id.
   *
   * @param id the professional's id
   * @return the professional, if recorded in this case
   */
  public Optional<Professional> professional(ProfessionalId id) {
    return find(professionals(), Professional::id, id);
  }

  /**
   * Finds a meeting by id.
   *
   * @param id the meeting's id
   * @return the meeting, if it is in this case
   */
  public Optional<Meeting> meeting(MeetingId id) {
    return find(meetings(), Meeting::id, id);
  }

  /**
   * Finds an outcome agreement by id.
   *
   * @param id the agreement's id
   * @return the agreement, if it is in this case
   */
  public Optional<OutcomeAgreement> agreement(AgreementId id) {
    return find(agreements(), OutcomeAgreement::id, id);
  }

  /**
   * The consent records of one party.
   *
   * @param party the party
   * @return that party's consents, in record order
   */
  public List<Consent> consentsOf(PartyId party) {
    return consents().stream().filter(c -> c.party().equals(party)).toList();
  }

  /**
   * The actions of one agreement.
   *
   * @param agreement the agreement
   * @return its actions, in record order
   */
  public List<Action> actionsOf(AgreementId agreement) {
    return actions().stream().filter(a -> a.agreement().equals(agreement)).toList();
  }

  /**
   * Whether the case is in one of the four closed states.
   *
   * @return true if closed
   */
  public boolean isClosed() {
    return stage().isClosed();
  }

  /**
   * The stages this case may move to now, by the stage model (domain brief §1.3, §1.4): the moves
   * of its {@link Stage#movesTo() stage}, except that a paused case resumes only into the stage its
   * pause {@link Pause#resumesInto() resumes into} (the stage it left, or assessment when the
   * reason changes risk or capacity), besides closing. This is the one place that says which moves
   * are legal: the transitions refuse every other move with {@code ILLEGAL_TRANSITION} and the
   * planner offers exactly these. Whether a move's gate lets the case through is a separate
   * question for the rules.
   *
   * @return the allowed targets, in stage order
   */
  public Set<Stage> movesTo() {
    Set<Stage> targets = EnumSet.noneOf(Stage.class);
    for (Stage target : stage().movesTo()) {
      if (!target.isMainLine() || pause().map(p -> p.resumesInto() == target).orElse(true)) {
        targets.add(target);
      }
    }
    return Collections.unmodifiableSet(targets);
  }

  /**
   * Whether the stage model lets this case move to a stage now: whether {@link #movesTo()} holds
   * it.
   *
   * @param target the stage to move to
   * @return true if the move is allowed, gates aside
   */
  public boolean canMoveTo(Stage target) {
    return movesTo().contains(target);
  }

  /**
   * The case with a harm record put in place: it replaces the harm record with the same id, where
   * it stood, or is added after the others.
   *
   * @param harm the harm record, new or changed
   * @return the changed case
   */
  public RestorativeCase with(Harm harm) {
    return withHarms(put(harms(), harm, Harm::id));
  }

  /**
   * The case with a party put in place: it replaces the party with the same id, where it stood, or
   * is added after the others.
   *
   * @param party the party, new or changed
   * @return the changed case
   */
  public RestorativeCase with(Party party) {
    return withParties(put(parties(), party, Party::id));
  }

  /**
   * The case with a facilitator put in place: it replaces the facilitator with the same id, where
   * it stood, or is added after the others.
   *
   * @param facilitator the facilitator, new or changed
   * @return the changed case
   */
  public RestorativeCase with(Facilitator facilitator) {
    return withFacilitators(put(facilitators(), facilitator, Facilitator::id));
  }

  /**
   * The case with a professional put in place: it replaces the professional with the same id, where
   * it stood, or is added after the others.
   *
   * @param professional the professional, new or changed
   * @return the changed case
   */
  public RestorativeCase with(Professional professional) {
    return withProfessionals(put(professionals(), professional, Professional::id));
  }

  /**
   * The case with a consent put in place: it replaces the consent with the same id, where it stood,
   * or is added after the others.
   *
   * @param consent the consent, new or changed
   * @return the changed case
   */
  public RestorativeCase with(Consent consent) {
    return withConsents(put(consents(), consent, Consent::id));
  }

  /**
   * The case with a capacity assessment put in place: it replaces the capacity assessment with the
   * same id, where it stood, or is added after the others.
   *
   * @param capacityAssessment the capacity assessment, new or changed
   * @return the changed case
   */
  public RestorativeCase with(CapacityAssessment capacityAssessment) {
    return withCapacityAssessments(
        put(capacityAssessments(), capacityAssessment, CapacityAssessment::id));
  }

  /**
   * The case with a competence assessment put in place: it replaces the competence assessment with
   * the same id, where it stood, or is added after the others.
   *
   * @param competenceAssessment the competence assessment, new or changed
   * @return the changed case
   */
  public RestorativeCase with(CompetenceAssessment competenceAssessment) {
    return withCompetenceAssessments(
        put(competenceAssessments(), competenceAssessment, CompetenceAssessment::id));
  }

  /**
   * The case with a disclosure put in place: it replaces the disclosure with the same id, where it
   * stood, or is added after the others.
   *
   * @param disclosure the disclosure, new or changed
   * @return the changed case
   */
  public RestorativeCase with(Disclosure disclosure) {
    return withDisclosures(put(disclosures(), disclosure, Disclosure::id));
  }

  /**
   * The case with a risk assessment put in place: it replaces the risk assessment with the same id,
   * where it stood, or is added after the others.
   *
   * @param riskAssessment the risk assessment, new or changed
   * @return the changed case
   */
  public RestorativeCase with(RiskAssessment riskAssessment) {
    return withRiskAssessments(put(riskAssessments(), riskAssessment, RiskAssessment::id));
  }

  /**
   * The case with a safety plan put in place: it replaces the safety plan with the same id, where
   * it stood, or is added after the others.
   *
   * @param safetyPlan the safety plan, new or changed
   * @return the changed case
   */
  public RestorativeCase with(SafetyPlan safetyPlan) {
    return withSafetyPlans(put(safetyPlans(), safetyPlan, SafetyPlan::id));
  }

  /**
   * The case with a clinical consultation put in place: it replaces the clinical consultation with
   * the same id, where it stood, or is added after the others.
   *
   * @param clinicalConsultation the clinical consultation, new or changed
   * @return the changed case
   */
  public RestorativeCase with(ClinicalConsultation clinicalConsultation) {
    return withConsultations(put(consultations(), clinicalConsultation, ClinicalConsultation::id));
  }

  /**
   * The case with a supervisor sign-off put in place: it replaces the supervisor sign-off with the
   * same id, where it stood, or is added after the others.
   *
   * @param supervisorSignOff the supervisor sign-off, new or changed
   * @return the changed case
   */
  public RestorativeCase with(SupervisorSignOff supervisorSignOff) {
    return withSignOffs(put(signOffs(), supervisorSignOff, SupervisorSignOff::id));
  }

  /**
   * The case with a safeguarding concern put in place: it replaces the safeguarding concern with
   * the same id, where it stood, or is added after the others.
   *
   * @param safeguardingConcern the safeguarding concern, new or changed
   * @return the changed case
   */
  public RestorativeCase with(SafeguardingConcern safeguardingConcern) {
    return withSafeguardingConcerns(
        put(safeguardingConcerns(), safeguardingConcern, SafeguardingConcern::id));
  }

  /**
   * The case with a process put in place: it replaces the process with the same id, where it stood,
   * or is added after the others.
   *
   * @param process the process, new or changed
   * @return the changed case
   */
  public RestorativeCase with(RestorativeProcess process) {
    return withProcesses(put(processes(), process, RestorativeProcess::id));
  }

  /**
   * The case with a preparation contact put in place: it replaces the preparation contact with the
   * same id, where it stood, or is added after the others.
   *
   * @param preparationContact the preparation contact, new or changed
   * @return the changed case
   */
  public RestorativeCase with(PreparationContact preparationContact) {
    return withPreparationContacts(
        put(preparationContacts(), preparationContact, PreparationContact::id));
  }

  /**
   * The case with a meeting put in place: it replaces the meeting with the same id, where it stood,
   * or is added after the others.
   *
   * @param meeting the meeting, new or changed
   * @return the changed case
   */
  public RestorativeCase with(Meeting meeting) {
    return withMeetings(put(meetings(), meeting, Meeting::id));
  }

  /**
   * The case with a message put in place: it replaces the message with the same id, where it stood,
   * or is added after the others.
   *
   * @param message the message, new or changed
   * @return the changed case
   */
  public RestorativeCase with(Message message) {
    return withMessages(put(messages(), message, Message::id));
  }

  /**
   * The case with a question set use put in place: it replaces the question set use with the same
   * id, where it stood, or is added after the others.
   *
   * @param questionSetUse the question set use, new or changed
   * @return the changed case
   */
  public RestorativeCase with(QuestionSetUse questionSetUse) {
    return withQuestionSetUses(put(questionSetUses(), questionSetUse, QuestionSetUse::id));
  }

  /**
   * The case with an outcome agreement put in place: it replaces the outcome agreement with the
   * same id, where it stood, or is added after the others.
   *
   * @param agreement the outcome agreement, new or changed
   * @return the changed case
   */
  public RestorativeCase with(OutcomeAgreement agreement) {
    return withAgreements(put(agreements(), agreement, OutcomeAgreement::id));
  }

  /**
   * The case with an action put in place: it replaces the action with the same id, where it stood,
   * or is added after the others.
   *
   * @param action the action, new or changed
   * @return the changed case
   */
  public RestorativeCase with(Action action) {
    return withActions(put(actions(), action, Action::id));
  }

  /**
   * The case with an evaluation put in place: it replaces the evaluation with the same id, where it
   * stood, or is added after the others.
   *
   * @param evaluation the evaluation, new or changed
   * @return the changed case
   */
  public RestorativeCase with(Evaluation evaluation) {
    return withEvaluations(put(evaluations(), evaluation, Evaluation::id));
  }

  /** The list with {@code part} in place of the element with the same key, or added at the end. */
  private static <T, K> List<T> put(List<T> items, T part, Function<T, K> key) {
    K id = key.apply(part);
    List<T> changed = new ArrayList<>(items.size() + 1);
    boolean replaced = false;
    for (T item : items) {
      if (!replaced && key.apply(item).equals(id)) {
        changed.add(part);
        replaced = true;
      } else {
        changed.add(item);
      }
    }
    if (!replaced) {
      changed.add(part);
    }
    return changed;
  }

  private static <T, K> Optional<T> find(List<T> items, Function<T, K> key, K id) {
    for (int k = 0; k < items.size(); k++) {
      if (key.apply(items.get(k)).equals(id)) {
        return Optional.of(items.get(k));
      }
    }
    return Optional.empty();
  }

  @Value.Check
  void check() {
    Invariants.unique(harms(), Harm::id, "harms");
    Invariants.unique(parties(), Party::id, "parties");
    Invariants.unique(facilitators(), Facilitator::id, "facilitators");
    Invariants.unique(professionals(), Professional::id, "professionals");
    Invariants.unique(consents(), Consent::id, "consents");
    Invariants.unique(capacityAssessments(), CapacityAssessment::id, "capacityAssessments");
    Invariants.unique(competenceAssessments(), CompetenceAssessment::id, "competenceAssessments");
    Invariants.unique(disclosures(), Disclosure::id, "disclosures");
    Invariants.unique(riskAssessments(), RiskAssessment::id, "riskAssessments");
    Invariants.unique(safetyPlans(), SafetyPlan::id, "safetyPlans");
    Invariants.unique(consultations(), ClinicalConsultation::id, "consultations");
    Invariants.unique(signOffs(), SupervisorSignOff::id, "signOffs");
    Invariants.unique(safeguardingConcerns(), SafeguardingConcern::id, "safeguardingConcerns");
    Invariants.unique(processes(), RestorativeProcess::id, "processes");
    Invariants.unique(preparationContacts(), PreparationContact::id, "preparationContacts");
    Invariants.unique(meetings(), Meeting::id, "meetings");
    Invariants.unique(messages(), Message::id, "messages");
    Invariants.unique(questionSetUses(), QuestionSetUse::id, "questionSetUses");
    Invariants.unique(agreements(), OutcomeAgreement::id, "agreements");
    Invariants.unique(actions(), Action::id, "actions");
    Invariants.unique(evaluations(), Evaluation::id, "evaluations");
    Invariants.unique(history(), CaseEvent::id, "history");
    List<UnknownReferenceException.UnknownReference> unknown = References.unknownIn(this);
    if (!unknown.isEmpty()) {
      throw new UnknownReferenceException(unknown);
    }
    for (Party party : parties()) {
      party
          .principal()
          .ifPresent(
              principal ->
                  Invariants.require(
                      party(principal).map(p -> p.role().isPrincipal()).orElse(false),
                      "parties principal must name a principal party of the case (supporter or representative)"));
    }
    Invariants.require(
        pause().isPresent() == (stage() == Stage.PAUSED),
        "pause must be present exactly when the stage is PAUSED");
    Invariants.require(
        closure().isPresent() == stage().isClosed(),
        "closure must be present exactly when the stage is closed");
    Invariants.require(
        reopenedAs().isEmpty() || stage().isClosed(), "only a closed case can be reopenedAs");
    Invariants.require(
        reopenedAs().filter(id()::equals).isEmpty(), "reopenedAs must not name the case itself");
    Invariants.require(
        reopenedFrom().filter(id()::equals).isEmpty(),
        "reopenedFrom must not name the case itself");
    Invariants.require(
        closure().flatMap(Closure::notProceedingReason).isEmpty()
            || stage() == Stage.CLOSED_NOT_PROCEEDING,
        "closure notProceedingReason is allowed only when the stage is CLOSED_NOT_PROCEEDING");
  }

  /** Builds a {@link RestorativeCase}. */
  public static final class Builder extends ImmutableRestorativeCase.Builder {
    /** An empty builder. */
    public Builder() {}
  }
}
