package org.restorative.core.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.EnumSource.Mode;

class StageTest {

  /** The main line of brief §1.3, in order. */
  private static final List<Stage> MAIN_LINE =
      List.of(
          Stage.REFERRAL,
          Stage.ASSESSMENT,
          Stage.PREPARATION,
          Stage.INTERVENTION,
          Stage.OUTCOME_AGREEMENT,
          Stage.FOLLOW_UP,
          Stage.CLOSURE);

  @Test
  void the_stage_names_are_the_codes_of_the_brief() {
    assertThat(Arrays.stream(Stage.values()).map(Stage::name))
        .containsExactly(
            "REFERRAL",
            "ASSESSMENT",
            "PREPARATION",
            "INTERVENTION",
            "OUTCOME_AGREEMENT",
            "FOLLOW_UP",
            "CLOSURE",
            "PAUSED",
            "CLOSED_COMPLETED",
            "CLOSED_PARTIAL",
            "CLOSED_NOT_PROCEEDING",
            "CLOSED_WITHDRAWN");
  }

  @Test
  void only_the_four_closed_states_are_closed() {
    assertThat(Arrays.stream(Stage.values()).filter(Stage::isClosed))
        .containsExactlyInAnyOrder(
            Stage.CLOSED_COMPLETED,
            Stage.CLOSED_PARTIAL,
            Stage.CLOSED_NOT_PROCEEDING,
            Stage.CLOSED_WITHDRAWN);
  }

  @Test
  void closure_is_the_last_main_line_stage_not_a_closed_state() {
    assertThat(Stage.CLOSURE.isClosed()).isFalse();
    assertThat(Stage.CLOSURE.isMainLine()).isTrue();
  }

  @Test
  void the_main_line_runs_from_referral_to_closure_in_order() {
    assertThat(Arrays.stream(Stage.values()).filter(Stage::isMainLine))
        .containsExactlyElementsOf(MAIN_LINE);
  }

  @Test
  void a_paused_case_is_neither_on_the_main_line_nor_closed() {
    assertThat(Stage.PAUSED.isMainLine()).isFalse();
    assertThat(Stage.PAUSED.isClosed()).isFalse();
  }

  @ParameterizedTest
  @EnumSource(value = Stage.class, names = "CLOSED_.*", mode = Mode.MATCH_ALL)
  void a_closed_state_is_not_on_the_main_line(Stage closed) {
    assertThat(closed.isMainLine()).isFalse();
  }

  @Test
  void a_later_main_line_stage_is_at_or_after_an_earlier_one_and_not_the_other_way() {
    assertThat(Stage.FOLLOW_UP.isAtOrAfter(Stage.PREPARATION)).isTrue();
    assertThat(Stage.PREPARATION.isAtOrAfter(Stage.FOLLOW_UP)).isFalse();
    assertThat(Stage.INTERVENTION.isAtOrAfter(Stage.REFERRAL)).isTrue();
    assertThat(Stage.REFERRAL.isAtOrAfter(Stage.ASSESSMENT)).isFalse();
    assertThat(Stage.CLOSURE.isAtOrAfter(Stage.OUTCOME_AGREEMENT)).isTrue();
  }

  @Test
  void every_main_line_stage_is_at_or_after_itself_and_every_earlier_one() {
    for (int i = 0; i < MAIN_LINE.size(); i++) {
      for (int j = 0; j < MAIN_LINE.size(); j++) {
        assertThat(MAIN_LINE.get(i).isAtOrAfter(MAIN_LINE.get(j)))
            .as("%s at or after %s", MAIN_LINE.get(i), MAIN_LINE.get(j))
            .isEqualTo(i >= j);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(value = Stage.class, names = "PAUSED|CLOSED_.*", mode = Mode.MATCH_ALL)
  void paused_and_closed_states_are_never_at_or_after_a_main_line_stage(Stage offTheLine) {
    for (Stage mainLine : MAIN_LINE) {
      assertThat(offTheLine.isAtOrAfter(mainLine))
          .as("%s at or after %s", offTheLine, mainLine)
          .isFalse();
    }
  }

  @ParameterizedTest
  @EnumSource(value = Stage.class, names = "PAUSED|CLOSED_.*", mode = Mode.MATCH_ALL)
  void no_stage_is_at_or_after_a_paused_or_closed_state(Stage offTheLine) {
    for (Stage any : Stage.values()) {
      assertThat(any.isAtOrAfter(offTheLine)).as("%s at or after %s", any, offTheLine).isFalse();
    }
  }

  // The stage model: the table of allowed moves of the brief §1.4, row by row

  /** The brief's table §1.4 (with §1.3 for referral's pause and closure's two closed states). */
  private static final Map<Stage, Set<Stage>> TABLE =
      Map.ofEntries(
          Map.entry(
              Stage.REFERRAL,
              EnumSet.of(
                  Stage.ASSESSMENT,
                  Stage.PAUSED,
                  Stage.CLOSED_NOT_PROCEEDING,
                  Stage.CLOSED_WITHDRAWN)),
          Map.entry(
              Stage.ASSESSMENT,
              EnumSet.of(
                  Stage.PREPARATION,
                  Stage.PAUSED,
                  Stage.CLOSED_NOT_PROCEEDING,
                  Stage.CLOSED_WITHDRAWN)),
          Map.entry(
              Stage.PREPARATION,
              EnumSet.of(
                  Stage.ASSESSMENT,
                  Stage.INTERVENTION,
                  Stage.PAUSED,
                  Stage.CLOSED_NOT_PROCEEDING,
                  Stage.CLOSED_WITHDRAWN)),
          Map.entry(
              Stage.INTERVENTION,
              EnumSet.of(
                  Stage.PREPARATION,
                  Stage.OUTCOME_AGREEMENT,
                  Stage.FOLLOW_UP,
                  Stage.CLOSURE,
                  Stage.PAUSED,
                  Stage.CLOSED_WITHDRAWN)),
          Map.entry(
              Stage.OUTCOME_AGREEMENT,
              EnumSet.of(Stage.FOLLOW_UP, Stage.CLOSURE, Stage.PAUSED, Stage.CLOSED_WITHDRAWN)),
          Map.entry(
              Stage.FOLLOW_UP, EnumSet.of(Stage.CLOSURE, Stage.PAUSED, Stage.CLOSED_WITHDRAWN)),
          Map.entry(
              Stage.CLOSURE,
              EnumSet.of(Stage.CLOSED_COMPLETED, Stage.CLOSED_PARTIAL, Stage.CLOSED_WITHDRAWN)),
          Map.entry(
              Stage.PAUSED,
              EnumSet.of(
                  Stage.REFERRAL,
                  Stage.ASSESSMENT,
                  Stage.PREPARATION,
                  Stage.INTERVENTION,
                  Stage.OUTCOME_AGREEMENT,
                  Stage.FOLLOW_UP,
                  Stage.CLOSED_NOT_PROCEEDING,
                  Stage.CLOSED_WITHDRAWN)),
          Map.entry(Stage.CLOSED_COMPLETED, EnumSet.noneOf(Stage.class)),
          Map.entry(Stage.CLOSED_PARTIAL, EnumSet.noneOf(Stage.class)),
          Map.entry(Stage.CLOSED_NOT_PROCEEDING, EnumSet.noneOf(Stage.class)),
          Map.entry(Stage.CLOSED_WITHDRAWN, EnumSet.noneOf(Stage.class)));

  @ParameterizedTest
  @EnumSource(Stage.class)
  void each_stage_moves_to_exactly_the_targets_of_its_row_in_the_table(Stage from) {
    assertThat(from.movesTo()).containsExactlyInAnyOrderElementsOf(TABLE.get(from));
  }

  @Test
  void every_stage_up_to_follow_up_can_be_paused_but_closure_paused_and_closed_states_cannot() {
    assertThat(Arrays.stream(Stage.values()).filter(Stage::canBePaused))
        .containsExactly(
            Stage.REFERRAL,
            Stage.ASSESSMENT,
            Stage.PREPARATION,
            Stage.INTERVENTION,
            Stage.OUTCOME_AGREEMENT,
            Stage.FOLLOW_UP);
  }

  @ParameterizedTest
  @EnumSource(Stage.class)
  void a_stage_moves_to_paused_exactly_when_it_can_be_paused(Stage from) {
    assertThat(from.movesTo().contains(Stage.PAUSED)).isEqualTo(from.canBePaused());
  }

  @ParameterizedTest
  @EnumSource(Stage.class)
  void every_stage_that_is_not_closed_can_close_as_withdrawn(Stage from) {
    assertThat(from.movesTo().contains(Stage.CLOSED_WITHDRAWN)).isEqualTo(!from.isClosed());
  }

  @Test
  void only_referral_assessment_preparation_and_a_pause_can_close_as_not_proceeding() {
    assertThat(
            Arrays.stream(Stage.values())
                .filter(s -> s.movesTo().contains(Stage.CLOSED_NOT_PROCEEDING)))
        .containsExactly(Stage.REFERRAL, Stage.ASSESSMENT, Stage.PREPARATION, Stage.PAUSED);
  }

  @Test
  void a_pause_can_resume_into_every_stage_that_can_be_paused_and_into_no_other_main_line_stage() {
    assertThat(Stage.PAUSED.movesTo().stream().filter(Stage::isMainLine))
        .containsExactlyInAnyOrderElementsOf(
            Arrays.stream(Stage.values()).filter(Stage::canBePaused).toList());
  }

  @Test
  void no_stage_moves_to_itself_and_the_moves_cannot_be_changed_by_a_caller() {
    for (Stage stage : Stage.values()) {
      assertThat(stage.movesTo()).doesNotContain(stage);
    }
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> Stage.REFERRAL.movesTo().add(Stage.CLOSURE))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
