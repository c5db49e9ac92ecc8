package org.restorative.core.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.restorative.core.party.PartyFixtures.SENTINEL_NAME;
import static org.restorative.core.party.PartyFixtures.aDeclarationOfNoConflict;
import static org.restorative.core.party.PartyFixtures.aTrainedLeadFacilitator;
import static org.restorative.core.party.PartyFixtures.cpd;
import static org.restorative.core.party.PartyFixtures.intermediateTraining;
import static org.restorative.core.party.PartyFixtures.onlyThatAttributeChanged;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FacilitatorTest {

  @Test
  void a_lead_facilitator_is_recorded_with_training_supervision_cpd_and_declaration() {
    Facilitator lead = aTrainedLeadFacilitator();
    assertThat(lead.id()).isEqualTo(FacilitatorId.of("facilitator-1"));
    assertThat(lead.role()).isEqualTo(FacilitatorRole.FACILITATOR_LEAD);
    assertThat(lead.name()).contains("Jo Patel");
    assertThat(lead.trainingRecords()).hasSize(2);
    assertThat(lead.lastSupervisionOn()).contains(LocalDate.of(2025, 4, 20));
    assertThat(lead.lastObservedPracticeOn()).contains(LocalDate.of(2024, 11, 5));
    assertThat(lead.cpd()).extracting(CpdRecord::year).containsExactly(2023, 2024);
    assertThat(lead.rjcRegistration()).contains("RJC-0042");
    assertThat(lead.external()).isTrue();
    assertThat(lead.conflictDeclaration()).contains(aDeclarationOfNoConflict());
  }

  @Test
  void a_facilitator_is_internal_to_the_trust_unless_recorded_as_external() {
    Facilitator coFacilitator =
        new Facilitator.Builder()
            .id(FacilitatorId.of("facilitator-2"))
            .role(FacilitatorRole.FACILITATOR_CO)
            .build();
    assertThat(coFacilitator.external()).isFalse();
    assertThat(coFacilitator.trainingLevel()).isEmpty();
  }

  @Test
  void the_training_level_is_the_highest_level_trained_to() {
    assertThat(aTrainedLeadFacilitator().trainingLevel()).contains(TrainingLevel.INTERMEDIATE);
  }

  @Test
  void the_highest_level_counts_whatever_the_order_of_the_records() {
    Facilitator lead =
        aTrainedLeadFacilitator()
            .withTrainingRecords(
                TrainingRecord.of(TrainingLevel.ADVANCED, LocalDate.of(2023, 1, 1)),
                TrainingRecord.of(TrainingLevel.FOUNDATION, LocalDate.of(2019, 1, 1)));
    assertThat(lead.trainingLevel()).contains(TrainingLevel.ADVANCED);
  }

  @Test
  void a_facilitator_is_trained_to_their_level_and_below_but_not_above() {
    Facilitator lead = aTrainedLeadFacilitator();
    assertThat(lead.isTrainedTo(TrainingLevel.FOUNDATION)).isTrue();
    assertThat(lead.isTrainedTo(TrainingLevel.INTERMEDIATE)).isTrue();
    assertThat(lead.isTrainedTo(TrainingLevel.ADVANCED)).isFalse();
  }

  @Test
  void a_facilitator_without_training_records_is_trained_to_no_level() {
    Facilitator untrained = aTrainedLeadFacilitator().withTrainingRecords();
    assertThat(untrained.trainingLevel()).isEmpty();
    assertThat(untrained.isTrainedTo(TrainingLevel.FOUNDATION)).isFalse();
  }

  @Test
  void the_cpd_of_a_year_is_found_by_its_year() {
    Facilitator lead = aTrainedLeadFacilitator();
    assertThat(lead.cpdIn(2024)).contains(cpd(2024, "12.5", "6.5"));
    assertThat(lead.cpdIn(2022)).isEmpty();
  }

  @Test
  void cpd_is_recorded_once_per_year_and_the_message_does_not_name_the_year() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> aTrainedLeadFacilitator().withCpd(cpd(2024, "6", "3"), cpd(2024, "8", "4")))
        .withMessageContaining("cpd")
        .withMessageNotContaining("2024");
  }

  @Test
  void a_name_must_not_be_blank_when_given() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> aTrainedLeadFacilitator().withName(" "))
        .withMessageContaining("facilitator name");
  }

  @Test
  void an_rjc_registration_must_not_be_blank_when_given() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> aTrainedLeadFacilitator().withRjcRegistration(""))
        .withMessageContaining("rjcRegistration");
  }

  @Test
  void the_name_is_redacted_from_to_string() {
    Facilitator lead = aTrainedLeadFacilitator().withName(SENTINEL_NAME);
    assertThat(lead.toString())
        .doesNotContain(SENTINEL_NAME)
        .contains("***")
        .contains("facilitator-1");
  }

  @Test
  void with_copies_change_only_one_attribute() {
    Facilitator original = aTrainedLeadFacilitator();

    Facilitator otherId = original.withId(FacilitatorId.of("facilitator-9"));
    assertThat(otherId.id()).isEqualTo(FacilitatorId.of("facilitator-9"));
    onlyThatAttributeChanged(original, otherId, c -> c.withId(original.id()));

    Facilitator co = original.withRole(FacilitatorRole.FACILITATOR_CO);
    assertThat(co.role()).isEqualTo(FacilitatorRole.FACILITATOR_CO);
    onlyThatAttributeChanged(original, co, c -> c.withRole(original.role()));

    Facilitator renamed = original.withName("Joanna Patel");
    assertThat(renamed.name()).contains("Joanna Patel");
    onlyThatAttributeChanged(original, renamed, c -> c.withName(original.name()));

    Facilitator oneRecord = original.withTrainingRecords(intermediateTraining());
    assertThat(oneRecord.trainingRecords()).containsExactly(intermediateTraining());
    onlyThatAttributeChanged(
        original, oneRecord, c -> c.withTrainingRecords(original.trainingRecords()));

    Facilitator supervised = original.withLastSupervisionOn(LocalDate.of(2025, 5, 30));
    assertThat(supervised.lastSupervisionOn()).contains(LocalDate.of(2025, 5, 30));
    onlyThatAttributeChanged(
        original, supervised, c -> c.withLastSupervisionOn(original.lastSupervisionOn()));

    Facilitator observed = original.withLastObservedPracticeOn(LocalDate.of(2025, 5, 1));
    assertThat(observed.lastObservedPracticeOn()).contains(LocalDate.of(2025, 5, 1));
    onlyThatAttributeChanged(
        original, observed, c -> c.withLastObservedPracticeOn(original.lastObservedPracticeOn()));

    Facilitator newCpd = original.withCpd(cpd(2025, "4", "2"));
    assertThat(newCpd.cpd()).containsExactly(cpd(2025, "4", "2"));
    onlyThatAttributeChanged(original, newCpd, c -> c.withCpd(original.cpd()));

    Facilitator unregistered = original.withRjcRegistration(Optional.empty());
    assertThat(unregistered.rjcRegistration()).isEmpty();
    onlyThatAttributeChanged(
        original, unregistered, c -> c.withRjcRegistration(original.rjcRegistration()));

    Facilitator internal = original.withExternal(false);
    assertThat(internal.external()).isFalse();
    onlyThatAttributeChanged(original, internal, c -> c.withExternal(true));

    Facilitator undeclared = original.withConflictDeclaration(Optional.empty());
    assertThat(undeclared.conflictDeclaration()).isEmpty();
    onlyThatAttributeChanged(
        original, undeclared, c -> c.withConflictDeclaration(original.conflictDeclaration()));
  }

  @Test
  void equal_facilitators_are_equal_and_share_a_hash_code() {
    assertThat(aTrainedLeadFacilitator())
        .isEqualTo(aTrainedLeadFacilitator())
        .hasSameHashCodeAs(aTrainedLeadFacilitator());
    assertThat(aTrainedLeadFacilitator())
        .isNotEqualTo(aTrainedLeadFacilitator().withRole(FacilitatorRole.FACILITATOR_CO));
  }
}
