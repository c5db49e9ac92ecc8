package org.restorative.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.restorative.core.rules.ModelReflection.moments;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.restorative.core.assessment.PauseDecision;
import org.restorative.core.assessment.SafeguardingConcern;
import org.restorative.core.assessment.SafeguardingConcernId;
import org.restorative.core.casefile.CaseEvent;
import org.restorative.core.casefile.EventId;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.casefile.Stage;
import org.restorative.core.party.ActorId;
import org.restorative.core.party.Party;
import org.restorative.core.process.Medium;
import org.restorative.core.process.Meeting;
import org.restorative.core.process.MeetingId;
import org.restorative.core.process.MeetingStatus;
import org.restorative.core.process.Message;
import org.restorative.core.process.MessageId;
import org.restorative.core.process.MessageReview;
import org.restorative.core.process.MessageStatus;
import org.restorative.core.process.ReviewDecision;
import org.restorative.core.process.StopReason;
import org.restorative.core.rules.ModelReflection.Moment;
import org.restorative.core.synthetic.SyntheticCases;

/**
 * Rule 48 ({@code DATES_IN_ORDER}) holds that a case is not closed before anything else it records
 * as done. For closed synthetic cases, each moment the closure is compared with is moved, one at a
 * time, to just after the closure: the rule must then report {@code /closure/closedAt}. The moments
 * that may rightly follow a closure (evaluations, disclosures, withdrawals, meetings that never
 * took place, history after the first closing event) are moved too, and the rule must stay silent
 * there.
 */
class ClosureDatesTest {

  private static final String CLOSED_AT = "/closure/closedAt";

  /** Far after every generated moment, so that nothing moved here lies in the future. */
  private static final Instant AS_OF = Instant.parse("2100-01-01T00:00:00Z");

  private static final RuleSet RULE = RuleSet.of(List.of(LifecycleRules.datesInOrder()));

  /** The moments the closure must not precede. */
  private static final Set<String> READ =
      Set.of(
          "Referral.receivedAt",
          "Referral.acceptedAt",
          "ConflictDeclaration.declaredAt",
          "Consent.obtainedAt",
          "Reconfirmation.at",
          "VoluntarinessCheck.checkedAt",
          "CapacityAssessment.assessedAt",
          "CompetenceAssessment.assessedAt",
          "RiskAssessment.startedAt",
          "RiskAssessment.completedAt",
          "SafetyPlan.agreedAt",
          "ClinicalConsultation.consultedAt",
          "SupervisorSignOff.signedAt",
          "SafeguardingConcern.raisedAt",
          "PauseDecision.decidedAt",
          "RestorativeProcess.chosenAt",
          "RestorativeProcess.endedAt",
          "PreparationContact.at",
          "Message.draftedAt",
          "MessageReview.reviewedAt",
          "Message.deliveredAt",
          "QuestionSetUse.usedAt",
          "OutcomeAgreement.createdAt",
          "PartyAgreement.at",
          "StatusChange.at",
          "Action.harmedInformedAt");

  /** The moments that may rightly follow the closure. */
  private static final Set<String> EXEMPT =
      Set.of(
          "Evaluation.offeredAt",
          "Evaluation.completedAt",
          "Disclosure.disclosedAt",
          "Withdrawal.at");

  @Test
  void each_moment_moved_after_the_closure_is_reported_at_the_closure_unless_it_may_follow_it() {
    Map<String, Integer> exercised = new TreeMap<>();
    List<String> wrong = new ArrayList<>();
    for (RestorativeCase c : closedCases()) {
      Instant closedAt = c.closure().orElseThrow().closedAt();
      assertThat(pathsOf(c)).as(c.id().value()).doesNotContain(CLOSED_AT);
      int closing = firstClosingEvent(c);
      for (Moment m : moments(c)) {
        Optional<Boolean> expected =
            m.type() == Instant.class ? expected(m, closing) : Optional.empty();
        if (expected.isEmpty()) {
          continue;
        }
        Optional<RestorativeCase> moved = m.with(closedAt.plus(Duration.ofHours(1)));
        if (moved.isEmpty()) {
          continue;
        }
        String kind = kind(m, closing);
        exercised.merge(kind, 1, Integer::sum);
        boolean reported = pathsOf(moved.get()).contains(CLOSED_AT);
        if (reported != expected.get()) {
          wrong.add(c.id().value() + " " + kind + " at " + m.pointer() + ": " + reported);
        }
      }
    }

    assertThat(wrong)
        .as("moments the closure is compared with otherwise than it should be")
        .isEmpty();
    Set<String> kinds = new TreeSet<>();
    READ.forEach(kinds::add);
    EXEMPT.forEach(kinds::add);
    for (MeetingStatus status : MeetingStatus.values()) {
      kinds.add("Meeting " + status);
    }
    kinds.add("CaseEvent.at before the closing event");
    kinds.add("CaseEvent.at of the closing event");
    kinds.add("CaseEvent.at after the closing event");
    assertThat(exercised.keySet())
        .as("every kind of moment is moved in some case")
        .containsAll(kinds);
  }

  @Test
  void a_moment_at_the_very_instant_of_the_closure_is_not_after_it() {
    RestorativeCase c = closedCase();
    Instant closedAt = c.closure().orElseThrow().closedAt();
    RestorativeCase same = c.withReferral(c.referral().withAcceptedAt(closedAt));
    RestorativeCase after = c.withReferral(c.referral().withAcceptedAt(closedAt.plusSeconds(1)));

    assertThat(pathsOf(same)).doesNotContain(CLOSED_AT);
    assertThat(pathsOf(after)).contains(CLOSED_AT);
  }

  @Test
  void without_a_closing_event_every_history_event_is_compared_with_the_closure() {
    RestorativeCase c = closedCase();
    int closing = firstClosingEvent(c);
    List<CaseEvent> open = new ArrayList<>(c.history().subList(0, closing));
    Instant closedAt = c.closure().orElseThrow().closedAt();
    CaseEvent last = open.get(open.size() - 1);
    RestorativeCase quiet = c.withHistory(open);
    open.set(open.size() - 1, last.withAt(closedAt.plusSeconds(1)));
    RestorativeCase late = c.withHistory(open);

    assertThat(pathsOf(quiet)).doesNotContain(CLOSED_AT);
    assertThat(RULE.check(late, Policy.standard(), AS_OF).violations())
        .filteredOn(v -> v.path().equals(CLOSED_AT))
        .singleElement()
        .satisfies(v -> assertThat(v.code()).isEqualTo("DATES_IN_ORDER"))
        .satisfies(
            v ->
                assertThat(v.message())
                    .isEqualTo("The case is closed before the last thing recorded in it."));
  }

  // ------------------------------------------------------------------ the cases

  private static RestorativeCase closedCase() {
    return SyntheticCases.seeded(48).caseAt(Stage.CLOSED_COMPLETED, 0);
  }

  private static List<RestorativeCase> closedCases() {
    List<RestorativeCase> cases = new ArrayList<>();
    for (Stage stage : Stage.values()) {
      if (stage.isClosed()) {
        for (int i = 0; i < 3; i++) {
          cases.add(SyntheticCases.seeded(48).caseAt(stage, i));
        }
      }
    }
    SyntheticCases.seeded(49).cohort(200).filter(c -> c.closure().isPresent()).forEach(cases::add);
    cases.add(
        withWhatTheGeneratorLeavesOut(
            cases.stream()
                .filter(c -> c.meetings().stream().anyMatch(m -> m.status() == MeetingStatus.HELD))
                .filter(c -> !c.processes().isEmpty() && !c.facilitators().isEmpty())
                .filter(c -> c.parties().size() >= 2)
                .findFirst()
                .orElseThrow()));
    return cases;
  }

  /**
   * A closed case with what the generator never records before a closure: a meeting in each status,
   * messages delivered, only reviewed and only drafted, safeguarding concerns with and without a
   * decision, and a history event after the closing one.
   */
  private static RestorativeCase withWhatTheGeneratorLeavesOut(RestorativeCase c) {
    Instant closedAt = c.closure().orElseThrow().closedAt();
    Instant before = closedAt.minus(Duration.ofDays(2));
    Meeting held =
        c.meetings().stream()
            .filter(m -> m.status() == MeetingStatus.HELD)
            .findFirst()
            .orElseThrow();
    List<Meeting> meetings = new ArrayList<>(c.meetings());
    for (MeetingStatus status : MeetingStatus.values()) {
      boolean ended = status.isHeldOrLater();
      meetings.add(
          new Meeting.Builder()
              .from(held)
              .id(MeetingId.of("meeting-" + status.name().toLowerCase(Locale.ROOT)))
              .status(status)
              .stopReason(
                  status.isStopped() ? Optional.of(StopReason.PARTY_WITHDREW) : Optional.empty())
              .startAt(before)
              .endAt(ended ? Optional.of(before.plus(Duration.ofHours(1))) : Optional.empty())
              .build());
    }
    Party party = c.parties().get(0);
    Party other = c.parties().get(1);
    List<CaseEvent> history = new ArrayList<>(c.history());
    CaseEvent closing = history.get(firstClosingEvent(c));
    history.add(closing.withId(EventId.of("event-after-closing")).withAt(closedAt));
    return c.withMeetings(meetings)
        .withHistory(history)
        .with(
            new SafeguardingConcern.Builder()
                .id(SafeguardingConcernId.of("sg-closure"))
                .raisedAt(before)
                .raisedBy(ActorId.of("staff-closure"))
                .addAbout(party.id())
                .pauseDecision(
                    new PauseDecision.Builder()
                        .decidedAt(before.plus(Duration.ofHours(1)))
                        .pause(false)
                        .decidedBy(ActorId.of("staff-closure"))
                        .build())
                .build())
        .with(
            new Message.Builder()
                .id(MessageId.of("message-closure"))
                .process(c.processes().get(0).id())
                .sender(party.id())
                .addRecipients(other.id())
                .medium(Medium.WRITTEN)
                .round(1)
                .status(MessageStatus.MESSAGE_DELIVERED)
                .draftedAt(before)
                .review(
                    MessageReview.of(
                        c.facilitators().get(0).id(),
                        before.plus(Duration.ofHours(1)),
                        ReviewDecision.APPROVED))
                .deliveredAt(before.plus(Duration.ofHours(2)))
                .build())
        .with(
            new SafeguardingConcern.Builder()
                .id(SafeguardingConcernId.of("sg-closure-undecided"))
                .raisedAt(before)
                .raisedBy(ActorId.of("staff-closure"))
                .addAbout(party.id())
                .build())
        .with(
            new Message.Builder()
                .id(MessageId.of("message-closure-reviewed"))
                .process(c.processes().get(0).id())
                .sender(party.id())
                .addRecipients(other.id())
                .medium(Medium.WRITTEN)
                .round(2)
                .status(MessageStatus.MESSAGE_REVIEWED_BY_FACILITATOR)
                .draftedAt(before)
                .review(
                    MessageReview.of(
                        c.facilitators().get(0).id(),
                        before.plus(Duration.ofHours(1)),
                        ReviewDecision.APPROVED))
                .build())
        .with(
            new Message.Builder()
                .id(MessageId.of("message-closure-draft"))
                .process(c.processes().get(0).id())
                .sender(party.id())
                .addRecipients(other.id())
                .medium(Medium.WRITTEN)
                .round(3)
                .status(MessageStatus.MESSAGE_DRAFTED)
                .draftedAt(before)
                .build());
  }

  private static int firstClosingEvent(RestorativeCase c) {
    List<CaseEvent> history = c.history();
    for (int k = 0; k < history.size(); k++) {
      if (history.get(k).toStage().filter(Stage::isClosed).isPresent()) {
        return k;
      }
    }
    throw new AssertionError("a closed case without a closing event");
  }

  /**
   * Whether the closure must be reported with the moment moved; empty when the rule does not read
   * it.
   */
  private static Optional<Boolean> expected(Moment m, int closing) {
    if (READ.contains(m.attribute())) {
      return Optional.of(true);
    }
    if (EXEMPT.contains(m.attribute())) {
      return Optional.of(false);
    }
    if (m.attribute().equals("Meeting.startAt") || m.attribute().equals("Meeting.endAt")) {
      MeetingStatus status = ((Meeting) m.holder()).status();
      return Optional.of(
          status == MeetingStatus.IN_PROGRESS
              || status == MeetingStatus.HELD
              || status == MeetingStatus.ADJOURNED);
    }
    if (m.attribute().equals("CaseEvent.at")) {
      return Optional.of(historyIndex(m) <= closing);
    }
    return Optional.empty();
  }

  private static String kind(Moment m, int closing) {
    if (m.attribute().startsWith("Meeting.")) {
      return "Meeting " + ((Meeting) m.holder()).status();
    }
    if (m.attribute().equals("CaseEvent.at")) {
      int k = historyIndex(m);
      return "CaseEvent.at "
          + (k < closing ? "before" : k == closing ? "of" : "after")
          + " the closing event";
    }
    return m.attribute();
  }

  private static int historyIndex(Moment m) {
    String[] segments = m.pointer().split("/");
    return Integer.parseInt(segments[2]);
  }

  private static Set<String> pathsOf(RestorativeCase c) {
    Set<String> paths = new TreeSet<>();
    RULE.check(c, Policy.standard(), AS_OF).violations().forEach(v -> paths.add(v.path()));
    return paths;
  }
}
