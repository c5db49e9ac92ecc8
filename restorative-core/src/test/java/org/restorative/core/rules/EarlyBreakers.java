package org.restorative.core.rules;

import static org.restorative.core.rules.StandardCode.CAPACITY_ASSESSED_WHEN_DOUBTED;
import static org.restorative.core.rules.StandardCode.CAPACITY_DECISION_SPECIFIC;
import static org.restorative.core.rules.StandardCode.CAPACITY_FINDING_COMPLETE;
import static org.restorative.core.rules.StandardCode.CHILD_COMPETENCE_RECORDED;
import static org.restorative.core.rules.StandardCode.CLINICAL_TEAM_CONSULTED;
import static org.restorative.core.rules.StandardCode.CONSENT_IN_WRITING;
import static org.restorative.core.rules.StandardCode.CONSENT_RECONFIRMED_BEFORE_MEETING;
import static org.restorative.core.rules.StandardCode.CONSENT_REQUIRED_BEFORE_MEETING;
import static org.restorative.core.rules.StandardCode.CONSENT_SCOPE_MATCHES_PROCESS;
import static org.restorative.core.rules.StandardCode.CORE_PARTIES_PRESENT;
import static org.restorative.core.rules.StandardCode.FACILITATOR_IMPARTIAL;
import static org.restorative.core.rules.StandardCode.FACILITATOR_SUPERVISION_CURRENT;
import static org.restorative.core.rules.StandardCode.FACILITATOR_TRAINED;
import static org.restorative.core.rules.StandardCode.INCAPACITY_NOT_FROM_STATUS_ALONE;
import static org.restorative.core.rules.StandardCode.INFORMATION_GIVEN_BEFORE_CONSENT;
import static org.restorative.core.rules.StandardCode.MEETING_HAS_FACILITATOR;
import static org.restorative.core.rules.StandardCode.NO_SUBSTITUTE_CONSENT_TO_PARTICIPATE;
import static org.restorative.core.rules.StandardCode.RESPONSIBILITY_ACKNOWLEDGED_BEFORE_PREPARATION;
import static org.restorative.core.rules.StandardCode.RISK_ASSESSMENT_BEFORE_DIRECT_CONTACT;
import static org.restorative.core.rules.StandardCode.RISK_ASSESSMENT_FOR_INDIRECT;
import static org.restorative.core.rules.StandardCode.SAFETY_PLAN_FOR_DIRECT_MEETING;
import static org.restorative.core.rules.StandardCode.SENSITIVE_CASE_ESCALATION;
import static org.restorative.core.rules.StandardCode.SUPPORTER_LINKED_TO_PARTY;
import static org.restorative.core.rules.StandardCode.VOLUNTARINESS_CONFIRMED;
import static org.restorative.core.rules.StandardCode.WITHDRAWAL_ALWAYS_ACCEPTED;
import static org.restorative.core.rules.StandardCode.WITHDRAWAL_OF_CORE_PARTY_HALTS_PROCESS;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.restorative.core.assessment.SafetyMeasure;
import org.restorative.core.casefile.CaseEvent;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.casefile.Stage;
import org.restorative.core.consent.Ability;
import org.restorative.core.consent.CapacityAssessment;
import org.restorative.core.consent.CapacityAssessmentId;
import org.restorative.core.consent.CapacityDecision;
import org.restorative.core.consent.CapacityOutcome;
import org.restorative.core.consent.Consent;
import org.restorative.core.consent.ConsentGiver;
import org.restorative.core.consent.ConsentKind;
import org.restorative.core.consent.ConsentMethod;
import org.restorative.core.consent.ConsentStatus;
import org.restorative.core.consent.FunctionalTest;
import org.restorative.core.consent.InformationTopic;
import org.restorative.core.consent.LimbFinding;
import org.restorative.core.consent.ParticipationScope;
import org.restorative.core.consent.PracticableStep;
import org.restorative.core.consent.PracticableStepType;
import org.restorative.core.consent.Withdrawal;
import org.restorative.core.consent.WithdrawalScope;
import org.restorative.core.harm.SensitiveFlag;
import org.restorative.core.party.AcknowledgementLevel;
import org.restorative.core.party.ActorId;
import org.restorative.core.party.ConflictKind;
import org.restorative.core.party.DeclaredConflict;
import org.restorative.core.party.Facilitator;
import org.restorative.core.party.FacilitatorRole;
import org.restorative.core.party.Party;
import org.restorative.core.party.PartyId;
import org.restorative.core.party.PartyRole;
import org.restorative.core.party.PersonType;
import org.restorative.core.process.Attendee;
import org.restorative.core.process.Meeting;
import org.restorative.core.process.MeetingId;
import org.restorative.core.process.Message;
import org.restorative.core.process.ProcessStatus;
import org.restorative.core.process.ProcessType;
import org.restorative.core.process.RestorativeProcess;
import org.restorative.core.rules.CheckContext.Indexed;

/**
 * Breakers for rules 1 to 28 (rule 13's is in {@link CapacityConsentBreakers}): each takes a valid
 * synthetic case at the stage where its defect is isolated and changes exactly one fact, so that
 * only its own code is newly reported.
 */
final class EarlyBreakers {

  private static final Policy POLICY = Policy.standard();
  private static final ActorId ADMIN = ActorId.of("staff-rp-admin");

  private EarlyBreakers() {}

  static List<Breaker> all() {
    return List.of(
        Breaker.of(
            RESPONSIBILITY_ACKNOWLEDGED_BEFORE_PREPARATION,
            Stage.PREPARATION,
            EarlyBreakers::ownPartNeverAcknowledged),
        Breaker.of(CORE_PARTIES_PRESENT, Stage.ASSESSMENT, EarlyBreakers::noOneLeftResponsible),
        Breaker.of(
            CONSENT_REQUIRED_BEFORE_MEETING,
            Stage.INTERVENTION,
            EarlyBreakers::attendeeNeverConsented),
        Breaker.of(CONSENT_IN_WRITING, Stage.PREPARATION, EarlyBreakers::consentObtainedVerbally),
        Breaker.of(
            CONSENT_RECONFIRMED_BEFORE_MEETING,
            Stage.INTERVENTION,
            EarlyBreakers::consentNeverReconfirmed),
        Breaker.of(
            CONSENT_SCOPE_MATCHES_PROCESS,
            Stage.PREPARATION,
            EarlyBreakers::consentGivenForAnotherProcessType),
        Breaker.of(
            INFORMATION_GIVEN_BEFORE_CONSENT,
            Stage.PREPARATION,
            EarlyBreakers::rightToWithdrawNotExplained),
        Breaker.of(
            WITHDRAWAL_ALWAYS_ACCEPTED, Stage.PREPARATION, EarlyBreakers::sharingWithdrawalIgnored),
        Breaker.of(
            WITHDRAWAL_OF_CORE_PARTY_HALTS_PROCESS,
            Stage.PREPARATION,
            EarlyBreakers::processGoesOnAfterResponsiblePartyWithdrew),
        Breaker.of(
            VOLUNTARINESS_CONFIRMED, Stage.PREPARATION, EarlyBreakers::voluntarinessNotChecked),
        Breaker.of(
            CAPACITY_ASSESSED_WHEN_DOUBTED,
            Stage.PREPARATION,
            EarlyBreakers::capacityDoubtedButNeverAssessed),
        Breaker.of(
            CAPACITY_DECISION_SPECIFIC,
            Stage.PREPARATION,
            EarlyBreakers::capacityAssessedForAnotherProcessType),
        Breaker.of(
            CAPACITY_FINDING_COMPLETE,
            Stage.ASSESSMENT,
            EarlyBreakers::incapacityFoundWithoutPracticableSteps),
        Breaker.of(
            NO_SUBSTITUTE_CONSENT_TO_PARTICIPATE,
            Stage.PREPARATION,
            EarlyBreakers::consentGivenByAnAttorney),
        Breaker.of(
            INCAPACITY_NOT_FROM_STATUS_ALONE,
            Stage.ASSESSMENT,
            EarlyBreakers::incapacityFoundFromStatusAlone),
        Breaker.of(
            CHILD_COMPETENCE_RECORDED,
            Stage.PREPARATION,
            EarlyBreakers::consentingPatientIsUnderSixteen),
        Breaker.of(
            RISK_ASSESSMENT_BEFORE_DIRECT_CONTACT,
            Stage.INTERVENTION,
            EarlyBreakers::riskAssessmentLeavesOutAnAttendee),
        Breaker.of(
            RISK_ASSESSMENT_FOR_INDIRECT,
            Stage.INTERVENTION,
            EarlyBreakers::riskAssessmentLeavesOutASender),
        Breaker.of(
            SAFETY_PLAN_FOR_DIRECT_MEETING,
            Stage.INTERVENTION,
            EarlyBreakers::noSeparateWaitingAreas),
        Breaker.of(
            SENSITIVE_CASE_ESCALATION,
            Stage.PREPARATION,
            EarlyBreakers::seriousViolenceNotEscalated),
        Breaker.of(
            CLINICAL_TEAM_CONSULTED, Stage.INTERVENTION, EarlyBreakers::treatingTeamNotConsulted),
        Breaker.of(FACILITATOR_TRAINED, Stage.PREPARATION, EarlyBreakers::leadFacilitatorUntrained),
        Breaker.of(
            FACILITATOR_SUPERVISION_CURRENT,
            Stage.INTERVENTION,
            EarlyBreakers::leadSupervisionLapsedBeforeMeeting),
        Breaker.of(
            FACILITATOR_IMPARTIAL, Stage.PREPARATION, EarlyBreakers::facilitatorLineManagesAParty),
        Breaker.of(
            MEETING_HAS_FACILITATOR,
            Stage.INTERVENTION,
            EarlyBreakers::directMeetingWithoutFacilitator),
        Breaker.of(
            SUPPORTER_LINKED_TO_PARTY,
            Stage.INTERVENTION,
            EarlyBreakers::supporterAttendsWithoutPrincipal));
  }

  // ---------------------------------------------------------------- rules 1-2

  /** Rule 1: a responsible party's acknowledgement of their own part is missing. */
  private static Optional<RestorativeCase> ownPartNeverAcknowledged(RestorativeCase c) {
    return changeFirst(
            c.parties(),
            p -> p.role().isResponsible() && p.hasAcknowledged(AcknowledgementLevel.OWN_PART),
            p ->
                p.withAcknowledgements(
                    without(p.acknowledgements(), a -> a.level() == AcknowledgementLevel.OWN_PART)))
        .map(parties -> c.withParties(parties));
  }

  /**
   * Rule 2: the only party in a responsible role is recorded as an affected other. A party someone
   * supports is left alone: a supporter must name a principal party (a structural invariant).
   */
  private static Optional<RestorativeCase> noOneLeftResponsible(RestorativeCase c) {
    Set<PartyId> supported =
        c.parties().stream().flatMap(p -> p.principal().stream()).collect(Collectors.toSet());
    return changeFirst(
            c.parties(),
            p -> p.role().isResponsible() && !supported.contains(p.id()),
            p -> p.withRole(PartyRole.AFFECTED_OTHER))
        .map(parties -> c.withParties(parties));
  }

  // ---------------------------------------------------------------- rules 3-10: consent

  /** Rule 3: a principal attendee of the meeting has no participation consent at all. */
  private static Optional<RestorativeCase> attendeeNeverConsented(RestorativeCase c) {
    return attendees(c, m -> true)
        .filter(party -> isPrincipal(c, party))
        .findFirst()
        .map(
            party ->
                c.withConsents(
                    without(
                        c.consents(),
                        x -> x.party().equals(party) && x.kind() == ConsentKind.PARTICIPATION)));
  }

  /** Rule 4: a participation consent was given verbally (recorded with a reason). */
  private static Optional<RestorativeCase> consentObtainedVerbally(RestorativeCase c) {
    return changeFirst(
            c.consents(),
            EarlyBreakers::isObtainedParticipation,
            x ->
                x.withMethod(ConsentMethod.VERBAL_RECORDED_WITH_REASON)
                    .withMethodReason("Could not hold a pen on the day"))
        .map(consents -> c.withConsents(consents));
  }

  /**
   * Rule 5: an attendee's consent was never reconfirmed before the meeting (its status is GIVEN, as
   * the model requires of a consent without reconfirmations).
   */
  private static Optional<RestorativeCase> consentNeverReconfirmed(RestorativeCase c) {
    return attendees(c, m -> m.startAt().isPresent())
        .findFirst()
        .flatMap(
            party ->
                changeAll(
                    c.consents(),
                    x -> x.party().equals(party) && !x.reconfirmations().isEmpty(),
                    x -> x.withStatus(ConsentStatus.GIVEN).withReconfirmations(List.of())))
        .map(consents -> c.withConsents(consents));
  }

  /** Rule 6: a participant's consent names another process type than the one chosen. */
  private static Optional<RestorativeCase> consentGivenForAnotherProcessType(RestorativeCase c) {
    Optional<RestorativeProcess> process = c.processes().stream().findFirst();
    return process.flatMap(
        p ->
            changeFirst(
                    c.consents(),
                    x -> x.isActive() && p.involves(x.party()) && x.covers(p.type(), p.medium()),
                    x -> x.withParticipation(ParticipationScope.of(anotherThan(p.type()))))
                .map(consents -> c.withConsents(consents)));
  }

  /** Rule 7: the information given before a consent left out the right to withdraw. */
  private static Optional<RestorativeCase> rightToWithdrawNotExplained(RestorativeCase c) {
    return changeFirst(
            c.consents(),
            x -> isObtainedParticipation(x) && x.informationProvided().isPresent(),
            x ->
                x.withInformationProvided(
                    x.informationProvided()
                        .get()
                        .withTopics(
                            without(
                                List.copyOf(x.informationProvided().get().topics()),
                                t -> t == InformationTopic.RIGHT_TO_WITHDRAW))))
        .map(consents -> c.withConsents(consents));
  }

  /**
   * Rule 8: a party withdrew from information sharing (after every disclosure), but their sharing
   * consent is still recorded as active.
   */
  private static Optional<RestorativeCase> sharingWithdrawalIgnored(RestorativeCase c) {
    return c.consents().stream()
        .filter(x -> x.kind().isSharing() && x.isActive() && x.obtainedAt().isPresent())
        .findFirst()
        .map(
            x ->
                c.withWithdrawals(
                    appended(
                        c.withdrawals(),
                        withdrawal(x.party(), WithdrawalScope.INFORMATION_SHARING, c))));
  }

  /**
   * Rule 9: the only responsible participant withdrew from the whole process, and the withdrawal
   * was honoured for their consents, but the process is still planned.
   */
  private static Optional<RestorativeCase> processGoesOnAfterResponsiblePartyWithdrew(
      RestorativeCase c) {
    Optional<RestorativeProcess> process =
        c.processes().stream().filter(p -> p.status() == ProcessStatus.PLANNED).findFirst();
    List<PartyId> responsible =
        process.stream()
            .flatMap(p -> p.participants().stream())
            .filter(party -> c.party(party).filter(p -> p.role().isResponsible()).isPresent())
            .toList();
    if (responsible.size() != 1) {
      return Optional.empty();
    }
    Withdrawal withdrawal = withdrawal(responsible.get(0), WithdrawalScope.WHOLE_PROCESS, c);
    return Optional.of(
        c.withWithdrawals(appended(c.withdrawals(), withdrawal))
            .withConsents(
                changeAll(
                        c.consents(),
                        x ->
                            x.party().equals(withdrawal.party())
                                && x.kind() == ConsentKind.PARTICIPATION
                                && x.isActive(),
                        x -> x.withdrawnBy(withdrawal))
                    .orElse(c.consents())));
  }

  /** Rule 10: a detained patient's or staff member's consent has no voluntariness check. */
  private static Optional<RestorativeCase> voluntarinessNotChecked(RestorativeCase c) {
    return changeFirst(
            c.consents(),
            x ->
                isObtainedParticipation(x)
                    && x.voluntariness().isPresent()
                    && c.party(x.party())
                        .filter(p -> p.isDetained() || p.personType() == PersonType.STAFF_MEMBER)
                        .isPresent(),
            x -> x.withVoluntariness(Optional.empty()))
        .map(consents -> c.withConsents(consents));
  }

  // ---------------------------------------------------------------- rules 11-17: capacity

  /** Rule 11: a consenting participant's capacity is in doubt, but no assessment was made. */
  private static Optional<RestorativeCase> capacityDoubtedButNeverAssessed(RestorativeCase c) {
    Set<PartyId> consenting =
        c.consents().stream()
            .filter(EarlyBreakers::isObtainedParticipation)
            .map(Consent::party)
            .collect(Collectors.toSet());
    Set<PartyId> assessed =
        c.capacityAssessments().stream().map(CapacityAssessment::party).collect(Collectors.toSet());
    return changeFirst(
            c.parties(),
            p ->
                consenting.contains(p.id())
                    && !assessed.contains(p.id())
                    && !p.reasonToDoubtCapacity()
                    && p.personType() != PersonType.ORGANISATION,
            p -> p.withReasonToDoubtCapacity(true))
        .map(parties -> c.withParties(parties));
  }

  /** Rule 12: the assessment that resolved a doubt was about another process type. */
  private static Optional<RestorativeCase> capacityAssessedForAnotherProcessType(
      RestorativeCase c) {
    Optional<ProcessType> type = c.processes().stream().map(RestorativeProcess::type).findFirst();
    return type.flatMap(
        t ->
            changeFirst(
                    c.capacityAssessments(),
                    a ->
                        a.hasCapacity()
                            && a.decision().processType().equals(Optional.of(t))
                            && c.party(a.party()).filter(Party::reasonToDoubtCapacity).isPresent(),
                    a -> a.withDecision(a.decision().withProcessType(anotherThan(t))))
                .map(assessments -> c.withCapacityAssessments(assessments)));
  }

  /** Rule 14: a finding of incapacity records no practicable steps tried to help. */
  private static Optional<RestorativeCase> incapacityFoundWithoutPracticableSteps(
      RestorativeCase c) {
    return completeIncapacityFinding(c)
        .map(
            a ->
                c.withCapacityAssessments(
                    appended(c.capacityAssessments(), a.withPracticableSteps(List.of()))));
  }

  /** Rule 15: a participation consent was given by an attorney. */
  private static Optional<RestorativeCase> consentGivenByAnAttorney(RestorativeCase c) {
    return changeFirst(
            c.consents(),
            EarlyBreakers::isObtainedParticipation,
            x -> x.withGivenBy(ConsentGiver.ATTORNEY))
        .map(consents -> c.withConsents(consents));
  }

  /** Rule 16: a finding of incapacity does not confirm it rests on more than status. */
  private static Optional<RestorativeCase> incapacityFoundFromStatusAlone(RestorativeCase c) {
    return completeIncapacityFinding(c)
        .map(
            a ->
                c.withCapacityAssessments(
                    appended(c.capacityAssessments(), a.withNotBasedSolelyOnStatus(false))));
  }

  /**
   * Rule 17: a consenting patient was 15 when they consented, with no Gillick assessment behind the
   * consent. (The synthetic cohort has too few children under 16 to break one of their own records
   * often enough; the date of birth is the one fact changed.)
   */
  private static Optional<RestorativeCase> consentingPatientIsUnderSixteen(RestorativeCase c) {
    Optional<Consent> consent =
        c.consents().stream()
            .filter(x -> isObtainedParticipation(x) && x.competenceBasis().isEmpty())
            .filter(
                x ->
                    c.party(x.party())
                        .filter(p -> p.personType() == PersonType.PATIENT)
                        .isPresent())
            .findFirst();
    return consent.flatMap(
        x -> {
          LocalDate born = LocalDate.ofInstant(x.obtainedAt().get(), POLICY.zone()).minusYears(15);
          return changeFirst(
                  c.parties(),
                  p -> p.id().equals(x.party()),
                  p -> p.withAgeBand(Optional.empty()).withDateOfBirth(born))
              .map(parties -> c.withParties(parties));
        });
  }

  // ---------------------------------------------------------------- rules 18-23: risk and safety

  /** Rule 18: the risk assessment leaves out a principal attendee of a direct meeting. */
  private static Optional<RestorativeCase> riskAssessmentLeavesOutAnAttendee(RestorativeCase c) {
    CheckContext context = context(c);
    return attendees(c, context::isDirect)
        .filter(party -> isPrincipal(c, party))
        .findFirst()
        .flatMap(party -> withoutRiskFindingsFor(c, party));
  }

  /** Rule 19: the risk assessment leaves out the sender of a delivered message. */
  private static Optional<RestorativeCase> riskAssessmentLeavesOutASender(RestorativeCase c) {
    return c.messages().stream()
        .filter(Message::isDelivered)
        .map(Message::sender)
        .findFirst()
        .flatMap(party -> withoutRiskFindingsFor(c, party));
  }

  /** Rule 21: the safety plan of a direct meeting has no separate waiting areas. */
  private static Optional<RestorativeCase> noSeparateWaitingAreas(RestorativeCase c) {
    Set<MeetingId> meetings =
        meetingsInScope(c).stream().map(m -> m.value().id()).collect(Collectors.toSet());
    return changeFirst(
            c.safetyPlans(),
            plan ->
                meetings.contains(plan.meeting())
                    && plan.measures().contains(SafetyMeasure.SEPARATE_WAITING_AREAS),
            plan ->
                plan.withMeasures(
                    without(
                        List.copyOf(plan.measures()),
                        m -> m == SafetyMeasure.SEPARATE_WAITING_AREAS)))
        .map(plans -> c.withSafetyPlans(plans));
  }

  /**
   * Rule 22: the harm is recorded as serious violence, which makes the case sensitive, and it was
   * not escalated (no supervisor sign-off). No meeting exists yet at preparation, so the
   * co-facilitation part of rule 27 stays silent.
   */
  private static Optional<RestorativeCase> seriousViolenceNotEscalated(RestorativeCase c) {
    if (c.harms().stream().anyMatch(h -> h.isSensitive())) {
      return Optional.empty();
    }
    return changeFirst(
            c.harms(), h -> true, h -> h.withSensitiveFlags(SensitiveFlag.SERIOUS_VIOLENCE))
        .map(harms -> c.withHarms(harms));
  }

  /** Rule 23: an inpatient attendee's treating team was never consulted. */
  private static Optional<RestorativeCase> treatingTeamNotConsulted(RestorativeCase c) {
    return attendees(c, m -> true)
        .filter(party -> c.consultations().stream().anyMatch(k -> k.patient().equals(party)))
        .filter(party -> c.party(party).filter(Party::isInpatientOrForensic).isPresent())
        .findFirst()
        .map(
            party ->
                c.withConsultations(without(c.consultations(), k -> k.patient().equals(party))));
  }

  // ---------------------------------------------------------------- rules 24-27: facilitator

  /** Rule 24: the lead facilitator holds no training record. */
  private static Optional<RestorativeCase> leadFacilitatorUntrained(RestorativeCase c) {
    return changeFirst(
            c.facilitators(), EarlyBreakers::isLead, f -> f.withTrainingRecords(List.of()))
        .map(facilitators -> c.withFacilitators(facilitators));
  }

  /** Rule 25: the lead's last case supervision is a day older than the interval allows. */
  private static Optional<RestorativeCase> leadSupervisionLapsedBeforeMeeting(RestorativeCase c) {
    Optional<Facilitator> lead =
        c.facilitators().stream().filter(EarlyBreakers::isLead).findFirst();
    Optional<LocalDate> meetingOn =
        lead.flatMap(
            f ->
                meetingsInScope(c).stream()
                    .map(Indexed::value)
                    .filter(m -> m.facilitators().contains(f.id()))
                    .flatMap(m -> m.startAt().stream())
                    .findFirst()
                    .map(start -> LocalDate.ofInstant(start, POLICY.zone())));
    return meetingOn.flatMap(
        on ->
            changeFirst(
                    c.facilitators(),
                    EarlyBreakers::isLead,
                    f ->
                        f.withLastSupervisionOn(
                            on.minus(POLICY.supervisionInterval()).minusDays(1)))
                .map(facilitators -> c.withFacilitators(facilitators)));
  }

  /** Rule 26: the lead facilitator declares that they line-manage a party. */
  private static Optional<RestorativeCase> facilitatorLineManagesAParty(RestorativeCase c) {
    Optional<PartyId> party = c.parties().stream().map(Party::id).findFirst();
    return party.flatMap(
        managed ->
            changeFirst(
                    c.facilitators(),
                    f -> isLead(f) && f.conflictDeclaration().isPresent(),
                    f ->
                        f.withConflictDeclaration(
                            f.conflictDeclaration()
                                .get()
                                .withConflicts(
                                    DeclaredConflict.of(
                                        ConflictKind.LINE_MANAGER_OF_PARTY, managed))))
                .map(facilitators -> c.withFacilitators(facilitators)));
  }

  /** Rule 27: a direct meeting has no facilitator. */
  private static Optional<RestorativeCase> directMeetingWithoutFacilitator(RestorativeCase c) {
    CheckContext context = context(c);
    return meetingsInScope(c).stream()
        .filter(m -> context.isDirect(m.value()) && !m.value().facilitators().isEmpty())
        .findFirst()
        .map(m -> withMeeting(c, m.index(), m.value().withFacilitators(List.of())));
  }

  // ---------------------------------------------------------------- rule 28: participants

  /** Rule 28: a supporter attends the meeting but the party they support does not. */
  private static Optional<RestorativeCase> supporterAttendsWithoutPrincipal(RestorativeCase c) {
    for (Indexed<Meeting> meeting : meetingsInScope(c)) {
      Optional<PartyId> principal =
          meeting.value().attendees().stream()
              .map(a -> c.party(a.party()))
              .flatMap(Optional::stream)
              .filter(p -> p.role() == PartyRole.SUPPORTER)
              .flatMap(p -> p.principal().stream())
              .filter(meeting.value()::isAttendedBy)
              .findFirst();
      if (principal.isPresent()) {
        Meeting changed =
            meeting
                .value()
                .withAttendees(
                    without(meeting.value().attendees(), a -> a.party().equals(principal.get())));
        return Optional.of(withMeeting(c, meeting.index(), changed));
      }
    }
    return Optional.empty();
  }

  // ---------------------------------------------------------------- shared helpers

  private static CheckContext context(RestorativeCase c) {
    return CheckContext.of(c, POLICY, BrokenByOneTest.AS_OF);
  }

  /** The meetings the pre-meeting rules look at, as the rules see them. */
  private static List<Indexed<Meeting>> meetingsInScope(RestorativeCase c) {
    return context(c).meetingsInScope();
  }

  /** The attendees of the meetings in scope that match, in order. */
  private static Stream<PartyId> attendees(RestorativeCase c, Predicate<Meeting> which) {
    return meetingsInScope(c).stream()
        .map(Indexed::value)
        .filter(which)
        .flatMap(m -> m.attendees().stream())
        .map(Attendee::party);
  }

  private static boolean isPrincipal(RestorativeCase c, PartyId party) {
    return c.party(party).filter(p -> p.role().isPrincipal()).isPresent();
  }

  private static boolean isLead(Facilitator facilitator) {
    return facilitator.role() == FacilitatorRole.FACILITATOR_LEAD;
  }

  private static boolean isObtainedParticipation(Consent consent) {
    return consent.kind() == ConsentKind.PARTICIPATION && consent.obtainedAt().isPresent();
  }

  /** A process type other than the one given, for consent and capacity scopes. */
  private static ProcessType anotherThan(ProcessType type) {
    return type == ProcessType.LETTER_EXCHANGE
        ? ProcessType.FACE_TO_FACE_CONFERENCE
        : ProcessType.LETTER_EXCHANGE;
  }

  /** A copy of the case with the risk assessments' findings for one party removed. */
  private static Optional<RestorativeCase> withoutRiskFindingsFor(
      RestorativeCase c, PartyId party) {
    return changeAll(
            c.riskAssessments(),
            r -> r.covers(party),
            r -> r.withFindings(without(r.findings(), f -> f.party().equals(party))))
        .map(risks -> c.withRiskAssessments(risks));
  }

  /** A withdrawal by a party an hour after everything else recorded in the case so far. */
  private static Withdrawal withdrawal(PartyId party, WithdrawalScope scope, RestorativeCase c) {
    Stream<Instant> moments =
        Stream.of(
                Stream.of(c.referral().receivedAt()),
                c.history().stream().map(CaseEvent::at),
                c.consents().stream().flatMap(x -> x.lastConfirmedAt().stream()),
                c.disclosures().stream().map(d -> d.disclosedAt()),
                c.preparationContacts().stream().map(p -> p.at()))
            .flatMap(s -> s);
    Instant latest = moments.max(Instant::compareTo).orElseThrow();
    return new Withdrawal.Builder()
        .party(party)
        .at(latest.plus(Duration.ofHours(1)))
        .scope(scope)
        .recordedBy(ADMIN)
        .build();
  }

  /**
   * A complete finding that a person lacks capacity to decide to take part (every element of MCA
   * 2005 s1(3), s2(1) and s3(1) recorded), an hour after the latest history event; empty when the
   * case has no patient. Rules 14 and 16 each take one element away.
   */
  private static Optional<CapacityAssessment> completeIncapacityFinding(RestorativeCase c) {
    Optional<Party> patient =
        c.parties().stream().filter(p -> p.personType() == PersonType.PATIENT).findFirst();
    Instant latest = c.history().get(c.history().size() - 1).at();
    Optional<ProcessType> type = c.processes().stream().map(RestorativeProcess::type).findFirst();
    return patient.map(
        p ->
            new CapacityAssessment.Builder()
                .id(CapacityAssessmentId.of("mca-broken-by-one"))
                .party(p.id())
                .decision(
                    new CapacityDecision.Builder()
                        .description("Whether to take part in the restorative process offered")
                        .processType(type)
                        .build())
                .assessedAt(latest.plus(Duration.ofHours(1)))
                .assessor(ActorId.of("staff-psychologist"))
                .reasonForDoubt("Acute relapse reported by the ward team")
                .addPracticableStep(PracticableStep.of(PracticableStepType.SIMPLE_LANGUAGE))
                .relevantInformationProvided(true)
                .functional(
                    new FunctionalTest.Builder()
                        .understand(LimbFinding.of(Ability.ABLE))
                        .retain(LimbFinding.of(Ability.ABLE))
                        .useOrWeigh(
                            LimbFinding.of(Ability.UNABLE, "Could not weigh meeting the person"))
                        .communicate(LimbFinding.of(Ability.ABLE))
                        .build())
                .impairmentIdentified(true)
                .impairment("Acute psychotic episode")
                .causalLinkEstablished(true)
                .causalLinkRationale("Unable to weigh because of current persecutory beliefs")
                .outcome(CapacityOutcome.LACKS_CAPACITY)
                .notBasedSolelyOnStatus(true)
                .build());
  }

  private static RestorativeCase withMeeting(RestorativeCase c, int index, Meeting meeting) {
    List<Meeting> meetings = new ArrayList<>(c.meetings());
    meetings.set(index, meeting);
    return c.withMeetings(meetings);
  }

  /** A copy of a list with its first matching element changed; empty when none matches. */
  private static <T> Optional<List<T>> changeFirst(
      List<T> items, Predicate<? super T> which, UnaryOperator<T> change) {
    for (int i = 0; i < items.size(); i++) {
      if (which.test(items.get(i))) {
        List<T> copy = new ArrayList<>(items);
        copy.set(i, change.apply(items.get(i)));
        return Optional.of(copy);
      }
    }
    return Optional.empty();
  }

  /** A copy of a list with every matching element changed; empty when none matches. */
  private static <T> Optional<List<T>> changeAll(
      List<T> items, Predicate<? super T> which, UnaryOperator<T> change) {
    if (items.stream().noneMatch(which)) {
      return Optional.empty();
    }
    return Optional.of(items.stream().map(x -> which.test(x) ? change.apply(x) : x).toList());
  }

  private static <T> List<T> without(List<T> items, Predicate<? super T> which) {
    return items.stream().filter(which.negate()).toList();
  }

  private static <T> List<T> appended(List<T> items, T item) {
    List<T> copy = new ArrayList<>(items);
    copy.add(item);
    return copy;
  }
}
