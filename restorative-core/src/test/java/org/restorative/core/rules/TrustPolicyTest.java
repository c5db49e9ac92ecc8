package org.restorative.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.casefile.Stage;
import org.restorative.core.party.Party;
import org.restorative.core.synthetic.SyntheticCases;

/**
 * A trust derives its own rule set: without a rule, with a changed severity, with a bespoke rule.
 */
class TrustPolicyTest {

  static final Instant AS_OF = Instant.parse("2030-01-01T00:00:00Z");

  static RuleSet trustRules() {
    // TRUST-POLICY-EXAMPLE-START
    Rule consulteeForInpatients =
        Rule.define(TrustCode.of("TRUST_CLINICAL_CONSULTEE_FOR_INPATIENTS"))
            .severity(Severity.ERROR)
            .appliesFrom(Stage.PREPARATION)
            .source("Trust restorative practice policy, section 4.2")
            .meaning("Every inpatient party's treating team is consulted before preparation.")
            .check(
                context -> {
                  List<Finding> findings = new ArrayList<>();
                  RestorativeCase c = context.restorativeCase();
                  for (int i = 0; i < c.parties().size(); i++) {
                    Party party = c.parties().get(i);
                    boolean consulted =
                        c.consultations().stream().anyMatch(x -> x.patient().equals(party.id()));
                    if (party.isInpatientOrForensic() && !consulted) {
                      findings.add(
                          Finding.at(
                              Pointer.of("parties", i), "No clinical consultee for an inpatient."));
                    }
                  }
                  return findings;
                });
    RuleSet trust =
        RuleSet.standard()
            .withSeverity(StandardCode.CLINICAL_TEAM_CONSULTED, Severity.ERROR)
            .without(StandardCode.QUESTION_SET_VERSION_RECORDED)
            .with(consulteeForInpatients);
    // TRUST-POLICY-EXAMPLE-END
    return trust;
  }

  static RestorativeCase preparedCaseWithAnInpatient() {
    SyntheticCases synthetic = SyntheticCases.seeded(31);
    for (int i = 0; ; i++) {
      RestorativeCase c = synthetic.caseAt(Stage.PREPARATION, i);
      if (c.parties().stream().anyMatch(Party::isInpatientOrForensic)) {
        return c;
      }
    }
  }

  @Test
  void
      a_trust_requiring_a_clinical_consultee_for_every_inpatient_gets_an_error_with_its_own_code() {
    RestorativeCase c = preparedCaseWithAnInpatient();

    Report report = trustRules().check(c, Policy.standard(), AS_OF);

    assertThat(report.errors())
        .filteredOn(v -> v.code().equals("TRUST_CLINICAL_CONSULTEE_FOR_INPATIENTS"))
        .isNotEmpty()
        .allSatisfy(
            v -> {
              assertThat(v.path()).startsWith("/parties/");
              assertThat(v.source()).isEqualTo("Trust restorative practice policy, section 4.2");
            });
    assertThat(RuleSet.standard().check(c, Policy.standard(), AS_OF).codes())
        .doesNotContain("TRUST_CLINICAL_CONSULTEE_FOR_INPATIENTS");
  }

  @Test
  void the_derived_set_keeps_the_standard_order_and_adds_the_bespoke_rule_last() {
    RuleSet trust = trustRules();

    assertThat(trust.rules()).hasSize(RuleSet.standard().rules().size());
    assertThat(trust.rule(StandardCode.QUESTION_SET_VERSION_RECORDED)).isEmpty();
    assertThat(trust.rule(StandardCode.CLINICAL_TEAM_CONSULTED).map(Rule::severity))
        .contains(Severity.ERROR);
    assertThat(trust.rules().get(trust.rules().size() - 1).code())
        .isEqualTo(TrustCode.of("TRUST_CLINICAL_CONSULTEE_FOR_INPATIENTS"));
    assertThat(RuleSet.standard().rule(StandardCode.CLINICAL_TEAM_CONSULTED).map(Rule::severity))
        .contains(Severity.WARNING);
  }

  @Test
  void a_changed_severity_changes_every_violation_of_that_code() {
    RestorativeCase c = preparedCaseWithAnInpatient();
    RestorativeCase noResponsible = WholeCases.withoutParties(c, p -> p.role().isResponsible());
    RuleSet lenient =
        RuleSet.standard().withSeverity(StandardCode.CORE_PARTIES_PRESENT, Severity.WARNING);

    assertThat(lenient.check(noResponsible, Policy.standard(), AS_OF).warnings())
        .extracting(Violation::code)
        .contains("CORE_PARTIES_PRESENT");
    assertThat(lenient.check(noResponsible, Policy.standard(), AS_OF).errors())
        .extracting(Violation::code)
        .doesNotContain("CORE_PARTIES_PRESENT");
  }

  @Test
  void a_rule_set_refuses_a_second_rule_with_a_taken_code_and_codes_it_does_not_hold() {
    Rule first = warnsWith(TrustCode.of("TRUST_ALWAYS_WARNS"));
    Rule second = warnsWith(TrustCode.of("TRUST_ALWAYS_WARNS"));
    RuleSet withFirst = RuleSet.standard().with(first);

    assertThatIllegalArgumentException().isThrownBy(() -> withFirst.with(second));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> RuleSet.standard().with(warnsWith(StandardCode.CORE_PARTIES_PRESENT)));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> RuleSet.standard().without(TrustCode.of("TRUST_NO_SUCH_RULE")));
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                RuleSet.standard()
                    .withSeverity(TrustCode.of("TRUST_NO_SUCH_RULE"), Severity.ERROR));
    assertThat(withFirst.rule(TrustCode.of("TRUST_ALWAYS_WARNS"))).contains(first);
  }

  @Test
  void a_trust_code_is_shaped_like_a_code_and_never_a_standard_or_reading_problem_code() {
    assertThat(TrustCode.of("TRUST_X1").name()).isEqualTo("TRUST_X1");
    assertThat(TrustCode.of("TRUST_X1"))
        .isEqualTo(TrustCode.of("TRUST_X1"))
        .hasToString("TRUST_X1");
    assertThatIllegalArgumentException().isThrownBy(() -> TrustCode.of("not-a-code"));
    assertThatIllegalArgumentException().isThrownBy(() -> TrustCode.of("TRUST__DOUBLE"));
    assertThatIllegalArgumentException().isThrownBy(() -> TrustCode.of("CORE_PARTIES_PRESENT"));
    assertThatIllegalArgumentException().isThrownBy(() -> TrustCode.of("JSON_MALFORMED"));
  }

  @Test
  void a_rule_definition_names_what_it_lacks_and_refuses_a_stage_off_the_main_line() {
    assertThatIllegalStateException()
        .isThrownBy(
            () ->
                Rule.define(TrustCode.of("TRUST_HALF_DEFINED"))
                    .severity(Severity.ERROR)
                    .source("Test")
                    .check(context -> List.of()))
        .withMessage("rule TRUST_HALF_DEFINED is defined without appliesFrom, meaning");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                Rule.define(TrustCode.of("TRUST_OFF_THE_LINE"))
                    .severity(Severity.ERROR)
                    .appliesFrom(Stage.CLOSED_WITHDRAWN)
                    .source("Test")
                    .meaning("Applies from a stage off the main line.")
                    .check(context -> List.of()));
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                Rule.define(TrustCode.of("TRUST_NO_SOURCE"))
                    .severity(Severity.ERROR)
                    .appliesFrom(Stage.REFERRAL)
                    .source(" ")
                    .meaning("A blank source.")
                    .check(context -> List.of()));
  }

  @Test
  void a_violation_is_its_code_by_name() {
    Violation v =
        Violation.of(
            StandardCode.CORE_PARTIES_PRESENT, Severity.ERROR, "/parties", "Missing.", "Test");

    assertThat(v.code()).isEqualTo("CORE_PARTIES_PRESENT");
    assertThat(v.is(StandardCode.CORE_PARTIES_PRESENT)).isTrue();
    assertThat(v.is(StandardCode.CONSENT_IN_WRITING)).isFalse();
    assertThat(v.is(TrustCode.of("TRUST_CORE_PARTIES_PRESENT"))).isFalse();
  }

  @Test
  void
      a_violation_built_with_a_code_of_the_wrong_shape_is_refused_and_a_rule_set_prints_its_codes() {
    Violation.Builder badCode =
        new Violation.Builder()
            .code("not-a-code")
            .severity(Severity.ERROR)
            .path("")
            .message("Bad.")
            .source("Test");
    assertThatIllegalArgumentException()
        .isThrownBy(badCode::build)
        .withMessage("a code must be SCREAMING_SNAKE_CASE letters and digits");
    assertThat(
            RuleSet.of(
                List.of(warnsWith(TrustCode.of("TRUST_A")), warnsWith(TrustCode.of("TRUST_B")))))
        .hasToString("RuleSet[TRUST_A, TRUST_B]");
  }

  private static Rule warnsWith(RuleCode code) {
    return Rule.define(code)
        .severity(Severity.WARNING)
        .appliesFrom(Stage.REFERRAL)
        .source("Test")
        .meaning("Warns.")
        .check(context -> List.of(Finding.at("", "A warning.")));
  }

  @Test
  void the_report_as_a_validation_is_valid_with_warnings_only_and_invalid_with_the_errors() {
    RestorativeCase c = preparedCaseWithAnInpatient();
    RestorativeCase noResponsible = WholeCases.withoutParties(c, p -> p.role().isResponsible());
    Rule warnAlways =
        Rule.define(TrustCode.of("TRUST_ALWAYS_WARNS"))
            .severity(Severity.WARNING)
            .appliesFrom(Stage.REFERRAL)
            .source("Test")
            .meaning("Warns.")
            .check(context -> List.of(Finding.at("", "A warning.")));
    RuleSet warnings = RuleSet.of(List.of(warnAlways));

    assertThat(warnings.check(c, Policy.standard(), AS_OF).toValidation().isValid()).isTrue();
    assertThat(warnings.check(c, Policy.standard(), AS_OF).toValidation().get()).isSameAs(c);
    var invalid = RuleSet.standard().check(noResponsible, Policy.standard(), AS_OF).toValidation();
    assertThat(invalid.isInvalid()).isTrue();
    assertThat(invalid.getError().map(Violation::code).toJavaList())
        .contains("CORE_PARTIES_PRESENT");
    assertThat(invalid.getError().forAll(Violation::isError)).isTrue();
  }
}
