package org.restorative.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

  @Test
  void a_plain_value_is_written_as_it_is() {
    assertThat(CsvWriter.field("PERSON_HARMED")).isEqualTo("PERSON_HARMED");
    assertThat(CsvWriter.field("")).isEmpty();
    assertThat(CsvWriter.field("AUTISM;PROCESSING_TIME")).isEqualTo("AUTISM;PROCESSING_TIME");
  }

  @Test
  void a_value_with_a_comma_is_quoted() {
    assertThat(CsvWriter.field("Ward 4, north")).isEqualTo("\"Ward 4, north\"");
  }

  @Test
  void a_quote_inside_a_value_is_doubled_and_the_value_quoted() {
    assertThat(CsvWriter.field("the \"red\" card")).isEqualTo("\"the \"\"red\"\" card\"");
  }

  @Test
  void a_value_with_a_line_break_is_quoted() {
    assertThat(CsvWriter.field("one\ntwo")).isEqualTo("\"one\ntwo\"");
    assertThat(CsvWriter.field("one\r\ntwo")).isEqualTo("\"one\r\ntwo\"");
  }

  @Test
  void records_end_with_crlf_and_fields_are_separated_by_commas() throws IOException {
    StringWriter text = new StringWriter();
    try (CsvWriter csv = new CsvWriter(text)) {
      csv.write(List.of("a", "b,c", ""));
      csv.write(List.of("d", "", "e\"f"));
    }

    assertThat(text.toString()).isEqualTo("a,\"b,c\",\r\nd,,\"e\"\"f\"\r\n");
  }
}
