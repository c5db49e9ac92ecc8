package org.restorative.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.party.PartyId;
import org.restorative.core.process.ProcessStatus;
import org.restorative.core.process.RestorativeProcess;
import org.restorative.json.CaseJson;
import org.restorative.json.PolicyJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class ValidateCommandTest {

  @TempDir Path dir;

  private Path aCaseWithoutConsents() {
    RestorativeCase closed = CommandFixtures.theClosedDemoCase(dir);
    return CommandFixtures.write(
        dir.resolve("no-consent.json"), CaseJson.strict().write(closed.withConsents(List.of())));
  }

  @Test
  void a_valid_case_exits_0_and_prints_nothing_on_standard_output() {
    Run run = Run.of("validate", CommandFixtures.theDemoRecord(dir).toString());

    assertThat(run.exitCode).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err).contains("1 case checked as of 2026-11-21T09:00:00Z: 0 errors, 0 warnings");
  }

  @Test
  void a_truncated_record_cannot_be_read_exits_2_and_prints_no_stack_trace() {
    String whole = CommandFixtures.read(CommandFixtures.theDemoRecord(dir));
    Path truncated =
        CommandFixtures.write(
            dir.resolve("truncated.json"), whole.substring(0, whole.length() / 2));

    Run run = Run.of("validate", truncated.toString());

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.out()).contains("truncated.json: ERROR JSON_MALFORMED");
    assertThat(run.err).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void a_missing_file_exits_2_with_one_line_and_the_other_files_are_still_checked() {
    Path valid = CommandFixtures.theDemoRecord(dir);

    Run run = Run.of("validate", dir.resolve("nowhere.json").toString(), valid.toString());

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err)
        .contains("nowhere.json: cannot be read: no such file")
        .contains("1 case checked")
        .doesNotContain("Exception");
  }

  @Test
  void a_case_breaking_a_rule_exits_1_and_prints_the_code_and_the_path() {
    Run run = Run.of("validate", aCaseWithoutConsents().toString());

    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.out())
        .contains(
            "no-consent.json: ERROR CONSENT_REQUIRED_BEFORE_MEETING /meetings/0/attendees/0 ");
  }

  @Test
  void json_format_prints_one_object_per_problem_with_file_line_severity_code_path_and_message() {
    Path broken = aCaseWithoutConsents();

    Run run = Run.of("validate", "--format", "json", broken.toString());

    assertThat(run.exitCode).isEqualTo(1);
    List<JsonNode> lines =
        run.out().lines().map(line -> JsonMapper.builder().build().readTree(line)).toList();
    assertThat(lines).isNotEmpty();
    for (JsonNode line : lines) {
      assertThat(line.propertyNames())
          .containsExactly("file", "line", "severity", "code", "path", "message");
      assertThat(line.get("file").stringValue()).isEqualTo(broken.toString());
      assertThat(line.get("line").isNull()).isTrue();
    }
    assertThat(lines)
        .anySatisfy(
            line -> {
              assertThat(line.get("code").stringValue())
                  .isEqualTo("CONSENT_REQUIRED_BEFORE_MEETING");
              assertThat(line.get("path").stringValue()).isEqualTo("/meetings/0/attendees/0");
              assertThat(line.get("severity").stringValue()).isEqualTo("ERROR");
            });
  }

  @Test
  void ndjson_problems_name_their_line_and_a_bad_line_does_not_stop_the_others() {
    String[] cohort = new String(CommandFixtures.aCohort(3, 7), StandardCharsets.UTF_8).split("\n");
    String ndjson = cohort[0] + "\n{\"format\": \"restorative-case\",\n" + cohort[2] + "\n";
    Path file = CommandFixtures.write(dir.resolve("cohort.txt"), ndjson);

    Run run = Run.of("validate", "--format=json", file.toString());

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.out()).contains("\"line\":2,\"severity\":\"ERROR\",\"code\":\"JSON_MALFORMED\"");
    assertThat(run.err).contains("2 cases checked").contains("; 1 could not be read");
  }

  @Test
  void standard_input_is_read_for_a_dash() {
    Run run = Run.withInput(CommandFixtures.aCohort(20, 7), "validate", "-");

    assertThat(run.exitCode).isZero();
    assertThat(run.err).contains("20 cases checked");
  }

  @Test
  void an_unknown_property_refuses_the_record_when_strict_and_is_a_warning_when_lenient() {
    String record = CommandFixtures.read(CommandFixtures.theDemoRecord(dir));
    Path file =
        CommandFixtures.write(
            dir.resolve("extra.json"),
            record.replaceFirst("\"stage\":", "\"colour\": \"red\", \"stage\":"));

    Run strict = Run.of("validate", file.toString());
    Run lenient = Run.of("validate", "--lenient", file.toString());

    assertThat(strict.exitCode).isEqualTo(2);
    assertThat(strict.out()).contains("ERROR JSON_UNKNOWN_PROPERTY - Member 4 of this object");
    assertThat(strict.err).contains("0 cases checked").contains("; 1 could not be read");
    assertThat(lenient.exitCode).isZero();
    assertThat(lenient.out()).contains("WARNING JSON_UNKNOWN_PROPERTY - Member 4 of this object");
    assertThat(strict.out() + lenient.out()).doesNotContain("red").doesNotContain("colour");
  }

  @Test
  void when_lenient_a_violation_after_a_dropped_repeat_is_reported_where_it_stands_in_the_record() {
    // The process is under way again and the person harmed, its second participant, has no
    // consent; the person responsible is repeated before it, which the lenient reader drops.
    RestorativeCase closed = CommandFixtures.theClosedDemoCase(dir);
    RestorativeProcess process = closed.processes().get(0);
    RestorativeCase underWay =
        closed
            .withProcesses(
                new RestorativeProcess.Builder()
                    .from(process)
                    .status(ProcessStatus.IN_PROGRESS)
                    .endedAt(Optional.empty())
                    .build())
            .withConsents(
                closed.consents().stream()
                    .filter(c -> !c.party().equals(PartyId.of("p-nurse")))
                    .toList());
    JsonMapper mapper = JsonMapper.builder().build();
    ObjectNode record = (ObjectNode) mapper.readTree(CaseJson.strict().write(underWay));
    ArrayNode participants = (ArrayNode) record.at("/processes/0/participants");
    assertThat(participants.get(1).stringValue()).isEqualTo("p-nurse");
    participants.insert(1, participants.get(0).deepCopy());
    Path file =
        CommandFixtures.write(dir.resolve("repeat.json"), mapper.writeValueAsString(record));

    Run run = Run.of("validate", "--lenient", file.toString());

    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.out().lines())
        .contains(
            file
                + ": WARNING JSON_DUPLICATE_ELEMENT /processes/0/participants/1 A repeated element"
                + " of a set was dropped.",
            file
                + ": ERROR CONSENT_REQUIRED_BEFORE_MEETING /processes/0/participants/2 A"
                + " participant of a process under way has no participation consent in force.");
  }

  @Test
  void a_property_name_with_a_line_break_is_not_printed_and_its_problem_is_one_line() {
    String record = CommandFixtures.read(CommandFixtures.theDemoRecord(dir));
    Path file =
        CommandFixtures.write(
            dir.resolve("odd.json"),
            record.replaceFirst("\"stage\":", "\"col\\\\nour\": 1, \"stage\":"));

    Run run = Run.of("validate", file.toString());

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.out().lines())
        .singleElement()
        .asString()
        .contains("JSON_UNKNOWN_PROPERTY - Member 4 of this object")
        .doesNotContain("col");
  }

  @Test
  void the_moment_of_checking_can_be_given_and_a_case_checked_before_it_began_is_in_the_future() {
    Path record = CommandFixtures.theDemoRecord(dir);

    Run run = Run.of("validate", "--as-of", "2026-01-01T00:00:00Z", record.toString());

    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.out()).contains("ERROR DATES_IN_ORDER /referral/receivedAt");
    assertThat(run.err).contains("as of 2026-01-01T00:00:00Z");
  }

  @Test
  void a_moment_that_is_not_iso_8601_exits_2() {
    Run run = Run.of("validate", "--as-of", "yesterday", "x.json");

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).contains("--as-of").contains("ISO-8601").doesNotContain("Exception");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "+1000000000-12-31T23:59:59Z",
        "-999999999-01-01T00:00:00Z",
        "0000-12-31T23:59:59Z",
        "+10000-01-01T00:00:00Z"
      })
  void a_moment_outside_the_years_of_the_records_exits_2(String moment) {
    Path record = CommandFixtures.theDemoRecord(dir);

    Run run = Run.of("validate", "--as-of", moment, record.toString());

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err)
        .contains("Invalid value for option '--as-of'")
        .contains("in the years 0001 to 9999")
        .doesNotContain("internal error");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void a_trust_policy_from_a_file_changes_what_is_found() {
    Path record = CommandFixtures.theDemoRecord(dir);
    Path policy =
        CommandFixtures.write(
            dir.resolve("policy.json"), "{\"consentReconfirmationWindow\": \"P1D\"}");

    Run run = Run.of("validate", "--policy", policy.toString(), record.toString());

    assertThat(run.exitCode).isEqualTo(1);
    assertThat(run.out())
        .contains("ERROR CONSENT_RECONFIRMED_BEFORE_MEETING /meetings/0/attendees/0");
  }

  @Test
  void a_policy_file_with_an_unknown_setting_exits_2_with_its_problem_on_one_line() {
    Path policy =
        CommandFixtures.write(
            dir.resolve("policy.json"),
            "{\"supervisionInterval\": \"P8W\", \"supervisionIntervall\": \"P8W\"}");

    Run run = Run.of("validate", "--policy", policy.toString(), "any.json");

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err.lines())
        .containsExactly(
            "restorative: policy file "
                + policy
                + ": ERROR JSON_UNKNOWN_PROPERTY - Member 2 of this object is a property the format does not define.",
            "restorative: policy file "
                + policy
                + " is not used: 1 problem; the settings are "
                + String.join(", ", PolicyJson.settings()));
    assertThat(run.err).contains("supervisionInterval,").doesNotContain("supervisionIntervall");
  }

  @Test
  void progress_is_reported_every_ten_thousand_lines_only_when_standard_error_is_a_terminal() {
    String oneCase = new String(CommandFixtures.aCohort(1, 7), StandardCharsets.UTF_8);
    byte[] ndjson = ("\n".repeat(9_999) + oneCase).getBytes(StandardCharsets.UTF_8);
    Path file = CommandFixtures.write(dir.resolve("sparse.ndjson"), ndjson);

    Run terminal = Run.withInput(new byte[0], true, "validate", file.toString());
    Run redirected = Run.withInput(new byte[0], false, "validate", file.toString());

    assertThat(terminal.err).contains("sparse.ndjson: 10000 lines checked");
    assertThat(redirected.err).doesNotContain("lines checked");
    assertThat(terminal.exitCode).isZero();
    assertThat(redirected.exitCode).isZero();
  }
}
