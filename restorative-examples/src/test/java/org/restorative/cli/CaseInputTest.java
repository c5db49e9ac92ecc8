package org.restorative.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.restorative.json.CaseJson;

class CaseInputTest {

  private static CaseInput.Sniffed sniff(String text) throws IOException {
    return CaseInput.sniff(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void an_indented_document_is_one_document() throws IOException {
    assertThat(
            sniff("{\n  \"format\": \"restorative-case\",\n  \"stage\": \"REFERRAL\"\n}\n")
                .ndjson())
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
  void a_byte_order_mark_before_ndjson_is_passed_over_and_kept_for_the_reader() throws IOException {
    String bom = "\uFEFF";
    CaseInput.Sniffed sniffed = sniff(bom + "{\"a\": 1}\n{\"a\": 2}\n");

    assertThat(sniffed.ndjson()).isTrue();
    assertThat(new String(sniffed.prefix(), StandardCharsets.UTF_8))
        .isEqualTo(bom + "{\"a\": 1}\n{");
    assertThat(sniff(bom + "\n  {\"a\": 1}\n{\"a\": 2}").ndjson()).isTrue();
  }

  @Test
  void a_byte_order_mark_before_one_document_or_a_broken_mark_is_one_document() throws IOException {
    assertThat(sniff("\uFEFF{\"a\": 1}\n").ndjson()).isFalse();
    assertThat(sniff("\uFEFF{\n  \"a\": 1\n}\n").ndjson()).isFalse();
    byte[] broken = {(byte) 0xEF, (byte) 0xBB, '{', '}', '\n', '{', '}', '\n'};
    CaseInput.Sniffed sniffed = CaseInput.sniff(new ByteArrayInputStream(broken));
    assertThat(sniffed.ndjson()).isFalse();
    assertThat(sniffed.prefix()).containsExactly((byte) 0xEF, (byte) 0xBB, (byte) '{');
  }

  @Test
  void an_ndjson_file_starting_with_a_byte_order_mark_is_read_line_by_line() throws IOException {
    byte[] input = "\uFEFF{}\n{}\n{}\n".getBytes(StandardCharsets.UTF_8);
    List<OptionalLong> lines = new ArrayList<>();

    new CaseInput("-")
        .read(
            new ByteArrayInputStream(input), CaseJson.strict(), (line, result) -> lines.add(line));

    assertThat(lines).containsExactly(OptionalLong.of(1), OptionalLong.of(2), OptionalLong.of(3));
  }

  @Test
  void a_name_ending_in_ndjson_or_jsonl_is_ndjson_and_a_dash_is_standard_input() {
    assertThat(new CaseInput("-").isStandardInput()).isTrue();
    assertThat(new CaseInput("-").displayName()).isEqualTo("<stdin>");
    assertThat(new CaseInput("cases.ndjson").displayName()).isEqualTo("cases.ndjson");
  }
}
