package org.restorative.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CaseInputTest {

  private static CaseInput.Sniffed sniff(String text) throws IOException {
    return CaseInput.sniff(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void an_indented_document_is_one_document() throws IOException {
    assertThat(sniff("{\n  \"format\": \"restorative-case\",\n  \"stage\": \"REFERRAL\"\n}\n").ndjson())
        .isFalse();
  }

  @Test
  void whole_objects_on_two_lines_are_ndjson() throws IOException {
    assertThat(sniff("{\"a\": 1}\n{\"a\": 2}\n").ndjson()).isTrue();
    assertThat(sniff("\n\n  {\"a\": 1}  \r\n\n{\"a\": 2}").ndjson()).isTrue();
  }

  @Test
  void one_object_on_one_line_is_one_document() throws IOException {
    assertThat(sniff("{\"a\": 1}\n").ndjson()).isFalse();
    assertThat(sniff("{\"a\": 1}\n   \n").ndjson()).isFalse();
  }

  @Test
  void empty_input_or_something_else_is_one_document() throws IOException {
    assertThat(sniff("").ndjson()).isFalse();
    assertThat(sniff("[1, 2]\n[3]\n").ndjson()).isFalse();
  }

  @Test
  void the_bytes_looked_at_are_kept_to_be_read_again() throws IOException {
    String text = "{\"a\": 1}\n{\"a\": 2}\n";
    CaseInput.Sniffed sniffed = sniff(text);

    assertThat(text).startsWith(new String(sniffed.prefix(), StandardCharsets.UTF_8));
    assertThat(new String(sniffed.prefix(), StandardCharsets.UTF_8)).isEqualTo("{\"a\": 1}\n{");
  }

  @Test
  void a_name_ending_in_ndjson_or_jsonl_is_ndjson_and_a_dash_is_standard_input() {
    assertThat(new CaseInput("-").isStandardInput()).isTrue();
    assertThat(new CaseInput("-").displayName()).isEqualTo("<stdin>");
    assertThat(new CaseInput("cases.ndjson").displayName()).isEqualTo("cases.ndjson");
  }
}
