package org.restorative.core.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.restorative.core.process.ProcessFixtures.CHOSEN_AT;
import static org.restorative.core.process.ProcessFixtures.LETTER_DELIVERED_AT;
import static org.restorative.core.process.ProcessFixtures.aConcludedLetterExchange;
import static org.restorative.core.process.ProcessFixtures.aConference;
import static org.restorative.core.process.ProcessFixtures.aPersonHarmed;
import static org.restorative.core.process.ProcessFixtures.aRestrictedPatient;
import static org.restorative.core.process.ProcessFixtures.aSupporterOfTheHarmed;
import static org.restorative.core.process.ProcessFixtures.assertRejected;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.restorative.core.party.PartyId;

class RestorativeProcessTest {

  @Test
  void a_conference_records_its_type_medium_and_participants() {
    RestorativeProcess conference = aConference();

    assertThat(conference.type()).isEqualTo(ProcessType.FACE_TO_FACE_CONFERENCE);
    assertThat(conference.medium()).isEqualTo(Medium.IN_PERSON);
    assertThat(conference.chosenAt()).isEqualTo(CHOSEN_AT);
    assertThat(conference.participants())
        .containsExactlyInAnyOrder(aPersonHarmed(), aRestrictedPatient(), aSupporterOfTheHarmed());
    assertThat(conference.status()).isEqualTo(ProcessStatus.IN_PROGRESS);
    assertThat(conference.endedAt()).isEmpty();
  }

  @Test
  void a_concluded_letter_exchange_records_when_it_ended() {
    RestorativeProcess letters = aConcludedLetterExchange();

    assertThat(letters.endedAt()).contains(LETTER_DELIVERED_AT);
    assertThat(letters.isEnded()).isTrue();
  }

  @Test
  void changing_the_medium_changes_only_the_medium() {
    RestorativeProcess conference = aConference();
    RestorativeProcess byVideo = conference.withMedium(Medium.VIDEO);

    assertThat(byVideo.medium()).isEqualTo(Medium.VIDEO);
    assertThat(byVideo).usingRecursiveComparison().ignoringFields("medium").isEqualTo(conference);
    assertThat(conference.medium()).isEqualTo(Medium.IN_PERSON);
  }

  @Test
  void halting_a_process_changes_only_status_and_end() {
    RestorativeProcess conference = aConference();
    Instant haltedAt = Instant.parse("2025-03-20T12:00:00Z");
    RestorativeProcess halted =
        new RestorativeProcess.Builder()
            .id(conference.id())
            .type(conference.type())
            .medium(conference.medium())
            .chosenAt(conference.chosenAt())
            .addAllParticipants(conference.participants())
            .status(ProcessStatus.HALTED)
            .endedAt(haltedAt)
            .build();

    assertThat(halted.isEnded()).isTrue();
    assertThat(halted)
        .usingRecursiveComparison()
        .ignoringFields("status", "endedAt")
        .isEqualTo(conference);
  }

  @Test
  void equal_processes_are_equal_and_share_a_hash_code() {
    assertThat(aConference()).isEqualTo(aConference()).hasSameHashCodeAs(aConference());
    assertThat(aConference()).isNotEqualTo(aConcludedLetterExchange());
  }

  @Test
  void a_concluded_process_must_say_when_it_ended() {
    assertRejected(
        () -> aConcludedLetterExchange().withEndedAt(Optional.empty()), "process endedAt");
  }

  @Test
  void a_process_in_progress_has_no_end() {
    assertRejected(
        () -> aConference().withEndedAt(LETTER_DELIVERED_AT), "process endedAt", "2025-03-14");
  }

  @Test
  void a_process_cannot_end_before_it_was_chosen() {
    Instant beforeChosen = Instant.parse("2025-01-01T00:00:00Z");
    assertRejected(
        () -> aConcludedLetterExchange().withEndedAt(beforeChosen),
        "process endedAt must not be before process chosenAt",
        "2025-01-01");
  }

  @Test
  void a_process_involves_its_participants_only() {
    assertThat(aConference().involves(aSupporterOfTheHarmed())).isTrue();
    assertThat(aConcludedLetterExchange().involves(aSupporterOfTheHarmed())).isFalse();
    assertThat(aConference().involves(PartyId.of("someone-else"))).isFalse();
  }

  @Test
  void a_conference_is_direct_and_a_letter_exchange_indirect() {
    assertThat(aConference().isDirect()).isTrue();
    assertThat(aConference().isIndirect()).isFalse();
    assertThat(aConcludedLetterExchange().isDirect()).isFalse();
    assertThat(aConcludedLetterExchange().isIndirect()).isTrue();
  }

  @Test
  void only_concluded_and_halted_processes_have_ended() {
    assertThat(ProcessStatus.PLANNED.isEnded()).isFalse();
    assertThat(ProcessStatus.IN_PROGRESS.isEnded()).isFalse();
    assertThat(ProcessStatus.CONCLUDED.isEnded()).isTrue();
    assertThat(ProcessStatus.HALTED.isEnded()).isTrue();
    assertThat(aConference().isEnded()).isFalse();
  }
}
