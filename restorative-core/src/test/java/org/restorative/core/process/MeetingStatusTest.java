package org.restorative.core.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class MeetingStatusTest {

  @Test
  void every_status_but_planned_has_a_date() {
    assertThat(EnumSet.allOf(MeetingStatus.class))
        .filteredOn(MeetingStatus::isScheduledOrLater)
        .containsExactlyInAnyOrder(
            MeetingStatus.SCHEDULED,
            MeetingStatus.IN_PROGRESS,
            MeetingStatus.HELD,
            MeetingStatus.ADJOURNED,
            MeetingStatus.ABANDONED);
  }

  @Test
  void a_meeting_is_over_when_held_adjourned_or_abandoned() {
    assertThat(EnumSet.allOf(MeetingStatus.class))
        .filteredOn(MeetingStatus::isHeldOrLater)
        .containsExactlyInAnyOrder(
            MeetingStatus.HELD, MeetingStatus.ADJOURNED, MeetingStatus.ABANDONED);
  }

  @Test
  void only_adjourned_and_abandoned_meetings_were_stopped() {
    assertThat(EnumSet.allOf(MeetingStatus.class))
        .filteredOn(MeetingStatus::isStopped)
        .containsExactlyInAnyOrder(MeetingStatus.ADJOURNED, MeetingStatus.ABANDONED);
  }
}
