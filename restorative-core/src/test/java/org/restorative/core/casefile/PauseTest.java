package org.restorative.core.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.restorative.core.casefile.CaseFixtures.PAUSED_AT;
import static org.restorative.core.casefile.CaseFixtures.aPauseFrom;
import static org.restorative.core.casefile.CaseFixtures.assertRejected;
import static org.restorative.core.casefile.CaseFixtures.attributesThatDiffer;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.EnumSource.Mode;

class PauseTest {

  /** The pause reasons that change risk or capacity (brief §1.4, §1.7). */
  private static final Set<PauseReason> CHANGE_RISK_OR_CAPACITY =
      EnumSet.of(
          PauseReason.MENTAL_STATE_CHANGE,
          PauseReason.CAPACITY_TEMPORARILY_LOST,
          PauseReason.RECALLED_TO_HOSPITAL,
          PauseReason.LEAVE_SUSPENDED_OR_REVOKED,
          PauseReason.SAFEGUARDING_ENQUIRY);

  // Building

  @Test
  void a_pause_records_the_stage_it_interrupts_the_reason_when_and_the_review_date() {
    Pause pause = aPauseFrom(Stage.PREPARATION, PauseReason.RECALLED_TO_HOSPITAL);
    assertThat(pause.pausedFrom()).isEqualTo(Stage.PREPARATION);
    assertThat(pause.reason()).isEqualTo(PauseReason.RECALLED_TO_HOSPITAL);
    assertThat(pause.since()).isEqualTo(PAUSED_AT);
    assertThat(pause.reviewOn()).contains(LocalDate.of(2026, 5, 9));
  }

  @Test
  void a_pause_need_not_have_a_review_date() {
    Pause pause =
        new Pause.Builder()
            .pausedFrom(Stage.INTERVENTION)
            .reason(PauseReason.PENDING_CRIMINAL_PROCEEDINGS)
            .since(PAUSED_AT)
            .build();
    assertThat(pause.reviewOn()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(
      value = Stage.class,
      names = {
        "REFERRAL",
        "ASSESSMENT",
        "PREPARATION",
        "INTERVENTION",
        "OUTCOME_AGREEMENT",
        "FOLLOW_UP"
      })
  void a_case_can_be_paused_from_any_main_line_stage_before_closure(Stage stage) {
    assertThat(aPauseFrom(stage, PauseReason.PARTY_UNAVAILABLE).pausedFrom()).isEqualTo(stage);
  }

  // Checks

  @ParameterizedTest
  @EnumSource(
      value = Stage.class,
      names = {
        "CLOSURE",
        "PAUSED",
        "CLOSED_COMPLETED",
        "CLOSED_PARTIAL",
        "CLOSED_NOT_PROCEEDING",
        "CLOSED_WITHDRAWN"
      })
  void a_pause_interrupts_a_main_line_stage_before_closure(Stage stage) {
    assertRejected(
        () -> aPauseFrom(stage, PauseReason.MENTAL_STATE_CHANGE), "pausedFrom", stage.name());
  }

  // Copies and equality

  @Test
  void changing_the_reason_changes_only_the_reason() {
    Pause pause = aPauseFrom(Stage.FOLLOW_UP, PauseReason.TRIBUNAL_PENDING);
    Pause copy = pause.withReason(PauseReason.TRANSFER_BETWEEN_HOSPITALS);
    assertThat(copy.reason()).isEqualTo(PauseReason.TRANSFER_BETWEEN_HOSPITALS);
    assertThat(attributesThatDiffer(Pause.class, pause, copy)).containsExactly("reason");
  }

  @Test
  void moving_the_review_date_changes_only_the_review_date() {
    Pause pause = aPauseFrom(Stage.FOLLOW_UP, PauseReason.TRIBUNAL_PENDING);
    Pause copy = pause.withReviewOn(Optional.empty());
    assertThat(copy.reviewOn()).isEmpty();
    assertThat(attributesThatDiffer(Pause.class, pause, copy)).containsExactly("reviewOn");
  }

  @Test
  void a_copy_cannot_move_the_pause_onto_a_closed_state() {
    Pause pause = aPauseFrom(Stage.FOLLOW_UP, PauseReason.TRIBUNAL_PENDING);
    assertRejected(() -> pause.withPausedFrom(Stage.CLOSED_WITHDRAWN), "pausedFrom");
  }

  @Test
  void equal_pauses_are_equal_and_hash_alike() {
    Pause one = aPauseFrom(Stage.ASSESSMENT, PauseReason.SAFEGUARDING_ENQUIRY);
    Pause other = aPauseFrom(Stage.ASSESSMENT, PauseReason.SAFEGUARDING_ENQUIRY);
    assertThat(one).isEqualTo(other).hasSameHashCodeAs(other);
    assertThat(one).isNotEqualTo(one.withPausedFrom(Stage.PREPARATION));
  }

  // Resuming

  @ParameterizedTest
  @EnumSource(
      value = PauseReason.class,
      names = {
        "MENTAL_STATE_CHANGE",
        "CAPACITY_TEMPORARILY_LOST",
        "RECALLED_TO_HOSPITAL",
        "LEAVE_SUSPENDED_OR_REVOKED",
        "SAFEGUARDING_ENQUIRY"
      })
  void a_pause_that_changes_risk_or_capacity_resumes_into_assessment(PauseReason reason) {
    for (Stage from :
        EnumSet.of(
            Stage.ASSESSMENT,
            Stage.PREPARATION,
            Stage.INTERVENTION,
            Stage.OUTCOME_AGREEMENT,
            Stage.FOLLOW_UP)) {
      assertThat(aPauseFrom(from, reason).resumesInto())
          .as("from %s", from)
          .isEqualTo(Stage.ASSESSMENT);
    }
  }

  @ParameterizedTest
  @EnumSource(PauseReason.class)
  void a_pause_from_referral_resumes_into_referral_whatever_the_reason(PauseReason reason) {
    assertThat(aPauseFrom(Stage.REFERRAL, reason).resumesInto()).isEqualTo(Stage.REFERRAL);
  }

  @ParameterizedTest
  @EnumSource(
      value = PauseReason.class,
      names = {
        "TRANSFER_BETWEEN_HOSPITALS",
        "AWAITING_MOJ_LEAVE_DECISION",
        "PENDING_CRIMINAL_PROCEEDINGS",
        "PARTY_UNAVAILABLE",
        "TRIBUNAL_PENDING"
      })
  void any_other_pause_resumes_into_the_stage_it_interrupted(PauseReason reason) {
    for (Stage from :
        EnumSet.of(
            Stage.REFERRAL,
            Stage.ASSESSMENT,
            Stage.PREPARATION,
            Stage.INTERVENTION,
            Stage.OUTCOME_AGREEMENT,
            Stage.FOLLOW_UP)) {
      assertThat(aPauseFrom(from, reason).resumesInto()).as("from %s", from).isEqualTo(from);
    }
  }

  // Reasons

  @Test
  void mental_state_capacity_recall_leave_and_safeguarding_change_risk_or_capacity() {
    assertThat(Arrays.stream(PauseReason.values()).filter(PauseReason::changesRiskOrCapacity))
        .containsExactlyInAnyOrderElementsOf(CHANGE_RISK_OR_CAPACITY);
  }

  @ParameterizedTest
  @EnumSource(
      value = PauseReason.class,
      names = {
        "MENTAL_STATE_CHANGE",
        "CAPACITY_TEMPORARILY_LOST",
        "RECALLED_TO_HOSPITAL",
        "LEAVE_SUSPENDED_OR_REVOKED",
        "SAFEGUARDING_ENQUIRY"
      },
      mode = Mode.EXCLUDE)
  void waiting_on_others_does_not_change_risk_or_capacity(PauseReason reason) {
    assertThat(reason.changesRiskOrCapacity()).isFalse();
  }

  @Test
  void the_pause_reasons_are_the_codes_of_the_brief() {
    assertThat(Arrays.stream(PauseReason.values()).map(PauseReason::name))
        .containsExactly(
            "MENTAL_STATE_CHANGE",
            "CAPACITY_TEMPORARILY_LOST",
            "RECALLED_TO_HOSPITAL",
            "TRANSFER_BETWEEN_HOSPITALS",
            "LEAVE_SUSPENDED_OR_REVOKED",
            "AWAITING_MOJ_LEAVE_DECISION",
            "PENDING_CRIMINAL_PROCEEDINGS",
            "SAFEGUARDING_ENQUIRY",
            "PARTY_UNAVAILABLE",
            "TRIBUNAL_PENDING");
  }

  @Test
  void a_printed_pause_shows_its_reason_and_the_stage_it_interrupted() {
    assertThat(aPauseFrom(Stage.PREPARATION, PauseReason.AWAITING_MOJ_LEAVE_DECISION).toString())
        .contains("AWAITING_MOJ_LEAVE_DECISION")
        .contains("PREPARATION");
  }
}
