package org.restorative.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.synthetic.SyntheticCases;

/** NDJSON: one case per line, written as they come and read line by line. */
class NdjsonTest {

  static byte[] ndjson(List<RestorativeCase> cases) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CaseJson.strict().writeNdjson(cases.stream(), out);
    return out.toByteArray();
  }

  @Test
  void a_cohort_written_as_ndjson_reads_back_case_by_case() throws IOException {
    List<RestorativeCase> cohort = SyntheticCases.seeded(7).cohort(200).toList();
    byte[] bytes = ndjson(cohort);

    List<RestorativeCase> read = new ArrayList<>();
    try (NdjsonReader lines = CaseJson.strict().readNdjson(new ByteArrayInputStream(bytes))) {
      lines.forEachRemaining(line -> read.add(line.result().restorativeCase().orElseThrow()));
    }

    assertThat(new String(bytes, StandardCharsets.UTF_8).lines()).hasSize(200);
    assertThat(read).isEqualTo(cohort);
  }

  @Test
  void a_bad_line_is_reported_with_its_number_and_the_other_lines_are_still_read()
      throws IOException {
    List<RestorativeCase> cohort = SyntheticCases.seeded(7).cohort(5).toList();
    List<String> lines =
        new ArrayList<>(new String(ndjson(cohort), StandardCharsets.UTF_8).lines().toList());
    lines.set(2, lines.get(2).substring(0, 40));
    lines.add(3, "");
    byte[] bytes = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);

    List<NdjsonReader.Line> read;
    try (NdjsonReader reader = CaseJson.strict().readNdjson(new ByteArrayInputStream(bytes))) {
      read = reader.stream().toList();
    }

    assertThat(read).extracting(NdjsonReader.Line::number).containsExactly(1L, 2L, 3L, 5L, 6L);
    assertThat(read.get(2).result().errors())
        .extracting(v -> v.code())
        .containsExactly(ProblemCode.JSON_MALFORMED.name());
    assertThat(read)
        .filteredOn(line -> line.result().isRead())
        .extracting(line -> line.result().restorativeCase().orElseThrow())
        .containsExactly(cohort.get(0), cohort.get(1), cohort.get(3), cohort.get(4));
  }

  @Test
  void a_line_over_the_length_limit_is_skipped_unread_and_the_next_line_is_read()
      throws IOException {
    RestorativeCase c = SyntheticCases.seeded(7).caseNumber(0);
    String huge = "x".repeat(CaseJson.MAX_DOCUMENT_LENGTH + 10);
    byte[] bytes = (huge + "\n" + CaseJson.strict().writeLine(c)).getBytes(StandardCharsets.UTF_8);

    List<NdjsonReader.Line> read;
    try (NdjsonReader reader = CaseJson.strict().readNdjson(new ByteArrayInputStream(bytes))) {
      read = reader.stream().toList();
    }

    assertThat(read.get(0).result().errors())
        .extracting(v -> v.code())
        .containsExactly(ProblemCode.JSON_LIMIT_EXCEEDED.name());
    assertThat(read.get(1).number()).isEqualTo(2L);
    assertThat(read.get(1).result().restorativeCase()).contains(c);
  }
}
