package org.restorative.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.restorative.core.rules.ConsentCapacityFixtures.consentedAfresh;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.casefile.Stage;
import org.restorative.core.party.PartyId;
import org.restorative.core.process.Meeting;
import org.restorative.core.process.MeetingStatus;
import org.restorative.core.process.PreparationContact;
import org.restorative.core.process.RestorativeProcess;
import org.restorative.core.synthetic.SyntheticCases;

/**
 * {@code PREPARATION_CONTACT_PER_ATTENDEE}: the earliest contact with a person counts, whatever the
 * order of the record; before intervention only meeting attendees are asked for; from intervention
 * on every participant of a process under way is, at its own pointer, unless their withdrawal
 * stands.
 */
class PreparationContactPerAttendeeTest {

  private static final Instant AS_OF = Instant.parse("2030-01-01T00:00:00Z");

  private static List<String> paths(RestorativeCase c) {
    return RuleSet.of(List.of(LifecycleRules.preparationContactPerAttendee()))
        .check(c, Policy.standard(), AS_OF)
        .violations()
        .stream()
        .map(Violation::path)
        .toList();
  }

  private static RestorativeCase withAMeeting(Stage stage) {
    return LongStream.range(0, 50)
        .mapToObj(i -> SyntheticCases.seeded(11).caseAt(stage, i))
        .filter(c -> c.meetings().size() == 1 && !c.meetings().get(0).attendees().isEmpty())
        .filter(c -> c.meetings().get(0).startAt().isPresent())
        .filter(c -> paths(c).isEmpty())
        .findFirst()
        .orElseThrow();
  }

  /** The case with every contact with the party replaced by one at each of the given moments. */
  private static RestorativeCase contactsAt(
      RestorativeCase c, PartyId party, List<Instant> moments) {
    PreparationContact template =
        c.preparationContacts().stream()
            .filter(p -> p.party().equals(party))
            .findFirst()
            .orElseThrow();
    List<PreparationContact> contacts = new ArrayList<>();
    c.preparationContacts().stream().filter(p -> !p.party().equals(party)).forEach(contacts::add);
    for (int i = 0; i < moments.size(); i++) {
      contacts.add(
          template
              .withId(org.restorative.core.process.PreparationContactId.of("contact-moved-" + i))
              .withAt(moments.get(i)));
    }
    return c.withPreparationContacts(contacts);
  }

  @Test
  void the_earliest_contact_counts_whichever_is_recorded_first() {
    RestorativeCase c = withAMeeting(Stage.INTERVENTION);
    Meeting meeting = c.meetings().get(0);
    PartyId party = meeting.attendees().get(0).party();
    Instant start = meeting.startAt().orElseThrow();
    Instant before = start.minus(Duration.ofDays(3));
    Instant after = start.plus(Duration.ofDays(3));

    assertThat(paths(contactsAt(c, party, List.of(before, after)))).isEmpty();
    assertThat(paths(contactsAt(c, party, List.of(after, before)))).isEmpty();
    assertThat(paths(contactsAt(c, party, List.of(after))))
        .containsExactly("/meetings/0/attendees/0");
  }

  @Test
  void before_intervention_an_attendee_without_contact_is_reported() {
    RestorativeCase planned = withAMeeting(Stage.INTERVENTION).withStage(Stage.PREPARATION);
    Meeting meeting = planned.meetings().get(0);
    RestorativeCase c = planned.with(meeting.withStatus(MeetingStatus.SCHEDULED));
    PartyId party = meeting.attendees().get(0).party();

    assertThat(paths(c)).doesNotContain("/meetings/0/attendees/0");
    assertThat(paths(withoutContactsOf(c, party))).contains("/meetings/0/attendees/0");
  }

  /**
   * An intervention case with no meeting, and one process under way with two or more participants.
   */
  private static RestorativeCase processWithoutMeeting() {
    return LongStream.range(0, 80)
        .mapToObj(i -> SyntheticCases.seeded(12).caseAt(Stage.INTERVENTION, i))
        .map(c -> c.withMeetings(List.of()))
        .filter(c -> c.processes().size() == 1 && !c.processes().get(0).isEnded())
        .filter(c -> c.processes().get(0).participants().size() >= 2)
        .filter(c -> c.withdrawals().isEmpty())
        .filter(c -> paths(c).isEmpty())
        .findFirst()
        .orElseThrow();
  }

  private static RestorativeCase withoutContactsOf(RestorativeCase c, PartyId party) {
    return c.withPreparationContacts(
        c.preparationContacts().stream().filter(p -> !p.party().equals(party)).toList());
  }

  @Test
  void a_participant_without_contact_is_reported_at_their_place_in_the_process() {
    RestorativeCase c = processWithoutMeeting();
    List<PartyId> participants = List.copyOf(c.processes().get(0).participants());

    assertThat(paths(withoutContactsOf(c, participants.get(1))))
        .containsExactly("/processes/0/participants/1");
    assertThat(paths(withoutContactsOf(c, participants.get(0))))
        .containsExactly("/processes/0/participants/0");
  }

  @Test
  void only_the_participants_own_withdrawal_excuses_the_missing_contact() {
    RestorativeCase c = processWithoutMeeting();
    RestorativeProcess process = c.processes().get(0);
    List<PartyId> participants = List.copyOf(process.participants());
    RestorativeCase none = withoutContactsOf(c, participants.get(1));
    // After every consent of the case: a consent given after a withdrawal would undo it.
    Instant at = AS_OF.minus(Duration.ofDays(3));

    assertThat(
            paths(
                none.withWithdrawals(
                    List.of(Withdrawals.fromTheWholeProcess(participants.get(1), at)))))
        .isEmpty();
    assertThat(
            paths(
                none.withWithdrawals(
                    List.of(Withdrawals.fromTheWholeProcess(participants.get(0), at)))))
        .containsExactly("/processes/0/participants/1");
  }

  @Test
  void a_participant_who_consented_afresh_after_withdrawing_needs_a_contact_again() {
    RestorativeCase c = processWithoutMeeting();
    RestorativeProcess process = c.processes().get(0);
    PartyId participant = List.copyOf(process.participants()).get(1);
    Instant withdrew = AS_OF.minus(Duration.ofDays(3));
    RestorativeCase withdrawn =
        withoutContactsOf(c, participant)
            .withWithdrawals(List.of(Withdrawals.fromTheWholeProcess(participant, withdrew)));
    RestorativeCase renewed =
        consentedAfresh(withdrawn, participant, withdrew.plus(Duration.ofDays(1)));
    RestorativeCase renewedBefore =
        consentedAfresh(withdrawn, participant, withdrew.minus(Duration.ofDays(1)));

    assertThat(paths(withdrawn)).isEmpty();
    assertThat(paths(renewed)).containsExactly("/processes/0/participants/1");
    assertThat(paths(renewedBefore)).isEmpty();
  }
}
