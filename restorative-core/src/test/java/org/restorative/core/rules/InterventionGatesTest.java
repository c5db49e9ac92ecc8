package org.restorative.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.casefile.Stage;
import org.restorative.core.party.FacilitatorId;
import org.restorative.core.party.PartyId;
import org.restorative.core.process.Medium;
import org.restorative.core.process.Meeting;
import org.restorative.core.process.MeetingStatus;
import org.restorative.core.process.Message;
import org.restorative.core.process.MessageId;
import org.restorative.core.process.MessageReview;
import org.restorative.core.process.MessageStatus;
import org.restorative.core.process.ProcessId;
import org.restorative.core.process.ProcessStatus;
import org.restorative.core.process.ProcessType;
import org.restorative.core.process.RestorativeProcess;
import org.restorative.core.process.ReviewDecision;
import org.restorative.core.process.StopReason;
import org.restorative.core.synthetic.SyntheticCases;

/**
 * The gates out of preparation and out of intervention point where the missing record belongs: to
 * the messages when every process is indirect, to the meetings otherwise; and a message only
 * arranges the process it belongs to.
 */
class InterventionGatesTest {

  private static final Instant AS_OF = Instant.parse("2030-01-01T00:00:00Z");

  private static List<String> paths(Rule rule, RestorativeCase c) {
    return RuleSet.of(List.of(rule)).check(c, Policy.standard(), AS_OF).violations().stream()
        .map(Violation::path)
        .toList();
  }

  /** A case past intervention whose meetings were only adjourned and whose processes go on. */
  private static RestorativeCase nothingHeld() {
    RestorativeCase c =
        LongStream.range(0, 50)
            .mapToObj(i -> SyntheticCases.seeded(9).caseAt(Stage.OUTCOME_AGREEMENT, i))
            .filter(x -> x.messages().isEmpty() && !x.processes().isEmpty())
            .findFirst()
            .orElseThrow();
    List<Meeting> meetings =
        c.meetings().stream()
            .map(
                m ->
                    m.status() == MeetingStatus.HELD
                        ? m.withStatus(MeetingStatus.ADJOURNED)
                            .withStopReason(StopReason.PARTY_WITHDREW)
                        : m)
            .toList();
    List<RestorativeProcess> processes =
        c.processes().stream()
            .map(
                p ->
                    p.status() == ProcessStatus.CONCLUDED
                        ? p.withStatus(ProcessStatus.IN_PROGRESS).withEndedAt(Optional.empty())
                        : p)
            .toList();
    return c.withMeetings(meetings).withProcesses(processes);
  }

  @Test
  void nothing_held_is_reported_at_the_meetings_when_a_process_meets() {
    RestorativeCase c = nothingHeld();
    List<RestorativeProcess> meeting =
        c.processes().stream().map(p -> p.withType(ProcessType.FACE_TO_FACE_CONFERENCE)).toList();

    assertThat(paths(GateRules.interventionHeld(), c.withProcesses(meeting)))
        .containsExactly("/meetings");
  }

  @Test
  void nothing_held_is_reported_at_the_messages_when_every_process_is_indirect() {
    RestorativeCase c = nothingHeld();
    List<RestorativeProcess> indirect =
        c.processes().stream().map(p -> p.withType(ProcessType.LETTER_EXCHANGE)).toList();

    assertThat(paths(GateRules.interventionHeld(), c.withProcesses(indirect)))
        .containsExactly("/messages");
  }

  @Test
  void nothing_held_and_no_process_is_reported_at_the_meetings() {
    RestorativeCase c = nothingHeld();

    assertThat(paths(GateRules.interventionHeld(), WholeCases.withoutProcesses(c, p -> true)))
        .containsExactly("/meetings");
  }

  @Test
  void a_concluded_process_is_an_intervention_that_took_place() {
    RestorativeCase c = nothingHeld();
    RestorativeProcess first = c.processes().get(0);
    RestorativeCase concluded =
        c.with(
            first.endedAs(ProcessStatus.CONCLUDED, c.history().get(c.history().size() - 1).at()));

    assertThat(paths(GateRules.interventionHeld(), c)).isNotEmpty();
    assertThat(paths(GateRules.interventionHeld(), concluded)).isEmpty();
  }

  @Test
  void a_message_for_another_process_does_not_arrange_an_indirect_one() {
    RestorativeCase c = nothingHeld();
    RestorativeCase written = withOnly(c, ProcessType.LETTER_EXCHANGE);
    RestorativeProcess indirect = written.processes().get(0);
    RestorativeProcess another = indirect.withId(ProcessId.of("another-process"));
    List<PartyId> parties = List.copyOf(indirect.participants());
    Message message =
        new Message.Builder()
            .id(MessageId.of("message-gate"))
            .process(indirect.id())
            .sender(parties.get(0))
            .addRecipients(parties.get(1))
            .medium(Medium.WRITTEN)
            .round(1)
            .status(MessageStatus.MESSAGE_DRAFTED)
            .draftedAt(c.history().get(c.history().size() - 1).at())
            .build();

    assertThat(paths(GateRules.interventionArranged(), written.with(message))).isEmpty();
    assertThat(
            paths(
                GateRules.interventionArranged(),
                written.with(another).with(message.withProcess(another.id()))))
        .containsExactly("/messages");
  }

  @Test
  void a_withheld_message_does_not_arrange_an_indirect_process() {
    RestorativeCase bare = withOnly(nothingHeld(), ProcessType.LETTER_EXCHANGE);
    RestorativeProcess indirect = bare.processes().get(0);

    assertThat(paths(GateRules.interventionArranged(), bare)).containsExactly("/messages");
    assertThat(
            paths(
                GateRules.interventionArranged(),
                bare.with(
                    message(bare, indirect, "withheld", Optional.of(ReviewDecision.WITHHELD)))))
        .containsExactly("/messages");
    assertThat(
            paths(
                GateRules.interventionArranged(),
                bare.with(message(bare, indirect, "drafted", Optional.empty()))))
        .isEmpty();
    assertThat(
            paths(
                GateRules.interventionArranged(),
                bare.with(
                    message(bare, indirect, "approved", Optional.of(ReviewDecision.APPROVED)))))
        .isEmpty();
    assertThat(
            paths(
                GateRules.interventionArranged(),
                bare.withMessages(
                    message(bare, indirect, "withheld", Optional.of(ReviewDecision.WITHHELD)),
                    message(
                        bare,
                        indirect,
                        "redrafted",
                        Optional.of(ReviewDecision.RETURNED_FOR_CHANGES)))))
        .isEmpty();
  }

  @Test
  void a_withheld_message_does_not_arrange_a_process_whose_contact_varies() {
    RestorativeCase bare = withOnly(nothingHeld(), ProcessType.RESTORATIVE_CONVERSATION);
    RestorativeProcess varies = bare.processes().get(0);

    assertThat(
            paths(
                GateRules.interventionArranged(),
                bare.with(message(bare, varies, "withheld", Optional.of(ReviewDecision.WITHHELD)))))
        .containsExactly("/meetings");
    assertThat(
            paths(
                GateRules.interventionArranged(),
                bare.with(message(bare, varies, "drafted", Optional.empty()))))
        .isEmpty();
  }

  /** The case with its first process alone, of a type, and no meeting or message. */
  private static RestorativeCase withOnly(RestorativeCase c, ProcessType type) {
    RestorativeProcess first = c.processes().get(0);
    RestorativeCase alone = WholeCases.withoutProcesses(c, p -> !p.id().equals(first.id()));
    return WholeCases.withoutMessages(WholeCases.withoutMeetings(alone, m -> true), m -> true)
        .with(first.withType(type));
  }

  /**
   * A message of a process from its first participant to its second, drafted at the case's last
   * event: withheld or approved when the facilitator decided so, drafted when returned for changes
   * or not yet reviewed (no decision).
   */
  private static Message message(
      RestorativeCase c, RestorativeProcess process, String id, Optional<ReviewDecision> decision) {
    List<PartyId> parties = List.copyOf(process.participants());
    Instant drafted = c.history().get(c.history().size() - 1).at();
    MessageStatus status =
        decision.equals(Optional.of(ReviewDecision.WITHHELD))
            ? MessageStatus.WITHHELD
            : decision.equals(Optional.of(ReviewDecision.APPROVED))
                ? MessageStatus.MESSAGE_REVIEWED_BY_FACILITATOR
                : MessageStatus.MESSAGE_DRAFTED;
    Message.Builder message =
        new Message.Builder()
            .id(MessageId.of("message-" + id))
            .process(process.id())
            .sender(parties.get(0))
            .addRecipients(parties.get(1))
            .medium(Medium.WRITTEN)
            .round(1)
            .status(status)
            .draftedAt(drafted);
    if (decision.isPresent()) {
      message.review(
          MessageReview.of(FacilitatorId.of("facilitator-gate"), drafted, decision.get()));
    }
    return message.build();
  }
}
