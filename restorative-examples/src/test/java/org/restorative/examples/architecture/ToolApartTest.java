package org.restorative.examples.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import org.restorative.examples.archfixture.UsesTheTool;

/**
 * The command-line tool and the examples stand apart: an example shows the library alone, so it
 * never uses the tool's package, and the tool is wiring over the library's public API, its own
 * package, picocli, Jackson and the platform, so anything it needs that the library does not offer
 * shows up here first. (Core's internal package is refused to both by {@link CoreInternalsTest}.)
 */
class ToolApartTest {

  static final ArchRule EXAMPLES_DO_NOT_USE_THE_TOOL =
      noClasses()
          .that()
          .resideInAPackage("org.restorative.examples..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.restorative.cli..")
          .because("an example shows how to use the library, without the command-line tool");

  static final ArchRule THE_TOOL_USES_THE_LIBRARY_AND_ITS_OWN_WIRING_ONLY =
      classes()
          .that()
          .resideInAPackage("org.restorative.cli..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(
              "org.restorative.cli..",
              "org.restorative.core..",
              "org.restorative.json..",
              "org.restorative.research..",
              "org.restorative.fhir..",
              // HAPI's parser and R4 model, for fhir's Bundles only.
              "ca.uhn.fhir..",
              "org.hl7.fhir..",
              "picocli..",
              "tools.jackson..",
              "io.vavr..",
              "org.jspecify.annotations..",
              "java..",
              "javax..")
          .because("the tool is wiring over the library's public API");

  private static final JavaClasses MODULE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.restorative.cli", "org.restorative.examples");

  @Test
  void the_rules_see_the_tool_and_the_examples() {
    assertThat(MODULE.stream().map(c -> c.getPackageName()))
        .contains(
            "org.restorative.cli",
            "org.restorative.examples.embedding",
            "org.restorative.examples.integration");
  }

  @Test
  void no_example_uses_the_tool() {
    assertThatCode(() -> EXAMPLES_DO_NOT_USE_THE_TOOL.check(MODULE)).doesNotThrowAnyException();
  }

  @Test
  void the_tool_uses_the_library_picocli_jackson_and_the_platform_only() {
    assertThatCode(() -> THE_TOOL_USES_THE_LIBRARY_AND_ITS_OWN_WIRING_ONLY.check(MODULE))
        .doesNotThrowAnyException();
  }

  @Test
  void the_rule_fails_on_an_example_that_uses_the_tool() {
    JavaClasses bad = new ClassFileImporter().importClasses(UsesTheTool.class);

    assertThatThrownBy(() -> EXAMPLES_DO_NOT_USE_THE_TOOL.check(bad))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(UsesTheTool.class.getName())
        .hasMessageContaining("org.restorative.cli.RestorativeCommand");
  }
}
