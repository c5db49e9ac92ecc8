package org.restorative.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.casefile.Stage;
import org.restorative.core.consent.ConsentKind;
import org.restorative.core.party.PartyRole;
import org.restorative.core.synthetic.SyntheticCases;

/** Rule 3 from preparation on: the parties of a process under way have consented. */
class ConsentBeforePreparationTest {

  static final Instant AS_OF = Instant.parse("2030-01-01T00:00:00Z");

  static RestorativeCase preparedCaseWithoutSupporters() {
    SyntheticCases synthetic = SyntheticCases.seeded(41);
    for (int i = 0; ; i++) {
      RestorativeCase c = synthetic.caseAt(Stage.PREPARATION, i);
      if (c.parties().stream().noneMatch(p -> p.role() == PartyRole.SUPPORTER)) {
        return c;
      }
    }
  }

  @Test
  void a_case_cannot_be_prepared_before_its_parties_consent() {
    RestorativeCase prepared = preparedCaseWithoutSupporters();
    RestorativeCase withoutConsent =
        prepared.withConsents(
            prepared.consents().stream()
                .filter(c -> c.kind() != ConsentKind.PARTICIPATION)
                .toList());

    Report report = RuleSet.standard().check(withoutConsent, Policy.standard(), AS_OF);

    assertThat(report.errors())
        .extracting(Violation::code)
        .containsOnly("CONSENT_REQUIRED_BEFORE_MEETING");
    assertThat(report.errors())
        .extracting(Violation::path)
        .allMatch(path -> path.startsWith("/processes/0/participants/"))
        .hasSize(withoutConsent.processes().get(0).participants().size());
  }

  @Test
  void parties_who_consented_may_be_prepared() {
    assertThat(
            RuleSet.standard()
                .check(preparedCaseWithoutSupporters(), Policy.standard(), AS_OF)
                .errors())
        .isEmpty();
  }

  @Test
  void an_assessment_may_go_on_before_anyone_consents() {
    RestorativeCase assessed = SyntheticCases.seeded(41).caseAt(Stage.ASSESSMENT, 0);
    RestorativeCase withoutConsent = assessed.withConsents(List.of());

    assertThat(RuleSet.standard().check(withoutConsent, Policy.standard(), AS_OF).codes())
        .doesNotContain("CONSENT_REQUIRED_BEFORE_MEETING");
    assertThat(
            RuleSet.standard()
                .checkEntry(withoutConsent, Stage.PREPARATION, Policy.standard(), AS_OF)
                .codes())
        .contains("CONSENT_REQUIRED_BEFORE_MEETING");
  }
}
