package org.restorative.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.Provenance;
import org.junit.jupiter.api.Test;
import org.restorative.core.assessment.SignOffSubject;
import org.restorative.core.casefile.CaseEventType;
import org.restorative.core.casefile.RestorativeCase;

/** Sign-offs as Provenance apart from the history's, and consultations as Communication. */
class OversightResourcesTest {

  private static RestorativeCase withSignOffAndConsultation() {
    return FhirFixtures.cohort().stream()
        .filter(c -> !c.signOffs().isEmpty() && !c.consultations().isEmpty())
        .findFirst()
        .orElseThrow(() -> new AssertionError("the cohort holds no such case"));
  }

  @Test
  void sign_offs_and_consultations_come_back_equal_and_the_history_unchanged() {
    FreeText filled = FreeText.fill(withSignOffAndConsultation());
    RestorativeCase c = filled.restorativeCase();

    RestorativeCase back =
        FhirBundles.read(FhirBundles.collection(c)).restorativeCase().orElseThrow();

    assertThat(back.signOffs()).isEqualTo(c.signOffs()).allMatch(s -> s.notes().isPresent());
    assertThat(back.consultations())
        .isEqualTo(c.consultations())
        .allMatch(x -> x.notes().isPresent());
    assertThat(back.history()).isEqualTo(c.history()).isNotEmpty();
  }

  @Test
  void a_sign_off_is_a_provenance_whose_activity_is_what_was_signed_off() {
    RestorativeCase c = withSignOffAndConsultation();
    Bundle bundle = FhirBundles.collection(c);

    List<Provenance> provenances = new Reading(bundle).all(Provenance.class);

    assertThat(provenances).hasSize(c.history().size() + c.signOffs().size());
    assertThat(provenances)
        .filteredOn(p -> Ext.one(p.getExtension(), "sign-off-id").isPresent())
        .hasSameSizeAs(c.signOffs())
        .allSatisfy(
            p ->
                assertThat(p.getActivity().getCodingFirstRep().getSystem())
                    .isEqualTo(CodeSystems.url(SignOffSubject.class)));
    assertThat(provenances)
        .filteredOn(p -> Ext.one(p.getExtension(), "event-id").isPresent())
        .allSatisfy(
            p ->
                assertThat(p.getActivity().getCodingFirstRep().getSystem())
                    .isEqualTo(CodeSystems.url(CaseEventType.class)));
  }

  @Test
  void a_consultation_is_a_communication_from_the_professional_consulted() {
    RestorativeCase c = withSignOffAndConsultation();
    Bundle bundle = FhirBundles.collection(c);

    List<Communication> consultations =
        new Reading(bundle)
            .withId(
                Communication.class,
                ConsultationResources.CONSULTATION,
                Communication::getIdentifier);

    assertThat(consultations).hasSameSizeAs(c.consultations());
    assertThat(consultations.get(0).getSender().getReference())
        .isEqualTo(
            new Assembly(c, Bundle.BundleType.COLLECTION)
                .fullUrl(
                    PartyResources.PROFESSIONAL, c.consultations().get(0).consultee().value()));
    assertThat(consultations.get(0).getAboutFirstRep().getReference())
        .isEqualTo(bundle.getEntryFirstRep().getFullUrl());
  }
}
