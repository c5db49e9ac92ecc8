package org.restorative.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.restorative.core.rules.ConsentCapacityFixtures.AS_OF;
import static org.restorative.core.rules.ConsentCapacityFixtures.consentFindings;
import static org.restorative.core.rules.ConsentCapacityFixtures.firstCase;
import static org.restorative.core.rules.ConsentCapacityFixtures.heldMeetingWithoutConsents;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.restorative.core.casefile.CaseEvent;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.casefile.Stage;
import org.restorative.core.outcome.AgreementStatus;
import org.restorative.core.process.Meeting;
import org.restorative.core.process.MeetingStatus;
import org.restorative.core.process.Message;
import org.restorative.core.process.MessageStatus;

/**
 * A case closed early (withdrawn, or not proceeding) says how far it went only through its
 * history's closing event; the rules of what its parts show it did still apply when that event is
 * missing or names an earlier stage: a held meeting is checked for consent whatever the history
 * says. Absence of the event must not hide the meeting.
 */
class ClosedEarlyCaseTest {

  @Test
  void a_held_meeting_is_checked_for_consent_with_or_without_the_closing_event() {
    RestorativeCase c = heldMeetingWithoutConsents(Stage.CLOSED_WITHDRAWN);
    List<String> withHistory = consentFindings(c);
    assertThat(withHistory).isNotEmpty().allMatch(path -> path.startsWith("/meetings/"));

    List<CaseEvent> beforeClosing =
        c.history().stream().filter(e -> e.toStage().filter(Stage::isClosed).isEmpty()).toList();

    assertThat(consentFindings(c.withHistory(beforeClosing))).isEqualTo(withHistory);
    assertThat(consentFindings(c.withHistory(List.of()))).isEqualTo(withHistory);
  }

  @Test
  void a_closing_event_that_names_an_earlier_stage_than_the_parts_show_does_not_hide_them() {
    RestorativeCase c = heldMeetingWithoutConsents(Stage.CLOSED_WITHDRAWN);
    List<CaseEvent> history =
        c.history().stream()
            .map(
                e ->
                    e.toStage().filter(Stage::isClosed).isPresent()
                        ? new CaseEvent.Builder().from(e).fromStage(Stage.REFERRAL).build()
                        : e)
            .toList();

    assertThat(consentFindings(c.withHistory(history))).isEqualTo(consentFindings(c)).isNotEmpty();
  }

  @Test
  void the_parts_show_the_furthest_stage_they_prove() {
    RestorativeCase bare =
        firstCase(
                Stage.CLOSED_WITHDRAWN,
                k ->
                    k.meetings().isEmpty()
                        && k.messages().isEmpty()
                        && k.agreements().isEmpty()
                        && !k.processes().isEmpty())
            .withHistory(List.of());
    assertThat(stageOf(bare)).isEqualTo(Stage.REFERRAL);

    RestorativeCase withMeetings =
        firstCase(
                Stage.CLOSED_WITHDRAWN,
                k -> !k.meetings().isEmpty() && k.agreements().isEmpty() && k.messages().isEmpty())
            .withHistory(List.of());
    assertThat(stageOf(meetingsAs(withMeetings, MeetingStatus.PLANNED))).isEqualTo(Stage.REFERRAL);
    assertThat(stageOf(meetingsAs(withMeetings, MeetingStatus.ABANDONED)))
        .isEqualTo(Stage.REFERRAL);
    assertThat(stageOf(meetingsAs(withMeetings, MeetingStatus.SCHEDULED)))
        .isEqualTo(Stage.PREPARATION);
    for (MeetingStatus begun :
        List.of(MeetingStatus.IN_PROGRESS, MeetingStatus.HELD, MeetingStatus.ADJOURNED)) {
      assertThat(stageOf(meetingsAs(withMeetings, begun)))
          .as("%s", begun)
          .isEqualTo(Stage.INTERVENTION);
    }

    RestorativeCase withMessages =
        firstCase(
                Stage.CLOSED_WITHDRAWN,
                k -> !k.messages().isEmpty() && k.agreements().isEmpty() && k.meetings().isEmpty())
            .withHistory(List.of());
    assertThat(stageOf(messagesAs(withMessages, MessageStatus.MESSAGE_DRAFTED)))
        .isEqualTo(Stage.REFERRAL);
    assertThat(stageOf(messagesAs(withMessages, MessageStatus.MESSAGE_DELIVERED)))
        .isEqualTo(Stage.INTERVENTION);

    RestorativeCase completed = firstCase(Stage.CLOSED_COMPLETED, k -> !k.agreements().isEmpty());
    RestorativeCase withAgreements =
        new RestorativeCase.Builder()
            .from(completed)
            .stage(Stage.CLOSED_WITHDRAWN)
            .history(List.of())
            .build();
    RestorativeCase draftOnly =
        agreementsAs(
            messagesAs(
                meetingsAs(withAgreements, MeetingStatus.PLANNED), MessageStatus.MESSAGE_DRAFTED),
            AgreementStatus.DRAFT);
    assertThat(stageOf(draftOnly)).isEqualTo(Stage.REFERRAL);
    assertThat(stageOf(agreementsAs(draftOnly, AgreementStatus.AGREED)))
        .isEqualTo(Stage.OUTCOME_AGREEMENT);
  }

  private static Stage stageOf(RestorativeCase c) {
    return CheckContext.of(c, Policy.standard(), AS_OF).mainLineStage();
  }

  private static RestorativeCase meetingsAs(RestorativeCase c, MeetingStatus status) {
    return c.withMeetings(
        c.meetings().stream()
            .map(
                m ->
                    new Meeting.Builder()
                        .from(m)
                        .status(status)
                        .stopReason(Optional.empty())
                        .build())
            .toList());
  }

  private static RestorativeCase messagesAs(RestorativeCase c, MessageStatus status) {
    return c.withMessages(
        c.messages().stream()
            .map(
                m ->
                    new Message.Builder()
                        .from(m)
                        .status(status)
                        .deliveredAt(
                            status == MessageStatus.MESSAGE_DELIVERED
                                ? Optional.of(AS_OF.minusSeconds(86_400))
                                : Optional.empty())
                        .build())
            .toList());
  }

  private static RestorativeCase agreementsAs(RestorativeCase c, AgreementStatus status) {
    return c.withAgreements(c.agreements().stream().map(a -> a.withStatus(status)).toList());
  }
}
