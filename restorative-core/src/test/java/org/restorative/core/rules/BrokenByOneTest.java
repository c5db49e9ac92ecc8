package org.restorative.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.restorative.core.casefile.RestorativeCase;

/**
 * For every standard rule, a generator that breaks one thing in valid synthetic cases produces
 * exactly that rule's code, and nothing else new.
 */
class BrokenByOneTest {

  static final long SEED = 20261121L;
  static final Instant AS_OF = Instant.parse("2030-01-01T00:00:00Z");

  static List<Breaker> breakers() {
    List<Breaker> all = new ArrayList<>();
    all.addAll(EarlyBreakers.all());
    all.addAll(LateBreakers.all());
    all.addAll(GateBreakers.all());
    all.addAll(RecordGapBreakers.all());
    all.addAll(OrganisationBreakers.all());
    all.addAll(CapacityConsentBreakers.all());
    return all;
  }

  static Stream<Breaker> each() {
    return breakers().stream();
  }

  @Test
  void every_standard_rule_has_a_breaker() {
    Set<StandardCode> covered =
        breakers().stream().map(Breaker::code).collect(Collectors.toCollection(HashSet::new));
    Set<StandardCode> rules = EnumSet.allOf(StandardCode.class);
    rules.remove(StandardCode.ILLEGAL_TRANSITION);
    assertThat(covered).containsAll(rules);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("each")
  void breaking_one_thing_produces_exactly_its_code(Breaker breaker) {
    AtomicInteger applied = new AtomicInteger();
    qt().withFixedSeed(SEED + breaker.code().ordinal())
        .withExamples(40)
        .forAll(longs().between(0, 1_000_000))
        .checkAssert(
            index -> {
              RestorativeCase valid = breaker.cases().caseAt(breaker.stage(), index);
              Optional<RestorativeCase> broken = breaker.breaks().apply(valid);
              if (broken.isEmpty()) {
                return;
              }
              applied.incrementAndGet();
              Set<String> before =
                  RuleSet.standard().check(valid, Policy.standard(), AS_OF).codes();
              Set<String> after =
                  new HashSet<>(RuleSet.standard().check(broken.get(), Policy.standard(), AS_OF).codes());
              after.removeAll(before);
              assertThat(after).containsExactly(breaker.code().name());
            });
    assertThat(applied.get()).as("cases the breaker applied to").isGreaterThanOrEqualTo(5);
  }
}
