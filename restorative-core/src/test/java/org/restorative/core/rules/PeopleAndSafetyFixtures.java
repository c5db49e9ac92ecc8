package org.restorative.core.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.casefile.Stage;
import org.restorative.core.party.CommunicationNeed;
import org.restorative.core.party.Party;
import org.restorative.core.party.PartyId;
import org.restorative.core.party.PartyRole;
import org.restorative.core.process.Meeting;
import org.restorative.core.process.MeetingStatus;
import org.restorative.core.process.MessageStatus;
import org.restorative.core.process.ProcessType;
import org.restorative.core.synthetic.SyntheticCases;

/**
 * The vocabulary of the safety, facilitator and participant rule tests: realistic cases found in
 * the synthetic cohort (a held conference with a supporter, a letter exchange, a sensitive case),
 * and the one-change copies that break them.
 */
final class PeopleAndSafetyFixtures {

  /** The moment of checking: after every synthetic date. */
  static final Instant AS_OF = Instant.parse("2030-01-01T00:00:00Z");

  private static final SyntheticCases SYNTHETIC = SyntheticCases.seeded(7);
  private static final int SEARCH = 5_000;

  private PeopleAndSafetyFixtures() {}

  // ---------------------------------------------------------------- checking

  /** The violations of one code when a family checks a case under the standard policy. */
  static List<Violation> violations(List<Rule> family, RestorativeCase c, String code) {
    return violations(family, c, code, Policy.standard());
  }

  /** The violations of one code when a family checks a case under a trust's policy. */
  static List<Violation> violations(
      List<Rule> family, RestorativeCase c, String code, Policy policy) {
    return RuleSet.of(family).check(c, policy, AS_OF).violations().stream()
        .filter(v -> v.code().equals(code))
        .toList();
  }

  // ---------------------------------------------------------------- finding realistic cases

  /** The first synthetic case at a stage with the wanted shape. */
  static RestorativeCase aCase(Stage stage, Predicate<RestorativeCase> shape) {
    for (long index = 0; index < SEARCH; index++) {
      RestorativeCase c = SYNTHETIC.caseAt(stage, index);
      if (shape.test(c)) {
        return c;
      }
    }
    throw new IllegalStateException("no synthetic case with that shape at " + stage);
  }

  /** A conference that has been held, with a supporter of one side in the room. */
  static RestorativeCase aHeldConferenceWithASupporter() {
    return aCase(
        Stage.INTERVENTION,
        heldMeetingOf(ProcessType.FACE_TO_FACE_CONFERENCE).and(supporterAttends()));
  }

  /** A held direct meeting where one attendee is an inpatient or under a forensic team. */
  static RestorativeCase aHeldWardMeetingWithAnInpatient() {
    return aCase(
        Stage.INTERVENTION,
        heldMeetingOf(ProcessType.FACE_TO_FACE_CONFERENCE, ProcessType.DIRECT_MEETING_NO_SUPPORTERS)
            .and(c -> c.parties().stream().anyMatch(Party::isInpatientOrForensic)));
  }

  /** A held direct meeting between two patients on the same ward, both under the treating team. */
  static RestorativeCase aHeldMeetingBetweenTwoPatients() {
    return aCase(
        Stage.INTERVENTION,
        heldMeetingOf(ProcessType.FACE_TO_FACE_CONFERENCE, ProcessType.DIRECT_MEETING_NO_SUPPORTERS)
            .and(
                c ->
                    c.meetings().get(0).attendees().size() >= 2
                        && c.meetings().get(0).attendees().stream()
                            .limit(2)
                            .allMatch(a -> party(c, a.party()).isInpatientOrForensic())));
  }

  /** A letter exchange in which letters have been delivered. */
  static RestorativeCase aLetterExchangeWithDeliveredLetters() {
    return aCase(
        Stage.OUTCOME_AGREEMENT,
        c ->
            c.processes().get(0).type() == ProcessType.LETTER_EXCHANGE
                && c.messages().size() == 2
                && c.messages().stream()
                    .allMatch(m -> m.status() == MessageStatus.MESSAGE_DELIVERED));
  }

  /** A sensitive case (serious violence or a hate crime) whose direct meeting has been held. */
  static RestorativeCase aSensitiveCaseWithAHeldMeeting() {
    return aCase(
        Stage.FOLLOW_UP,
        heldMeetingOf(
                ProcessType.FACE_TO_FACE_CONFERENCE,
                ProcessType.DIRECT_MEETING_NO_SUPPORTERS,
                ProcessType.VIDEO_MEETING)
            .and(c -> c.harms().stream().anyMatch(h -> h.isSensitive())));
  }

  /** A held meeting with an attendee who needs a spoken-language interpreter. */
  static RestorativeCase aHeldMeetingWithAnInterpreter() {
    return aCase(
        Stage.FOLLOW_UP,
        heldMeetingOf(ProcessType.values())
            .and(attendeeWith(CommunicationNeed.INTERPRETER))
            .and(c -> c.professionals().stream().anyMatch(p -> p.language().isPresent())));
  }

  /** A held meeting with an autistic attendee who needs extra processing time. */
  static RestorativeCase aHeldMeetingWithAnAutisticAttendee() {
    return aCase(
        Stage.FOLLOW_UP,
        heldMeetingOf(ProcessType.values()).and(attendeeWith(CommunicationNeed.AUTISM)));
  }

  static Predicate<RestorativeCase> heldMeetingOf(ProcessType... types) {
    Set<ProcessType> wanted = Set.of(types);
    return c ->
        c.meetings().size() == 1
            && c.meetings().get(0).status() == MeetingStatus.HELD
            && wanted.contains(c.processes().get(0).type());
  }

  static Predicate<RestorativeCase> supporterAttends() {
    return c ->
        c.meetings().stream()
            .flatMap(m -> m.attendees().stream())
            .anyMatch(a -> role(c, a.party()) == PartyRole.SUPPORTER);
  }

  static Predicate<RestorativeCase> attendeeWith(CommunicationNeed need) {
    return c ->
        c.meetings().stream()
            .flatMap(m -> m.attendees().stream())
            .anyMatch(a -> party(c, a.party()).communicationNeeds().contains(need));
  }

  // ---------------------------------------------------------------- reading a case

  static Party party(RestorativeCase c, PartyId id) {
    return c.party(id).orElseThrow();
  }

  static PartyRole role(RestorativeCase c, PartyId id) {
    return party(c, id).role();
  }

  /** The only meeting of a case found above. */
  static Meeting theMeeting(RestorativeCase c) {
    return c.meetings().get(0);
  }

  /** The first supporter of a case. */
  static Party theSupporter(RestorativeCase c) {
    return c.parties().stream()
        .filter(p -> p.role() == PartyRole.SUPPORTER)
        .findFirst()
        .orElseThrow();
  }

  /** The position of a party in the case's party list. */
  static int indexOfParty(RestorativeCase c, PartyId id) {
    return indexOf(c.parties(), p -> p.id().equals(id));
  }

  /** The position of a party among a meeting's attendees. */
  static int indexOfAttendee(Meeting meeting, PartyId id) {
    return indexOf(meeting.attendees(), a -> a.party().equals(id));
  }

  static <T> int indexOf(List<T> items, Predicate<? super T> wanted) {
    for (int i = 0; i < items.size(); i++) {
      if (wanted.test(items.get(i))) {
        return i;
      }
    }
    throw new IllegalStateException("no such element");
  }

  // ---------------------------------------------------------------- changing one thing

  /** A copy of a list with the elements that match changed. */
  static <T> List<T> changed(List<T> items, Predicate<? super T> which, UnaryOperator<T> change) {
    List<T> copy = new ArrayList<>();
    for (T item : items) {
      copy.add(which.test(item) ? change.apply(item) : item);
    }
    return copy;
  }

  /** A copy of a list without the elements that match. */
  static <T> List<T> without(List<T> items, Predicate<? super T> which) {
    return items.stream().filter(which.negate()).toList();
  }

  /** A copy of a case in which the only meeting is changed. */
  static RestorativeCase withTheMeeting(RestorativeCase c, UnaryOperator<Meeting> change) {
    return c.withMeetings(changed(c.meetings(), m -> true, change));
  }

  /** A copy of a case in which one party is changed. */
  static RestorativeCase withParty(RestorativeCase c, PartyId id, UnaryOperator<Party> change) {
    return c.withParties(changed(c.parties(), p -> p.id().equals(id), change));
  }
}
