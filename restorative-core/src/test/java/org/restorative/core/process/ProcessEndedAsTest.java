package org.restorative.core.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.restorative.core.process.ProcessFixtures.CHOSEN_AT;
import static org.restorative.core.process.ProcessFixtures.MEETING_ENDS_AT;
import static org.restorative.core.process.ProcessFixtures.aConference;

import org.junit.jupiter.api.Test;

class ProcessEndedAsTest {

  @Test
  void a_process_halted_when_a_core_party_withdrew_records_when_it_ended() {
    RestorativeProcess halted = aConference().endedAs(ProcessStatus.HALTED, MEETING_ENDS_AT);

    assertThat(halted.status()).isEqualTo(ProcessStatus.HALTED);
    assertThat(halted.endedAt()).contains(MEETING_ENDS_AT);
    assertThat(halted.isEnded()).isTrue();
    assertThat(halted.type()).isEqualTo(aConference().type());
  }

  @Test
  void a_process_cannot_end_as_in_progress_or_before_it_was_chosen() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> aConference().endedAs(ProcessStatus.IN_PROGRESS, MEETING_ENDS_AT));
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> aConference().endedAs(ProcessStatus.CONCLUDED, CHOSEN_AT.minusSeconds(60)));
  }
}
