package org.restorative.examples.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Test;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.casefile.Stage;
import org.restorative.core.rules.Violation;
import org.restorative.core.synthetic.SyntheticCases;
import org.restorative.fhir.FhirBundles;
import org.restorative.fhir.FhirReadResult;
import org.restorative.json.CaseJson;

class FhirExchangeTest {

  private static final RestorativeCase CASE = SyntheticCases.seeded(7).caseAt(Stage.ASSESSMENT, 1);

  private final FhirExchange exchange = new FhirExchange();

  @Test
  void a_record_goes_to_the_server_as_a_transaction_and_comes_back_with_what_was_not_carried() {
    FhirExchange.Outgoing outgoing = exchange.toServer(CaseJson.strict().write(CASE));

    assertThat(outgoing.bundleJson())
        .contains("\"type\":\"transaction\"")
        .contains("\"method\":\"POST\"");

    FhirExchange.Incoming incoming = exchange.fromServer(outgoing.bundleJson());

    assertThat(incoming.problems()).noneMatch(Violation::isError);
    assertThat(incoming.problems())
        .extracting(Violation::path)
        .containsExactlyElementsOf(outgoing.notCarried());
    RestorativeCase back =
        CaseJson.strict().read(incoming.caseRecordJson()).restorativeCase().orElseThrow();
    assertThat(back.id()).isEqualTo(CASE.id());
    assertThat(back.parties()).hasSameSizeAs(CASE.parties());
    assertThat(back.history())
        .isEqualTo(
            CASE.history().stream().map(e -> e.withNote(java.util.Optional.empty())).toList());
  }

  @Test
  void a_record_that_cannot_be_read_is_refused_with_codes_and_paths_only() {
    assertThatThrownBy(
            () -> exchange.toServer("{\"format\": \"restorative-case\", \"name\": \"Ann\"}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("not a case record: [JSON_")
        .hasMessageNotContaining("Ann");
  }

  @Test
  void the_readme_example_sends_a_case_and_reads_it_back() {
    RestorativeCase restorativeCase = CASE;

    // The README quotes these lines.
    Bundle bundle = FhirBundles.transaction(restorativeCase);
    IParser json = FhirContext.forR4Cached().newJsonParser();
    String posted = json.encodeResourceToString(bundle);
    List<String> notCarried = FhirBundles.notCarried(bundle);

    FhirReadResult read = FhirBundles.read(json.parseResource(Bundle.class, posted));

    assertThat(read.restorativeCase().orElseThrow().id()).isEqualTo(CASE.id());
    assertThat(read.problems()).extracting(Violation::path).containsExactlyElementsOf(notCarried);
  }

  @Test
  void a_bundle_with_no_case_gives_no_record_and_says_why() {
    FhirExchange.Incoming incoming =
        exchange.fromServer("{\"resourceType\":\"Bundle\",\"type\":\"collection\"}");

    assertThat(incoming.caseRecordJson()).isEmpty();
    assertThat(FhirExchange.codes(incoming.problems())).containsExactly("FHIR_NO_CASE at ");
  }
}
