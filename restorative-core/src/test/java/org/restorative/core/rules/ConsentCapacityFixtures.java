package org.restorative.core.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.restorative.core.casefile.CaseEvent;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.casefile.Stage;
import org.restorative.core.consent.CapacityAssessment;
import org.restorative.core.consent.Consent;
import org.restorative.core.consent.ConsentId;
import org.restorative.core.consent.ConsentKind;
import org.restorative.core.consent.ConsentStatus;
import org.restorative.core.party.Party;
import org.restorative.core.party.PartyId;
import org.restorative.core.party.PartyRole;
import org.restorative.core.process.Meeting;
import org.restorative.core.process.MeetingStatus;
import org.restorative.core.process.MessageStatus;
import org.restorative.core.process.ProcessType;
import org.restorative.core.synthetic.SyntheticCases;

/**
 * Cases for the consent and capacity rules: synthetic cases of the right shape (a held conference
 * with a supporter, a letter exchange, a detained patient whose capacity was doubted), and small
 * helpers that break exactly one thing in them.
 */
final class ConsentCapacityFixtures {

  /** After every synthetic date. */
  static final Instant AS_OF = Instant.parse("2030-01-01T00:00:00Z");

  private static final SyntheticCases SYNTHETIC = SyntheticCases.seeded(7);

  private ConsentCapacityFixtures() {}

  // ---------------------------------------------------------------- checking

  static Report checkConsent(RestorativeCase c) {
    return RuleSet.of(ConsentRules.rules()).check(c, Policy.standard(), AS_OF);
  }

  static Report checkConsent(RestorativeCase c, Policy policy, Instant asOf) {
    return RuleSet.of(ConsentRules.rules()).check(c, policy, asOf);
  }

  static Report checkCapacity(RestorativeCase c) {
    return RuleSet.of(CapacityRules.rules()).check(c, Policy.standard(), AS_OF);
  }

  static Report checkCapacity(RestorativeCase c, Policy policy, Instant asOf) {
    return RuleSet.of(CapacityRules.rules()).check(c, policy, asOf);
  }

  static List<Violation> violationsOf(Report report, StandardCode code) {
    return report.violations().stream().filter(v -> v.code().equals(code.name())).toList();
  }

  static List<String> codesOf(Report report) {
    return report.violations().stream().map(Violation::code).distinct().toList();
  }

  // ---------------------------------------------------------------- synthetic cases of a shape

  static RestorativeCase firstCase(Stage stage, Predicate<RestorativeCase> shape) {
    for (long i = 0; i < 2_000; i++) {
      RestorativeCase c = SYNTHETIC.caseAt(stage, i);
      if (shape.test(c)) {
        return c;
      }
    }
    throw new IllegalStateException("no synthetic case of that shape");
  }

  /**
   * The first synthetic case at a stage that holds a held meeting, its participation consents (and
   * the disclosures made under them) taken out: a meeting held without consent, for the tests of
   * the stage a case is checked as.
   */
  static RestorativeCase heldMeetingWithoutConsents(Stage stage) {
    RestorativeCase c =
        firstCase(
            stage, k -> k.meetings().stream().anyMatch(m -> m.status() == MeetingStatus.HELD));
    Set<ConsentId> participation =
        c.consents().stream()
            .filter(consent -> consent.kind() == ConsentKind.PARTICIPATION)
            .map(Consent::id)
            .collect(Collectors.toSet());
    return c.withConsents(
            c.consents().stream().filter(k -> !participation.contains(k.id())).toList())
        .withDisclosures(
            c.disclosures().stream()
                .filter(d -> d.consent().filter(participation::contains).isEmpty())
                .toList());
  }

  /**
   * The paths of rule {@code CONSENT_REQUIRED_BEFORE_MEETING}'s violations, as of {@link #AS_OF}.
   */
  static List<String> consentFindings(RestorativeCase c) {
    return RuleSet.standard().check(c, Policy.standard(), AS_OF).violations().stream()
        .filter(v -> v.is(StandardCode.CONSENT_REQUIRED_BEFORE_MEETING))
        .map(Violation::path)
        .toList();
  }

  /** A face-to-face conference that was held, with a supporter of the person harmed attending. */
  static RestorativeCase aHeldConferenceWithASupporter() {
    return firstCase(
        Stage.FOLLOW_UP,
        c ->
            processType(c) == ProcessType.FACE_TO_FACE_CONFERENCE
                && heldMeeting(c)
                && hasHarmedResponsibleAndSupporter(c));
  }

  /** A letter exchange in which letters have been delivered both ways. */
  static RestorativeCase aLetterExchangeUnderWay() {
    return firstCase(
        Stage.FOLLOW_UP,
        c ->
            processType(c) == ProcessType.LETTER_EXCHANGE
                && c.messages().stream()
                        .filter(m -> m.status() == MessageStatus.MESSAGE_DELIVERED)
                        .count()
                    >= 2);
  }

  /** A held meeting attended by a detained patient whose capacity was doubted and then assessed. */
  static RestorativeCase aHeldMeetingWithADoubtedCapacityPatient() {
    return firstCase(
        Stage.FOLLOW_UP,
        c ->
            heldMeeting(c)
                && c.parties().stream()
                    .anyMatch(
                        p ->
                            p.reasonToDoubtCapacity()
                                && p.isDetained()
                                && c.meetings().get(0).isAttendedBy(p.id())));
  }

  /** A case in preparation with a face-to-face conference chosen and consents given. */
  static RestorativeCase aConferenceInPreparation() {
    return firstCase(
        Stage.PREPARATION,
        c ->
            processType(c) == ProcessType.FACE_TO_FACE_CONFERENCE
                && hasHarmedResponsibleAndSupporter(c));
  }

  /** A case at a stage with a participant of that kind who gave participation consent. */
  static RestorativeCase aCaseWithAConsentingParticipant(Stage stage, Predicate<Party> kind) {
    return firstCase(
        stage,
        c ->
            c.parties().stream()
                .anyMatch(
                    p ->
                        kind.test(p)
                            && c.consents().stream()
                                .anyMatch(
                                    x ->
                                        x.party().equals(p.id())
                                            && x.kind() == ConsentKind.PARTICIPATION)));
  }

  /** The first party of that kind who gave participation consent. */
  static Party aConsentingParticipant(RestorativeCase c, Predicate<Party> kind) {
    return c.parties().stream()
        .filter(
            p ->
                kind.test(p)
                    && c.consents().stream()
                        .anyMatch(
                            x -> x.party().equals(p.id()) && x.kind() == ConsentKind.PARTICIPATION))
        .findFirst()
        .orElseThrow();
  }

  private static boolean hasHarmedResponsibleAndSupporter(RestorativeCase c) {
    return c.parties().stream().anyMatch(p -> p.role() == PartyRole.PERSON_HARMED)
        && c.parties().stream().anyMatch(p -> p.role() == PartyRole.PERSON_RESPONSIBLE)
        && c.parties().stream().anyMatch(p -> p.role() == PartyRole.SUPPORTER);
  }

  static ProcessType processType(RestorativeCase c) {
    return c.processes().get(0).type();
  }

  private static boolean heldMeeting(RestorativeCase c) {
    return !c.meetings().isEmpty() && c.meetings().get(0).status() == MeetingStatus.HELD;
  }

  // ---------------------------------------------------------------- finding things in a case

  static Party partyWithRole(RestorativeCase c, PartyRole role) {
    return c.parties().stream().filter(p -> p.role() == role).findFirst().orElseThrow();
  }

  static Party partyWhere(RestorativeCase c, Predicate<Party> which) {
    return c.parties().stream().filter(which).findFirst().orElseThrow();
  }

  static int partyIndex(RestorativeCase c, PartyId party) {
    for (int i = 0; i < c.parties().size(); i++) {
      if (c.parties().get(i).id().equals(party)) {
        return i;
      }
    }
    throw new IllegalStateException("no such party");
  }

  static int participationConsentIndex(RestorativeCase c, PartyId party) {
    for (int i = 0; i < c.consents().size(); i++) {
      Consent consent = c.consents().get(i);
      if (consent.party().equals(party) && consent.kind() == ConsentKind.PARTICIPATION) {
        return i;
      }
    }
    throw new IllegalStateException("no participation consent of that party");
  }

  static Consent participationConsent(RestorativeCase c, PartyId party) {
    return c.consents().get(participationConsentIndex(c, party));
  }

  static int attendeeIndex(Meeting meeting, PartyId party) {
    for (int j = 0; j < meeting.attendees().size(); j++) {
      if (meeting.attendees().get(j).party().equals(party)) {
        return j;
      }
    }
    throw new IllegalStateException("not an attendee");
  }

  static int capacityAssessmentIndex(RestorativeCase c, PartyId party) {
    for (int k = 0; k < c.capacityAssessments().size(); k++) {
      if (c.capacityAssessments().get(k).party().equals(party)) {
        return k;
      }
    }
    throw new IllegalStateException("no capacity assessment of that party");
  }

  static Instant meetingStart(RestorativeCase c) {
    return c.meetings().get(0).startAt().orElseThrow();
  }

  // ---------------------------------------------------------------- breaking one thing

  static RestorativeCase withConsent(
      RestorativeCase c, PartyId party, UnaryOperator<Consent> change) {
    List<Consent> consents = new ArrayList<>(c.consents());
    int i = participationConsentIndex(c, party);
    consents.set(i, change.apply(consents.get(i)));
    return c.withConsents(consents);
  }

  static RestorativeCase withoutParticipationConsentOf(RestorativeCase c, PartyId party) {
    return c.withConsents(
        c.consents().stream()
            .filter(x -> !(x.party().equals(party) && x.kind() == ConsentKind.PARTICIPATION))
            .toList());
  }

  /**
   * A fresh participation consent of a party, given at a moment (brief §1.5: back to assessment
   * with fresh consent): a copy of the party's first participation consent under an id of its own,
   * given then, not yet reconfirmed and not withdrawn.
   */
  static Consent freshConsent(RestorativeCase c, PartyId party, Instant at) {
    Consent earlier = participationConsent(c, party);
    return new Consent.Builder()
        .from(earlier)
        .id(ConsentId.of(earlier.id().value() + "-afresh"))
        .obtainedAt(at)
        .status(ConsentStatus.GIVEN)
        .reconfirmations(List.of())
        .withdrawal(Optional.empty())
        .build();
  }

  /** The case with the party's fresh participation consent ({@link #freshConsent}) added. */
  static RestorativeCase consentedAfresh(RestorativeCase c, PartyId party, Instant at) {
    return plusConsent(c, freshConsent(c, party, at));
  }

  /** The case with a consent added after the others. */
  static RestorativeCase plusConsent(RestorativeCase c, Consent added) {
    List<Consent> consents = new ArrayList<>(c.consents());
    consents.add(added);
    return c.withConsents(consents);
  }

  static RestorativeCase withParty(RestorativeCase c, PartyId party, UnaryOperator<Party> change) {
    return c.with(change.apply(c.party(party).orElseThrow()));
  }

  static RestorativeCase withCapacityAssessment(
      RestorativeCase c, PartyId party, UnaryOperator<CapacityAssessment> change) {
    List<CapacityAssessment> assessments = new ArrayList<>(c.capacityAssessments());
    int k = capacityAssessmentIndex(c, party);
    assessments.set(k, change.apply(assessments.get(k)));
    return c.withCapacityAssessments(assessments);
  }

  static RestorativeCase plusCapacityAssessment(RestorativeCase c, CapacityAssessment added) {
    List<CapacityAssessment> assessments = new ArrayList<>(c.capacityAssessments());
    assessments.add(added);
    return c.withCapacityAssessments(assessments);
  }

  /** Adds an event to the history in time order. */
  static RestorativeCase plusEvent(RestorativeCase c, CaseEvent event) {
    List<CaseEvent> history = new ArrayList<>(c.history());
    history.add(event);
    history.sort(Comparator.comparing(CaseEvent::at));
    return c.withHistory(history);
  }
}
