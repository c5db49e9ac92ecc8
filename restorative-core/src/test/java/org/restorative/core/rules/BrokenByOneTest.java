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
import org.restorative.core.synthetic.SyntheticCases;

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
    all.addAll(QuestionSetBreakers.all());
    all.addAll(LegalBreakers.all());
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
    rules.removeIf(code -> !code.isRule());
    assertThat(covered).containsAll(rules);
  }

  @Test
  void every_transition_code_has_a_breaker_of_a_move() {
    Set<StandardCode> covered =
        TransitionBreakers.all().stream()
            .map(TransitionBreakers.TransitionBreaker::code)
            .collect(Collectors.toCollection(HashSet::new));
    for (StandardCode code : StandardCode.values()) {
      if (!code.isRule()) {
        assertThat(covered).contains(code);
      }
    }
  }

  static Stream<TransitionBreakers.TransitionBreaker> eachOfAMove() {
    return TransitionBreakers.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("eachOfAMove")
  void a_move_wrong_in_one_way_is_refused_with_exactly_its_code(
      TransitionBreakers.TransitionBreaker breaker) {
    AtomicInteger applied = new AtomicInteger();
    qt().withFixedSeed(SEED + breaker.code().ordinal())
        .withExamples(40)
        .forAll(longs().between(0, 1_000_000))
        .checkAssert(
            index -> {
              RestorativeCase valid = SyntheticCases.seeded(17).caseAt(breaker.stage(), index);
              Optional<Move> move = breaker.breaks().apply(valid);
              if (move.isEmpty()) {
                return;
              }
              applied.incrementAndGet();
              assertThat(
                      CaseTransitions.standard()
                          .apply(valid, move.get(), CaseTransitionsTest.LEAD, TransitionBreakers.AT)
                          .getLeft()
                          .codes())
                  .containsExactly(breaker.code().name());
            });
    assertThat(applied.get()).as("cases the breaker applied to").isGreaterThanOrEqualTo(5);
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
                  new HashSet<>(
                      RuleSet.standard().check(broken.get(), Policy.standard(), AS_OF).codes());
              after.removeAll(before);
              assertThat(after).containsExactly(breaker.code().name());
            });
    assertThat(applied.get()).as("cases the breaker applied to").isGreaterThanOrEqualTo(5);
  }
}
