package org.restorative.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.restorative.fhir.FhirFixtures.all;
import static org.restorative.fhir.FhirFixtures.readBack;

import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Procedure;
import org.junit.jupiter.api.Test;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.party.Party;
import org.restorative.core.party.PartyId;
import org.restorative.core.process.Medium;
import org.restorative.core.process.ProcessStatus;
import org.restorative.core.process.ProcessType;
import org.restorative.core.process.RestorativeProcess;

class ProcessResourcesTest {

  @Test
  void processes_and_preparation_contacts_come_back_equal() {
    RestorativeCase c = FhirFixtures.goldenCases().get("closed-completed.json");
    RestorativeCase back = readBack(c);

    assertThat(back.processes()).isEqualTo(c.processes()).isNotEmpty();
    assertThat(back.preparationContacts()).isEqualTo(c.preparationContacts()).isNotEmpty();
    assertThat(c.processes()).anyMatch(p -> p.endedAt().isPresent());
    assertThat(c.preparationContacts()).anyMatch(p -> p.notes().isPresent());
  }

  @Test
  void a_process_is_a_procedure_coded_by_its_type_with_its_participants_as_performers() {
    RestorativeCase c = FhirFixtures.goldenCases().get("closed-completed.json");
    RestorativeProcess process = c.processes().get(0);

    Procedure procedure = all(FhirBundles.collection(c), Procedure.class).get(0);

    assertThat(procedure.getCode().getCodingFirstRep().getSystem())
        .isEqualTo(CodeSystems.url(ProcessType.class));
    assertThat(procedure.getCode().getCodingFirstRep().getCode()).isEqualTo(process.type().name());
    assertThat(procedure.getStatus()).isEqualTo(Procedure.ProcedureStatus.COMPLETED);
    assertThat(process.status()).isEqualTo(ProcessStatus.CONCLUDED);
    assertThat(procedure.getPerformer()).hasSameSizeAs(process.participants());
    assertThat(procedure.getPerformedPeriod().getEnd()).isNotNull();
    assertThat(procedure.getSubject().hasReference()).isTrue();
  }

  @Test
  void every_status_comes_back_as_it_was() {
    RestorativeCase c = FhirFixtures.goldenCases().get("closed-completed.json");
    RestorativeProcess process = c.processes().get(0);
    for (ProcessStatus status : ProcessStatus.values()) {
      RestorativeProcess one =
          status.isEnded()
              ? process.endedAs(status, process.chosenAt().plusSeconds(60))
              : new RestorativeProcess.Builder()
                  .from(process)
                  .status(status)
                  .endedAt(java.util.Optional.empty())
                  .build();
      RestorativeCase withOne = c.withProcesses(List.of(one));

      assertThat(readBack(withOne).processes()).containsExactly(one);
    }
  }

  @Test
  void a_process_with_no_patient_among_its_participants_has_a_subject_absent_for_a_reason() {
    RestorativeCase c = FhirFixtures.goldenCases().get("organisation-on-person.json");
    Set<PartyId> organisations =
        Set.copyOf(c.parties().stream().filter(Party::isOrganisation).map(Party::id).toList());
    RestorativeProcess process =
        new RestorativeProcess.Builder()
            .from(c.processes().get(0))
            .participants(organisations)
            .medium(Medium.WRITTEN)
            .build();
    RestorativeCase staffOnly = c.withProcesses(List.of(process));

    Procedure procedure = all(FhirBundles.collection(staffOnly), Procedure.class).get(0);

    assertThat(organisations).isNotEmpty();
    assertThat(procedure.getSubject().hasReference()).isFalse();
    assertThat(procedure.getSubject().getExtensionByUrl(CaseResources.DATA_ABSENT_REASON))
        .isNotNull();
    assertThat(readBack(staffOnly).processes()).containsExactly(process);
  }

  @Test
  void a_preparation_contact_is_an_encounter_classed_by_its_medium_apart_from_meetings() {
    RestorativeCase c = FhirFixtures.goldenCases().get("closed-completed.json");
    Bundle bundle = FhirBundles.collection(c);

    List<Encounter> contacts =
        all(bundle, Encounter.class).stream()
            .filter(
                e ->
                    Reading.idValue(e.getIdentifier(), ProcessResources.PREPARATION_CONTACT)
                        .isPresent())
            .toList();

    assertThat(contacts).hasSameSizeAs(c.preparationContacts());
    assertThat(contacts.get(0).getClass_().getSystem()).isEqualTo(CodeSystems.url(Medium.class));
    assertThat(contacts.get(0).getClass_().getCode())
        .isEqualTo(c.preparationContacts().get(0).medium().name());
    assertThat(readBack(c).meetings()).isEqualTo(c.meetings());
  }
}
