package org.restorative.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.Map;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Test;
import org.restorative.core.privacy.Pseudonymiser;

/**
 * The ordinary Bundle carries the case's free text and reads it back; the pseudonymised Bundle
 * carries none of it. Each case has a sentinel in every slot of free text it has room for.
 */
class FreeTextTest {

  static final Pseudonymiser PSEUDONYMISER =
      Pseudonymiser.keyed("a test key, not a secret".getBytes(StandardCharsets.UTF_8));

  private static String json(Bundle bundle) {
    return FhirContext.forR4Cached().newJsonParser().encodeResourceToString(bundle);
  }

  @Test
  void the_bundle_carries_every_free_text_it_does_not_name_as_not_carried() {
    int carried = 0;
    for (FreeText filled : FhirFixtures.freeTextCases().values()) {
      String json = json(FhirBundles.collection(filled.restorativeCase()));
      for (Map.Entry<String, String> sentinel : filled.sentinels().entrySet()) {
        if (NotCarried.pattern(sentinel.getKey()).isEmpty()) {
          assertThat(json).as(sentinel.getKey()).contains(sentinel.getValue());
          carried++;
        } else {
          assertThat(json).as(sentinel.getKey()).doesNotContain(sentinel.getValue());
        }
      }
    }
    assertThat(carried).isGreaterThan(50);
  }

  @Test
  void the_pseudonymised_bundle_carries_no_free_text() {
    for (FreeText filled : FhirFixtures.freeTextCases().values()) {
      String json =
          json(
              FhirBundles.pseudonymised(
                  PSEUDONYMISER.pseudonymise(filled.restorativeCase(), ZoneOffset.UTC)));

      assertThat(filled.sentinels()).isNotEmpty();
      assertThat(json).doesNotContain(FreeText.MARK);
    }
  }
}
