package org.restorative.core.rules;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import org.restorative.core.Identifier;
import org.restorative.core.casefile.CaseEvent;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.casefile.Stage;
import org.restorative.core.consent.CapacityAssessment;
import org.restorative.core.consent.CapacityOutcome;
import org.restorative.core.consent.Consent;
import org.restorative.core.consent.ConsentId;
import org.restorative.core.consent.ConsentKind;
import org.restorative.core.consent.ConsentStatus;
import org.restorative.core.consent.ParticipationScope;
import org.restorative.core.consent.Withdrawal;
import org.restorative.core.consent.WithdrawalScope;
import org.restorative.core.harm.Harm;
import org.restorative.core.internal.Dates;
import org.restorative.core.outcome.AgreementStatus;
import org.restorative.core.outcome.OutcomeAgreement;
import org.restorative.core.party.Facilitator;
import org.restorative.core.party.FacilitatorRole;
import org.restorative.core.party.Party;
import org.restorative.core.party.PartyId;
import org.restorative.core.process.ContactMode;
import org.restorative.core.process.Meeting;
import org.restorative.core.process.MeetingStatus;
import org.restorative.core.process.Message;
import org.restorative.core.process.MessageStatus;
import org.restorative.core.process.ProcessId;
import org.restorative.core.process.ProcessType;
import org.restorative.core.process.RestorativeProcess;

/**
 * What a rule's check sees: the case, the stage it is checked for, the trust's policy and the
 * moment of checking, with look-ups built once per check so that every rule stays linear in the
 * size of the case.
 *
 * <p>The stage checked is the case's own stage for {@link RuleSet#check}, and the target stage for
 * {@link RuleSet#checkEntry}. {@link #mainLineStage()} maps a paused or closed stage back to the
 * main-line stage it stands for (the stage a paused case was paused from, the stage a closed case
 * was closed from), or to the further stage the case's parts show it reached.
 */
public final class CheckContext {

  private final RestorativeCase restorativeCase;
  private final Stage stage;
  private final Stage mainLineStage;
  private final Policy policy;
  private final Instant asOf;
  private final Map<PartyId, Integer> partyIndex;
  private final Map<ProcessId, Integer> processIndex;
  private final Map<PartyId, List<Integer>> participationConsents;
  private final Map<ConsentId, Integer> consentIndex;
  private final Map<PartyId, List<Indexed<CapacityAssessment>>> capacityAssessments;
  private final List<Indexed<Meeting>> meetingsInScope;

  private CheckContext(RestorativeCase restorativeCase, Stage stage, Policy policy, Instant asOf) {
    this.restorativeCase = restorativeCase;
    this.stage = stage;
    this.policy = policy;
    this.asOf = asOf;
    this.mainLineStage = mainLineStageOf(restorativeCase, stage);
    this.partyIndex = index(restorativeCase.parties(), Party::id);
    this.processIndex = index(restorativeCase.processes(), RestorativeProcess::id);
    this.participationConsents = new HashMap<>();
    this.consentIndex = index(restorativeCase.consents(), Consent::id);
    List<Consent> consents = restorativeCase.consents();
    for (int i = 0; i < consents.size(); i++) {
      Consent consent = consents.get(i);
      if (consent.kind() == ConsentKind.PARTICIPATION) {
        participationConsents.computeIfAbsent(consent.party(), p -> new ArrayList<>()).add(i);
      }
    }
    this.capacityAssessments = new HashMap<>();
    List<CapacityAssessment> assessments = restorativeCase.capacityAssessments();
    for (int i = 0; i < assessments.size(); i++) {
      CapacityAssessment assessment = assessments.get(i);
      capacityAssessments
          .computeIfAbsent(assessment.party(), p -> new ArrayList<>())
          .add(new Indexed<>(i, assessment));
    }
    capacityAssessments.replaceAll((party, list) -> Collections.unmodifiableList(list));
    this.meetingsInScope = inScope(restorativeCase.meetings(), mainLineStage);
  }

  /**
   * The context for checking a case as it is now.
   *
   * @param restorativeCase the case
   * @param policy the trust's policy
   * @param asOf the moment of checking
   * @return the context
   */
  public static CheckContext of(RestorativeCase restorativeCase, Policy policy, Instant asOf) {
    return new CheckContext(restorativeCase, restorativeCase.stage(), policy, asOf);
  }

  /**
   * The context for checking whether a case may enter a stage.
   *
   * @param restorativeCase the case
   * @param target the stage it would enter
   * @param policy the trust's policy
   * @param asOf the moment of checking
   * @return the context
   */
  public static CheckContext forEntry(
      RestorativeCase restorativeCase, Stage target, Policy policy, Instant asOf) {
    return new CheckContext(restorativeCase, target, policy, asOf);
  }

  /**
   * The case under check.
   *
   * @return the case
   */
  public RestorativeCase restorativeCase() {
    return restorativeCase;
  }

  /**
   * The stage the case is checked for: its own, or the target of a gate check.
   *
   * @return the stage
   */
  public Stage stage() {
    return stage;
  }

  /**
   * The main-line stage the checked stage stands for: itself on the main line; for a pause, the
   * stage paused from; for {@code CLOSED_COMPLETED} and {@code CLOSED_PARTIAL}, {@code CLOSURE};
   * for a case closed as not proceeding or withdrawn, the stage it was closed from. In every case
   * it is the furthest stage the case's parts show it reached when that is further (an agreement
   * agreed, a meeting begun or a message delivered, a meeting given a date): a case recorded at an
   * earlier stage than what it holds (moved back, resumed into assessment, or simply lagging), or
   * closed with a history that lacks its closing event, is still checked against every rule of what
   * it holds, as it had to be when those parts were made.
   *
   * @return a main-line stage
   */
  public Stage mainLineStage() {
    return mainLineStage;
  }

  /**
   * The trust's policy.
   *
   * @return the policy
   */
  public Policy policy() {
    return policy;
  }

  /**
   * The moment of checking.
   *
   * @return the moment
   */
  public Instant asOf() {
    return asOf;
  }

  /**
   * The day of checking, in the policy's zone.
   *
   * @return the date
   */
  public LocalDate today() {
    return dateOf(asOf);
  }

  /**
   * The day a moment falls on, in the policy's zone: {@link LocalDate#MIN} or {@link LocalDate#MAX}
   * for a moment within a day of the ends of {@link Instant}'s range, beyond those of a date (a
   * moment of checking such as {@link Instant#MAX}).
   *
   * @param moment the moment
   * @return the date
   */
  public LocalDate dateOf(Instant moment) {
    return Dates.dateOf(moment, policy.zone());
  }

  /**
   * The position of a party in the case's party list, for a JSON Pointer.
   *
   * @param party the party
   * @return its index, or empty when the case holds no such party
   */
  public OptionalInt partyIndex(PartyId party) {
    Integer index = partyIndex.get(party);
    return index == null ? OptionalInt.empty() : OptionalInt.of(index);
  }

  /**
   * Finds a party.
   *
   * @param party the party's id
   * @return the party, if the case holds it
   */
  public Optional<Party> party(PartyId party) {
    Integer index = partyIndex.get(party);
    return index == null ? Optional.empty() : Optional.of(restorativeCase.parties().get(index));
  }

  /**
   * The pointer to a party, or to the party list when the case does not hold it.
   *
   * @param party the party's id
   * @return the JSON Pointer
   */
  public String partyPath(PartyId party) {
    Integer index = partyIndex.get(party);
    return index == null ? Pointer.of("parties") : Pointer.of("parties", index);
  }

  /**
   * Finds a process.
   *
   * @param process the process's id
   * @return the process, if the case holds it
   */
  public Optional<RestorativeProcess> process(ProcessId process) {
    Integer index = processIndex.get(process);
    return index == null ? Optional.empty() : Optional.of(restorativeCase.processes().get(index));
  }

  /**
   * The process type of a process, if the case holds the process.
   *
   * @param process the process's id
   * @return its type
   */
  public Optional<ProcessType> processType(ProcessId process) {
    Optional<RestorativeProcess> found = process(process);
    return found.isPresent() ? Optional.of(found.get().type()) : Optional.empty();
  }

  /**
   * Finds a consent by id, for example the consent a disclosure relies on.
   *
   * @param consent the consent's id
   * @return the consent, if the case holds it
   */
  public Optional<Consent> consent(ConsentId consent) {
    Integer index = consentIndex.get(consent);
    return index == null ? Optional.empty() : Optional.of(restorativeCase.consents().get(index));
  }

  /**
   * Whether a meeting brings parties together: its process type's contact mode is direct, group or
   * varies (a restorative conversation or a just-culture review may meet). Meetings of single-party
   * work and of group victim-awareness programmes are one-party sessions and are not direct. A
   * meeting whose process the case does not hold counts as direct, so that the protections of
   * direct contact still apply to it.
   *
   * @param meeting the meeting
   * @return true if the meeting is direct
   */
  public boolean isDirect(Meeting meeting) {
    Optional<RestorativeProcess> process = process(meeting.process());
    if (process.isEmpty()) {
      return true;
    }
    ContactMode mode = process.get().type().contactMode();
    return mode != ContactMode.NONE && mode != ContactMode.INDIRECT;
  }

  /**
   * The indices, in the consent list, of a party's participation consents.
   *
   * @param party the party
   * @return the indices, in record order
   */
  public List<Integer> participationConsentIndices(PartyId party) {
    return participationConsents.getOrDefault(party, List.of());
  }

  /**
   * A party's participation consents.
   *
   * @param party the party
   * @return the consents, in record order
   */
  public List<Consent> participationConsentsOf(PartyId party) {
    List<Integer> indices = participationConsentIndices(party);
    List<Consent> consents = new ArrayList<>(indices.size());
    for (int k = 0; k < indices.size(); k++) {
      consents.add(restorativeCase.consents().get(indices.get(k)));
    }
    return Collections.unmodifiableList(consents);
  }

  /**
   * A party's capacity assessments with their indices in the case's list, for the capacity rules
   * (brief §4.5): whether capacity was assessed before consent, for the decision in hand, and
   * recently enough before a meeting.
   *
   * @param party the party
   * @return the assessments of that party, in record order; empty when there are none
   */
  public List<Indexed<CapacityAssessment>> capacityAssessmentsOf(PartyId party) {
    return capacityAssessments.getOrDefault(party, List.of());
  }

  /**
   * Whether a consent was in force at a moment: obtained by then, given or reconfirmed, and not
   * withdrawn by then. Expired, superseded and invalidated consents were never in force as far as a
   * snapshot can tell.
   *
   * @param consent the consent
   * @param moment the moment
   * @return true if it was in force
   */
  public static boolean wasActiveAt(Consent consent, Instant moment) {
    Optional<Instant> obtainedAt = consent.obtainedAt();
    if (obtainedAt.isEmpty() || obtainedAt.get().isAfter(moment)) {
      return false;
    }
    if (consent.status().isActive()) {
      return true;
    }
    return consent.status() == ConsentStatus.WITHDRAWN
        && consent.withdrawal().isPresent()
        && consent.withdrawal().get().at().isAfter(moment);
  }

  // ------------------------------------------------- capacity and consent at the material time

  /**
   * The capacity finding in force for a party's decision to take part in a process type at a moment
   * (MCA 2005 s2(1): "at the material time"; domain brief §4.5): the latest assessment of the party
   * made at or before the moment whose decision is about that process type, or about taking part at
   * all (it names no process type). Of two made at the same moment, the one recorded later wins.
   * Counterparties are left to rule {@code CAPACITY_DECISION_SPECIFIC}.
   *
   * @param party the party
   * @param processType the process type of the decision
   * @param moment the moment that matters, such as a consent's or a meeting's start
   * @return the assessment in force, if any
   */
  public Optional<Indexed<CapacityAssessment>> capacityFindingInForce(
      PartyId party, ProcessType processType, Instant moment) {
    Indexed<CapacityAssessment> inForce = null;
    for (Indexed<CapacityAssessment> assessment : capacityAssessmentsOf(party)) {
      CapacityAssessment a = assessment.value();
      if (!a.assessedAt().isAfter(moment)
          && isAbout(a, processType)
          && (inForce == null || !a.assessedAt().isBefore(inForce.value().assessedAt()))) {
        inForce = assessment;
      }
    }
    return Optional.ofNullable(inForce);
  }

  /**
   * Whether there was reason to doubt a party's capacity at a moment (MCA 2005 s1(2); draft Code of
   * Practice 2022, "proper reason to doubt"): the party is flagged, or an assessment made by then
   * did not find capacity (it found the party lacking, or was inconclusive), whatever decision it
   * was about.
   *
   * @param party the party
   * @param moment the moment
   * @return true if capacity was in doubt
   */
  public boolean capacityDoubtedAt(PartyId party, Instant moment) {
    Optional<Party> known = party(party);
    if (known.isPresent() && known.get().reasonToDoubtCapacity()) {
      return true;
    }
    List<Indexed<CapacityAssessment>> assessments =
        capacityAssessments.getOrDefault(party, List.of());
    for (int k = 0; k < assessments.size(); k++) {
      CapacityAssessment a = assessments.get(k).value();
      if (!a.assessedAt().isAfter(moment) && !a.hasCapacity()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The finding that invalidates a participation consent by a moment (the {@code INVALIDATED} state
   * of the domain brief §4.4: capacity later found lacking): the first assessment about the process
   * type that found the person lacks capacity, made after the consent was obtained and at or before
   * the moment. A consent once invalidated stays so; a fresh consent is needed (§4.4), even if
   * capacity is found again. A consent given while a finding of incapacity was in force is not
   * invalidated by it: it was never properly given, which rule {@code
   * CAPACITY_ASSESSED_WHEN_DOUBTED} reports.
   *
   * @param consent the consent
   * @param processType the process type it is relied on for
   * @param moment the moment that matters
   * @return the invalidating finding, if any
   */
  public Optional<Indexed<CapacityAssessment>> findingInvalidating(
      Consent consent, ProcessType processType, Instant moment) {
    if (consent.obtainedAt().isEmpty()) {
      return Optional.empty();
    }
    Instant obtained = consent.obtainedAt().get();
    Indexed<CapacityAssessment> first = null;
    for (Indexed<CapacityAssessment> assessment : capacityAssessmentsOf(consent.party())) {
      CapacityAssessment a = assessment.value();
      boolean between = a.assessedAt().isAfter(obtained) && !a.assessedAt().isAfter(moment);
      if (between
          && a.outcome() == CapacityOutcome.LACKS_CAPACITY
          && isAbout(a, processType)
          && (first == null || a.assessedAt().isBefore(first.value().assessedAt()))) {
        first = assessment;
      }
    }
    return Optional.ofNullable(first);
  }

  /**
   * Whether a participation consent is in force for a process type at a moment: it was given or
   * reconfirmed and not withdrawn by then ({@link #wasActiveAt}), and no later finding of
   * incapacity has invalidated it ({@link #findingInvalidating}).
   *
   * @param consent the consent
   * @param processType the process type it is relied on for
   * @param moment the moment that matters
   * @return true if it is in force
   */
  public boolean isConsentInForce(Consent consent, ProcessType processType, Instant moment) {
    return wasActiveAt(consent, moment)
        && findingInvalidating(consent, processType, moment).isEmpty();
  }

  /**
   * Whether a party's withdrawal from a meeting stood at a moment (domain brief §1.5): the party
   * had withdrawn from that meeting by then, which always stands for it; or from the whole process
   * or the meeting's process type by then, which stands until the party obtains a participation
   * consent naming that type after the withdrawal and at or before the moment, as at the process
   * level ({@link #standingWithdrawalFrom}; one who consented afresh attends again). Such a party
   * is not reported again for lacking consent or capacity at that meeting.
   *
   * @param party the party
   * @param meeting the meeting
   * @param moment the moment
   * @return true if a withdrawal of the party from the meeting stood then
   */
  public boolean hadWithdrawnFrom(PartyId party, Meeting meeting, Instant moment) {
    List<Withdrawal> withdrawals = restorativeCase.withdrawals();
    Optional<ProcessType> type = processType(meeting.process());
    for (int k = 0; k < withdrawals.size(); k++) {
      Withdrawal w = withdrawals.get(k);
      if (w.party().equals(party)
          && !w.at().isAfter(moment)
          && standsFor(w, meeting, type, moment)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a withdrawal made by a moment takes its party out of a meeting then: one from that
   * meeting always does; one from the whole process or from the meeting's process type does unless
   * the party consented to that type afresh by the moment. A withdrawal from the whole process
   * stands for a meeting of a process the case does not hold, as there is no type to consent to.
   */
  private boolean standsFor(
      Withdrawal w, Meeting meeting, Optional<ProcessType> type, Instant moment) {
    if (w.meeting().isPresent() && w.meeting().get().equals(meeting.id())) {
      return true;
    }
    if (type.isEmpty()) {
      return w.scope() == WithdrawalScope.WHOLE_PROCESS;
    }
    return w.withdrawsFrom(type.get()) && withdrawalStands(restorativeCase, w, type.get(), moment);
  }

  /**
   * Whether a party's withdrawal from a process type stands at the moment of checking: the party
   * withdrew from the whole process or from that process type at or before the moment of checking,
   * and gave no participation consent to that type after the withdrawal and at or before the moment
   * of checking ({@link #standingWithdrawalFrom}). Such a party no longer takes part in a process
   * of that type; one who gave fresh consent to the type after withdrawing takes part again from
   * that consent on (domain brief §1.5: back to assessment with fresh consent). Neither a
   * withdrawal nor a consent dated after the moment of checking counts yet.
   *
   * @param party the party
   * @param type the process type
   * @return true if a withdrawal of the party from the type stands
   */
  public boolean withdrewFrom(PartyId party, ProcessType type) {
    return standingWithdrawalFrom(party, type).isPresent();
  }

  /**
   * The moment of a party's earliest withdrawal from a process type that still stands at the moment
   * of checking: a withdrawal from the whole process or from that process type, made at or before
   * the moment of checking, after which the party gave no fresh participation consent to that type:
   * none naming the type in its scope and obtained after the withdrawal's moment and at or before
   * the moment of checking (domain brief §1.5). The case is judged as it stood at the moment of
   * checking, as {@link #hadWithdrawnFrom} judges a meeting at its moment: a withdrawal dated after
   * it had not been made then and takes no one out, and a consent dated after it lifts no
   * withdrawal (rule {@code DATES_IN_ORDER} reports either record on its own). A withdrawal from
   * one meeting or from information sharing is not a withdrawal from a process type.
   *
   * @param party the party
   * @param type the process type
   * @return the moment the standing withdrawal was made, or empty if none stands
   */
  public Optional<Instant> standingWithdrawalFrom(PartyId party, ProcessType type) {
    List<Withdrawal> withdrawals = restorativeCase.withdrawals();
    Instant earliest = null;
    for (int k = 0; k < withdrawals.size(); k++) {
      Withdrawal withdrawal = withdrawals.get(k);
      if (withdrawal.party().equals(party)
          && !withdrawal.at().isAfter(asOf)
          && withdrawal.withdrawsFrom(type)
          && (earliest == null || withdrawal.at().isBefore(earliest))
          && withdrawalStands(restorativeCase, withdrawal, type, asOf)) {
        earliest = withdrawal.at();
      }
    }
    return Optional.ofNullable(earliest);
  }

  /**
   * Whether a withdrawal from a process type still stands in a case at a moment: the party obtained
   * no participation consent naming that type after the withdrawal's moment and at or before the
   * moment judged (domain brief §1.5: back to assessment with fresh consent). A consent dated after
   * the moment judged was not there to lift the withdrawal then. The one definition of that
   * judgement, for the rules through {@link #standingWithdrawalFrom} (at the moment of checking)
   * and {@link #hadWithdrawnFrom} (at the moment a meeting is judged at), and for {@link
   * CaseTransitions}, which judges what is left of a process at the moment of a withdrawal without
   * a check context. It does not ask whether the withdrawal is from that type ({@link
   * Withdrawal#withdrawsFrom}), nor whether it was made by the moment judged: the caller has.
   *
   * @param c the case
   * @param withdrawal a withdrawal of the case from the whole process or from the type
   * @param type the process type
   * @param by the moment judged: a fresh consent counts only if obtained at or before it
   * @return true if no fresh participation consent to the type followed the withdrawal by then
   */
  static boolean withdrawalStands(
      RestorativeCase c, Withdrawal withdrawal, ProcessType type, Instant by) {
    List<Consent> consents = c.consents();
    for (int k = 0; k < consents.size(); k++) {
      Consent consent = consents.get(k);
      Optional<ParticipationScope> scope = consent.participation();
      Optional<Instant> obtained = consent.obtainedAt();
      if (consent.party().equals(withdrawal.party())
          && consent.kind() == ConsentKind.PARTICIPATION
          && scope.isPresent()
          && scope.get().processTypes().contains(type)
          && obtained.isPresent()
          && obtained.get().isAfter(withdrawal.at())
          && !obtained.get().isAfter(by)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the conditions a meeting needs beforehand are judged at this check: once the meeting
   * has started; before that, once the policy's window before it has opened when the rule has one,
   * and otherwise when the case is checked for intervention or a later stage of the main line
   * (preparation is over, domain brief §1.2 S2). A meeting with no start yet is not judged.
   *
   * @param meeting the meeting
   * @param window the rule's window before the meeting, if the trust set one
   * @return true if the meeting is judged now
   */
  public boolean isDueForJudgement(Meeting meeting, Optional<Duration> window) {
    if (meeting.startAt().isEmpty()) {
      return false;
    }
    Instant start = meeting.startAt().get();
    if (!asOf.isBefore(start)) {
      return true;
    }
    if (window.isPresent()) {
      return !asOf.isBefore(Dates.before(start, window.get()));
    }
    return stage.isMainLine() && stage.isAtOrAfter(Stage.INTERVENTION);
  }

  /**
   * Whether an assessment's decision is about taking part in a process type: it names that type, or
   * names none.
   */
  private static boolean isAbout(CapacityAssessment assessment, ProcessType processType) {
    Optional<ProcessType> about = assessment.decision().processType();
    return about.isEmpty() || about.get() == processType;
  }

  /**
   * The moment at which conditions before a meeting are judged: its start, or the moment of
   * checking when the meeting lies in the future or has no start yet.
   *
   * @param meeting the meeting
   * @return the moment
   */
  public Instant judgedAt(Meeting meeting) {
    Optional<Instant> start = meeting.startAt();
    return start.isPresent() && start.get().isBefore(asOf) ? start.get() : asOf;
  }

  /**
   * The meetings the pre-meeting rules apply to, with their indices: every meeting scheduled, in
   * progress, held or adjourned, and, when the stage checked is intervention or later, planned
   * meetings too (they are about to be scheduled). Abandoned meetings are left out: their
   * conditions no longer matter.
   *
   * @return the meetings in scope, in record order
   */
  public List<Indexed<Meeting>> meetingsInScope() {
    return meetingsInScope;
  }

  /** The meetings in scope, worked out once for every rule that asks. */
  private static List<Indexed<Meeting>> inScope(List<Meeting> meetings, Stage mainLineStage) {
    if (meetings.isEmpty()) {
      return List.of();
    }
    boolean includePlanned = mainLineStage.isAtOrAfter(Stage.INTERVENTION);
    List<Indexed<Meeting>> inScope = new ArrayList<>();
    for (int i = 0; i < meetings.size(); i++) {
      MeetingStatus status = meetings.get(i).status();
      boolean scheduled = status.isScheduledOrLater() && status != MeetingStatus.ABANDONED;
      if (scheduled || (includePlanned && status == MeetingStatus.PLANNED)) {
        inScope.add(new Indexed<>(i, meetings.get(i)));
      }
    }
    return Collections.unmodifiableList(inScope);
  }

  /**
   * The lead facilitator and their index, if one is assigned.
   *
   * @return the lead facilitator
   */
  public Optional<Indexed<Facilitator>> leadFacilitator() {
    List<Facilitator> facilitators = restorativeCase.facilitators();
    for (int i = 0; i < facilitators.size(); i++) {
      if (facilitators.get(i).role() == FacilitatorRole.FACILITATOR_LEAD) {
        return Optional.of(new Indexed<>(i, facilitators.get(i)));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether any harm of the case is sensitive (brief §2.3, rule {@code SENSITIVE_CASE_ESCALATION}).
   *
   * @return true if any harm has a sensitive flag or an intimate relationship
   */
  public boolean isSensitive() {
    List<Harm> harms = restorativeCase.harms();
    for (int k = 0; k < harms.size(); k++) {
      if (harms.get(k).isSensitive()) {
        return true;
      }
    }
    return false;
  }

  /**
   * An element of a list with its index, for JSON Pointers.
   *
   * @param index the position in its list
   * @param value the element
   * @param <T> the element type
   */
  public record Indexed<T>(int index, T value) {}

  private static <T, K extends Identifier> Map<K, Integer> index(List<T> items, Function<T, K> id) {
    Map<K, Integer> index = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      index.putIfAbsent(id.apply(items.get(i)), i);
    }
    return index;
  }

  private static Stage mainLineStageOf(RestorativeCase c, Stage stage) {
    Stage recorded = recordedMainLineStageOf(c, stage);
    Stage shown = furthestShownByParts(c);
    return recorded.isAtOrAfter(shown) ? recorded : shown;
  }

  /** The main-line stage the stage checked stands for, as the stage and the history say. */
  private static Stage recordedMainLineStageOf(RestorativeCase c, Stage stage) {
    if (stage.isMainLine()) {
      return stage;
    }
    if (stage == Stage.PAUSED) {
      return c.pause().map(p -> p.pausedFrom()).orElse(Stage.REFERRAL);
    }
    if (stage == Stage.CLOSED_COMPLETED || stage == Stage.CLOSED_PARTIAL) {
      return Stage.CLOSURE;
    }
    if (c.stage().isMainLine()) {
      return c.stage();
    }
    if (c.stage() == Stage.PAUSED && c.pause().isPresent()) {
      return c.pause().get().pausedFrom();
    }
    return closedFrom(c.history());
  }

  /**
   * The main-line stage a case closed early was closed from, as its history says: the closing
   * event's stage left, or the stage left by the pause it was closed from; {@code REFERRAL} when
   * the history does not say.
   */
  private static Stage closedFrom(List<CaseEvent> history) {
    boolean lookingForPause = false;
    for (int i = history.size() - 1; i >= 0; i--) {
      CaseEvent event = history.get(i);
      boolean closing = event.toStage().filter(Stage::isClosed).isPresent();
      boolean pausing = event.toStage().filter(to -> to == Stage.PAUSED).isPresent();
      if (closing || (lookingForPause && pausing)) {
        Optional<Stage> from = event.fromStage();
        if (from.filter(Stage::isMainLine).isPresent()) {
          return from.get();
        }
        lookingForPause = from.filter(f -> f == Stage.PAUSED).isPresent();
      }
    }
    return Stage.REFERRAL;
  }

  /**
   * The furthest main-line stage a case's parts show it reached, whatever its history says: an
   * agreement agreed (not a draft) shows the outcome agreement; a meeting begun (in progress, held
   * or adjourned) or a message delivered, the intervention; a meeting given a date, preparation. A
   * case recorded at an earlier stage, or closed early with a history that lacks its closing event
   * or names a stage before what was done, is thus still checked against every rule of what it
   * holds.
   */
  private static Stage furthestShownByParts(RestorativeCase c) {
    for (OutcomeAgreement agreement : c.agreements()) {
      if (agreement.status() != AgreementStatus.DRAFT) {
        return Stage.OUTCOME_AGREEMENT;
      }
    }
    Stage shown = Stage.REFERRAL;
    for (Meeting meeting : c.meetings()) {
      MeetingStatus status = meeting.status();
      if (status == MeetingStatus.IN_PROGRESS
          || status == MeetingStatus.HELD
          || status == MeetingStatus.ADJOURNED) {
        return Stage.INTERVENTION;
      }
      if (status == MeetingStatus.SCHEDULED) {
        shown = Stage.PREPARATION;
      }
    }
    for (Message message : c.messages()) {
      if (message.status() == MessageStatus.MESSAGE_DELIVERED) {
        return Stage.INTERVENTION;
      }
    }
    return shown;
  }
}
