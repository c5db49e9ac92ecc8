package org.restorative.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.restorative.core.casefile.CaseEvent;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.casefile.Stage;
import org.restorative.core.synthetic.SyntheticCases;

/**
 * Rule 48 ({@code DATES_IN_ORDER}) compares the referral's receipt with the first move into
 * assessment, not with the first move of any kind.
 */
class AssessmentAfterReferralTest {

  private static final Instant AS_OF = Instant.parse("2030-01-01T00:00:00Z");

  private static final String MESSAGE =
      "The case enters assessment before the referral was received.";

  private static List<String> messages(RestorativeCase c) {
    return RuleSet.of(List.of(LifecycleRules.datesInOrder()))
        .check(c, Policy.standard(), AS_OF)
        .violations()
        .stream()
        .map(v -> v.path() + " " + v.message())
        .toList();
  }

  private static int intoAssessment(RestorativeCase c) {
    for (int k = 0; k < c.history().size(); k++) {
      if (c.history().get(k).toStage().filter(to -> to == Stage.ASSESSMENT).isPresent()) {
        return k;
      }
    }
    throw new AssertionError("no move into assessment");
  }

  @Test
  void an_earlier_move_of_another_kind_before_the_referral_is_not_the_move_into_assessment() {
    RestorativeCase c = SyntheticCases.seeded(48).caseAt(Stage.PREPARATION, 0);
    int k = intoAssessment(c);
    assertThat(k).isPositive();
    List<CaseEvent> history = new ArrayList<>(c.history());
    Instant received = c.referral().receivedAt();
    history.set(0, history.get(0).withAt(received.minus(Duration.ofDays(1))));

    assertThat(messages(c.withHistory(history))).noneMatch(m -> m.endsWith(MESSAGE));
  }

  @Test
  void the_move_into_assessment_before_the_referral_is_reported_at_its_event() {
    RestorativeCase c = SyntheticCases.seeded(48).caseAt(Stage.PREPARATION, 0);
    int k = intoAssessment(c);
    List<CaseEvent> history = new ArrayList<>(c.history());
    Instant received = c.referral().receivedAt();
    for (int i = 0; i <= k; i++) {
      history.set(i, history.get(i).withAt(received.minus(Duration.ofDays(1))));
    }

    assertThat(messages(c.withHistory(history))).contains("/history/" + k + " " + MESSAGE);
  }
}
