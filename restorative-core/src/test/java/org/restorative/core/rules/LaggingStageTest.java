package org.restorative.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.restorative.core.rules.ConsentCapacityFixtures.AS_OF;
import static org.restorative.core.rules.ConsentCapacityFixtures.consentFindings;
import static org.restorative.core.rules.ConsentCapacityFixtures.firstCase;
import static org.restorative.core.rules.ConsentCapacityFixtures.heldMeetingWithoutConsents;

import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.restorative.core.casefile.CaseEvent;
import org.restorative.core.casefile.Pause;
import org.restorative.core.casefile.PauseReason;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.casefile.Stage;
import org.restorative.core.party.ActorId;
import org.restorative.core.process.MeetingStatus;
import org.restorative.core.synthetic.SyntheticCases;

/**
 * A case recorded at an earlier stage than what it holds (a stage that lags the record, a case
 * moved back, one resumed into assessment after a pause) is checked against every rule of what its
 * parts show it did: a held meeting is checked for consent whatever stage the case is recorded at.
 * Absence of the stage must not hide the meeting; and a case the transitions move back legitimately
 * is told nothing new.
 */
class LaggingStageTest {

  /** After every moment a generated case records, due and review dates aside. */
  private static final Instant AFTER_EVERYTHING = Instant.parse("2029-01-01T00:00:00Z");

  @Test
  void a_held_meeting_is_checked_for_consent_at_whatever_stage_the_case_is_recorded() {
    RestorativeCase c = heldMeetingWithoutConsents(Stage.INTERVENTION);
    List<String> atIntervention = consentFindings(c);
    assertThat(atIntervention).anyMatch(path -> path.startsWith("/meetings/"));

    for (Stage earlier : List.of(Stage.REFERRAL, Stage.ASSESSMENT, Stage.PREPARATION)) {
      assertThat(consentFindings(c.withStage(earlier))).as("%s", earlier).isEqualTo(atIntervention);
      RestorativeCase paused =
          new RestorativeCase.Builder()
              .from(c)
              .stage(Stage.PAUSED)
              .pause(
                  new Pause.Builder()
                      .pausedFrom(earlier)
                      .reason(PauseReason.PARTY_UNAVAILABLE)
                      .since(AS_OF.minus(Duration.ofDays(1)))
                      .build())
              .build();
      assertThat(consentFindings(paused)).as("paused from %s", earlier).isEqualTo(atIntervention);
    }
  }

  @Test
  void the_entry_check_of_an_earlier_stage_also_checks_what_the_parts_show() {
    RestorativeCase c = heldMeetingWithoutConsents(Stage.INTERVENTION).withStage(Stage.REFERRAL);

    Report entry = RuleSet.standard().checkEntry(c, Stage.ASSESSMENT, Policy.standard(), AS_OF);

    assertThat(
            entry.violations().stream()
                .filter(v -> v.is(StandardCode.CONSENT_REQUIRED_BEFORE_MEETING))
                .map(Violation::path))
        .isNotEmpty()
        .containsAll(
            consentFindings(c).stream().filter(path -> path.startsWith("/meetings/")).toList());
  }

  /**
   * Generated cases past a held meeting, paused for a change of risk and resumed into assessment by
   * the transitions, as practice does: checked as of the resumption, they get no error the case did
   * not have before the pause.
   */
  @Test
  void a_case_resumed_into_assessment_after_a_held_meeting_is_told_nothing_new() {
    ActorId lead = ActorId.of("staff-rp-lead");
    int resumed = 0;
    List<String> wrong = new ArrayList<>();
    for (Stage stage : List.of(Stage.INTERVENTION, Stage.OUTCOME_AGREEMENT, Stage.FOLLOW_UP)) {
      for (long i = 0; i < 40; i++) {
        RestorativeCase c = SyntheticCases.seeded(11).caseAt(stage, i);
        if (c.meetings().stream().noneMatch(m -> m.status() == MeetingStatus.HELD)) {
          continue;
        }
        Instant pausedAt = AFTER_EVERYTHING;
        Instant resumedAt = AFTER_EVERYTHING.plus(Duration.ofHours(1));
        Either<Report, RestorativeCase> moved =
            CaseTransitions.standard()
                .apply(c, Move.pause(PauseReason.MENTAL_STATE_CHANGE), lead, pausedAt)
                .flatMap(
                    p ->
                        CaseTransitions.standard()
                            .apply(p, Move.to(Stage.ASSESSMENT), lead, resumedAt));
        assertThat(moved.isRight())
            .as("%s %s", c.id(), moved.isLeft() ? moved.getLeft().violations() : "")
            .isTrue();
        assertThat(moved.get().stage()).isEqualTo(Stage.ASSESSMENT);
        resumed++;
        Set<String> before = errors(c, resumedAt);
        Set<String> after = errors(moved.get(), resumedAt);
        after.removeAll(before);
        if (!after.isEmpty()) {
          wrong.add(c.id().value() + " at " + stage + ": " + after);
        }
      }
    }
    assertThat(resumed).as("cases resumed into assessment").isGreaterThan(20);
    assertThat(wrong).as("errors a legitimate move back gives").isEmpty();
  }

  private static Set<String> errors(RestorativeCase c, Instant asOf) {
    return RuleSet.standard().check(c, Policy.standard(), asOf).violations().stream()
        .filter(v -> v.severity() == Severity.ERROR)
        .map(v -> v.code() + " " + v.path())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void a_case_with_nothing_done_stays_at_its_recorded_stage() {
    RestorativeCase c =
        firstCase(
            Stage.ASSESSMENT,
            k -> k.meetings().isEmpty() && k.messages().isEmpty() && k.agreements().isEmpty());
    assertThat(CheckContext.of(c, Policy.standard(), AS_OF).mainLineStage())
        .isEqualTo(Stage.ASSESSMENT);
    assertThat(
            CheckContext.of(c.withHistory(List.<CaseEvent>of()), Policy.standard(), AS_OF)
                .mainLineStage())
        .isEqualTo(Stage.ASSESSMENT);
  }
}
