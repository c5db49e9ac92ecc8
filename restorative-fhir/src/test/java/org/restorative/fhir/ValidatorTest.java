package org.restorative.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.privacy.PseudonymisedCase;
import org.restorative.core.privacy.Pseudonymiser;

/**
 * Every Bundle of the golden cases and of a synthetic cohort of every stage passes HAPI's instance
 * validator against the base R4 specification and the library's own code systems with no error. The
 * validator is built once for the class: it takes seconds to start. A failure prints each message's
 * severity, location and message id only, never the message, which may quote a value.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ValidatorTest {

  private FhirValidator validator;

  @BeforeAll
  void buildTheValidatorOnce() {
    FhirContext context = FhirContext.forR4Cached();
    PrePopulatedValidationSupport library = new PrePopulatedValidationSupport(context);
    for (CodeSystem system : CodeSystems.all()) {
      library.addCodeSystem(system);
    }
    ValidationSupportChain chain =
        new ValidationSupportChain(
            new DefaultProfileValidationSupport(context),
            library,
            new CommonCodeSystemsTerminologyService(context),
            new InMemoryTerminologyServerValidationSupport(context),
            new SnapshotGeneratingValidationSupport(context));
    validator = context.newValidator().registerValidatorModule(new FhirInstanceValidator(chain));
  }

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
  void the_collection_bundle_has_no_error(String name, RestorativeCase c) {
    assertThat(errors(FhirBundles.collection(c))).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void the_transaction_bundle_has_no_error(String name, RestorativeCase c) {
    assertThat(errors(FhirBundles.transaction(c))).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void the_pseudonymised_bundle_has_no_error(String name, RestorativeCase c) {
    PseudonymisedCase view = PSEUDONYMISER.pseudonymise(c, ZoneOffset.UTC);

    assertThat(errors(FhirBundles.pseudonymised(view))).isEmpty();
  }

  static final Pseudonymiser PSEUDONYMISER =
      Pseudonymiser.keyed("a test key, not a secret".getBytes(StandardCharsets.UTF_8));

  @Test
  void the_library_code_systems_have_no_error() {
    for (CodeSystem system : CodeSystems.all()) {
      ValidationResult result = validator.validateWithResult(system);
      assertThat(describe(result, true)).as(system.getUrl()).isEmpty();
    }
  }

  @Test
  void the_library_questionnaires_have_no_error() {
    List<org.hl7.fhir.r4.model.Questionnaire> all = Questionnaires.all();

    assertThat(all).hasSizeGreaterThan(1);
    for (org.hl7.fhir.r4.model.Questionnaire questionnaire : all) {
      ValidationResult result = validator.validateWithResult(questionnaire);
      assertThat(describe(result, true)).as(questionnaire.getUrl()).isEmpty();
    }
  }

  @Test
  void the_validator_reports_an_error_in_a_broken_bundle() {
    Bundle broken = FhirBundles.collection(FhirFixtures.cohort().get(20));
    broken.getEntry().get(0).getResource().setIdElement(null);
    ((org.hl7.fhir.r4.model.EpisodeOfCare) broken.getEntry().get(0).getResource()).setStatus(null);

    assertThat(errors(broken)).isNotEmpty();
  }

  @Test
  void the_validator_checks_codes_against_the_library_code_systems() {
    Bundle bundle = FhirBundles.collection(FhirFixtures.cohort().get(20));
    EpisodeOfCare episode = (EpisodeOfCare) bundle.getEntry().get(0).getResource();
    ((Coding) episode.getExtensionByUrl(FhirNames.extension("case-stage")).getValue())
        .setCode("NOT_A_STAGE");

    assertThat(errors(bundle))
        .containsExactly(
            "ERROR at Bundle.entry[0].resource/*EpisodeOfCare/null*/.extension[0]"
                + ".value.ofType(Coding)"
                + " (Terminology_PassThrough_TX_Message)");
  }

  private List<String> errors(Bundle bundle) {
    return describe(validator.validateWithResult(bundle), true);
  }

  static List<String> describe(ValidationResult result, boolean errorsOnly) {
    List<String> found = new ArrayList<>();
    for (SingleValidationMessage message : result.getMessages()) {
      boolean error =
          message.getSeverity() == ResultSeverityEnum.ERROR
              || message.getSeverity() == ResultSeverityEnum.FATAL;
      if (error || !errorsOnly) {
        found.add(
            message.getSeverity()
                + " at "
                + message.getLocationString()
                + " ("
                + message.getMessageId()
                + ")");
      }
    }
    return found;
  }
}
