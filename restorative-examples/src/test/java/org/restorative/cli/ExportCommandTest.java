package org.restorative.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restorative.research.ResearchTable;
import org.restorative.research.ResearchTables;

class ExportCommandTest {

  @TempDir Path dir;
  private Path tables;
  private Run run;

  @BeforeEach
  void export_the_demo_case_and_a_cohort() {
    Path cohort =
        CommandFixtures.write(dir.resolve("cohort.ndjson"), CommandFixtures.aCohort(80, 7));
    Path demo = CommandFixtures.theDemoRecord(dir);
    tables = dir.resolve("tables");
    run = Run.of("export", "--csv", tables.toString(), cohort.toString(), demo.toString());
  }

  /** Parses RFC 4180 CSV: quoted fields, doubled quotes, CRLF record ends. */
  static List<List<String>> parse(String text) {
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        record.add(field.toString());
        field.setLength(0);
      } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        record.add(field.toString());
        field.setLength(0);
        records.add(record);
        record = new ArrayList<>();
        i++;
      } else {
        field.append(c);
      }
    }
    return records;
  }

  private List<List<String>> table(String file) {
    return parse(CommandFixtures.read(tables.resolve(file)));
  }

  @Test
  void export_writes_the_five_tables_and_the_data_dictionary() throws Exception {
    assertThat(run.exitCode).as(run.err).isZero();
    try (Stream<Path> files = Files.list(tables)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .containsExactlyInAnyOrder(
              "cases.csv",
              "parties.csv",
              "meetings.csv",
              "actions.csv",
              "evaluations.csv",
              "data-dictionary.csv");
    }
    assertThat(run.err).contains("81 cases written");
  }

  @Test
  void every_table_has_a_header_row_and_every_row_has_its_columns() {
    for (ResearchTable table : ResearchTables.ALL) {
      List<List<String>> rows = table(table.file());
      assertThat(rows.get(0)).as(table.file()).isEqualTo(table.header());
      assertThat(rows).as(table.file()).hasSizeGreaterThan(1);
      assertThat(rows).allSatisfy(row -> assertThat(row).hasSameSizeAs(table.header()));
    }
  }

  @Test
  void records_end_with_crlf_and_there_is_no_byte_order_mark() {
    String cases = CommandFixtures.read(tables.resolve("cases.csv"));

    assertThat(cases).startsWith("case_id,stage,").endsWith("\r\n");
    assertThat(cases.replace("\r\n", "")).doesNotContain("\n");
  }

  @Test
  void the_cases_table_holds_one_row_per_case_with_iso_dates() {
    List<List<String>> cases = table("cases.csv");
    List<String> header = cases.get(0);
    List<String> demo =
        cases.stream().filter(row -> row.get(0).equals("DEMO-0001")).findFirst().orElseThrow();

    assertThat(cases).hasSize(82);
    assertThat(demo.get(header.indexOf("stage"))).isEqualTo("CLOSED_COMPLETED");
    assertThat(demo.get(header.indexOf("referral_received_on"))).isEqualTo("2026-03-09");
    assertThat(demo.get(header.indexOf("harm_context"))).isEqualTo("PATIENT_ON_STAFF");
    assertThat(demo.get(header.indexOf("process_types"))).isEqualTo("FACE_TO_FACE_CONFERENCE");
    assertThat(demo.get(header.indexOf("closed_on"))).isEqualTo("2026-06-15");
  }

  @Test
  void the_parties_table_holds_bands_and_codes_joined_by_semicolons() {
    List<List<String>> parties = table("parties.csv");
    List<String> header = parties.get(0);
    List<String> patient =
        parties.stream()
            .filter(row -> row.get(0).equals("DEMO-0001") && row.get(1).equals("p-patient"))
            .findFirst()
            .orElseThrow();

    assertThat(patient.get(header.indexOf("age_band"))).isEqualTo("ADULT");
    assertThat(patient.get(header.indexOf("mha_section"))).isEqualTo("S37_41");
    assertThat(patient.get(header.indexOf("restricted"))).isEqualTo("true");
    assertThat(patient.get(header.indexOf("care_context"))).isEqualTo("FORENSIC_INPATIENT");
    assertThat(patient.get(header.indexOf("communication_needs")))
        .isEqualTo("AUTISM;PROCESSING_TIME;SENSORY_ENVIRONMENT");
  }

  @Test
  void no_table_holds_a_name_a_date_of_birth_or_free_text() {
    for (ResearchTable table : ResearchTables.ALL) {
      String text = CommandFixtures.read(tables.resolve(table.file()));
      assertThat(text).as(table.file()).doesNotContain(CommandFixtures.DEMO_NAMES);
      assertThat(text).as(table.file()).doesNotContain(CommandFixtures.DEMO_DATE_OF_BIRTH);
      assertThat(text).as(table.file()).doesNotContain("medication round", "picture plan");
    }
  }

  @Test
  void the_data_dictionary_describes_every_column_and_quotes_descriptions_with_commas() {
    String text = CommandFixtures.read(tables.resolve("data-dictionary.csv"));
    List<List<String>> dictionary = parse(text);

    assertThat(dictionary.get(0)).containsExactly("table", "column", "type", "description");
    int columns = ResearchTables.ALL.stream().mapToInt(t -> t.columns().size()).sum();
    assertThat(dictionary).hasSize(columns + 1);
    assertThat(dictionary.subList(1, dictionary.size()))
        .allSatisfy(row -> assertThat(row.get(3)).isNotBlank());
    assertThat(text)
        .contains(
            "cases.csv,stage,code,\"The case's stage, including PAUSED and the four closed states.\"");
  }

  @Test
  void an_unreadable_input_exits_2_and_the_readable_cases_are_still_exported() {
    Path broken = CommandFixtures.write(dir.resolve("broken.json"), "{\"format\": ");
    Path demo = CommandFixtures.theDemoRecord(dir);

    Run partial =
        Run.of(
            "export",
            "--csv",
            dir.resolve("partial").toString(),
            broken.toString(),
            demo.toString());

    assertThat(partial.exitCode).isEqualTo(2);
    assertThat(partial.err)
        .contains("broken.json: ERROR JSON_MALFORMED")
        .doesNotContain("Exception");
    assertThat(parse(CommandFixtures.read(dir.resolve("partial").resolve("cases.csv")))).hasSize(2);
  }

  @Test
  void a_date_of_birth_after_the_referral_leaves_the_age_band_empty_and_the_case_is_exported() {
    String record = CommandFixtures.read(CommandFixtures.theDemoRecord(dir));
    assertThat(record).contains("\"dateOfBirth\": \"1994-07-19\"");
    Path unborn =
        CommandFixtures.write(
            dir.resolve("unborn.json"),
            record.replace("\"dateOfBirth\": \"1994-07-19\"", "\"dateOfBirth\": \"2030-07-19\""));
    Path out = dir.resolve("unborn");

    Run export = Run.of("export", "--csv", out.toString(), unborn.toString());

    assertThat(export.exitCode).isEqualTo(0);
    assertThat(export.err).doesNotContain("internal error").doesNotContain("2030");
    List<List<String>> parties = parse(CommandFixtures.read(out.resolve("parties.csv")));
    List<String> header = parties.get(0);
    List<String> patient =
        parties.stream().filter(row -> row.get(1).equals("p-patient")).findFirst().orElseThrow();
    assertThat(patient.get(header.indexOf("age_band"))).isEmpty();
    assertThat(parties).hasSize(4);
    assertThat(parse(CommandFixtures.read(out.resolve("cases.csv")))).hasSize(2);
  }

  @Test
  void a_draft_whose_referral_names_no_harm_yet_is_exported_with_the_harm_columns_empty() {
    String record = CommandFixtures.read(CommandFixtures.theDemoRecord(dir));
    String noHarm = record.replaceFirst("\"harms\": \\[ \"[^\"]+\" \\],?", "");
    assertThat(noHarm).isNotEqualTo(record);
    Path draft = CommandFixtures.write(dir.resolve("draft.json"), noHarm);
    Path out = dir.resolve("draft");

    Run export = Run.of("export", "--csv", out.toString(), draft.toString());

    assertThat(export.exitCode).as(export.err).isZero();
    assertThat(export.err).doesNotContain("internal error").contains("1 case written to ");
    List<List<String>> cases = parse(CommandFixtures.read(out.resolve("cases.csv")));
    List<String> header = cases.get(0);
    assertThat(cases).hasSize(2);
    assertThat(cases.get(1).get(header.indexOf("harm_context"))).isEmpty();
    assertThat(cases.get(1).get(header.indexOf("incident_on"))).isEmpty();
  }
}
