package org.restorative.core.harm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DutyOfCandourTest {

  @Test
  void a_notified_duty_applies_and_holds_the_notification_reference() {
    DutyOfCandour duty = DutyOfCandour.notifiedAs("DoC-2026-017");

    assertThat(duty.applies()).isTrue();
    assertThat(duty.notificationRef()).contains("DoC-2026-017");
    assertThat(duty.isNotified()).isTrue();
  }

  @Test
  void a_duty_that_applies_may_await_its_notification() {
    DutyOfCandour duty = DutyOfCandour.of(true);

    assertThat(duty.applies()).isTrue();
    assertThat(duty.isNotified()).isFalse();
  }

  @Test
  void a_duty_that_does_not_apply_has_no_notification() {
    assertThat(DutyOfCandour.of(false).isNotified()).isFalse();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> DutyOfCandour.of(false).withNotificationRef("DoC-2026-017"))
        .withMessageContaining("notificationRef")
        .withMessageNotContaining("DoC-2026-017");
  }

  @Test
  void the_notification_reference_must_not_be_blank() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> DutyOfCandour.notifiedAs(" "))
        .withMessageContaining("notificationRef");
  }

  @Test
  void recording_the_notification_changes_only_the_reference() {
    DutyOfCandour awaiting = DutyOfCandour.of(true);

    DutyOfCandour notified = awaiting.withNotificationRef("DoC-2026-017");

    assertThat(notified).isEqualTo(DutyOfCandour.notifiedAs("DoC-2026-017"));
    assertThat(notified.applies()).isTrue();
    assertThat(notified.withNotificationRef(Optional.empty())).isEqualTo(awaiting);
  }

  @Test
  void two_equal_decisions_are_equal() {
    assertThat(DutyOfCandour.notifiedAs("DoC-2026-017"))
        .isEqualTo(DutyOfCandour.notifiedAs("DoC-2026-017"))
        .hasSameHashCodeAs(DutyOfCandour.notifiedAs("DoC-2026-017"))
        .isNotEqualTo(DutyOfCandour.of(true));
  }
}
