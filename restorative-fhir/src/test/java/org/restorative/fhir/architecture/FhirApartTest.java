package org.restorative.fhir.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import org.restorative.core.fixture.CoreLookingClassUsingHapi;

/**
 * HAPI FHIR stays in restorative-fhir. The rule runs here, where HAPI, the org.hl7 model and
 * Jackson 2 are on the class path, over core's and json's production classes: a dependency on any
 * of them would be seen.
 */
class FhirApartTest {

  static final ArchRule CORE_AND_JSON_KNOW_NOTHING_OF_HAPI_THE_HL7_MODEL_OR_JACKSON_2 =
      noClasses()
          .that()
          .resideInAnyPackage("org.restorative.core..", "org.restorative.json..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("ca.uhn..", "org.hl7..", "com.fasterxml.jackson..")
          .because(
              "HAPI FHIR brings Jackson 2 and about 59 MB of jars; only restorative-fhir depends on"
                  + " it, so core and json stay small for everyone who does not map to FHIR");

  private static final JavaClasses CORE_AND_JSON =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.restorative.core", "org.restorative.json");

  @Test
  void the_rule_sees_core_and_json() {
    assertThat(CORE_AND_JSON.stream().map(JavaClass::getPackageName))
        .contains("org.restorative.core.casefile", "org.restorative.json");
  }

  @Test
  void core_and_json_use_no_hapi_hl7_or_jackson_2_type() {
    assertThatCode(
            () ->
                CORE_AND_JSON_KNOW_NOTHING_OF_HAPI_THE_HL7_MODEL_OR_JACKSON_2.check(CORE_AND_JSON))
        .doesNotThrowAnyException();
  }

  @Test
  void the_rule_fails_on_a_core_class_that_uses_a_hapi_type() {
    JavaClasses bad = new ClassFileImporter().importClasses(CoreLookingClassUsingHapi.class);

    assertThatThrownBy(
            () -> CORE_AND_JSON_KNOW_NOTHING_OF_HAPI_THE_HL7_MODEL_OR_JACKSON_2.check(bad))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("org.hl7.fhir.r4.model.Patient");
  }
}
