package org.restorative.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.restorative.core.casefile.CaseId;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.casefile.Stage;
import org.restorative.core.synthetic.SyntheticCases;

/**
 * The five tables and the data dictionary for a generated cohort, pinned byte for byte by golden
 * files: 60 cases from seed 7. To regenerate after a deliberate change, run with {@code
 * -Drestorative.writeGolden=true} and review the diff.
 */
class ResearchTablesTest {

  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
  private static final int COHORT = 60;

  @TempDir Path dir;

  private static List<RestorativeCase> cohort() {
    return SyntheticCases.seeded(7).cohort(COHORT).toList();
  }

  private static List<List<String>> parse(String text) throws IOException {
    try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.RFC4180)) {
      return parser.getRecords().stream().map(CSVRecord::toList).toList();
    }
  }

  private Path writeCohort() throws IOException {
    Path tables = dir.resolve("tables");
    try (ResearchTableWriter writer = ResearchTableWriter.open(tables)) {
      writer.writeAll(SyntheticCases.seeded(7).cohort(COHORT));
      assertThat(writer.cases()).isEqualTo(COHORT);
    }
    return tables;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "cases.csv",
        "parties.csv",
        "meetings.csv",
        "actions.csv",
        "evaluations.csv",
        "data-dictionary.csv"
      })
  void each_file_is_written_byte_for_byte_as_its_golden_file(String file) throws IOException {
    Path tables = writeCohort();
    if (Boolean.getBoolean("restorative.writeGolden")) {
      Files.createDirectories(GOLDEN);
      Files.copy(tables.resolve(file), GOLDEN.resolve(file), StandardCopyOption.REPLACE_EXISTING);
    }

    assertThat(Files.readString(tables.resolve(file), StandardCharsets.UTF_8))
        .isEqualTo(Files.readString(GOLDEN.resolve(file), StandardCharsets.UTF_8));
  }

  @Test
  void open_writes_the_five_tables_and_the_dictionary_and_nothing_else() throws IOException {
    Path tables = writeCohort();

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
  }

  @Test
  void each_table_has_its_header_and_one_row_per_part_of_each_case() throws IOException {
    Path tables = writeCohort();
    List<RestorativeCase> cases = cohort();
    Map<ResearchTable, Integer> parts = new LinkedHashMap<>();
    parts.put(ResearchTables.CASES, cases.size());
    parts.put(ResearchTables.PARTIES, cases.stream().mapToInt(c -> c.parties().size()).sum());
    parts.put(ResearchTables.MEETINGS, cases.stream().mapToInt(c -> c.meetings().size()).sum());
    parts.put(ResearchTables.ACTIONS, cases.stream().mapToInt(c -> c.actions().size()).sum());
    parts.put(
        ResearchTables.EVALUATIONS, cases.stream().mapToInt(c -> c.evaluations().size()).sum());

    assertThat(parts.keySet()).containsExactlyElementsOf(ResearchTables.ALL);
    for (Map.Entry<ResearchTable, Integer> table : parts.entrySet()) {
      List<List<String>> rows =
          parse(Files.readString(tables.resolve(table.getKey().file()), StandardCharsets.UTF_8));
      assertThat(rows.get(0)).as(table.getKey().file()).isEqualTo(table.getKey().header());
      assertThat(rows).as(table.getKey().file()).hasSize(table.getValue() + 1);
      assertThat(rows).allSatisfy(r -> assertThat(r).hasSameSizeAs(table.getKey().header()));
      assertThat(table.getValue()).as(table.getKey().file()).isPositive();
    }
  }

  @Test
  void the_headers_are_the_published_columns() {
    assertThat(ResearchTables.CASES.header())
        .startsWith("case_id", "stage", "reopened_from", "referral_source", "referral_received_on")
        .endsWith("closed_on", "closure_outcome", "not_proceeding_reason")
        .hasSize(31);
    assertThat(ResearchTables.PARTIES.header())
        .startsWith("case_id", "party_id", "role")
        .hasSize(20);
    assertThat(ResearchTables.MEETINGS.header()).startsWith("case_id", "meeting_id").hasSize(17);
    assertThat(ResearchTables.ACTIONS.header()).startsWith("case_id", "action_id").hasSize(19);
    assertThat(ResearchTables.EVALUATIONS.header())
        .startsWith("case_id", "evaluation_id")
        .hasSize(13);
    assertThat(ResearchTables.ALL)
        .extracting(ResearchTable::name, ResearchTable::file)
        .containsExactly(
            tuple("cases", "cases.csv"),
            tuple("parties", "parties.csv"),
            tuple("meetings", "meetings.csv"),
            tuple("actions", "actions.csv"),
            tuple("evaluations", "evaluations.csv"));
  }

  @Test
  void the_dictionary_lists_every_column_of_every_table_with_its_type_and_a_description()
      throws IOException {
    List<List<String>> expected = new ArrayList<>();
    for (ResearchTable table : ResearchTables.ALL) {
      for (Column column : table.columns()) {
        expected.add(
            List.of(table.file(), column.name(), column.type().code(), column.description()));
      }
    }
    StringBuilder out = new StringBuilder();

    ResearchTables.writeDictionary(out);

    List<List<String>> written = parse(out.toString());
    assertThat(written.get(0)).containsExactly("table", "column", "type", "description");
    assertThat(written.subList(1, written.size()))
        .isEqualTo(expected)
        .isEqualTo(ResearchTables.dictionary())
        .hasSize(31 + 20 + 17 + 19 + 13)
        .allSatisfy(row -> assertThat(row.get(3)).isNotBlank())
        .extracting(row -> row.get(2))
        .isSubsetOf("id", "code", "codes", "date", "datetime", "integer", "decimal", "boolean");
    assertThat(out.toString())
        .contains(
            "cases.csv,stage,code,\"The case's stage, including PAUSED and the four closed states.\"\r\n")
        .contains("empty on a trust's LOCAL scale");
  }

  /** A generated case in follow-up, under another id. */
  private static RestorativeCase aCaseWithTheId(String id) {
    return new RestorativeCase.Builder()
        .from(SyntheticCases.seeded(3).caseAt(Stage.FOLLOW_UP, 0))
        .id(CaseId.of(id))
        .build();
  }

  /** The tables one case gives, as the writer writes them, in the order it writes them. */
  private static Map<ResearchTable, StringBuilder> tablesOf(RestorativeCase restorativeCase)
      throws IOException {
    Map<ResearchTable, StringBuilder> outputs = new LinkedHashMap<>();
    try (ResearchTableWriter writer =
        ResearchTableWriter.of(t -> outputs.computeIfAbsent(t, x -> new StringBuilder()))) {
      writer.write(restorativeCase);
    }
    return outputs;
  }

  @Test
  void an_id_with_commas_and_quotes_is_quoted_in_every_table_and_reads_back_as_it_is()
      throws IOException {
    String id = "C,1 \"north\"";
    RestorativeCase restorativeCase = aCaseWithTheId(id);
    Map<ResearchTable, StringBuilder> outputs = tablesOf(restorativeCase);

    for (Map.Entry<ResearchTable, StringBuilder> table : outputs.entrySet()) {
      List<List<String>> rows = parse(table.getValue().toString());
      assertThat(rows)
          .as(table.getKey().file())
          .hasSize(1 + table.getKey().rows(restorativeCase).size());
      assertThat(rows.subList(1, rows.size()))
          .allSatisfy(row -> assertThat(row.get(0)).isEqualTo(id));
      if (rows.size() > 1) {
        assertThat(table.getValue().toString()).contains("\r\n\"C,1 \"\"north\"\"\",");
      }
    }
    assertThat(outputs.get(ResearchTables.PARTIES).toString()).contains("\"C,1 \"\"north\"\"\",");
  }

  @ParameterizedTest
  @ValueSource(strings = {"=HYPERLINK(\"http://example.invalid\",\"open\")", "+1", "-2", "@SUM(1)"})
  void an_id_a_spreadsheet_would_run_as_a_formula_is_written_as_text_in_every_table(String id)
      throws IOException {
    Map<ResearchTable, StringBuilder> outputs = tablesOf(aCaseWithTheId(id));

    for (Map.Entry<ResearchTable, StringBuilder> table : outputs.entrySet()) {
      List<List<String>> rows = parse(table.getValue().toString());
      assertThat(rows.subList(1, rows.size()))
          .as(table.getKey().file())
          .allSatisfy(row -> assertThat(row.get(0)).isEqualTo("'" + id));
    }
    assertThat(parse(outputs.get(ResearchTables.CASES).toString()).get(1).get(0))
        .isEqualTo("'" + id);
  }

  @Test
  void an_id_that_begins_with_anything_else_is_written_as_it_is() {
    assertThat(ResearchTable.asText("case-1")).isEqualTo("case-1");
    assertThat(ResearchTable.asText("1-case")).isEqualTo("1-case");
    assertThat(ResearchTable.asText("'quoted")).isEqualTo("'quoted");
    assertThat(ResearchTable.asText("")).isEqualTo("");
  }

  @Test
  void an_id_cannot_hold_a_line_break_so_every_record_of_a_table_is_one_line() {
    assertThatThrownBy(() -> CaseId.of("C-1\r\nC-2")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CaseId.of("C-1\nC-2")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @SuppressWarnings("NullAway") // a null case is the simplest case whose rows cannot be made
  void a_case_whose_rows_cannot_be_made_leaves_nothing_of_itself_in_any_table() throws IOException {
    Map<ResearchTable, StringBuilder> outputs = new LinkedHashMap<>();
    RestorativeCase good = SyntheticCases.seeded(3).caseAt(Stage.FOLLOW_UP, 0);
    try (ResearchTableWriter writer =
        ResearchTableWriter.of(t -> outputs.computeIfAbsent(t, x -> new StringBuilder()))) {
      writer.write(good);
      Map<ResearchTable, String> before = new LinkedHashMap<>();
      outputs.forEach((t, text) -> before.put(t, text.toString()));

      assertThatThrownBy(() -> writer.write(null)).isInstanceOf(NullPointerException.class);

      outputs.forEach((t, text) -> assertThat(text.toString()).isEqualTo(before.get(t)));
      assertThat(writer.cases()).isEqualTo(1);
    }
  }
}
