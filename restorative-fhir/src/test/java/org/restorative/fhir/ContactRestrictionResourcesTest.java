package org.restorative.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.harm.ContactRestrictionType;

class ContactRestrictionResourcesTest {

  private static final RestorativeCase REFERRAL = FhirFixtures.goldenCases().get("referral.json");

  private static List<Flag> flags(Bundle bundle) {
    return bundle.getEntry().stream()
        .map(Bundle.BundleEntryComponent::getResource)
        .filter(Flag.class::isInstance)
        .map(Flag.class::cast)
        .toList();
  }

  @Test
  void a_harm_contact_restrictions_come_back_equal() {
    FhirReadResult read = FhirBundles.read(FhirBundles.collection(REFERRAL));

    assertThat(REFERRAL.harms().get(0).contactRestrictions()).isNotEmpty();
    assertThat(read.restorativeCase().orElseThrow().harms().get(0).contactRestrictions())
        .isEqualTo(REFERRAL.harms().get(0).contactRestrictions());
    assertThat(read.problems()).noneMatch(p -> p.path().contains("contactRestrictions"));
  }

  @Test
  void a_contact_restriction_is_an_active_flag_coded_by_its_type_naming_its_harm() {
    Bundle bundle = FhirBundles.collection(REFERRAL);
    Flag flag = flags(bundle).get(0);

    assertThat(flags(bundle)).hasSameSizeAs(REFERRAL.harms().get(0).contactRestrictions());
    assertThat(flag.getStatus()).isEqualTo(Flag.FlagStatus.ACTIVE);
    assertThat(flag.getCode().getCodingFirstRep().getSystem())
        .isEqualTo(CodeSystems.url(ContactRestrictionType.class));
    assertThat(flag.getPeriod().getStartElement().getValueAsString())
        .isEqualTo(REFERRAL.harms().get(0).contactRestrictions().get(0).startsOn().toString());
  }

  @Test
  void a_flag_that_names_no_harm_of_the_bundle_is_a_broken_reference() {
    Bundle bundle = FhirBundles.collection(REFERRAL);
    Flag flag = flags(bundle).get(0);
    flag.getExtensionByUrl(FhirNames.extension("harm"))
        .setValue(new Reference("urn:uuid:00000000-0000-0000-0000-000000000000"));

    FhirReadResult read = FhirBundles.read(bundle);

    assertThat(read.isRead()).isFalse();
    assertThat(read.errors())
        .extracting(v -> v.code() + " " + v.path())
        .containsExactly("FHIR_BROKEN_REFERENCE /harms");
  }
}
