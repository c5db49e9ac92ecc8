package org.restorative.core.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.restorative.core.consent.ConsentFixtures.THE_CONFERENCE;
import static org.restorative.core.consent.ConsentFixtures.THE_FACILITATOR;
import static org.restorative.core.consent.ConsentFixtures.THE_PATIENT;
import static org.restorative.core.consent.ConsentFixtures.ZEBEDEE;
import static org.restorative.core.consent.ConsentFixtures.aWithdrawalFrom;
import static org.restorative.core.consent.ConsentFixtures.assertOnlyChanged;
import static org.restorative.core.consent.ConsentFixtures.assertRejected;
import static org.restorative.core.consent.ConsentFixtures.daysAfterConsent;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.restorative.core.party.ActorId;
import org.restorative.core.process.MeetingId;
import org.restorative.core.process.ProcessType;

class WithdrawalTest {

  @Test
  void a_withdrawal_with_no_reason_is_valid() {
    Withdrawal withdrawal =
        new Withdrawal.Builder()
            .party(THE_PATIENT)
            .at(daysAfterConsent(10))
            .scope(WithdrawalScope.WHOLE_PROCESS)
            .build();

    assertThat(withdrawal.reason()).isEmpty();
    assertThat(withdrawal.recordedBy()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(WithdrawalScope.class)
  void a_party_may_withdraw_from_any_scope_without_giving_a_reason(WithdrawalScope scope) {
    Withdrawal withdrawal = aWithdrawalFrom(scope);

    assertThat(withdrawal.scope()).isEqualTo(scope);
    assertThat(withdrawal.reason()).isEmpty();
  }

  @Test
  void a_withdrawal_from_a_process_type_names_it() {
    Withdrawal withdrawal = aWithdrawalFrom(WithdrawalScope.PROCESS_TYPE);

    assertThat(withdrawal.processType()).contains(ProcessType.FACE_TO_FACE_CONFERENCE);
    assertThat(withdrawal.meeting()).isEmpty();
    assertThat(withdrawal.recordedBy()).contains(THE_FACILITATOR);
  }

  @Test
  void a_withdrawal_from_a_meeting_names_it() {
    Withdrawal withdrawal = aWithdrawalFrom(WithdrawalScope.MEETING);

    assertThat(withdrawal.meeting()).contains(THE_CONFERENCE);
    assertThat(withdrawal.processType()).isEmpty();
  }

  @Test
  void a_withdrawal_from_the_whole_process_withdraws_from_every_process_type() {
    Withdrawal withdrawal = aWithdrawalFrom(WithdrawalScope.WHOLE_PROCESS);

    for (ProcessType type : ProcessType.values()) {
      assertThat(withdrawal.withdrawsFrom(type)).as("%s", type).isTrue();
    }
  }

  @Test
  void a_withdrawal_from_a_conference_leaves_a_letter_exchange_open() {
    Withdrawal withdrawal = aWithdrawalFrom(WithdrawalScope.PROCESS_TYPE);

    assertThat(withdrawal.withdrawsFrom(ProcessType.FACE_TO_FACE_CONFERENCE)).isTrue();
    assertThat(withdrawal.withdrawsFrom(ProcessType.LETTER_EXCHANGE)).isFalse();
  }

  @Test
  void a_withdrawal_from_one_meeting_or_from_sharing_does_not_withdraw_from_the_process_type() {
    assertThat(
            aWithdrawalFrom(WithdrawalScope.MEETING)
                .withdrawsFrom(ProcessType.FACE_TO_FACE_CONFERENCE))
        .isFalse();
    assertThat(
            aWithdrawalFrom(WithdrawalScope.INFORMATION_SHARING)
                .withdrawsFrom(ProcessType.FACE_TO_FACE_CONFERENCE))
        .isFalse();
  }

  @Test
  void copying_with_a_reason_changes_only_the_reason() {
    Withdrawal withdrawal = aWithdrawalFrom(WithdrawalScope.WHOLE_PROCESS);

    assertOnlyChanged(
        Withdrawal.class, withdrawal, withdrawal.withReason("Not ready to meet"), "reason");
  }

  @Test
  void copying_with_another_recorder_changes_only_the_recorder() {
    Withdrawal withdrawal = aWithdrawalFrom(WithdrawalScope.WHOLE_PROCESS);

    assertOnlyChanged(
        Withdrawal.class,
        withdrawal,
        withdrawal.withRecordedBy(ActorId.of("a-nurse")),
        "recordedBy");
  }

  @Test
  void two_identical_withdrawals_are_equal() {
    assertThat(aWithdrawalFrom(WithdrawalScope.MEETING))
        .isEqualTo(aWithdrawalFrom(WithdrawalScope.MEETING))
        .hasSameHashCodeAs(aWithdrawalFrom(WithdrawalScope.MEETING))
        .isNotEqualTo(aWithdrawalFrom(WithdrawalScope.WHOLE_PROCESS));
  }

  @Test
  void a_withdrawal_from_a_process_type_must_name_it() {
    assertRejected(
        () ->
            new Withdrawal.Builder()
                .party(THE_PATIENT)
                .at(daysAfterConsent(10))
                .scope(WithdrawalScope.PROCESS_TYPE)
                .build(),
        "withdrawal processType");
  }

  @Test
  void a_withdrawal_from_the_whole_process_cannot_name_a_process_type() {
    assertRejected(
        () ->
            aWithdrawalFrom(WithdrawalScope.WHOLE_PROCESS)
                .withProcessType(ProcessType.LETTER_EXCHANGE),
        "withdrawal processType",
        "LETTER_EXCHANGE");
  }

  @Test
  void a_withdrawal_from_a_meeting_must_name_it() {
    assertRejected(
        () ->
            new Withdrawal.Builder()
                .party(THE_PATIENT)
                .at(daysAfterConsent(10))
                .scope(WithdrawalScope.MEETING)
                .build(),
        "withdrawal meeting");
  }

  @Test
  void a_withdrawal_from_sharing_cannot_name_a_meeting() {
    assertRejected(
        () ->
            aWithdrawalFrom(WithdrawalScope.INFORMATION_SHARING)
                .withMeeting(MeetingId.of("m-secret")),
        "withdrawal meeting",
        "m-secret");
  }

  @Test
  void a_reason_when_given_cannot_be_blank() {
    assertRejected(
        () -> aWithdrawalFrom(WithdrawalScope.WHOLE_PROCESS).withReason("\t"), "withdrawal reason");
  }

  @Test
  void the_reason_is_redacted() {
    Withdrawal withdrawal = aWithdrawalFrom(WithdrawalScope.WHOLE_PROCESS).withReason(ZEBEDEE);

    assertThat(withdrawal.reason()).contains(ZEBEDEE);
    assertThat(withdrawal.toString()).doesNotContain(ZEBEDEE).contains("***");
  }
}
