package org.restorative.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.rules.Violation;
import org.restorative.core.synthetic.SyntheticCases;

/**
 * Bytes are what they say: a UTF-8 byte-order mark before a document or NDJSON's line 1 is skipped,
 * and bytes that are not UTF-8 are refused with {@code JSON_INVALID_ENCODING}, never decoded into
 * replacement characters; in NDJSON only the line that holds them is refused.
 */
class EncodingInputTest {

  static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  /** The named byte sequences that are not UTF-8. */
  static final List<byte[]> NOT_UTF8 =
      List.of(
          new byte[] {(byte) 0xC0, (byte) 0xAF}, // overlong '/'
          new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0xAF}, // overlong '/', three bytes
          new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, // an encoded surrogate
          new byte[] {(byte) 0xFF, (byte) 0x41}, // a byte that starts no character
          new byte[] {(byte) 0x80}, // a lone continuation byte
          new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}); // beyond U+10FFFF

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  static String document() {
    return JsonFixtures.referralDocument();
  }

  /** The document with the bytes put inside the first party's name, where any text is allowed. */
  static byte[] withNameBytes(byte[] planted) {
    String[] halves =
        document().replaceFirst("\"name\": \"[^\"]*\"", "\"name\": \"@@\"").split("@@", 2);
    return concat(
        halves[0].getBytes(StandardCharsets.UTF_8),
        planted,
        halves[1].getBytes(StandardCharsets.UTF_8));
  }

  static List<NdjsonReader.Line> ndjson(byte[] bytes) throws IOException {
    try (NdjsonReader reader = CaseJson.strict().readNdjson(new ByteArrayInputStream(bytes))) {
      return reader.stream().toList();
    }
  }

  @Test
  void a_byte_order_mark_before_a_document_is_skipped_however_it_is_given() {
    RestorativeCase expected = CaseJson.strict().read(document()).restorativeCase().orElseThrow();
    byte[] bytes = concat(BOM, document().getBytes(StandardCharsets.UTF_8));

    assertThat(
            List.of(
                CaseJson.strict().read(bytes),
                CaseJson.strict().read(new ByteArrayInputStream(bytes)),
                CaseJson.strict().read("\uFEFF" + document()),
                CaseJson.strict().read(new StringReader("\uFEFF" + document()))))
        .allSatisfy(
            result -> {
              assertThat(result.problems()).isEmpty();
              assertThat(result.restorativeCase()).contains(expected);
            });
  }

  @Test
  void two_byte_order_marks_are_not_a_document() {
    assertThat(
            CaseJson.strict()
                .read(concat(BOM, BOM, document().getBytes(StandardCharsets.UTF_8)))
                .problems())
        .extracting(Violation::code)
        .containsExactly(ProblemCode.JSON_MALFORMED.name());
  }

  @Test
  void well_formed_multibyte_text_is_read_as_written() {
    byte[] bytes = withNameBytes("Zoë Ñandú 🙂".getBytes(StandardCharsets.UTF_8));

    ReadResult result = CaseJson.strict().read(bytes);

    assertThat(result.problems()).isEmpty();
    assertThat(CaseJson.strict().write(result.restorativeCase().orElseThrow()))
        .contains("Zoë Ñandú 🙂");
  }

  @Test
  void bytes_that_are_not_utf8_are_refused_with_a_code_from_bytes_and_from_a_stream() {
    for (byte[] planted : NOT_UTF8) {
      byte[] bytes = withNameBytes(planted);
      assertThat(
              List.of(
                  CaseJson.strict().read(bytes),
                  CaseJson.strict().read(new ByteArrayInputStream(bytes))))
          .allSatisfy(
              result ->
                  assertThat(result.problems())
                      .extracting(Violation::code, Violation::path)
                      .containsExactly(tuple(ProblemCode.JSON_INVALID_ENCODING.name(), "")));
    }
  }

  @Test
  void a_sequence_cut_short_at_the_end_is_refused() {
    byte[] bytes =
        concat(document().getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xE2, (byte) 0x82});

    assertThat(CaseJson.strict().read(bytes).problems())
        .extracting(Violation::code)
        .containsExactly(ProblemCode.JSON_INVALID_ENCODING.name());
  }

  // ---- NDJSON
  // ------------------------------------------------------------------------------------

  static byte[] lines(List<RestorativeCase> cases) {
    StringBuilder text = new StringBuilder();
    cases.forEach(c -> text.append(CaseJson.strict().writeLine(c)).append('\n'));
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void a_byte_order_mark_before_line_1_is_skipped() throws IOException {
    List<RestorativeCase> cohort = SyntheticCases.seeded(11).cohort(3).toList();

    List<NdjsonReader.Line> read = ndjson(concat(BOM, lines(cohort)));

    assertThat(read).allSatisfy(line -> assertThat(line.result().problems()).isEmpty());
    assertThat(read)
        .extracting(line -> line.result().restorativeCase().orElseThrow())
        .containsExactlyElementsOf(cohort);
  }

  @Test
  void a_byte_order_mark_before_a_later_line_is_not_skipped() throws IOException {
    List<RestorativeCase> cohort = SyntheticCases.seeded(11).cohort(3).toList();
    byte[] first = lines(cohort.subList(0, 1));
    byte[] rest = lines(cohort.subList(1, 3));

    List<NdjsonReader.Line> read = ndjson(concat(first, BOM, rest));

    assertThat(read).extracting(NdjsonReader.Line::number).containsExactly(1L, 2L, 3L);
    assertThat(read.get(1).result().problems())
        .extracting(Violation::code)
        .containsExactly(ProblemCode.JSON_MALFORMED.name());
    assertThat(read.get(2).result().restorativeCase()).contains(cohort.get(2));
  }

  @Test
  void a_line_that_is_not_utf8_is_refused_and_the_other_lines_are_read() throws IOException {
    List<RestorativeCase> cohort = SyntheticCases.seeded(11).cohort(5).toList();
    for (byte[] planted : NOT_UTF8) {
      String third = CaseJson.strict().writeLine(cohort.get(2));
      int cut = third.indexOf("\"id\":\"") + 6;
      byte[] bad =
          concat(
              third.substring(0, cut).getBytes(StandardCharsets.UTF_8),
              planted,
              third.substring(cut).getBytes(StandardCharsets.UTF_8),
              new byte[] {'\n'});
      byte[] bytes = concat(lines(cohort.subList(0, 2)), bad, lines(cohort.subList(3, 5)));

      List<NdjsonReader.Line> read = ndjson(bytes);

      assertThat(read).extracting(NdjsonReader.Line::number).containsExactly(1L, 2L, 3L, 4L, 5L);
      assertThat(read.get(2).result().problems())
          .extracting(Violation::code, Violation::path)
          .containsExactly(tuple(ProblemCode.JSON_INVALID_ENCODING.name(), ""));
      assertThat(read)
          .filteredOn(line -> line.result().isRead())
          .extracting(line -> line.result().restorativeCase().orElseThrow())
          .containsExactly(cohort.get(0), cohort.get(1), cohort.get(3), cohort.get(4));
    }
  }

  @Test
  void windows_line_ends_and_multibyte_text_split_across_reads_are_read() throws IOException {
    List<RestorativeCase> cohort = SyntheticCases.seeded(11).cohort(40).toList();
    String text = new String(lines(cohort), StandardCharsets.UTF_8).replace("\n", "\r\n");

    List<NdjsonReader.Line> read = ndjson(text.getBytes(StandardCharsets.UTF_8));

    assertThat(read)
        .extracting(line -> line.result().restorativeCase().orElseThrow())
        .containsExactlyElementsOf(cohort);
  }
}
