package org.restorative.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.json.CaseJson;

/**
 * The exit codes every command that reads case records shares: 0 when every record was read and no
 * ERROR found, 1 when every record was read and some ERROR found, 2 when some record could not be
 * read — a record refused for its structure (a missing property) included — with the other records
 * still read and counted.
 */
class ExitCodeTest {

  private static final int GOOD = 4;
  private static final byte[] KEY =
      "research-key-0123456789abcdefXYZ".getBytes(StandardCharsets.US_ASCII);

  @TempDir Path dir;
  private String good;
  private String refused;
  private String withError;
  private Path key;

  @BeforeEach
  void records() throws Exception {
    good = new String(CommandFixtures.aCohort(GOOD, 7), StandardCharsets.UTF_8);
    RestorativeCase demo = CommandFixtures.theClosedDemoCase(dir);
    String demoLine = CaseJson.strict().writeLine(demo).strip();
    refused = demoLine.replaceFirst("\"stage\":\"[A-Z_]+\",", "");
    assertThat(refused).isNotEqualTo(demoLine);
    withError = CaseJson.strict().writeLine(demo.withConsents(List.of())).strip();
    key = Files.write(dir.resolve("research.key"), KEY);
  }

  /** The good records with one structurally refused record in the middle. */
  private Path goodAndRefused() {
    String[] lines = good.split("\n");
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < lines.length; i++) {
      if (i == 2) {
        text.append(refused).append('\n');
      }
      text.append(lines[i]).append('\n');
    }
    return CommandFixtures.write(dir.resolve("refused.ndjson"), text.toString());
  }

  private Path goodAndWithError() {
    return CommandFixtures.write(dir.resolve("with-error.ndjson"), good + withError + "\n");
  }

  private Path allGood() {
    return CommandFixtures.write(dir.resolve("good.ndjson"), good);
  }

  private Run validate(Path file) {
    return Run.of("validate", file.toString());
  }

  private Run stats(Path file) {
    return Run.of("stats", file.toString());
  }

  private Run export(Path file) {
    return Run.of("export", "--csv", dir.resolve("csv").toString(), file.toString());
  }

  private Run pseudonymise(Path file) {
    return Run.of("pseudonymise", "--key-file", key.toString(), file.toString());
  }

  /** No stack trace and no value of the records in anything printed. */
  private static void nothingLeaks(Run run) {
    String printed = run.out() + run.err;
    assertThat(run.err)
        .doesNotContain("Exception")
        .doesNotContain("\tat ")
        .doesNotContain("internal");
    assertThat(printed).doesNotContain(CommandFixtures.DEMO_DATE_OF_BIRTH);
  }

  @Test
  void validate_exits_2_for_a_record_missing_a_property_and_still_checks_the_others() {
    Run run = validate(goodAndRefused());

    assertThat(run.exitCode).as(run.err).isEqualTo(2);
    assertThat(run.out()).contains("refused.ndjson:3: ERROR JSON_MISSING_PROPERTY /stage ");
    assertThat(run.err).contains(GOOD + " cases checked").contains("; 1 could not be read");
    nothingLeaks(run);
  }

  @Test
  void validate_exits_1_when_every_record_is_read_and_one_breaks_a_rule() {
    Run run = validate(goodAndWithError());

    assertThat(run.exitCode).as(run.err).isEqualTo(1);
    assertThat(run.out()).contains(":" + (GOOD + 1) + ": ERROR CONSENT_REQUIRED_BEFORE_MEETING ");
    assertThat(run.err).contains((GOOD + 1) + " cases checked").doesNotContain("could not be read");
    nothingLeaks(run);
  }

  @Test
  void validate_exits_0_when_every_record_is_read_and_clean() {
    Run run = validate(allGood());

    assertThat(run.exitCode).as(run.err).isZero();
    assertThat(run.err).contains(GOOD + " cases checked").doesNotContain("could not be read");
    nothingLeaks(run);
  }

  @Test
  void stats_exits_2_for_a_record_missing_a_property_and_still_counts_the_others() {
    Run run = stats(goodAndRefused());

    assertThat(run.exitCode).as(run.err).isEqualTo(2);
    assertThat(run.err)
        .contains("refused.ndjson:3: ERROR JSON_MISSING_PROPERTY /stage ")
        .contains(GOOD + " cases counted; 1 could not be read");
    nothingLeaks(run);
  }

  @Test
  void stats_checks_no_rules_so_a_record_breaking_one_still_exits_0() {
    Run run = stats(goodAndWithError());

    assertThat(run.exitCode).as(run.err).isZero();
    assertThat(run.err).contains((GOOD + 1) + " cases counted").doesNotContain("could not be read");
    nothingLeaks(run);
  }

  @Test
  void stats_exits_0_when_every_record_is_read_and_clean() {
    Run run = stats(allGood());

    assertThat(run.exitCode).as(run.err).isZero();
    assertThat(run.err).contains(GOOD + " cases counted").doesNotContain("could not be read");
    nothingLeaks(run);
  }

  @Test
  void export_exits_2_for_a_record_missing_a_property_and_still_exports_the_others()
      throws Exception {
    Run run = export(goodAndRefused());

    assertThat(run.exitCode).as(run.err).isEqualTo(2);
    assertThat(run.err)
        .contains("refused.ndjson:3: ERROR JSON_MISSING_PROPERTY /stage ")
        .contains(GOOD + " cases written to ")
        .contains("; 1 could not be read");
    assertThat(Files.readAllLines(dir.resolve("csv").resolve("cases.csv"))).hasSize(GOOD + 1);
    nothingLeaks(run);
  }

  @Test
  void export_checks_no_rules_so_a_record_breaking_one_still_exits_0() {
    Run run = export(goodAndWithError());

    assertThat(run.exitCode).as(run.err).isZero();
    assertThat(run.err)
        .contains((GOOD + 1) + " cases written to ")
        .doesNotContain("could not be read");
    nothingLeaks(run);
  }

  @Test
  void export_exits_0_when_every_record_is_read_and_clean() {
    Run run = export(allGood());

    assertThat(run.exitCode).as(run.err).isZero();
    assertThat(run.err).contains(GOOD + " cases written to ").doesNotContain("could not be read");
    nothingLeaks(run);
  }

  @Test
  void pseudonymise_exits_2_for_a_record_missing_a_property_and_still_writes_the_others() {
    Run run = pseudonymise(goodAndRefused());

    assertThat(run.exitCode).as(run.err).isEqualTo(2);
    assertThat(run.out().lines()).hasSize(GOOD);
    assertThat(run.err)
        .contains("refused.ndjson:3: ERROR JSON_MISSING_PROPERTY /stage ")
        .contains(GOOD + " cases written; 1 could not be read");
    nothingLeaks(run);
  }

  @Test
  void pseudonymise_checks_no_rules_so_a_record_breaking_one_still_exits_0() {
    Run run = pseudonymise(goodAndWithError());

    assertThat(run.exitCode).as(run.err).isZero();
    assertThat(run.out().lines()).hasSize(GOOD + 1);
    assertThat(run.err).contains((GOOD + 1) + " cases written").doesNotContain("could not be read");
    nothingLeaks(run);
  }

  @Test
  void pseudonymise_exits_0_when_every_record_is_read_and_clean() {
    Run run = pseudonymise(allGood());

    assertThat(run.exitCode).as(run.err).isZero();
    assertThat(run.out().lines()).hasSize(GOOD);
    assertThat(run.err).contains(GOOD + " cases written").doesNotContain("could not be read");
    nothingLeaks(run);
  }

  @Test
  void
      the_exit_code_is_decided_in_one_place_a_defect_outweighs_an_unread_record_which_outweighs_an_error() {
    assertThat(RestorativeCommand.exitCode(0, 0, 0)).isEqualTo(RestorativeCommand.OK);
    assertThat(RestorativeCommand.exitCode(0, 3, 0)).isEqualTo(RestorativeCommand.ERRORS_FOUND);
    assertThat(RestorativeCommand.exitCode(1, 0, 0)).isEqualTo(RestorativeCommand.UNREADABLE);
    assertThat(RestorativeCommand.exitCode(1, 3, 0)).isEqualTo(RestorativeCommand.UNREADABLE);
    assertThat(RestorativeCommand.exitCode(0, 0, 1)).isEqualTo(RestorativeCommand.INTERNAL_ERROR);
    assertThat(RestorativeCommand.exitCode(1, 3, 1)).isEqualTo(RestorativeCommand.INTERNAL_ERROR);
  }

  @Test
  void every_reading_command_documents_its_exit_codes_in_its_help() {
    for (String command : List.of("validate", "stats", "export", "pseudonymise")) {
      Run run = Run.of(command, "--help");

      assertThat(run.exitCode).as(command).isZero();
      assertThat(run.out().replaceAll("\\s+", " "))
          .as(command)
          .contains("Exit code 0 when every record was read")
          .contains("an input or a record")
          .contains("cannot be read")
          .contains("the summary says how many were not")
          .contains("3 only for a defect of the tool");
    }
  }
}
