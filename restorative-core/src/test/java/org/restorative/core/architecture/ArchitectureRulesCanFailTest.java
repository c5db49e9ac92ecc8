package org.restorative.core.architecture;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;
import org.restorative.core.archfixture.ClockReadingRecord;
import org.restorative.core.archfixture.DayAfterRecord;

/** Proves that the architecture rules are not vacuous: they fail on a deliberately bad class. */
class ArchitectureRulesCanFailTest {

  @Test
  void the_clock_rule_fails_on_a_class_that_reads_the_clock_and_randomness() {
    JavaClasses bad = new ClassFileImporter().importClasses(ClockReadingRecord.class);

    assertThatThrownBy(() -> CoreRules.NO_CLOCK_OR_RANDOMNESS.check(bad))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Instant.now()")
        .hasMessageContaining("UUID.randomUUID()");
  }

  @Test
  void the_clock_rule_passes_on_the_production_classes() {
    assertThatCode(
            () -> CoreRules.NO_CLOCK_OR_RANDOMNESS.check(ArchitectureTest.productionClasses()))
        .doesNotThrowAnyException();
  }

  @Test
  void the_calendar_rule_fails_on_a_class_that_moves_a_day_with_java_time_directly() {
    JavaClasses bad = new ClassFileImporter().importClasses(DayAfterRecord.class);

    assertThatThrownBy(() -> CoreRules.CALENDAR_ARITHMETIC_IN_DATES.check(bad))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("LocalDate.ofInstant(")
        .hasMessageContaining("LocalDate.plusDays(");
  }

  @Test
  void the_calendar_rule_passes_on_the_production_classes() {
    assertThatCode(
            () ->
                CoreRules.CALENDAR_ARITHMETIC_IN_DATES.check(ArchitectureTest.productionClasses()))
        .doesNotThrowAnyException();
  }
}
