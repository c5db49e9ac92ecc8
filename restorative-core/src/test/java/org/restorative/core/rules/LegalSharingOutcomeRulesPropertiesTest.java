package org.restorative.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.casefile.Stage;
import org.restorative.core.synthetic.SyntheticCases;

/**
 * Properties of the legal, sharing and outcome rules over the synthetic generator: a realistic
 * case, at any stage, breaks none of their error rules.
 */
class LegalSharingOutcomeRulesPropertiesTest {

  private static final Instant AS_OF = Instant.parse("2030-01-01T00:00:00Z");

  private static final Gen<RestorativeCase> CASES =
      longs()
          .between(0, 1_000)
          .zip(
              integers().between(0, Stage.values().length - 1),
              longs().between(0, 100_000),
              (seed, stage, index) ->
                  SyntheticCases.seeded(seed).caseAt(Stage.values()[stage], index));

  private static RuleSet families() {
    List<Rule> rules = new ArrayList<>();
    rules.addAll(LegalRules.rules());
    rules.addAll(SharingRules.rules());
    rules.addAll(OutcomeRules.rules());
    return RuleSet.of(rules);
  }

  @Test
  void a_realistic_case_at_any_stage_breaks_no_legal_sharing_or_outcome_error_rule() {
    RuleSet rules = families();
    qt().withFixedSeed(20261121L)
        .withExamples(300)
        .forAll(CASES)
        .checkAssert(
            c ->
                assertThat(rules.check(c, Policy.standard(), AS_OF).errors())
                    .as("errors for case %s at %s", c.id(), c.stage())
                    .isEmpty());
  }

  @Test
  void a_realistic_case_draws_no_warning_from_these_rules_either() {
    RuleSet rules = families();
    qt().withFixedSeed(20261121L)
        .withExamples(300)
        .forAll(CASES)
        .checkAssert(
            c ->
                assertThat(rules.check(c, Policy.standard(), AS_OF).warnings())
                    .as("warnings for case %s at %s", c.id(), c.stage())
                    .isEmpty());
  }

  @Test
  void the_families_hold_their_codes_in_the_order_of_the_brief() {
    assertThat(families().rules().stream().map(r -> r.code().name()).toList())
        .containsExactly(
            StandardCode.RESTRICTED_PATIENT_LEAVE_APPROVED.name(),
            StandardCode.DETAINED_PATIENT_LEAVE_GRANTED.name(),
            StandardCode.CONTACT_RESTRICTIONS_RESPECTED.name(),
            StandardCode.CLINICAL_INFO_NOT_SHARED_TO_HARMED.name(),
            StandardCode.DISCLOSURE_HAS_BASIS.name(),
            StandardCode.DISCLOSURE_MINIMUM_NECESSARY.name(),
            StandardCode.DISCLOSURE_LOGGED.name(),
            StandardCode.CONSENT_WITHDRAWAL_STOPS_SHARING.name(),
            StandardCode.OUTCOME_SHARING_NEEDS_ALL_PARTIES.name(),
            StandardCode.OUTCOME_AGREED_BY_ALL_PARTIES.name(),
            StandardCode.ACTION_HAS_OWNER.name(),
            StandardCode.ACTION_HAS_DUE_DATE.name(),
            StandardCode.ACTION_HAS_MONITORING.name(),
            StandardCode.ACTION_PROPORTIONALITY_REVIEW.name(),
            StandardCode.HARMED_PARTY_INFORMED_OF_COMPLETION.name());
  }
}
