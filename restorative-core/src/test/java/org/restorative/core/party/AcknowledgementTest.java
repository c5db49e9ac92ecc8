package org.restorative.core.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.restorative.core.party.PartyFixtures.SENTINEL_NAME;
import static org.restorative.core.party.PartyFixtures.WARD_MANAGER;
import static org.restorative.core.party.PartyFixtures.onlyThatAttributeChanged;
import static org.restorative.core.party.PartyFixtures.remorseRecordedByTheWardManager;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AcknowledgementTest {

  @Test
  void the_levels_are_those_of_the_scottish_guidance() {
    assertThat(AcknowledgementLevel.values())
        .extracting(Enum::name)
        .containsExactly("FACTS", "OWN_PART", "HARM_CAUSED", "REMORSE", "WILLING_TO_REPAIR");
  }

  @Test
  void an_acknowledgement_of_remorse_is_recorded_with_its_day_recorder_and_note() {
    Acknowledgement remorse = remorseRecordedByTheWardManager();
    assertThat(remorse.level()).isEqualTo(AcknowledgementLevel.REMORSE);
    assertThat(remorse.acknowledgedOn()).isEqualTo(LocalDate.of(2025, 5, 2));
    assertThat(remorse.recordedBy()).contains(WARD_MANAGER);
    assertThat(remorse.note()).contains("said sorry in their own words");
  }

  @Test
  void a_bare_acknowledgement_has_no_recorder_and_no_note() {
    Acknowledgement facts =
        Acknowledgement.of(AcknowledgementLevel.FACTS, LocalDate.of(2025, 4, 1));
    assertThat(facts.recordedBy()).isEmpty();
    assertThat(facts.note()).isEmpty();
  }

  @Test
  void a_note_must_not_be_blank_when_given() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> remorseRecordedByTheWardManager().withNote(""))
        .withMessageContaining("note");
  }

  @Test
  void the_note_is_redacted_from_to_string() {
    Acknowledgement remorse =
        remorseRecordedByTheWardManager().withNote("apologised to " + SENTINEL_NAME);
    assertThat(remorse.toString())
        .doesNotContain(SENTINEL_NAME)
        .contains("***")
        .contains("REMORSE");
  }

  @Test
  void with_copies_change_only_one_attribute() {
    Acknowledgement original = remorseRecordedByTheWardManager();

    Acknowledgement repair = original.withLevel(AcknowledgementLevel.WILLING_TO_REPAIR);
    assertThat(repair.level()).isEqualTo(AcknowledgementLevel.WILLING_TO_REPAIR);
    onlyThatAttributeChanged(original, repair, c -> c.withLevel(original.level()));

    Acknowledgement later = original.withAcknowledgedOn(LocalDate.of(2025, 5, 9));
    assertThat(later.acknowledgedOn()).isEqualTo(LocalDate.of(2025, 5, 9));
    onlyThatAttributeChanged(original, later, c -> c.withAcknowledgedOn(original.acknowledgedOn()));

    Acknowledgement otherRecorder = original.withRecordedBy(ActorId.of("actor-facilitator"));
    assertThat(otherRecorder.recordedBy()).contains(ActorId.of("actor-facilitator"));
    onlyThatAttributeChanged(original, otherRecorder, c -> c.withRecordedBy(original.recordedBy()));

    Acknowledgement otherNote = original.withNote("wrote a letter");
    assertThat(otherNote.note()).contains("wrote a letter");
    onlyThatAttributeChanged(original, otherNote, c -> c.withNote(original.note()));
  }

  @Test
  void equal_acknowledgements_are_equal_and_share_a_hash_code() {
    assertThat(remorseRecordedByTheWardManager())
        .isEqualTo(remorseRecordedByTheWardManager())
        .hasSameHashCodeAs(remorseRecordedByTheWardManager());
    assertThat(Acknowledgement.of(AcknowledgementLevel.FACTS, LocalDate.of(2025, 4, 1)))
        .isNotEqualTo(Acknowledgement.of(AcknowledgementLevel.FACTS, LocalDate.of(2025, 4, 2)));
  }
}
