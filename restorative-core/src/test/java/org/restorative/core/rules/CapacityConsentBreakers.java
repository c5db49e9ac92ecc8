package org.restorative.core.rules;

import static org.restorative.core.rules.StandardCode.CAPACITY_ASSESSED_WHEN_DOUBTED;
import static org.restorative.core.rules.StandardCode.CAPACITY_CURRENT_BEFORE_MEETING;
import static org.restorative.core.rules.StandardCode.CAPACITY_FINDING_COMPLETE;
import static org.restorative.core.rules.StandardCode.CHILD_COMPETENCE_RECORDED;
import static org.restorative.core.rules.StandardCode.CONSENT_REQUIRED_BEFORE_MEETING;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.restorative.core.assessment.RiskAssessment;
import org.restorative.core.assessment.RiskAssessmentId;
import org.restorative.core.casefile.CaseEvent;
import org.restorative.core.casefile.CaseEventType;
import org.restorative.core.casefile.EventId;
import org.restorative.core.casefile.PauseReason;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.casefile.Stage;
import org.restorative.core.consent.Ability;
import org.restorative.core.consent.CapacityAssessment;
import org.restorative.core.consent.CapacityAssessmentId;
import org.restorative.core.consent.CapacityDecision;
import org.restorative.core.consent.CapacityOutcome;
import org.restorative.core.consent.CompetenceAssessment;
import org.restorative.core.consent.CompetenceAssessmentId;
import org.restorative.core.consent.CompetenceOutcome;
import org.restorative.core.consent.Consent;
import org.restorative.core.consent.ConsentGiver;
import org.restorative.core.consent.ConsentKind;
import org.restorative.core.consent.FunctionalTest;
import org.restorative.core.consent.LimbFinding;
import org.restorative.core.consent.PracticableStep;
import org.restorative.core.consent.PracticableStepType;
import org.restorative.core.consent.Reconfirmation;
import org.restorative.core.party.ActorId;
import org.restorative.core.party.ParentalInvolvement;
import org.restorative.core.party.Party;
import org.restorative.core.party.PartyId;
import org.restorative.core.party.PersonType;
import org.restorative.core.process.Meeting;
import org.restorative.core.process.MeetingStatus;
import org.restorative.core.process.ProcessType;

/**
 * Breakers for capacity and consent at the material time (issue 8 §3): a finding of incapacity that
 * invalidates an earlier consent, a recorded finding of incapacity standing for the doubt flag, a
 * change of mental state just before a meeting, a finding of incapacity whose causal link is not
 * explained, and a Gillick assessment or parental involvement recorded in name only.
 */
final class CapacityConsentBreakers {

  private static final ActorId PSYCHOLOGIST = ActorId.of("staff-psychologist");

  private CapacityConsentBreakers() {}

  static List<Breaker> all() {
    return List.of(
        Breaker.of(
            CONSENT_REQUIRED_BEFORE_MEETING,
            Stage.FOLLOW_UP,
            CapacityConsentBreakers::incapacityFoundBetweenConsentAndMeeting),
        Breaker.of(
            CAPACITY_ASSESSED_WHEN_DOUBTED,
            Stage.PREPARATION,
            CapacityConsentBreakers::incapacityFoundBeforeConsentWithNoFlag),
        Breaker.of(
            CAPACITY_CURRENT_BEFORE_MEETING,
            Stage.FOLLOW_UP,
            CapacityConsentBreakers::mentalStateChangedJustBeforeTheMeeting),
        Breaker.of(
            CAPACITY_FINDING_COMPLETE,
            Stage.ASSESSMENT,
            CapacityConsentBreakers::causalLinkNotExplained),
        Breaker.of(
            CHILD_COMPETENCE_RECORDED,
            Stage.PREPARATION,
            CapacityConsentBreakers::gillickCompetenceFoundWithoutReasons),
        Breaker.of(
            CHILD_COMPETENCE_RECORDED,
            Stage.PREPARATION,
            CapacityConsentBreakers::parentalInvolvementRecordedEmpty));
  }

  /**
   * Rule 3: a principal attendee of a held meeting was found, an hour before it started and after
   * consenting, to lack capacity to take part; their consent is invalidated (brief §4.4).
   */
  private static Optional<RestorativeCase> incapacityFoundBetweenConsentAndMeeting(
      RestorativeCase c) {
    Optional<Meeting> meeting = heldMeeting(c);
    if (meeting.isEmpty()) {
      return Optional.empty();
    }
    Instant start = meeting.get().startAt().get();
    Instant found = start.minus(Duration.ofHours(1));
    ProcessType type =
        c.processes().stream()
            .filter(p -> p.id().equals(meeting.get().process()))
            .findFirst()
            .orElseThrow()
            .type();
    return meeting.get().attendeeParties().stream()
        .filter(party -> c.party(party).filter(p -> p.role().isPrincipal()).isPresent())
        .filter(party -> ownConsentsObtainedBefore(c, party, found))
        .findFirst()
        .map(party -> withAssessment(c, lacking(party, found, Optional.of(type))));
  }

  /**
   * Rule 11: a consenting party whose capacity nobody flagged was found to lack capacity an hour
   * before consenting, and was never found to have it.
   */
  private static Optional<RestorativeCase> incapacityFoundBeforeConsentWithNoFlag(
      RestorativeCase c) {
    for (Consent consent : c.consents()) {
      if (consent.kind() != ConsentKind.PARTICIPATION
          || consent.obtainedAt().isEmpty()
          || consent.givenBy() != ConsentGiver.SELF) {
        continue;
      }
      PartyId party = consent.party();
      boolean unflagged =
          c.party(party)
              .filter(p -> !p.reasonToDoubtCapacity() && p.personType() != PersonType.ORGANISATION)
              .isPresent();
      boolean neverAssessed =
          c.capacityAssessments().stream().noneMatch(a -> a.party().equals(party));
      if (unflagged && neverAssessed) {
        Instant found = consent.obtainedAt().get().minus(Duration.ofHours(1));
        return Optional.of(withAssessment(c, lacking(party, found, Optional.empty())));
      }
    }
    return Optional.empty();
  }

  /**
   * Rule 13: a pause for a change in mental state, about no one in particular, is recorded a minute
   * before a held meeting started, after every attendee last consented, reconfirmed or was
   * assessed; the risk assessment is reviewed after it.
   */
  private static Optional<RestorativeCase> mentalStateChangedJustBeforeTheMeeting(
      RestorativeCase c) {
    Optional<Meeting> meeting = heldMeeting(c);
    if (meeting.isEmpty()) {
      return Optional.empty();
    }
    Instant start = meeting.get().startAt().get();
    Instant pausedAt = start.minus(Duration.ofMinutes(1));
    Set<PartyId> attendees = meeting.get().attendeeParties();
    boolean freshAfter =
        c.consents().stream()
                .filter(x -> attendees.contains(x.party()))
                .anyMatch(
                    x ->
                        x.obtainedAt().filter(at -> !at.isBefore(pausedAt)).isPresent()
                            || x.reconfirmations().stream()
                                .map(Reconfirmation::at)
                                .anyMatch(at -> !at.isBefore(pausedAt)))
            || c.capacityAssessments().stream()
                .anyMatch(a -> attendees.contains(a.party()) && !a.assessedAt().isBefore(pausedAt));
    if (freshAfter) {
      return Optional.empty();
    }
    CaseEvent pause =
        new CaseEvent.Builder()
            .id(EventId.of("event-mental-state-broken-by-one"))
            .at(pausedAt)
            .by(ActorId.of("staff-rp-admin"))
            .type(CaseEventType.PAUSED)
            .fromStage(Stage.INTERVENTION)
            .toStage(Stage.PAUSED)
            .pauseReason(PauseReason.MENTAL_STATE_CHANGE)
            .build();
    List<CaseEvent> history = new ArrayList<>(c.history());
    int at = 0;
    while (at < history.size() && !history.get(at).at().isAfter(pausedAt)) {
      at++;
    }
    history.add(at, pause);
    // The risk assessment is reviewed after the pause (rule 20), so that only capacity is at fault.
    Optional<RiskAssessment> latestRisk =
        c.riskAssessments().stream()
            .filter(r -> r.completedAt().isPresent())
            .max((a, b) -> a.completedAt().get().compareTo(b.completedAt().get()));
    if (latestRisk.isEmpty()) {
      return Optional.empty();
    }
    Instant reviewed = pausedAt.plusSeconds(10);
    RiskAssessment review =
        new RiskAssessment.Builder()
            .from(latestRisk.get())
            .id(RiskAssessmentId.of("risk-after-mental-state-change"))
            .startedAt(reviewed)
            .completedAt(reviewed)
            .build();
    return Optional.of(
        c.withHistory(history).withRiskAssessments(appended(c.riskAssessments(), review)));
  }

  /** Rule 14: a finding of incapacity says the causal link is established but not why. */
  private static Optional<RestorativeCase> causalLinkNotExplained(RestorativeCase c) {
    Optional<Party> patient =
        c.parties().stream().filter(p -> p.personType() == PersonType.PATIENT).findFirst();
    Instant latest = c.history().get(c.history().size() - 1).at();
    return patient.map(
        p ->
            withAssessment(
                c,
                lacking(p.id(), latest.plus(Duration.ofHours(1)), Optional.empty())
                    .withCausalLinkRationale(Optional.empty())));
  }

  /**
   * Rule 17: a consenting patient was 15 when they consented; a Gillick assessment before the
   * consent found them competent though it does not record that they can give reasons.
   */
  private static Optional<RestorativeCase> gillickCompetenceFoundWithoutReasons(RestorativeCase c) {
    return childOf15(c)
        .map(
            child -> {
              CompetenceAssessment assessment = gillick(child.consent);
              return withChildParty(child, true)
                  .withCompetenceAssessments(
                      appended(c.competenceAssessments(), assessment.withCanGiveReasons(false)))
                  .withConsents(competenceBasis(c, child.consent, assessment.id()));
            });
  }

  /**
   * Rule 17: a consenting patient was 15 when they consented and was found Gillick competent, but
   * the record of parental involvement is empty: no holder of responsibility, nobody told.
   */
  private static Optional<RestorativeCase> parentalInvolvementRecordedEmpty(RestorativeCase c) {
    return childOf15(c)
        .map(
            child -> {
              CompetenceAssessment assessment = gillick(child.consent);
              return withChildParty(child, false)
                  .withCompetenceAssessments(appended(c.competenceAssessments(), assessment))
                  .withConsents(competenceBasis(c, child.consent, assessment.id()));
            });
  }

  // ---------------------------------------------------------------- helpers

  /** A case, a patient's own participation consent with no competence basis, and the patient. */
  private record Child(RestorativeCase c, Consent consent, Party party) {}

  private static Optional<Child> childOf15(RestorativeCase c) {
    return c.consents().stream()
        .filter(
            x ->
                x.kind() == ConsentKind.PARTICIPATION
                    && x.obtainedAt().isPresent()
                    && x.givenBy() == ConsentGiver.SELF
                    && x.competenceBasis().isEmpty())
        .flatMap(
            x ->
                c
                    .party(x.party())
                    .filter(p -> p.personType() == PersonType.PATIENT)
                    .map(p -> new Child(c, x, p))
                    .stream())
        .findFirst();
  }

  /** The case with the child's date of birth making them 15 on the day of consent. */
  private static RestorativeCase withChildParty(Child child, boolean parentInvolved) {
    LocalDate born =
        LocalDate.ofInstant(child.consent.obtainedAt().get(), Policy.standard().zone())
            .minusYears(15);
    ParentalInvolvement involvement =
        parentInvolved
            ? new ParentalInvolvement.Builder()
                .holderOfResponsibility("Parent with parental responsibility")
                .informed(true)
                .consented(true)
                .build()
            : new ParentalInvolvement.Builder().build();
    List<Party> parties = new ArrayList<>();
    for (Party p : child.c.parties()) {
      parties.add(
          p.id().equals(child.party.id())
              ? p.withAgeBand(Optional.empty())
                  .withDateOfBirth(born)
                  .withParentalInvolvement(involvement)
              : p);
    }
    return child.c.withParties(parties);
  }

  /** A Gillick assessment finding every factor and competence, an hour before the consent. */
  private static CompetenceAssessment gillick(Consent consent) {
    return new CompetenceAssessment.Builder()
        .id(CompetenceAssessmentId.of("gillick-broken-by-one"))
        .party(consent.party())
        .assessedAt(consent.obtainedAt().get().minus(Duration.ofHours(1)))
        .assessor(PSYCHOLOGIST)
        .processType(consent.participation().flatMap(s -> s.processTypes().stream().findFirst()))
        .understandsIssues(true)
        .understandsRisksAndOptions(true)
        .canGiveReasons(true)
        .maturityConsidered(true)
        .outcome(CompetenceOutcome.COMPETENT)
        .build();
  }

  private static List<Consent> competenceBasis(
      RestorativeCase c, Consent consent, CompetenceAssessmentId id) {
    List<Consent> consents = new ArrayList<>();
    for (Consent x : c.consents()) {
      consents.add(x.id().equals(consent.id()) ? x.withCompetenceBasis(id) : x);
    }
    return consents;
  }

  /** A complete finding that a party lacks capacity to take part, at a moment. */
  static CapacityAssessment lacking(PartyId party, Instant at, Optional<ProcessType> type) {
    return new CapacityAssessment.Builder()
        .id(CapacityAssessmentId.of("mca-material-time"))
        .party(party)
        .decision(
            new CapacityDecision.Builder()
                .description("Whether to take part in the restorative process offered")
                .processType(type)
                .build())
        .assessedAt(at)
        .assessor(PSYCHOLOGIST)
        .reasonForDoubt("Acute relapse reported by the ward team")
        .addPracticableStep(PracticableStep.of(PracticableStepType.SIMPLE_LANGUAGE))
        .relevantInformationProvided(true)
        .functional(
            new FunctionalTest.Builder()
                .understand(LimbFinding.of(Ability.ABLE))
                .retain(LimbFinding.of(Ability.ABLE))
                .useOrWeigh(LimbFinding.of(Ability.UNABLE, "Could not weigh meeting the person"))
                .communicate(LimbFinding.of(Ability.ABLE))
                .build())
        .impairmentIdentified(true)
        .impairment("Acute psychotic episode")
        .causalLinkEstablished(true)
        .causalLinkRationale("Unable to weigh because of current persecutory beliefs")
        .outcome(CapacityOutcome.LACKS_CAPACITY)
        .notBasedSolelyOnStatus(true)
        .build();
  }

  private static RestorativeCase withAssessment(RestorativeCase c, CapacityAssessment assessment) {
    return c.withCapacityAssessments(appended(c.capacityAssessments(), assessment));
  }

  private static Optional<Meeting> heldMeeting(RestorativeCase c) {
    return c.meetings().stream()
        .filter(m -> m.status() == MeetingStatus.HELD && m.startAt().isPresent())
        .findFirst();
  }

  private static boolean ownConsentsObtainedBefore(RestorativeCase c, PartyId party, Instant at) {
    List<Consent> own =
        c.consents().stream()
            .filter(x -> x.party().equals(party) && x.kind() == ConsentKind.PARTICIPATION)
            .toList();
    return !own.isEmpty()
        && own.stream().allMatch(x -> x.obtainedAt().filter(o -> o.isBefore(at)).isPresent());
  }

  private static <T> List<T> appended(List<T> items, T item) {
    List<T> all = new ArrayList<>(items);
    all.add(item);
    return all;
  }
}
