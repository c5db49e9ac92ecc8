package org.restorative.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.casefile.Stage;
import org.restorative.core.harm.Harm;
import org.restorative.core.harm.HarmContext;
import org.restorative.core.party.Party;
import org.restorative.core.party.PartyRole;
import org.restorative.core.rules.Policy;
import org.restorative.core.rules.Report;
import org.restorative.core.rules.RuleSet;

/**
 * Golden files pin the wire format: one realistic case per stage, read and written byte-for-byte,
 * and valid at its stage under the standard rules, so that an integrator can start from any of
 * them. To regenerate after a deliberate format change, run with {@code
 * -Drestorative.writeGolden=true} and review the diff.
 */
class GoldenFilesTest {

  @ParameterizedTest
  @EnumSource(Stage.class)
  void a_golden_case_reads_without_problems_and_writes_back_byte_for_byte(Stage stage)
      throws IOException {
    if (Boolean.getBoolean("restorative.writeGolden")) {
      Files.createDirectories(JsonFixtures.GOLDEN);
      Files.writeString(
          JsonFixtures.goldenFile(stage),
          CaseJson.strict().write(JsonFixtures.goldenCase(stage)),
          StandardCharsets.UTF_8);
    }
    String golden = JsonFixtures.read(JsonFixtures.goldenFile(stage));

    ReadResult result = CaseJson.strict().read(golden);

    assertThat(result.problems()).isEmpty();
    RestorativeCase read = result.restorativeCase().orElseThrow();
    assertThat(read.stage()).isEqualTo(stage);
    assertThat(CaseJson.strict().write(read)).isEqualTo(golden);
    Report report =
        RuleSet.standard().check(read, Policy.standard(), Instant.parse("2030-01-01T00:00:00Z"));
    assertThat(report.errors()).as("a golden case is a valid case at its stage").isEmpty();
  }

  @Test
  void the_golden_organisational_case_holds_the_trusts_spokesperson_and_passes_the_rules()
      throws IOException {
    if (Boolean.getBoolean("restorative.writeGolden")) {
      Files.createDirectories(JsonFixtures.GOLDEN);
      Files.writeString(
          JsonFixtures.ORGANISATION_GOLDEN,
          CaseJson.strict().write(JsonFixtures.organisationCase()),
          StandardCharsets.UTF_8);
    }
    String golden = JsonFixtures.read(JsonFixtures.ORGANISATION_GOLDEN);

    ReadResult result = CaseJson.strict().read(golden);

    assertThat(result.problems()).isEmpty();
    RestorativeCase read = result.restorativeCase().orElseThrow();
    assertThat(CaseJson.strict().write(read)).isEqualTo(golden);
    assertThat(read.harms())
        .extracting(Harm::context)
        .containsOnly(HarmContext.ORGANISATION_ON_PERSON);
    Party trust =
        read.parties().stream()
            .filter(p -> p.role() == PartyRole.ORGANISATION)
            .findFirst()
            .orElseThrow();
    assertThat(trust.acknowledgements()).isNotEmpty().allMatch(a -> a.spokesperson().isPresent());
    assertThat(golden).contains("\"spokesperson\"");
    Report report =
        RuleSet.standard().check(read, Policy.standard(), Instant.parse("2030-01-01T00:00:00Z"));
    assertThat(report.errors()).isEmpty();
    assertThat(report.codes()).doesNotContain("QUESTION_SET_VERSION_RECORDED");
  }
}
