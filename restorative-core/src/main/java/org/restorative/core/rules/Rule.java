package org.restorative.core.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.restorative.core.casefile.Stage;
import org.restorative.core.internal.Invariants;

/**
 * One rule: a stable code, a default severity, the stage from which it applies, its source, what it
 * means in one line, the {@link Policy} settings it reads, and its check — a pure function of the
 * case, the policy and the moment of checking.
 *
 * <p>A rule that guards entry to a stage applies from that stage on: a case in preparation is
 * checked against every rule from referral to preparation. A trust writes a bespoke rule with a
 * {@link TrustCode} of its own, naming each part, so that no two of its texts can change places
 * unseen:
 *
 * <pre>{@code
 * Rule consulteeForInpatients =
 *     Rule.define(TrustCode.of("TRUST_CLINICAL_CONSULTEE_FOR_INPATIENTS"))
 *         .severity(Severity.ERROR)
 *         .appliesFrom(Stage.ASSESSMENT)
 *         .source("Trust restorative practice policy, section 4.2")
 *         .meaning("Every inpatient party has a clinical consultee recorded.")
 *         .check(context -> ...findings...);
 * }</pre>
 */
public final class Rule {

  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");

  /**
   * A rule being defined: its code first, then each part by name, and its check last.
   *
   * <p>Every part is required: {@link #check} refuses a definition that lacks a severity, a stage,
   * a source or a meaning, naming what is missing.
   */
  public static final class Definition {
    private final RuleCode code;
    private @Nullable Severity severity;
    private @Nullable Stage appliesFrom;
    private @Nullable String source;
    private @Nullable String meaning;

    private Definition(RuleCode code) {
      this.code = code;
    }

    /**
     * The default severity of the rule's violations.
     *
     * @param value the severity
     * @return this definition
     */
    public Definition severity(Severity value) {
      this.severity = value;
      return this;
    }

    /**
     * The main-line stage from which the rule applies (it guards entry to that stage).
     *
     * @param value a main-line stage
     * @return this definition
     */
    public Definition appliesFrom(Stage value) {
      this.appliesFrom = value;
      return this;
    }

    /**
     * Where the rule comes from: a statute, a code of practice, a trust's own policy.
     *
     * @param value the source, not blank
     * @return this definition
     */
    public Definition source(String value) {
      this.source = value;
      return this;
    }

    /**
     * What the rule requires, in one line.
     *
     * @param value the meaning, not blank
     * @return this definition
     */
    public Definition meaning(String value) {
      this.meaning = value;
      return this;
    }

    /**
     * Completes the definition with the rule's check.
     *
     * @param check what the rule finds wrong with a case
     * @return the rule
     * @throws IllegalStateException if the severity, the stage, the source or the meaning was not
     *     given
     * @throws IllegalArgumentException if the stage is not a main-line stage, or the source or the
     *     meaning is blank
     */
    public Rule check(Check check) {
      List<String> missing = new ArrayList<>();
      if (severity == null) {
        missing.add("severity");
      }
      if (appliesFrom == null) {
        missing.add("appliesFrom");
      }
      if (source == null) {
        missing.add("source");
      }
      if (meaning == null) {
        missing.add("meaning");
      }
      if (severity == null || appliesFrom == null || source == null || meaning == null) {
        throw new IllegalStateException(
            "rule " + code.name() + " is defined without " + String.join(", ", missing));
      }
      return new Rule(
          code, severity, appliesFrom, source, meaning, Set.of(), RuleKind.CHECK, "", check);
    }
  }

  /** A rule's check: what it finds wrong with the case in the given context. */
  @FunctionalInterface
  public interface Check {
    /**
     * Finds what is wrong.
     *
     * @param context the case, the stage under check, the policy and the moment
     * @return the findings, empty when nothing is wrong
     */
    List<Finding> findings(CheckContext context);
  }

  private final RuleCode code;
  private final Severity severity;
  private final Stage appliesFrom;
  private final String source;
  private final String meaning;
  private final Set<String> policyParameters;
  private final RuleKind kind;
  private final String limitations;
  private final Check check;

  private Rule(
      RuleCode code,
      Severity severity,
      Stage appliesFrom,
      String source,
      String meaning,
      Set<String> policyParameters,
      RuleKind kind,
      String limitations,
      Check check) {
    this.code = code;
    Invariants.require(appliesFrom.isMainLine(), "rule appliesFrom must be a main-line stage");
    Invariants.nonBlank(source, "rule source");
    Invariants.nonBlank(meaning, "rule meaning");
    this.severity = severity;
    this.appliesFrom = appliesFrom;
    this.source = source;
    this.meaning = meaning;
    this.policyParameters = Set.copyOf(policyParameters);
    this.kind = kind;
    this.limitations = limitations;
    this.check = check;
  }

  /**
   * Begins the definition of a rule with the given code; each part follows by name.
   *
   * @param code a standard code, or a trust's own
   * @return the definition, to be completed by {@link Definition#check}
   */
  public static Definition define(RuleCode code) {
    return new Definition(code);
  }

  /**
   * A copy that reads the named {@link Policy} settings, for the catalogue.
   *
   * @param parameters the settings' names, such as {@code consentReconfirmationWindow}
   * @return the copy
   */
  public Rule withPolicyParameters(String... parameters) {
    return new Rule(
        code, severity, appliesFrom, source, meaning, Set.of(parameters), kind, limitations, check);
  }

  /**
   * A copy of this rule with another default severity.
   *
   * @param newSeverity the severity
   * @return the copy
   */
  public Rule withSeverity(Severity newSeverity) {
    return new Rule(
        code,
        newSeverity,
        appliesFrom,
        source,
        meaning,
        policyParameters,
        kind,
        limitations,
        check);
  }

  /**
   * A copy marked as a guarantee of the transition functions as well as a check.
   *
   * @return the copy
   */
  Rule asGuarantee() {
    return new Rule(
        code,
        severity,
        appliesFrom,
        source,
        meaning,
        policyParameters,
        RuleKind.GUARANTEE,
        limitations,
        check);
  }

  /**
   * A copy that says, for the catalogue's fidelity column, which part of its source the rule cannot
   * check from the record (for example a fact the model does not hold), so that a trust knows what
   * remains a matter of practice.
   *
   * @param text what the rule cannot check, in one or two sentences; never blank
   * @return the copy
   */
  public Rule withLimitations(String text) {
    Invariants.nonBlank(text, "rule limitations");
    return new Rule(
        code, severity, appliesFrom, source, meaning, policyParameters, kind, text, check);
  }

  /**
   * The stable code.
   *
   * @return the code
   */
  public RuleCode code() {
    return code;
  }

  /**
   * The severity of its violations.
   *
   * @return the severity
   */
  public Severity severity() {
    return severity;
  }

  /**
   * The main-line stage from which the rule applies.
   *
   * @return the stage
   */
  public Stage appliesFrom() {
    return appliesFrom;
  }

  /**
   * Where the rule comes from.
   *
   * @return the source
   */
  public String source() {
    return source;
  }

  /**
   * What the rule requires, in one line.
   *
   * @return the meaning
   */
  public String meaning() {
    return meaning;
  }

  /**
   * The names of the {@link Policy} settings the rule reads.
   *
   * @return the setting names, possibly empty
   */
  public Set<String> policyParameters() {
    return policyParameters;
  }

  /**
   * What part of its source the rule cannot check from the record.
   *
   * @return the text; empty when the rule checks all of what its source asks
   */
  public String limitations() {
    return limitations;
  }

  /**
   * Whether the rule is also a guarantee of the transition functions.
   *
   * @return the kind
   */
  public RuleKind kind() {
    return kind;
  }

  /**
   * Runs the check and turns its findings into violations with this rule's code, severity and
   * source.
   *
   * @param context the context of the check
   * @return the violations
   */
  public List<Violation> check(CheckContext context) {
    // A loop, not a stream: most rules find nothing in most cases, and this runs for every rule
    // on every case checked.
    List<Finding> findings = check.findings(context);
    if (findings.isEmpty()) {
      return List.of();
    }
    Violation[] violations = new Violation[findings.size()];
    for (int i = 0; i < violations.length; i++) {
      Finding f = findings.get(i);
      violations[i] =
          Violation.of(
              code, f.advisory() ? Severity.WARNING : severity, f.path(), f.message(), source);
    }
    return List.of(violations);
  }

  static String requireCode(String code) {
    Invariants.require(
        CODE.matcher(code).matches(), "a code must be SCREAMING_SNAKE_CASE letters and digits");
    return code;
  }

  /** Rules are equal when they have the same code, severity, stage, source, meaning and kind. */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Rule rule
        && code.equals(rule.code)
        && severity == rule.severity
        && appliesFrom == rule.appliesFrom
        && source.equals(rule.source)
        && meaning.equals(rule.meaning)
        && kind == rule.kind;
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, severity, appliesFrom, source, meaning, kind);
  }

  /** Returns {@code Rule{CODE, SEVERITY, from STAGE}}. */
  @Override
  public String toString() {
    return "Rule{" + code.name() + ", " + severity + ", from " + appliesFrom + "}";
  }
}
