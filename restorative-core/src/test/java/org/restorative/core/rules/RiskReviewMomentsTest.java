package org.restorative.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.restorative.core.rules.PeopleAndSafetyFixtures.aCase;
import static org.restorative.core.rules.PeopleAndSafetyFixtures.heldMeetingOf;
import static org.restorative.core.rules.PeopleAndSafetyFixtures.supporterAttends;
import static org.restorative.core.rules.PeopleAndSafetyFixtures.withParty;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.restorative.core.assessment.AssessmentStatus;
import org.restorative.core.casefile.CaseEvent;
import org.restorative.core.casefile.CaseEventType;
import org.restorative.core.casefile.EventId;
import org.restorative.core.casefile.Pause;
import org.restorative.core.casefile.PauseReason;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.casefile.Stage;
import org.restorative.core.party.ActorId;
import org.restorative.core.party.MentalHealthActStatus;
import org.restorative.core.party.MhaStatus;
import org.restorative.core.process.ProcessType;

/**
 * Rule 20 at the moment a paused case returns to intervention: the pause in force is a change,
 * counted once whether or not the history records it; the moment of the return closes the window
 * for a review only when the check is a return; a change known only by today's day does not precede
 * a return made today.
 */
class RiskReviewMomentsTest {

  private static final Instant AS_OF = Instant.parse("2030-01-01T00:00:00Z");
  private static final Rule RULE = SafetyRules.riskReviewedAfterAChange();

  private final RestorativeCase conference =
      aCase(
          Stage.INTERVENTION,
          heldMeetingOf(ProcessType.FACE_TO_FACE_CONFERENCE)
              .and(supporterAttends())
              .and(c -> c.parties().stream().allMatch(p -> p.leaveAuthorisations().isEmpty()))
              .and(
                  c ->
                      c.riskAssessments().stream().filter(r -> r.completedAt().isPresent()).count()
                          == 1));
  private final Instant assessed =
      conference.riskAssessments().stream()
          .filter(r -> r.status() == AssessmentStatus.COMPLETED)
          .flatMap(r -> r.completedAt().stream())
          .findFirst()
          .orElseThrow();
  private final Instant lastEvent =
      conference.history().stream().map(CaseEvent::at).max(Instant::compareTo).orElseThrow();

  private RestorativeCase pausedSince(Instant since) {
    return new RestorativeCase.Builder()
        .from(conference)
        .stage(Stage.PAUSED)
        .pause(
            new Pause.Builder()
                .pausedFrom(Stage.INTERVENTION)
                .reason(PauseReason.MENTAL_STATE_CHANGE)
                .since(since)
                .build())
        .build();
  }

  private RestorativeCase withPauseEvent(RestorativeCase c, Instant at) {
    List<CaseEvent> history = new ArrayList<>(c.history());
    history.add(
        new CaseEvent.Builder()
            .id(EventId.of("event-paused-for-review"))
            .at(at)
            .by(ActorId.of("staff-rp-lead"))
            .type(CaseEventType.PAUSED)
            .fromStage(Stage.INTERVENTION)
            .toStage(Stage.PAUSED)
            .pauseReason(PauseReason.MENTAL_STATE_CHANGE)
            .build());
    return c.withHistory(history);
  }

  private List<String> returning(RestorativeCase c) {
    return paths(CheckContext.forEntry(c, Stage.INTERVENTION, Policy.standard(), AS_OF));
  }

  private static List<String> paths(CheckContext context) {
    return RULE.check(context).stream().map(Violation::path).toList();
  }

  @Test
  void aPauseInForceThatTheHistoryDoesNotRecordNeedsAReviewBeforeTheReturn() {
    RestorativeCase paused = pausedSince(lastEvent.plus(Duration.ofDays(1)));
    assertThat(returning(paused)).containsExactly("/pause/since");
    assertThat(paths(CheckContext.of(paused, Policy.standard(), AS_OF))).isEmpty();
    assertThat(
            paths(CheckContext.forEntry(conference, Stage.INTERVENTION, Policy.standard(), AS_OF)))
        .isEmpty();
  }

  @Test
  void aPauseTheHistoryRecordsIsOneChangeNotTwo() {
    Instant since = lastEvent.plus(Duration.ofDays(1));
    RestorativeCase paused = withPauseEvent(pausedSince(since), since);
    assertThat(returning(paused)).containsExactly("/history/" + (paused.history().size() - 1));
  }

  @Test
  void aChangeKnownOnlyByTodaysDayDoesNotPrecedeAReturnMadeToday() {
    RestorativeCase paused = pausedSince(assessed.minus(Duration.ofHours(1)));
    LocalDate today = LocalDate.ofInstant(AS_OF, Policy.standard().zone());
    RestorativeCase today0 = sectionedSince(paused, today);
    assertThat(returning(today0)).isEmpty();
    RestorativeCase yesterday = sectionedSince(paused, today.minusDays(1));
    assertThat(returning(yesterday)).containsExactly("/parties/0/mentalHealthAct/since");
  }

  private static RestorativeCase sectionedSince(RestorativeCase c, LocalDate day) {
    return withParty(
        c,
        c.parties().get(0).id(),
        p ->
            p.withMentalHealthAct(
                new MentalHealthActStatus.Builder().section(MhaStatus.S3).since(day).build()));
  }
}
