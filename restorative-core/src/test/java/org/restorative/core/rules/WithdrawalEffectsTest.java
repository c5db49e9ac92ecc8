package org.restorative.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.restorative.core.rules.CaseTransitionsTest.LATER;
import static org.restorative.core.rules.CaseTransitionsTest.LEAD;
import static org.restorative.core.rules.CaseTransitionsTest.UNGATED;
import static org.restorative.core.rules.CaseTransitionsTest.caseAt;
import static org.restorative.core.rules.CaseTransitionsTest.heldOrScheduledMeetingCase;
import static org.restorative.core.rules.CaseTransitionsTest.supportedScheduledMeetingCase;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.restorative.core.casefile.CaseEvent;
import org.restorative.core.casefile.EventId;
import org.restorative.core.casefile.PauseReason;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.casefile.Stage;
import org.restorative.core.consent.Consent;
import org.restorative.core.consent.ConsentKind;
import org.restorative.core.consent.ConsentStatus;
import org.restorative.core.consent.Withdrawal;
import org.restorative.core.consent.WithdrawalScope;
import org.restorative.core.outcome.Action;
import org.restorative.core.outcome.ActionStatus;
import org.restorative.core.party.Party;
import org.restorative.core.party.PartyRole;
import org.restorative.core.process.Meeting;
import org.restorative.core.process.MeetingStatus;
import org.restorative.core.process.ProcessStatus;
import org.restorative.core.process.ProcessType;

/**
 * The edges of a withdrawal's effects and of event numbering that the broader transition tests pass
 * by: a pause from follow-up, a process-type withdrawal that names another type, a meeting in
 * progress or already held, and an event id that is already taken.
 */
class WithdrawalEffectsTest {

  // ---------------------------------------------------------------- event ids

  @Test
  void a_moves_event_is_numbered_one_past_the_history() {
    RestorativeCase c = caseAt(Stage.REFERRAL);
    int n = c.history().size();

    RestorativeCase moved = UNGATED.apply(c, Move.to(Stage.ASSESSMENT), LEAD, LATER).get();

    assertThat(last(moved).id()).isEqualTo(EventId.of("e-" + (n + 1)));
  }

  @Test
  void an_event_id_already_taken_is_skipped_to_the_next_free_one() {
    RestorativeCase c = caseAt(Stage.REFERRAL);
    int n = c.history().size();
    List<CaseEvent> history = new ArrayList<>(c.history());
    history.set(0, history.get(0).withId(EventId.of("e-" + (n + 1))));
    RestorativeCase clashing = c.withHistory(history);

    RestorativeCase moved = UNGATED.apply(clashing, Move.to(Stage.ASSESSMENT), LEAD, LATER).get();

    assertThat(last(moved).id()).isEqualTo(EventId.of("e-" + (n + 2)));
  }

  // ---------------------------------------------------------------- actions and a pause

  @Test
  void a_withdrawal_while_paused_from_follow_up_closes_the_partys_open_actions() {
    RestorativeCase c = caseAt(Stage.FOLLOW_UP);
    Action open = c.actions().stream().filter(a -> !a.isTerminal()).findFirst().orElseThrow();
    RestorativeCase paused =
        UNGATED.apply(c, Move.pause(PauseReason.PARTY_UNAVAILABLE), LEAD, LATER).get();

    RestorativeCase after =
        UNGATED.apply(paused, Move.withdrawal(wholeProcessOf(open, LATER)), LEAD, LATER).get();

    assertThat(after.actions())
        .filteredOn(a -> a.id().equals(open.id()))
        .singleElement()
        .satisfies(a -> assertThat(a.status()).isEqualTo(ActionStatus.NOT_COMPLETED));
  }

  @Test
  void a_withdrawal_while_paused_from_an_earlier_stage_leaves_the_actions_as_they_are() {
    RestorativeCase c = caseAt(Stage.FOLLOW_UP).withStage(Stage.OUTCOME_AGREEMENT);
    Action open = c.actions().stream().filter(a -> !a.isTerminal()).findFirst().orElseThrow();
    RestorativeCase paused =
        UNGATED.apply(c, Move.pause(PauseReason.PARTY_UNAVAILABLE), LEAD, LATER).get();

    RestorativeCase after =
        UNGATED.apply(paused, Move.withdrawal(wholeProcessOf(open, LATER)), LEAD, LATER).get();

    assertThat(after.actions()).isEqualTo(c.actions());
  }

  // ---------------------------------------------------------------- a process type

  @Test
  void a_process_type_withdrawal_withdraws_the_consents_that_cover_that_type_and_no_other() {
    RestorativeCase c = caseAt(Stage.PREPARATION);
    Consent given =
        c.consents().stream()
            .filter(x -> x.kind() == ConsentKind.PARTICIPATION && x.isActive())
            .filter(x -> x.participation().isPresent())
            .findFirst()
            .orElseThrow();
    EnumSet<ProcessType> covered = EnumSet.copyOf(given.participation().get().processTypes());
    ProcessType coveredType = covered.iterator().next();
    ProcessType otherType = EnumSet.complementOf(covered).iterator().next();

    RestorativeCase fromCovered =
        UNGATED.apply(c, Move.withdrawal(fromType(given, coveredType)), LEAD, LATER).get();
    RestorativeCase fromOther =
        UNGATED.apply(c, Move.withdrawal(fromType(given, otherType)), LEAD, LATER).get();

    assertThat(statusOf(fromCovered, given)).isEqualTo(ConsentStatus.WITHDRAWN);
    assertThat(statusOf(fromOther, given)).isEqualTo(given.status());
  }

  @Test
  void a_process_type_withdrawal_takes_the_party_off_that_types_meetings_only() {
    RestorativeCase c = supportedScheduledMeetingCase();
    Party supporter =
        c.parties().stream().filter(p -> p.role() == PartyRole.SUPPORTER).findFirst().orElseThrow();
    Meeting meeting = c.meetings().get(0);
    ProcessType type =
        c.processes().stream()
            .filter(p -> p.id().equals(meeting.process()))
            .findFirst()
            .orElseThrow()
            .type();
    ProcessType other = EnumSet.complementOf(EnumSet.of(type)).iterator().next();
    Instant at = meeting.startAt().orElseThrow().minus(Duration.ofHours(5));
    assertThat(meeting.isAttendedBy(supporter.id())).isTrue();

    RestorativeCase fromType =
        UNGATED.apply(c, Move.withdrawal(fromType(supporter, type, at)), LEAD, at).get();
    RestorativeCase fromOther =
        UNGATED.apply(c, Move.withdrawal(fromType(supporter, other, at)), LEAD, at).get();

    assertThat(fromType.meetings().get(0).isAttendedBy(supporter.id())).isFalse();
    assertThat(fromOther.meetings().get(0)).isEqualTo(meeting);
  }

  // ---------------------------------------------------------------- meetings of a halted process

  @Test
  void a_meeting_in_progress_of_a_halted_process_is_abandoned() {
    RestorativeCase scheduled = heldOrScheduledMeetingCase(MeetingStatus.SCHEDULED);
    RestorativeCase c =
        scheduled.withMeetings(
            List.of(scheduled.meetings().get(0).withStatus(MeetingStatus.IN_PROGRESS)));
    Party harmed = harmedOf(c);
    Instant at = c.meetings().get(0).startAt().orElseThrow().plus(Duration.ofMinutes(10));

    RestorativeCase after =
        UNGATED.apply(c, Move.withdrawal(wholeProcessOf(harmed, at)), LEAD, at).get();

    assertThat(after.processes().get(0).status()).isEqualTo(ProcessStatus.HALTED);
    assertThat(after.meetings().get(0).status()).isEqualTo(MeetingStatus.ABANDONED);
  }

  @Test
  void a_meeting_already_held_stays_held_when_its_process_is_halted() {
    RestorativeCase c = heldOrScheduledMeetingCase(MeetingStatus.HELD);
    Party harmed = harmedOf(c);

    RestorativeCase after =
        UNGATED.apply(c, Move.withdrawal(wholeProcessOf(harmed, LATER)), LEAD, LATER).get();

    assertThat(after.processes().get(0).status()).isEqualTo(ProcessStatus.HALTED);
    assertThat(after.meetings().get(0)).isEqualTo(c.meetings().get(0));
  }

  // ---------------------------------------------------------------- helpers

  private static CaseEvent last(RestorativeCase c) {
    return c.history().get(c.history().size() - 1);
  }

  private static Party harmedOf(RestorativeCase c) {
    return c.parties().stream()
        .filter(p -> p.role() == PartyRole.PERSON_HARMED)
        .findFirst()
        .orElseThrow();
  }

  private static ConsentStatus statusOf(RestorativeCase c, Consent consent) {
    return c.consents().stream()
        .filter(x -> x.id().equals(consent.id()))
        .findFirst()
        .orElseThrow()
        .status();
  }

  private static Withdrawal wholeProcessOf(Action action, Instant at) {
    return new Withdrawal.Builder()
        .party(action.ownerParty().orElseThrow())
        .at(at)
        .scope(WithdrawalScope.WHOLE_PROCESS)
        .build();
  }

  private static Withdrawal wholeProcessOf(Party party, Instant at) {
    return new Withdrawal.Builder()
        .party(party.id())
        .at(at)
        .scope(WithdrawalScope.WHOLE_PROCESS)
        .build();
  }

  private static Withdrawal fromType(Consent consent, ProcessType type) {
    return new Withdrawal.Builder()
        .party(consent.party())
        .at(LATER)
        .scope(WithdrawalScope.PROCESS_TYPE)
        .processType(type)
        .build();
  }

  private static Withdrawal fromType(Party party, ProcessType type, Instant at) {
    return new Withdrawal.Builder()
        .party(party.id())
        .at(at)
        .scope(WithdrawalScope.PROCESS_TYPE)
        .processType(type)
        .build();
  }
}
