package org.restorative.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.restorative.fhir.FhirFixtures.all;

import java.util.List;
import org.hl7.fhir.r4.model.Basic;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Test;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.party.Party;

class LeaveAndDischargeResourcesTest {

  private static final RestorativeCase EVERY_PART =
      FhirFixtures.rareParts().get("every part in a synthetic case with a supporter");

  private static List<Basic> of(Bundle bundle, RecordKind kind) {
    return all(bundle, Basic.class).stream()
        .filter(b -> b.getCode().getCodingFirstRep().getCode().equals(kind.name()))
        .toList();
  }

  @Test
  void each_leave_and_condition_of_discharge_is_a_basic_of_its_kind_about_its_party() {
    Bundle bundle = FhirBundles.collection(EVERY_PART);
    int leave = 0;
    int conditions = 0;
    for (Party p : EVERY_PART.parties()) {
      leave += p.leaveAuthorisations().size();
      conditions += p.dischargeConditions().size();
    }
    List<Basic> leaves = of(bundle, RecordKind.LEAVE_AUTHORISATION);
    Basic first = leaves.get(0);
    Party party = EVERY_PART.parties().get(0);

    assertThat(leaves).hasSize(leave);
    assertThat(of(bundle, RecordKind.DISCHARGE_CONDITION)).hasSize(conditions);
    assertThat(first.getCode().getCodingFirstRep().getSystem())
        .isEqualTo(CodeSystems.url(RecordKind.class));
    assertThat(first.getSubject().getReference()).isEqualTo(bundle.getEntry().get(1).getFullUrl());
    assertThat(Ext.all(first.getExtension(), "condition"))
        .hasSize(party.leaveAuthorisations().get(0).conditions().size());
  }

  @Test
  void a_supporter_and_an_organisation_are_subjects_too_and_every_record_comes_back() {
    Bundle bundle = FhirBundles.collection(EVERY_PART);
    List<String> subjects =
        of(bundle, RecordKind.DISCHARGE_CONDITION).stream()
            .map(b -> b.getSubject().getReference())
            .toList();
    List<String> types =
        bundle.getEntry().stream()
            .filter(e -> subjects.contains(e.getFullUrl()))
            .map(e -> e.getResource().fhirType())
            .distinct()
            .toList();

    assertThat(types).contains("Patient", "RelatedPerson");
    assertThat(FhirBundles.read(bundle).restorativeCase().orElseThrow().parties())
        .isEqualTo(EVERY_PART.parties());
  }
}
