package org.restorative.research;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResearchCsvTest {

  @TempDir Path dir;

  private static String csv(List<String> header, List<List<String>> rows) throws IOException {
    StringBuilder out = new StringBuilder();
    ResearchCsv.write(out, header, rows);
    return out.toString();
  }

  private static List<List<String>> read(String text) throws IOException {
    try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.RFC4180)) {
      return parser.getRecords().stream().map(CSVRecord::toList).toList();
    }
  }

  @Test
  void records_end_with_crlf_and_fields_are_separated_by_commas() throws IOException {
    assertThat(csv(List.of("a", "b", "c"), List.of(List.of("d", "", "PERSON_HARMED"))))
        .isEqualTo("a,b,c\r\nd,,PERSON_HARMED\r\n");
  }

  @Test
  void a_plain_value_and_a_list_of_codes_are_written_as_they_are() throws IOException {
    assertThat(csv(List.of("x"), List.of(List.of("AUTISM;PROCESSING_TIME"))))
        .isEqualTo("x\r\nAUTISM;PROCESSING_TIME\r\n");
  }

  @Test
  void a_value_with_a_comma_is_quoted() throws IOException {
    assertThat(csv(List.of("x", "y"), List.of(List.of("Ward 4, north", "z"))))
        .isEqualTo("x,y\r\n\"Ward 4, north\",z\r\n");
  }

  @Test
  void a_quote_inside_a_value_is_doubled_and_the_value_quoted() throws IOException {
    assertThat(csv(List.of("x", "y"), List.of(List.of("a", "the \"red\" card"))))
        .isEqualTo("x,y\r\na,\"the \"\"red\"\" card\"\r\n");
  }

  @Test
  void a_value_with_a_line_break_is_quoted_and_keeps_it() throws IOException {
    String text = csv(List.of("x", "y"), List.of(List.of("one\ntwo", "one\r\ntwo")));

    assertThat(text).isEqualTo("x,y\r\n\"one\ntwo\",\"one\r\ntwo\"\r\n");
    assertThat(read(text)).containsExactly(List.of("x", "y"), List.of("one\ntwo", "one\r\ntwo"));
  }

  @Test
  void a_value_beginning_with_a_space_or_a_hash_is_quoted_and_reads_back_the_same()
      throws IOException {
    List<String> row = List.of("a", " lead", "#1", "trail ");
    String text = csv(List.of("w", "x", "y", "z"), List.of(row));

    assertThat(text).isEqualTo("w,x,y,z\r\na,\" lead\",\"#1\",\"trail \"\r\n");
    assertThat(read(text)).element(1).isEqualTo(row);
  }

  @Test
  void every_row_written_reads_back_as_it_was_given() throws IOException {
    List<List<String>> rows =
        List.of(
            List.of("C-1", "", "a,b"), List.of("\"", "\r", "\n"), List.of("é ü 😀", ",,,", "\"\""));

    assertThat(read(csv(List.of("a", "b", "c"), rows)).subList(1, 4)).isEqualTo(rows);
  }

  @Test
  void a_file_is_utf8_without_a_byte_order_mark() throws IOException {
    Path file = dir.resolve("t.csv");

    ResearchCsv.write(file, List.of("name"), List.of(List.of("café")));

    assertThat(Files.readAllBytes(file))
        .isEqualTo("name\r\ncafé\r\n".getBytes(StandardCharsets.UTF_8));
  }
}
