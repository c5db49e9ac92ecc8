package org.restorative.examples.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.casefile.Stage;
import org.restorative.core.rules.Severity;
import org.restorative.core.synthetic.SyntheticCases;
import org.restorative.examples.integration.RecordFolderImport.FileProblem;
import org.restorative.examples.integration.RecordFolderImport.Summary;
import org.restorative.json.CaseJson;
import org.restorative.json.NdjsonReader;
import org.restorative.json.ProblemCode;
import org.restorative.json.ReadResult;

/**
 * The integrator's example on a folder as an integrator meets it: a current record, a record of the
 * in-house version-0 export, a record with a property the format does not know, a file cut short in
 * transfer, and a file that is not a record at all.
 */
class IntegrationExampleTest {

  private static final SyntheticCases SYNTHETIC = SyntheticCases.seeded(7);
  private static final RestorativeCase CURRENT = SYNTHETIC.caseAt(Stage.ASSESSMENT, 1);
  private static final RestorativeCase OLD_EXPORT = SYNTHETIC.caseAt(Stage.REFERRAL, 2);
  private static final RestorativeCase WITH_EXTRA = SYNTHETIC.caseAt(Stage.PREPARATION, 3);
  private static final RestorativeCase CUT_SHORT = SYNTHETIC.caseAt(Stage.INTERVENTION, 4);

  /** The local property the other system added; its value must never be echoed. */
  private static final String WARD_CODE = "\"wardCode\": \"W12-Larkspur\",";

  @TempDir Path dir;

  private Path in;
  private Path out;
  private Path ndjson;

  @BeforeEach
  void a_folder_of_records() throws IOException {
    in = Files.createDirectories(dir.resolve("in"));
    out = dir.resolve("out");
    ndjson = dir.resolve("cases.ndjson");
    String current = CaseJson.strict().write(CURRENT);
    String versionZero =
        CaseJson.strict()
            .write(OLD_EXPORT)
            .replace("\"formatVersion\": 1,", "\"formatVersion\": 0,")
            .replace("\"id\": \"SYN-000002\"", "\"caseNumber\": \"SYN-000002\"");
    String withExtra =
        CaseJson.strict()
            .write(WITH_EXTRA)
            .replace("\"formatVersion\": 1,", "\"formatVersion\": 1,\n  " + WARD_CODE);
    String whole = CaseJson.strict().write(CUT_SHORT);
    String truncated = whole.substring(0, whole.indexOf("\"source\""));
    Files.writeString(in.resolve("a-current.json"), current, StandardCharsets.UTF_8);
    Files.writeString(in.resolve("b-version-0.json"), versionZero, StandardCharsets.UTF_8);
    Files.writeString(in.resolve("c-unknown-property.json"), withExtra, StandardCharsets.UTF_8);
    Files.writeString(in.resolve("d-truncated.json"), truncated, StandardCharsets.UTF_8);
    Files.writeString(in.resolve("notes.txt"), "not a record", StandardCharsets.UTF_8);
  }

  @Test
  void the_summary_counts_files_cases_warnings_and_unreadable_files() throws IOException {
    Summary summary = RecordFolderImport.standard().run(in, out, ndjson);

    assertThat(summary.filesRead()).isEqualTo(4);
    assertThat(summary.casesWritten()).isEqualTo(3);
    assertThat(summary.warnings()).isEqualTo(1);
    assertThat(summary.unreadableFiles()).containsExactly("d-truncated.json");
    assertThat(summary.line())
        .isEqualTo("4 files read, 3 cases written, 1 warning, 1 unreadable file");
  }

  @Test
  void every_problem_is_reported_with_its_file_code_and_path_but_never_a_value()
      throws IOException {
    Summary summary = RecordFolderImport.standard().run(in, out, ndjson);

    assertThat(summary.problems())
        .extracting(FileProblem::file, FileProblem::code, FileProblem::severity, FileProblem::path)
        .containsExactly(
            tuple(
                "c-unknown-property.json",
                ProblemCode.JSON_UNKNOWN_PROPERTY.name(),
                Severity.WARNING,
                ""),
            // The file ends after the referral's first property: the pointer says where.
            tuple(
                "d-truncated.json",
                ProblemCode.JSON_MALFORMED.name(),
                Severity.ERROR,
                "/referral/receivedAt"));
    assertThat(summary.problems())
        .allSatisfy(
            p -> assertThat(p.toString()).doesNotContain("Larkspur").doesNotContain("wardCode"));
    assertThat(summary.problems().get(0).toString())
        .startsWith(
            "c-unknown-property.json: WARNING JSON_UNKNOWN_PROPERTY at (document): Member ");
  }

  @Test
  void the_readable_records_are_written_strictly_in_the_current_version() throws IOException {
    RecordFolderImport.standard().run(in, out, ndjson);

    try (Stream<Path> written = Files.list(out)) {
      assertThat(written.map(p -> p.getFileName().toString()).sorted())
          .containsExactly("a-current.json", "b-version-0.json", "c-unknown-property.json");
    }
    assertThat(readStrictly(out.resolve("a-current.json"))).isEqualTo(CURRENT);
    assertThat(readStrictly(out.resolve("b-version-0.json"))).isEqualTo(OLD_EXPORT);
    assertThat(readStrictly(out.resolve("c-unknown-property.json"))).isEqualTo(WITH_EXTRA);
    String upgraded = Files.readString(out.resolve("b-version-0.json"), StandardCharsets.UTF_8);
    assertThat(upgraded)
        .isEqualTo(CaseJson.strict().write(OLD_EXPORT))
        .contains("\"formatVersion\": 1,")
        .doesNotContain("caseNumber");
  }

  @Test
  void the_ndjson_file_holds_the_three_readable_cases_in_file_order() throws IOException {
    RecordFolderImport.standard().run(in, out, ndjson);

    List<RestorativeCase> cases = new ArrayList<>();
    try (InputStream lines = Files.newInputStream(ndjson);
        NdjsonReader reader = CaseJson.strict().readNdjson(lines)) {
      reader.forEachRemaining(
          line -> {
            assertThat(line.result().problems()).isEmpty();
            cases.add(line.result().restorativeCase().orElseThrow());
          });
    }
    assertThat(cases).containsExactly(CURRENT, OLD_EXPORT, WITH_EXTRA);
    assertThat(Files.readAllLines(ndjson, StandardCharsets.UTF_8)).hasSize(3);
  }

  @Test
  void a_version_0_record_is_refused_by_a_reader_without_the_upcaster() throws IOException {
    ReadResult plain = CaseJson.lenient().read(Files.readString(in.resolve("b-version-0.json")));
    ReadResult upcast =
        CaseJson.strict()
            .withUpcaster(new VersionZeroUpcaster())
            .read(Files.readString(in.resolve("b-version-0.json")));

    assertThat(plain.errors())
        .extracting(v -> v.code() + " at " + v.path())
        .containsExactly(ProblemCode.JSON_UNSUPPORTED_FORMAT.name() + " at /formatVersion");
    assertThat(upcast.problems()).isEmpty();
    assertThat(upcast.restorativeCase()).contains(OLD_EXPORT);
  }

  private static RestorativeCase readStrictly(Path file) throws IOException {
    ReadResult result = CaseJson.strict().read(Files.readString(file, StandardCharsets.UTF_8));
    assertThat(result.problems()).as("problems reading %s back", file.getFileName()).isEmpty();
    return result.restorativeCase().orElseThrow();
  }
}
