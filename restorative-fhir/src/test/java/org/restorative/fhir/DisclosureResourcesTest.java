package org.restorative.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Test;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.consent.DisclosedItem;
import org.restorative.core.consent.Disclosure;
import org.restorative.core.consent.RecipientType;
import org.restorative.core.consent.SharingPurpose;

class DisclosureResourcesTest {

  private static final RestorativeCase EVERY_PART =
      FhirFixtures.rareParts().get("every part in organisation-on-person.json");

  private static List<AuditEvent> events(Bundle bundle) {
    return bundle.getEntry().stream()
        .map(Bundle.BundleEntryComponent::getResource)
        .filter(AuditEvent.class::isInstance)
        .map(AuditEvent.class::cast)
        .toList();
  }

  @Test
  void a_disclosure_is_an_export_audit_event_with_who_disclosed_and_the_recipient_as_agents() {
    Bundle bundle = FhirBundles.collection(EVERY_PART);
    Disclosure disclosure = EVERY_PART.disclosures().get(1);
    AuditEvent event = events(bundle).get(1);

    assertThat(events(bundle)).hasSameSizeAs(EVERY_PART.disclosures());
    assertThat(event.getType().getSystem())
        .isEqualTo("http://dicom.nema.org/resources/ontology/DCM");
    assertThat(event.getType().getCode()).isEqualTo("110106");
    assertThat(event.getAgent()).hasSize(2);
    assertThat(event.getAgent().get(0).getRequestor()).isTrue();
    assertThat(event.getAgent().get(0).getWho().getIdentifier().getValue())
        .isEqualTo(disclosure.by().value());
    assertThat(event.getAgent().get(1).getRequestor()).isFalse();
    assertThat(event.getAgent().get(1).getType().getCodingFirstRep().getCode())
        .isEqualTo(RecipientType.POLICE.name());
    assertThat(event.getAgent().get(1).getWho().getDisplay())
        .isEqualTo(disclosure.recipient().organisation().orElseThrow());
    assertThat(event.getPurposeOfEventFirstRep().getCodingFirstRep().getCode())
        .isEqualTo(SharingPurpose.SAFEGUARDING.name());
    assertThat(event.getEntity())
        .extracting(e -> e.getType().getCode())
        .contains(DisclosedItem.RISK_INFORMATION.name());
  }

  @Test
  void disclosures_come_back_equal() {
    FhirReadResult read = FhirBundles.read(FhirBundles.collection(EVERY_PART));

    assertThat(read.restorativeCase().orElseThrow().disclosures())
        .isEqualTo(EVERY_PART.disclosures())
        .hasSize(2);
    assertThat(read.problems()).noneMatch(p -> p.path().startsWith("/disclosures"));
  }
}
