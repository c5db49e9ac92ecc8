package org.restorative.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/**
 * The architecture of restorative-core, as executable rules: what core may depend on, that concept
 * packages form no cycle and sit below the case, that core never reads the clock or randomness, and
 * that generated implementation classes stay out of the API.
 */
@AnalyzeClasses(
    packages = "org.restorative.core",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  static final String[] CONCEPT_PACKAGES = {
    "org.restorative.core.harm..",
    "org.restorative.core.party..",
    "org.restorative.core.consent..",
    "org.restorative.core.assessment..",
    "org.restorative.core.questions..",
    "org.restorative.core.process..",
    "org.restorative.core.outcome.."
  };

  @ArchTest
  static final ArchRule core_depends_only_on_the_jdk_vavr_and_jspecify =
      classes()
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(
              "java..",
              // The platform's HMAC (javax.crypto.Mac in java.base), for keyed pseudonyms: a
              // standard construction is taken from the JDK, not written out again.
              "javax.crypto..",
              "io.vavr..",
              "org.jspecify..",
              // Immutables' CLASS-retention @Generated marker on generated classes; never loaded.
              "org.immutables.value..",
              "org.restorative.core..")
          .because(
              "core is framework-free: its runtime dependencies are the JDK's java.base, vavr and"
                  + " JSpecify only");

  @ArchTest
  static final ArchRule core_knows_nothing_of_jackson =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("com.fasterxml.jackson..", "tools.jackson..")
          .because("the json module owns every wire name; core carries no Jackson annotation");

  @ArchTest
  static final ArchRule concept_packages_form_no_cycle =
      slices()
          .matching("org.restorative.core.(*)..")
          .should()
          .beFreeOfCycles()
          .because("concepts refer to each other by typed id in one direction only");

  @ArchTest
  static final ArchRule concept_packages_do_not_depend_on_the_case_or_the_layers_above =
      noClasses()
          .that()
          .resideInAnyPackage(CONCEPT_PACKAGES)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.restorative.core.casefile..",
              "org.restorative.core.rules..",
              "org.restorative.core.metrics..",
              "org.restorative.core.privacy..",
              "org.restorative.core.synthetic..")
          .because(
              "casefile, rules, metrics, privacy and synthetic sit above the concept packages");

  @ArchTest
  static final ArchRule core_never_reads_the_clock_or_randomness = CoreRules.NO_CLOCK_OR_RANDOMNESS;

  @ArchTest
  static final ArchRule calendar_arithmetic_stays_within_the_range_of_java_time =
      CoreRules.CALENDAR_ARITHMETIC_IN_DATES;

  @ArchTest
  static final ArchRule core_writes_to_no_standard_stream =
      GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.because(
          "core does no I/O and no logging; it returns data");

  @ArchTest
  static final ArchRule core_uses_no_logging =
      GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.because(
          "core does no logging; a log line could carry personal data");

  @ArchTest
  static final ArchRule core_throws_no_generic_exceptions =
      GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;

  @ArchTest
  static final ArchRule generated_implementations_stay_package_private =
      classes()
          .that()
          .haveSimpleNameStartingWith("Immutable")
          .should()
          .notBePublic()
          .because("the hand-written abstract type is the whole API (style.md items 4 and 5)");

  @ArchTest
  static final ArchRule no_bucket_packages =
      noClasses()
          .should()
          .resideInAnyPackage("..util..", "..common..", "..model..", "..helpers..")
          .because("one package per concept; no util, common or model bucket");

  /** Imports the production classes once, for tests that need them outside the ArchUnit engine. */
  static JavaClasses productionClasses() {
    return new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.restorative.core");
  }
}
