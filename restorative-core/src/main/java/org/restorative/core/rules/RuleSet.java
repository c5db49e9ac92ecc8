package org.restorative.core.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.casefile.Stage;
import org.restorative.core.internal.Invariants;

/**
 * An ordered, immutable set of rules with distinct codes.
 *
 * <p>{@link #standard()} holds the 55 rules of the domain brief §8. A trust derives its own set:
 *
 * <pre>{@code
 * RuleSet trust =
 *     RuleSet.standard()
 *         .withSeverity(CLINICAL_TEAM_CONSULTED, Severity.ERROR)   // stricter than the standard
 *         .without(QUESTION_SET_VERSION_RECORDED)                  // not recorded locally
 *         .with(consulteeForInpatients);                             // a bespoke rule, own code
 * }</pre>
 *
 * <p>{@link #check} reports everything wrong with a case now; {@link #checkEntry} reports
 * everything that blocks a case from entering a stage. Both run every applicable rule and collect
 * every violation; nothing stops at the first.
 *
 * <p>A rule set is immutable and safe to share between threads: one instance checks cases on any
 * number of threads at once with the same reports as on one (the standard rules keep no state; a
 * bespoke {@link Rule} added with {@link #with} must keep none either).
 */
public final class RuleSet {

  private static final RuleSet STANDARD = new RuleSet(StandardRules.all());

  private final List<Rule> rules;

  private RuleSet(List<Rule> rules) {
    Map<RuleCode, Rule> byCode = new LinkedHashMap<>();
    for (Rule rule : rules) {
      Invariants.require(
          byCode.put(rule.code(), rule) == null,
          "rule codes must be distinct: " + rule.code().name());
    }
    this.rules = List.copyOf(rules);
  }

  /**
   * The standard rule set: the 55 sourced rules of the domain brief §8, in the brief's order.
   *
   * @return the standard set
   */
  public static RuleSet standard() {
    return STANDARD;
  }

  /**
   * A rule set of the given rules.
   *
   * @param rules the rules, with distinct codes
   * @return the set
   */
  public static RuleSet of(List<Rule> rules) {
    return new RuleSet(rules);
  }

  /**
   * The rules, in order.
   *
   * @return the rules
   */
  public List<Rule> rules() {
    return rules;
  }

  /**
   * Finds a rule by code.
   *
   * @param code the code
   * @return the rule, if the set holds it
   */
  public Optional<Rule> rule(RuleCode code) {
    return rules.stream().filter(r -> r.code().equals(code)).findFirst();
  }

  /**
   * A copy without one rule.
   *
   * @param code the code of a rule in this set
   * @return the copy
   * @throws IllegalArgumentException if the set holds no rule with that code
   */
  public RuleSet without(RuleCode code) {
    requireRule(code);
    return new RuleSet(rules.stream().filter(r -> !r.code().equals(code)).toList());
  }

  /**
   * A copy with one more rule, at the end.
   *
   * @param rule a rule whose code this set does not hold
   * @return the copy
   * @throws IllegalArgumentException if the code is already taken
   */
  public RuleSet with(Rule rule) {
    List<Rule> more = new ArrayList<>(rules);
    more.add(rule);
    return new RuleSet(more);
  }

  /**
   * A copy in which one rule has another severity.
   *
   * @param code the code of a rule in this set
   * @param severity its new severity
   * @return the copy
   * @throws IllegalArgumentException if the set holds no rule with that code
   */
  public RuleSet withSeverity(RuleCode code, Severity severity) {
    requireRule(code);
    return new RuleSet(
        rules.stream().map(r -> r.code().equals(code) ? r.withSeverity(severity) : r).toList());
  }

  /**
   * Everything wrong with a case now: every rule that applies at the case's stage.
   *
   * @param restorativeCase the case
   * @param policy the trust's policy
   * @param asOf the moment of checking
   * @return the report
   */
  public Report check(RestorativeCase restorativeCase, Policy policy, Instant asOf) {
    return run(CheckContext.of(restorativeCase, policy, asOf));
  }

  /**
   * Everything that blocks a case from entering a stage: every rule that applies at that stage,
   * checked as if the case were in it.
   *
   * @param restorativeCase the case
   * @param target the stage it would enter
   * @param policy the trust's policy
   * @param asOf the moment of the move
   * @return the report; the case may enter when it holds no error
   */
  public Report checkEntry(
      RestorativeCase restorativeCase, Stage target, Policy policy, Instant asOf) {
    return run(CheckContext.forEntry(restorativeCase, target, policy, asOf));
  }

  private Report run(CheckContext context) {
    List<Violation> violations = new ArrayList<>();
    for (Rule rule : rules) {
      if (context.mainLineStage().isAtOrAfter(rule.appliesFrom())) {
        violations.addAll(rule.check(context));
      }
    }
    return Report.of(context.restorativeCase(), violations);
  }

  private void requireRule(RuleCode code) {
    Invariants.require(
        rule(code).isPresent(), "the rule set holds no rule with code " + code.name());
  }

  /** Returns the rule codes in order. */
  @Override
  public String toString() {
    return "RuleSet" + rules.stream().map(r -> r.code().name()).toList();
  }
}
