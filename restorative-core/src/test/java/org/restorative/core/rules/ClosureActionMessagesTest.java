package org.restorative.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.casefile.Stage;
import org.restorative.core.outcome.Action;
import org.restorative.core.outcome.ActionStatus;
import org.restorative.core.synthetic.SyntheticCases;

/**
 * {@code CLOSURE_REQUIRES_TERMINAL_ACTIONS} says which of its two complaints it makes: an action
 * not completed in a case closed as completed, or an action still open on entering closure.
 */
class ClosureActionMessagesTest {

  private static final Instant AS_OF = Instant.parse("2030-01-01T00:00:00Z");

  private static RestorativeCase withActions(Stage stage) {
    return LongStream.range(0, 80)
        .mapToObj(i -> SyntheticCases.seeded(49).caseAt(stage, i))
        .filter(c -> !c.actions().isEmpty() && c.actions().get(0).statusHistory().size() >= 2)
        .filter(c -> check(c).isEmpty())
        .findFirst()
        .orElseThrow();
  }

  private static List<Violation> check(RestorativeCase c) {
    return RuleSet.of(List.of(LifecycleRules.closureRequiresTerminalActions()))
        .check(c, Policy.standard(), AS_OF)
        .violations();
  }

  private static Action reopened(Action action) {
    List<org.restorative.core.outcome.StatusChange> history = action.statusHistory();
    return new Action.Builder()
        .from(action)
        .statusHistory(history.subList(0, history.size() - 1))
        .status(ActionStatus.IN_PROGRESS)
        .harmedInformedAt(Optional.empty())
        .evidenceNotes(Optional.empty())
        .build();
  }

  @Test
  void an_open_action_in_a_case_closed_as_completed_is_called_not_completed() {
    RestorativeCase c = withActions(Stage.CLOSED_COMPLETED);
    RestorativeCase broken = c.with(reopened(c.actions().get(0)));

    assertThat(check(broken))
        .extracting(Violation::code, Violation::path, Violation::message)
        .containsExactly(
            tuple(
                "CLOSURE_REQUIRES_TERMINAL_ACTIONS",
                "/actions/0/status",
                "An action was not completed in a case closed as completed."));
  }

  @Test
  void an_open_action_on_entering_closure_is_called_still_open() {
    RestorativeCase c = withActions(Stage.CLOSURE);
    RestorativeCase broken = c.with(reopened(c.actions().get(0)));

    assertThat(check(broken))
        .extracting(Violation::code, Violation::path, Violation::message)
        .containsExactly(
            tuple(
                "CLOSURE_REQUIRES_TERMINAL_ACTIONS",
                "/actions/0/status",
                "An action is still open at closure."));
  }
}
