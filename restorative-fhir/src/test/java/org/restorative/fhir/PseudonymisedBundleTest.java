package org.restorative.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.Test;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.party.Party;
import org.restorative.core.privacy.PseudonymisedCase;
import org.restorative.core.privacy.Pseudonymiser;

class PseudonymisedBundleTest {

  static final Pseudonymiser PSEUDONYMISER =
      Pseudonymiser.keyed("a test key, not a secret".getBytes(StandardCharsets.UTF_8));

  private static String json(Bundle bundle) {
    return FhirContext.forR4Cached().newJsonParser().encodeResourceToString(bundle);
  }

  @Test
  void no_name_date_of_birth_free_text_or_id_of_the_case_is_in_the_bundle() {
    for (RestorativeCase c : FhirFixtures.goldenCases().values()) {
      String json = json(FhirBundles.pseudonymised(PSEUDONYMISER.pseudonymise(c, ZoneOffset.UTC)));
      List<String> personal = new ArrayList<>();
      for (Party p : c.parties()) {
        p.name().ifPresent(personal::add);
        p.preferredName().ifPresent(personal::add);
        p.dateOfBirth().map(Object::toString).ifPresent(personal::add);
        personal.add("\"" + p.id().value() + "\"");
      }
      c.harms().forEach(h -> h.narrative().ifPresent(personal::add));
      c.referral().notes().ifPresent(personal::add);
      personal.add("\"" + c.id().value() + "\"");

      assertThat(personal).isNotEmpty().allSatisfy(value -> assertThat(json).doesNotContain(value));
    }
  }

  @Test
  void the_bundle_is_labelled_pseudonymised_and_says_it_is_still_personal_data() {
    RestorativeCase c = FhirFixtures.goldenCases().get("closed-completed.json");
    PseudonymisedCase view = PSEUDONYMISER.pseudonymise(c, ZoneOffset.UTC);
    Bundle bundle = FhirBundles.pseudonymised(view);
    EpisodeOfCare episode = (EpisodeOfCare) bundle.getEntryFirstRep().getResource();

    assertThat(bundle.getMeta().getSecurity())
        .anySatisfy(s -> assertThat(s.getCode()).isEqualTo("PSEUDED"));
    assertThat(Ext.value(episode.getExtension(), "notice").map(v -> ((StringType) v).getValue()))
        .contains(PseudonymisedCase.NOTICE);
    assertThat(episode.getIdentifierFirstRep().getValue()).isEqualTo(view.casePseudonym());
    assertThat(episode.getPeriod().getStartElement().getValueAsString())
        .isEqualTo(view.referredIn().toString());
    assertThat(
            bundle.getEntry().stream()
                .filter(e -> e.getResource() instanceof Patient)
                .map(e -> ((Patient) e.getResource()).getIdentifierFirstRep().getValue())
                .toList())
        .isSubsetOf(view.parties().stream().map(p -> p.pseudonym()).toList())
        .isNotEmpty();
    assertThat(FhirBundles.notCarried(bundle))
        .hasSize(
            view.history().size()
                + view.processes().size()
                + view.meetings().size()
                + view.agreements().size()
                + view.actions().size()
                + view.evaluations().size())
        .contains("/history/0");
  }

  @Test
  void the_same_view_gives_the_same_bundle() {
    RestorativeCase c = FhirFixtures.cohort().get(40);
    PseudonymisedCase view = PSEUDONYMISER.pseudonymise(c, ZoneOffset.UTC);

    assertThat(json(FhirBundles.pseudonymised(view)))
        .isEqualTo(json(FhirBundles.pseudonymised(view)));
  }
}
