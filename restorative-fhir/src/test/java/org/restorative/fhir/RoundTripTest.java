package org.restorative.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.rules.Severity;
import org.restorative.core.synthetic.SyntheticCases;

class RoundTripTest {

  static Stream<Arguments> cases() {
    List<Arguments> all = new ArrayList<>();
    for (Map.Entry<String, RestorativeCase> golden : FhirFixtures.goldenCases().entrySet()) {
      all.add(Arguments.of(golden.getKey(), golden.getValue()));
    }
    for (Map.Entry<String, RestorativeCase> rare : FhirFixtures.rareParts().entrySet()) {
      all.add(Arguments.of(rare.getKey(), rare.getValue()));
    }
    all.add(Arguments.of("every attribute", FhirFixtures.everyAttribute()));
    for (Map.Entry<String, FreeText> filled : FhirFixtures.freeTextCases().entrySet()) {
      all.add(Arguments.of(filled.getKey(), filled.getValue().restorativeCase()));
    }
    List<RestorativeCase> cohort = FhirFixtures.cohort();
    for (int i = 0; i < cohort.size(); i++) {
      all.add(Arguments.of("synthetic " + cohort.get(i).stage() + " #" + i, cohort.get(i)));
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void a_case_comes_back_as_what_the_bundle_carries(String name, RestorativeCase c) {
    IParser json = FhirContext.forR4Cached().newJsonParser();
    String text = json.encodeResourceToString(FhirBundles.collection(c));
    FhirReadResult read = FhirBundles.read(json.parseResource(Bundle.class, text));

    assertThat(read.errors()).isEmpty();
    assertThat(read.restorativeCase()).contains(Carried.view(c));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void a_transaction_bundle_comes_back_as_the_collection_does(String name, RestorativeCase c) {
    Bundle transaction = FhirBundles.transaction(c);
    FhirReadResult read = FhirBundles.read(transaction);

    assertThat(transaction.getType()).isEqualTo(Bundle.BundleType.TRANSACTION);
    assertThat(transaction.getEntry())
        .allSatisfy(
            e -> {
              assertThat(e.getRequest().getMethod()).isEqualTo(Bundle.HTTPVerb.POST);
              assertThat(e.getRequest().getUrl()).isEqualTo(e.getResource().fhirType());
              assertThat(e.getFullUrl()).startsWith("urn:uuid:");
            });
    assertThat(read.restorativeCase()).contains(Carried.view(c));
    assertThat(read.problems()).isEqualTo(FhirBundles.read(FhirBundles.collection(c)).problems());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void what_is_not_carried_comes_back_as_warnings_at_declared_paths(
      String name, RestorativeCase c) {
    FhirReadResult read = FhirBundles.read(FhirBundles.collection(c));

    assertThat(read.problems())
        .allSatisfy(
            p -> {
              assertThat(p.code()).isEqualTo(FhirProblemCode.FHIR_NOT_CARRIED.name());
              assertThat(p.severity()).isEqualTo(Severity.WARNING);
              assertThat(NotCarried.pattern(p.path())).isPresent();
            });
    assertThat(read.problems().isEmpty()).isEqualTo(Carried.view(c).equals(c));
  }

  @Test
  void any_generated_case_comes_back_as_what_the_bundle_carries() {
    qt().withFixedSeed(20261207L)
        .withExamples(150)
        .forAll(longs().between(0, 1_000_000), longs().between(0, 1_000))
        .checkAssert(
            (seed, index) -> {
              RestorativeCase c = SyntheticCases.seeded(seed).caseNumber(index);
              FhirReadResult read = FhirBundles.read(FhirBundles.collection(c));

              assertThat(read.restorativeCase()).contains(Carried.view(c));
              assertThat(read.problems()).allMatch(p -> p.is(FhirProblemCode.FHIR_NOT_CARRIED));
            });
  }

  @Test
  void the_same_case_gives_the_same_bundle() {
    RestorativeCase c = FhirFixtures.cohort().get(30);
    IParser json = FhirContext.forR4Cached().newJsonParser();
    String one = json.encodeResourceToString(FhirBundles.collection(c));
    String two = json.encodeResourceToString(FhirBundles.collection(c));

    assertThat(one).isEqualTo(two).contains("\"resourceType\":\"EpisodeOfCare\"");
  }
}
