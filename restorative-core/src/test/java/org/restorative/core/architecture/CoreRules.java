package org.restorative.core.architecture;

import static com.tngtech.archunit.core.domain.AccessTarget.Predicates.declaredIn;
import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.lang.ArchRule;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Architecture rules shared by the suite and by the test that proves a rule can fail. */
final class CoreRules {

  private CoreRules() {}

  /** Core never reads the clock or draws randomness: moments and ids are passed in. */
  static final ArchRule NO_CLOCK_OR_RANDOMNESS =
      noClasses()
          .should()
          .callMethod(Instant.class, "now")
          .orShould()
          .callMethod(LocalDate.class, "now")
          .orShould()
          .callMethod(LocalDateTime.class, "now")
          .orShould()
          .callMethod(OffsetDateTime.class, "now")
          .orShould()
          .callMethod(ZonedDateTime.class, "now")
          .orShould()
          .callMethod(Clock.class, "systemUTC")
          .orShould()
          .callMethod(Clock.class, "systemDefaultZone")
          .orShould()
          .callMethod(System.class, "currentTimeMillis")
          .orShould()
          .callMethod(System.class, "nanoTime")
          .orShould()
          .callMethod(UUID.class, "randomUUID")
          .orShould()
          .callMethod(Math.class, "random")
          .orShould()
          .callMethod(ThreadLocalRandom.class, "current")
          .orShould()
          .callConstructor(Random.class)
          .orShould()
          .callConstructor(SecureRandom.class)
          .because(
              "core is deterministic: operations take the moment they act at, and synthetic data"
                  + " takes its seed (style.md item 13)");

  /**
   * Days are taken from moments, and days and moments moved, only by {@code internal.Dates} (and by
   * the synthetic generator, over the dates it makes itself).
   */
  static final ArchRule CALENDAR_ARITHMETIC_IN_DATES =
      noClasses()
          .that()
          .resideOutsideOfPackages(
              "org.restorative.core.internal..", "org.restorative.core.synthetic..")
          .should()
          .callMethodWhere(
              calling(LocalDate.class, "ofInstant|plus.*|minus.*|atStartOfDay|atTime")
                  .or(calling(Instant.class, "plus.*|minus.*|atZone|atOffset"))
                  .or(calling(YearMonth.class, "from|plus.*|minus.*|atDay|atEndOfMonth")))
          .because(
              "java.time throws DateTimeException for a day or an instant beyond its range, and a"
                  + " case built in code may hold any (LocalDate.MAX for a leave without end):"
                  + " internal.Dates stops at the range's ends instead");

  /** A call of a method of {@code type} whose name matches {@code names}. */
  private static DescribedPredicate<JavaCall<?>> calling(Class<?> type, String names) {
    return target(declaredIn(type))
        .and(target(nameMatching(names)))
        .as("a call of %s.%s", type.getSimpleName(), names);
  }
}
