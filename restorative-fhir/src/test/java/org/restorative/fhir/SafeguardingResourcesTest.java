package org.restorative.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hl7.fhir.r4.model.Basic;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Test;
import org.restorative.core.assessment.SafeguardingConcern;
import org.restorative.core.casefile.RestorativeCase;

class SafeguardingResourcesTest {

  private static final RestorativeCase EVERY_PART =
      FhirFixtures.rareParts().get("every part in synthetic #94");

  private static List<Basic> concerns(Bundle bundle) {
    return bundle.getEntry().stream()
        .map(Bundle.BundleEntryComponent::getResource)
        .filter(Basic.class::isInstance)
        .map(Basic.class::cast)
        .filter(
            b -> Reading.idValue(b.getIdentifier(), SafeguardingResources.SAFEGUARDING).isPresent())
        .toList();
  }

  @Test
  void a_concern_is_a_basic_with_its_id_its_author_and_the_first_party_as_subject() {
    Bundle bundle = FhirBundles.collection(EVERY_PART);
    int last = EVERY_PART.safeguardingConcerns().size() - 1;
    SafeguardingConcern paused = EVERY_PART.safeguardingConcerns().get(last - 1);
    Basic basic = concerns(bundle).get(last - 1);
    Basic aboutNoOne = concerns(bundle).get(last);

    assertThat(concerns(bundle)).hasSameSizeAs(EVERY_PART.safeguardingConcerns());
    assertThat(basic.getCode().getCodingFirstRep().getCode()).isEqualTo("SAFEGUARDING_CONCERN");
    assertThat(basic.getIdentifierFirstRep().getValue()).isEqualTo(paused.id().value());
    assertThat(basic.getAuthor().getIdentifier().getValue()).isEqualTo(paused.raisedBy().value());
    assertThat(basic.getSubject().getReference()).startsWith("urn:uuid:");
    assertThat(Ext.all(basic.getExtension(), "about")).hasSize(paused.about().size());
    assertThat(aboutNoOne.hasSubject()).isFalse();
  }

  @Test
  void concerns_and_their_pause_decisions_come_back_equal() {
    FhirReadResult read = FhirBundles.read(FhirBundles.collection(EVERY_PART));

    assertThat(read.restorativeCase().orElseThrow().safeguardingConcerns())
        .isEqualTo(EVERY_PART.safeguardingConcerns())
        .anyMatch(SafeguardingConcern::pausesCase);
  }
}
