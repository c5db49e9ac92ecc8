package org.restorative.examples.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.restorative.examples.archfixture.UsesCoreInternals;

/**
 * Core's internal package is core's own: restorative-json, restorative-research and the examples
 * use the library's API only. The module's class path holds every published module, so the rule is
 * checked here over all of them.
 */
class CoreInternalsTest {

  /** The rule, over whatever classes it is given. */
  static final ArchRule ONLY_CORE_USES_ITS_INTERNAL_PACKAGE =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.restorative.core..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.restorative.core.internal..")
          .because(
              "org.restorative.core.internal is not API: the module does not export it and it can"
                  + " change in any release");

  private static final JavaClasses LIBRARY =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.restorative");

  @Test
  void the_rule_sees_every_published_module_and_the_examples() {
    Set<String> packages =
        StreamSupport.stream(LIBRARY.spliterator(), false)
            .map(JavaClass::getPackageName)
            .collect(Collectors.toSet());

    assertThat(packages)
        .contains(
            "org.restorative.core.internal",
            "org.restorative.core.casefile",
            "org.restorative.json",
            "org.restorative.research")
        .anySatisfy(p -> assertThat(p).startsWith("org.restorative.examples"));
    assertThat(LIBRARY.stream().map(JavaClass::getName))
        .doesNotContain(UsesCoreInternals.class.getName());
  }

  @Test
  void no_class_outside_core_uses_its_internal_package() {
    assertThatCode(() -> ONLY_CORE_USES_ITS_INTERNAL_PACKAGE.check(LIBRARY))
        .doesNotThrowAnyException();
  }

  @Test
  void the_rule_fails_on_a_class_outside_core_that_uses_it() {
    JavaClasses bad = new ClassFileImporter().importClasses(UsesCoreInternals.class);

    assertThatThrownBy(() -> ONLY_CORE_USES_ITS_INTERNAL_PACKAGE.check(bad))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(UsesCoreInternals.class.getName())
        .hasMessageContaining("org.restorative.core.internal.Invariants");
  }
}
