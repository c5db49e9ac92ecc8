package org.restorative.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.harm.Harm;
import org.restorative.core.outcome.Action;
import org.restorative.core.party.Party;
import org.restorative.core.privacy.PseudonymisedCase;
import org.restorative.core.privacy.Pseudonymiser;
import org.restorative.json.CaseJson;
import org.restorative.json.NdjsonReader;
import org.restorative.json.PseudonymisedCaseJson;
import org.restorative.json.PseudonymisedReadResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class PseudonymiseCommandTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final byte[] KEY =
      "research-key-0123456789abcdefXYZ".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] OTHER_KEY =
      "another-key-9876543210fedcbaQRS!".getBytes(StandardCharsets.US_ASCII);

  @TempDir Path dir;
  private Path key;
  private Path cohort;
  private Path demo;

  @BeforeEach
  void a_key_a_synthetic_cohort_and_the_demonstration_case() {
    key = CommandFixtures.write(dir.resolve("research.key"), KEY);
    cohort = CommandFixtures.write(dir.resolve("cohort.ndjson"), CommandFixtures.aCohort(60, 11));
    demo = CommandFixtures.theDemoRecord(dir);
  }

  private List<RestorativeCase> inputCases() {
    List<RestorativeCase> cases = new ArrayList<>();
    try (NdjsonReader lines = CaseJson.strict().readNdjson(Files.newInputStream(cohort))) {
      while (lines.hasNext()) {
        cases.add(lines.next().result().restorativeCase().orElseThrow());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    cases.add(CommandFixtures.theClosedDemoCase(dir));
    return cases;
  }

  private static List<JsonNode> lines(String ndjson) {
    return ndjson.lines().map(JSON::readTree).toList();
  }

  @Test
  void every_line_parses_and_starts_with_the_notice() {
    Run run =
        Run.of("pseudonymise", "--key-file", key.toString(), cohort.toString(), demo.toString());

    assertThat(run.exitCode).as(run.err).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSize(61);
    for (String line : lines) {
      assertThat(line).startsWith("{\"notice\":");
      JsonNode node = JSON.readTree(line);
      assertThat(node.propertyNames().iterator().next()).isEqualTo("notice");
      assertThat(node.get("notice").asString()).isEqualTo(PseudonymisedCase.NOTICE);
      assertThat(node.get("casePseudonym").asString()).matches("C-[A-Z2-7]{16}");
    }
    assertThat(run.out()).endsWith("\n");
  }

  @Test
  void the_notice_that_the_output_is_still_personal_data_is_printed_once_on_standard_error() {
    Run run = Run.of("pseudonymise", "--key-file", key.toString(), cohort.toString());

    assertThat(run.err).contains("still personal data under UK GDPR");
    assertThat(occurrences(run.err, PseudonymisedCase.NOTICE)).isEqualTo(1);
    assertThat(run.err).contains("60 cases written");
  }

  @Test
  void the_output_holds_none_of_the_inputs_names_dates_of_birth_or_narratives() {
    List<String> personal = new ArrayList<>();
    for (RestorativeCase c : inputCases()) {
      for (Party party : c.parties()) {
        party.name().ifPresent(personal::add);
        party.preferredName().ifPresent(personal::add);
        party.dateOfBirth().ifPresent(born -> personal.add(born.toString()));
      }
      for (Harm harm : c.harms()) {
        harm.narrative().ifPresent(personal::add);
        harm.otherContext().ifPresent(personal::add);
      }
      for (Action action : c.actions()) {
        personal.add(action.description());
      }
    }
    assertThat(personal).hasSizeGreaterThan(100);
    assertThat(personal).anyMatch(p -> p.matches("\\d{4}-\\d{2}-\\d{2}"));

    Run run =
        Run.of("pseudonymise", "--key-file", key.toString(), cohort.toString(), demo.toString());

    assertThat(run.exitCode).isZero();
    String out = run.out();
    for (String value : personal) {
      assertThat(out).as("a personal value").doesNotContain(value);
    }
    assertThat(out).doesNotContain(CommandFixtures.DEMO_NAMES);
    assertThat(out).doesNotContain(CommandFixtures.DEMO_DATE_OF_BIRTH);
    assertThat(out).doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
    assertThat(run.err).doesNotContain(CommandFixtures.DEMO_NAMES);
  }

  @Test
  void months_are_year_and_month_codes_are_names_and_absent_values_are_left_out() {
    Run run = Run.of("pseudonymise", "--key-file", key.toString(), demo.toString());

    JsonNode c = lines(run.out()).get(0);
    assertThat(c.get("stage").asString()).isEqualTo("CLOSED_COMPLETED");
    assertThat(c.get("referredIn").asString()).isEqualTo("2026-03");
    JsonNode patient = null;
    for (JsonNode party : c.get("parties")) {
      assertThat(party.get("pseudonym").asString()).matches("P-[A-Z2-7]{16}");
      if (party.get("role").asString().equals("SUPPORTER")) {
        assertThat(party.get("principal").asString()).matches("P-[A-Z2-7]{16}");
      } else {
        assertThat(party.has("principal")).isFalse();
      }
      if ("S37_41".equals(party.path("mhaSection").asString(""))) {
        patient = party;
      }
    }
    assertThat(patient).isNotNull();
    assertThat(patient.get("restricted").asBoolean()).isTrue();
    assertThat(patient.get("ageBand").asString()).isEqualTo("ADULT");
    List<String> needs = new ArrayList<>();
    patient.get("communicationNeeds").forEach(need -> needs.add(need.asString()));
    assertThat(needs).containsExactly("AUTISM", "PROCESSING_TIME", "SENSORY_ENVIRONMENT");
    assertThat(c.get("harms").get(0).get("occurredIn").asString()).matches("\\d{4}-\\d{2}");
    assertThat(c.get("history").get(0).has("from")).isFalse();
    assertThat(nulls(c)).isZero();
  }

  private static int nulls(JsonNode node) {
    if (node.isNull()) {
      return 1;
    }
    int count = 0;
    for (JsonNode child : node) {
      count += nulls(child);
    }
    return count;
  }

  @Test
  void the_same_key_gives_a_party_the_same_pseudonym_in_two_runs_on_different_files() {
    RestorativeCase seventeenth = inputCases().get(17);
    Path alone =
        CommandFixtures.write(dir.resolve("one-case.json"), CaseJson.strict().write(seventeenth));

    Run first = Run.of("pseudonymise", "--key-file", key.toString(), cohort.toString());
    Run second = Run.of("pseudonymise", "--key-file", key.toString(), alone.toString());
    Run otherKey =
        Run.of(
            "pseudonymise",
            "--key-file",
            CommandFixtures.write(dir.resolve("other.key"), OTHER_KEY).toString(),
            alone.toString());

    List<String> inFirst = pseudonyms(lines(first.out()).get(17));
    List<String> inSecond = pseudonyms(lines(second.out()).get(0));
    assertThat(inSecond).isNotEmpty().isEqualTo(inFirst);
    Pseudonymiser pseudonymiser = Pseudonymiser.keyed(KEY);
    assertThat(inSecond)
        .isEqualTo(
            seventeenth.parties().stream().map(p -> pseudonymiser.pseudonym(p.id())).toList());
    assertThat(pseudonyms(lines(otherKey.out()).get(0))).doesNotContainAnyElementsOf(inSecond);
  }

  private static List<String> pseudonyms(JsonNode c) {
    List<String> pseudonyms = new ArrayList<>();
    c.get("parties").forEach(p -> pseudonyms.add(p.get("pseudonym").asString()));
    return pseudonyms;
  }

  @Test
  void a_short_key_file_exits_2_and_never_shows_the_key() {
    String secret = "QZX-short-k3y";
    Path shortKey = CommandFixtures.write(dir.resolve("short.key"), secret);

    Run run = Run.of("pseudonymise", "--key-file", shortKey.toString(), cohort.toString());

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err)
        .contains("short.key is too short: 13 bytes")
        .contains("at least 16 bytes")
        .doesNotContain(secret)
        .doesNotContain("QZX")
        .doesNotContain("k3y")
        .doesNotContain("Exception");
    assertThat(run.err.lines()).hasSize(1);
    assertThat(run.outBytes).isEmpty();
  }

  @Test
  void a_missing_key_file_exits_2_with_one_line() {
    Run run =
        Run.of(
            "pseudonymise", "--key-file", dir.resolve("nowhere.key").toString(), cohort.toString());

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).contains("cannot read the key file").contains("no such file");
    assertThat(run.err.lines()).hasSize(1);
  }

  @Test
  void the_key_file_is_required() {
    Run run = Run.of("pseudonymise", cohort.toString());

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).contains("--key-file");
  }

  @Test
  void output_to_a_file_holds_the_same_bytes_as_standard_output() throws Exception {
    Path file = dir.resolve("shared.ndjson");

    Run toFile =
        Run.of(
            "pseudonymise",
            "--key-file",
            key.toString(),
            "--output",
            file.toString(),
            cohort.toString());
    Run toOut = Run.of("pseudonymise", "--key-file", key.toString(), cohort.toString());

    assertThat(toFile.exitCode).isZero();
    assertThat(toFile.outBytes).isEmpty();
    assertThat(toFile.err).contains("60 cases written to " + file);
    assertThat(Files.readAllBytes(file)).isEqualTo(toOut.outBytes);
  }

  @Test
  void an_output_that_is_the_key_file_or_an_input_is_refused_and_left_as_it_was() throws Exception {
    Run onKey =
        Run.of(
            "pseudonymise", "--key-file", key.toString(), "-o", key.toString(), cohort.toString());
    Run onInput =
        Run.of(
            "pseudonymise",
            "--key-file",
            key.toString(),
            "-o",
            cohort.toString(),
            cohort.toString());

    assertThat(onKey.exitCode).isEqualTo(2);
    assertThat(onKey.err).contains("is the key file");
    assertThat(Files.readAllBytes(key)).isEqualTo(KEY);
    assertThat(onInput.exitCode).isEqualTo(2);
    assertThat(onInput.err).contains("is also an input");
    assertThat(Files.readAllBytes(cohort)).isEqualTo(CommandFixtures.aCohort(60, 11));
  }

  @Test
  void an_unreadable_input_exits_2_and_the_readable_cases_are_still_written() {
    Path broken = CommandFixtures.write(dir.resolve("broken.json"), "{\"format\": ");

    Run run =
        Run.of("pseudonymise", "--key-file", key.toString(), broken.toString(), demo.toString());

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.out().lines()).hasSize(1);
    assertThat(run.err)
        .contains("broken.json: ERROR JSON_MALFORMED")
        .contains("1 case written; 1 could not be read")
        .doesNotContain("Exception");
  }

  @Test
  void a_line_whose_id_holds_a_lone_surrogate_is_refused_and_the_other_lines_are_still_written() {
    List<String> cases =
        new ArrayList<>(
            new String(CommandFixtures.aCohort(5, 3), StandardCharsets.UTF_8).lines().toList());
    cases.set(2, cases.get(2).replaceFirst("\"id\": ?\"", "$0\\\\ud800"));
    Path hostile =
        CommandFixtures.write(dir.resolve("hostile.ndjson"), String.join("\n", cases) + "\n");

    Run run = Run.of("pseudonymise", "--key-file", key.toString(), hostile.toString());

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.out().lines()).hasSize(4);
    assertThat(run.err)
        .contains("hostile.ndjson:3: ERROR JSON_INVALID_VALUE /id")
        .contains("4 cases written; 1 could not be read")
        .doesNotContain("Exception");
  }

  @Test
  void standard_input_is_read_for_a_dash_and_the_zone_decides_the_months() {
    Run london =
        Run.withInput(
            CommandFixtures.aCohort(5, 2), "pseudonymise", "--key-file", key.toString(), "-");
    Run unknown =
        Run.of(
            "pseudonymise",
            "--key-file",
            key.toString(),
            "--zone",
            "Nowhere/Land",
            cohort.toString());

    assertThat(london.exitCode).isZero();
    assertThat(london.out().lines()).hasSize(5);
    assertThat(unknown.exitCode).isEqualTo(2);
    assertThat(unknown.err).contains("--zone");
  }

  private static int occurrences(String text, String part) {
    Matcher matcher = Pattern.compile(Pattern.quote(part)).matcher(text);
    int count = 0;
    while (matcher.find()) {
      count++;
    }
    return count;
  }

  @Test
  void every_line_reads_back_with_the_library_as_the_pseudonymised_view_of_its_input() {
    Run run =
        Run.of("pseudonymise", "--key-file", key.toString(), cohort.toString(), demo.toString());
    Pseudonymiser pseudonymiser = Pseudonymiser.keyed(KEY);
    List<RestorativeCase> inputs = inputCases();

    List<String> lines = run.out().lines().toList();

    assertThat(lines).hasSize(inputs.size());
    for (int i = 0; i < lines.size(); i++) {
      PseudonymisedReadResult read = PseudonymisedCaseJson.strict().read(lines.get(i));
      assertThat(read.problems()).isEmpty();
      assertThat(read.pseudonymisedCase())
          .contains(pseudonymiser.pseudonymise(inputs.get(i), ZoneId.of("Europe/London")));
      assertThat(JSON.readTree(lines.get(i)).get("format").asString())
          .isEqualTo(PseudonymisedCaseJson.FORMAT_NAME);
    }
  }
}
