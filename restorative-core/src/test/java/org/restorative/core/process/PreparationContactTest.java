package org.restorative.core.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.restorative.core.process.ProcessFixtures.PREPARED_AT;
import static org.restorative.core.process.ProcessFixtures.ZEBEDEE;
import static org.restorative.core.process.ProcessFixtures.aConferenceId;
import static org.restorative.core.process.ProcessFixtures.aLeadFacilitator;
import static org.restorative.core.process.ProcessFixtures.aLetterExchangeId;
import static org.restorative.core.process.ProcessFixtures.aPreparationContactWithThePatient;
import static org.restorative.core.process.ProcessFixtures.aRestrictedPatient;
import static org.restorative.core.process.ProcessFixtures.assertRejected;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PreparationContactTest {

  @Test
  void a_preparation_contact_records_who_was_prepared_when_how_and_what_was_covered() {
    PreparationContact contact = aPreparationContactWithThePatient();

    assertThat(contact.party()).isEqualTo(aRestrictedPatient());
    assertThat(contact.process()).contains(aConferenceId());
    assertThat(contact.at()).isEqualTo(PREPARED_AT);
    assertThat(contact.medium()).isEqualTo(Medium.IN_PERSON);
    assertThat(contact.by()).contains(aLeadFacilitator());
    assertThat(contact.topics())
        .containsExactlyInAnyOrder(
            PreparationTopic.PROCESS_EXPLAINED,
            PreparationTopic.RIGHT_TO_WITHDRAW,
            PreparationTopic.ACCIDENTAL_MEETING);
  }

  @Test
  void a_contact_before_any_process_is_chosen_names_no_process() {
    PreparationContact early = aPreparationContactWithThePatient().withProcess(Optional.empty());

    assertThat(early.process()).isEmpty();
    assertThat(early.isFor(aConferenceId())).isFalse();
  }

  @Test
  void changing_the_medium_changes_only_the_medium() {
    PreparationContact contact = aPreparationContactWithThePatient();
    PreparationContact byPhone = contact.withMedium(Medium.PHONE);

    assertThat(byPhone.medium()).isEqualTo(Medium.PHONE);
    assertThat(byPhone).usingRecursiveComparison().ignoringFields("medium").isEqualTo(contact);
  }

  @Test
  void equal_contacts_are_equal_and_share_a_hash_code() {
    assertThat(aPreparationContactWithThePatient())
        .isEqualTo(aPreparationContactWithThePatient())
        .hasSameHashCodeAs(aPreparationContactWithThePatient());
    assertThat(aPreparationContactWithThePatient())
        .isNotEqualTo(aPreparationContactWithThePatient().withTopics(PreparationTopic.LOGISTICS));
  }

  @Test
  void notes_must_not_be_blank_when_given() {
    assertRejected(
        () -> aPreparationContactWithThePatient().withNotes("  "), "preparation contact notes");
  }

  @Test
  void notes_are_redacted() {
    PreparationContact contact = aPreparationContactWithThePatient().withNotes(ZEBEDEE + " cried");

    assertThat(contact.toString()).doesNotContain(ZEBEDEE).contains("***");
  }

  @Test
  void a_contact_covers_the_topics_it_records() {
    PreparationContact contact = aPreparationContactWithThePatient();

    assertThat(contact.covers(PreparationTopic.RIGHT_TO_WITHDRAW)).isTrue();
    assertThat(contact.covers(PreparationTopic.SAFETY_PLAN)).isFalse();
  }

  @Test
  void a_contact_is_for_the_process_it_names() {
    PreparationContact contact = aPreparationContactWithThePatient();

    assertThat(contact.isFor(aConferenceId())).isTrue();
    assertThat(contact.isFor(aLetterExchangeId())).isFalse();
  }

  @Test
  void preparation_covers_the_four_things_the_rjc_code_asks_to_explain() {
    assertThat(PreparationTopic.values())
        .contains(
            PreparationTopic.PROCESS_EXPLAINED,
            PreparationTopic.OUTCOMES_AND_MONITORING,
            PreparationTopic.RIGHT_TO_WITHDRAW,
            PreparationTopic.CONFIDENTIALITY_LIMITS)
        .hasSize(11);
  }
}
