package org.restorative.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Either;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.casefile.Stage;
import org.restorative.core.party.ActorId;
import org.restorative.core.party.AgeBand;
import org.restorative.core.party.CommunicationNeed;
import org.restorative.core.party.MentalHealthActStatus;
import org.restorative.core.party.MhaStatus;
import org.restorative.core.party.Party;
import org.restorative.core.party.PartyId;
import org.restorative.core.party.PartyRole;
import org.restorative.core.party.PersonType;
import org.restorative.core.rules.CaseTransitions;
import org.restorative.core.rules.Move;
import org.restorative.core.rules.Policy;
import org.restorative.core.rules.Report;
import org.restorative.core.rules.RuleSet;
import org.restorative.core.rules.Violation;
import org.restorative.core.synthetic.SyntheticCases;

/**
 * The README's usage example, compiled and run. The README must show exactly the lines between the
 * markers below, so the documentation cannot drift from the API.
 */
class ReadmeExampleTest {

  @Test
  void the_readme_example_runs_and_says_what_the_readme_says() {
    // README-EXAMPLE-START
    Party patient =
        new Party.Builder()
            .id(PartyId.of("p-1"))
            .role(PartyRole.PERSON_RESPONSIBLE)
            .personType(PersonType.PATIENT)
            .name("Alex Example")
            .dateOfBirth(LocalDate.of(1990, 5, 12))
            .mentalHealthAct(MentalHealthActStatus.of(MhaStatus.S37_41))
            .addCommunicationNeed(CommunicationNeed.AUTISM)
            .build();
    boolean restricted = patient.isRestrictedPatient(); // true: a s37/41 restriction order
    AgeBand band = patient.ageBandOn(LocalDate.of(2026, 11, 21)).orElseThrow(); // ADULT
    String printed = patient.toString(); // "Party{id=p-1, ..., name=***, dateOfBirth=***, ...}"
    Party informal = patient.withMentalHealthAct(MentalHealthActStatus.of(MhaStatus.INFORMAL));

    RestorativeCase example = SyntheticCases.seeded(7).caseAt(Stage.PREPARATION, 0);
    // README-EXAMPLE-END

    assertThat(restricted).isTrue();
    assertThat(band).isEqualTo(AgeBand.ADULT);
    assertThat(printed).contains("name=***").doesNotContain("Alex Example").doesNotContain("1990");
    assertThat(informal.isRestrictedPatient()).isFalse();
    assertThat(informal.name()).isEqualTo(patient.name());
    assertThat(example.stage()).isEqualTo(Stage.PREPARATION);
  }

  @Test
  void the_readme_rules_example_runs() {
    RestorativeCase example = SyntheticCases.seeded(7).caseAt(Stage.PREPARATION, 0);
    Instant now = Instant.parse("2030-01-01T09:00:00Z");
    // README-RULES-EXAMPLE-START
    Report report = RuleSet.standard().check(example, Policy.standard(), now);
    List<String> problems =
        report.violations().stream().map(v -> v.code() + " at " + v.path()).toList();

    Either<Report, RestorativeCase> moved =
        CaseTransitions.standard()
            .apply(example, Move.to(Stage.INTERVENTION), ActorId.of("staff-42"), now);
    List<String> blocking =
        moved.fold(
            refused -> refused.errors().stream().map(Violation::code).toList(), ok -> List.of());
    // README-RULES-EXAMPLE-END
    // A valid case in preparation, with no meeting arranged and two participants not yet prepared:
    // the gate of intervention says so, rather than letting it through on absence.
    assertThat(problems).isEmpty();
    assertThat(report.toValidation().isValid()).isTrue();
    assertThat(moved.isLeft()).isTrue();
    assertThat(blocking)
        .containsExactly(
            "PREPARATION_CONTACT_PER_ATTENDEE",
            "PREPARATION_CONTACT_PER_ATTENDEE",
            "INTERVENTION_ARRANGED");
  }

  @Test
  void the_readme_synthetic_data_example_runs() {
    // README-SYNTHETIC-EXAMPLE-START
    SyntheticCases synthetic = SyntheticCases.seeded(7);
    RestorativeCase held = synthetic.caseAt(Stage.FOLLOW_UP, 0);
    List<RestorativeCase> cohort = synthetic.cohort(500).toList();
    // README-SYNTHETIC-EXAMPLE-END

    assertThat(held.stage()).isEqualTo(Stage.FOLLOW_UP);
    assertThat(cohort).hasSize(500);
    assertThat(SyntheticCases.seeded(7).cohort(500).toList()).isEqualTo(cohort);
  }

  @Test
  void the_readme_shows_the_examples_verbatim() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    assertShown(
        readme, "src/test/java/org/restorative/core/ReadmeExampleTest.java", "README-EXAMPLE", 4);
    assertShown(
        readme,
        "src/test/java/org/restorative/core/rules/TrustPolicyTest.java",
        "TRUST-POLICY-EXAMPLE",
        4);
    assertShown(
        readme,
        "src/test/java/org/restorative/core/ReadmeExampleTest.java",
        "README-RULES-EXAMPLE",
        4);
    assertShown(
        readme,
        "src/test/java/org/restorative/core/ReadmeExampleTest.java",
        "README-SYNTHETIC-EXAMPLE",
        4);
  }

  /**
   * Asserts that every line between a source file's markers stands in the README, less its indent.
   */
  private static void assertShown(String readme, String file, String marker, int indent)
      throws IOException {
    List<String> source = Files.readAllLines(Path.of(file), StandardCharsets.UTF_8);
    int start = indexOf(source, "// " + marker + "-START") + 1;
    int end = indexOf(source, "// " + marker + "-END");
    assertThat(end).isGreaterThan(start);
    for (String line : source.subList(start, end)) {
      String shown = line.length() >= indent ? line.substring(indent) : line.strip();
      assertThat(readme).as("README line from %s", file).contains(shown);
    }
  }

  private static int indexOf(List<String> lines, String marker) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).strip().equals(marker)) {
        return i;
      }
    }
    throw new AssertionError("marker not found: " + marker);
  }
}
