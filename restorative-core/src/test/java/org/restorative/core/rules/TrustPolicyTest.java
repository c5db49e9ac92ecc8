package org.restorative.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.casefile.Stage;
import org.restorative.core.party.Party;
import org.restorative.core.synthetic.SyntheticCases;

/** A trust derives its own rule set: without a rule, with a changed severity, with a bespoke rule. */
class TrustPolicyTest {

  static final Instant AS_OF = Instant.parse("2030-01-01T00:00:00Z");

  static RuleSet trustRules() {
    // TRUST-POLICY-EXAMPLE-START
    Rule consulteeForInpatients =
        Rule.of(
            "TRUST_CLINICAL_CONSULTEE_FOR_INPATIENTS",
            Severity.ERROR,
            Stage.PREPARATION,
            "Trust restorative practice policy, section 4.2",
            "Every inpatient party's treating team is consulted before preparation.",
            context -> {
              List<Finding> findings = new ArrayList<>();
              RestorativeCase c = context.restorativeCase();
              for (int i = 0; i < c.parties().size(); i++) {
                Party party = c.parties().get(i);
                boolean consulted =
                    c.consultations().stream().anyMatch(x -> x.patient().equals(party.id()));
                if (party.isInpatientOrForensic() && !consulted) {
                  findings.add(
                      Finding.at(Pointer.of("parties", i), "No clinical consultee for an inpatient."));
                }
              }
              return findings;
            });
    RuleSet trust =
        RuleSet.standard()
            .withSeverity("CLINICAL_TEAM_CONSULTED", Severity.ERROR)
            .without("QUESTION_SET_VERSION_RECORDED")
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
  void a_trust_requiring_a_clinical_consultee_for_every_inpatient_gets_an_error_with_its_own_code() {
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
    assertThat(trust.rule("QUESTION_SET_VERSION_RECORDED")).isEmpty();
    assertThat(trust.rule("CLINICAL_TEAM_CONSULTED").map(Rule::severity)).contains(Severity.ERROR);
    assertThat(trust.rules().get(trust.rules().size() - 1).code())
        .isEqualTo("TRUST_CLINICAL_CONSULTEE_FOR_INPATIENTS");
    assertThat(RuleSet.standard().rule("CLINICAL_TEAM_CONSULTED").map(Rule::severity))
        .contains(Severity.WARNING);
  }

  @Test
  void a_changed_severity_changes_every_violation_of_that_code() {
    RestorativeCase c = preparedCaseWithAnInpatient();
    RestorativeCase noResponsible =
        c.withParties(c.parties().stream().filter(p -> !p.role().isResponsible()).toList());
    RuleSet lenient = RuleSet.standard().withSeverity("CORE_PARTIES_PRESENT", Severity.WARNING);

    assertThat(lenient.check(noResponsible, Policy.standard(), AS_OF).warnings())
        .extracting(Violation::code)
        .contains("CORE_PARTIES_PRESENT");
    assertThat(lenient.check(noResponsible, Policy.standard(), AS_OF).errors())
        .extracting(Violation::code)
        .doesNotContain("CORE_PARTIES_PRESENT");
  }

  @Test
  void a_rule_set_refuses_a_second_rule_with_a_taken_code_and_unknown_codes() {
    Rule duplicate =
        Rule.of(
            "CORE_PARTIES_PRESENT",
            Severity.ERROR,
            Stage.REFERRAL,
            "Test",
            "A second rule with a taken code.",
            context -> List.of());

    assertThatIllegalArgumentException().isThrownBy(() -> RuleSet.standard().with(duplicate));
    assertThatIllegalArgumentException().isThrownBy(() -> RuleSet.standard().without("NO_SUCH_RULE"));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> RuleSet.standard().withSeverity("NO_SUCH_RULE", Severity.ERROR));
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                Rule.of(
                    "not-a-code", Severity.ERROR, Stage.REFERRAL, "Test", "Bad code.", context -> List.of()));
  }

  @Test
  void the_report_as_a_validation_is_valid_with_warnings_only_and_invalid_with_the_errors() {
    RestorativeCase c = preparedCaseWithAnInpatient();
    RestorativeCase noResponsible =
        c.withParties(c.parties().stream().filter(p -> !p.role().isResponsible()).toList());
    Rule warnAlways =
        Rule.of(
            "TRUST_ALWAYS_WARNS", Severity.WARNING, Stage.REFERRAL, "Test", "Warns.", context -> List.of(Finding.at("", "A warning.")));
    RuleSet warnings = RuleSet.of(List.of(warnAlways));

    assertThat(warnings.check(c, Policy.standard(), AS_OF).toValidation().isValid()).isTrue();
    assertThat(warnings.check(c, Policy.standard(), AS_OF).toValidation().get()).isSameAs(c);
    var invalid = RuleSet.standard().check(noResponsible, Policy.standard(), AS_OF).toValidation();
    assertThat(invalid.isInvalid()).isTrue();
    assertThat(invalid.getError().map(Violation::code).toJavaList()).contains("CORE_PARTIES_PRESENT");
    assertThat(invalid.getError().forAll(Violation::isError)).isTrue();
  }
}
