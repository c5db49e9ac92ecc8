package org.restorative.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.casefile.Stage;
import org.restorative.core.rules.Violation;
import org.restorative.core.synthetic.SyntheticCases;

/**
 * Numbers, dates and moments at and beyond the edges of the format's ranges: beyond, each is a
 * {@code JSON_OUT_OF_RANGE} problem at its pointer, never an exception and never echoing the input;
 * at the edge, each is read, written and read back equal.
 */
class RangeInputTest {

  /**
   * A completed case: its first action has an amount inserted, a due date and a moment to replace.
   */
  static String completed() {
    return JsonFixtures.read(JsonFixtures.goldenFile(Stage.CLOSED_COMPLETED));
  }

  static String withAmount(String amount) {
    return completed()
        .replaceFirst("\"actions\": \\[ \\{", "\"actions\": [ { \"amount\": " + amount + ",");
  }

  static String withDueOn(String date) {
    return completed().replaceFirst("\"dueOn\": \"2024-05-24\"", "\"dueOn\": \"" + date + "\"");
  }

  static String withReceivedAt(String moment) {
    return completed()
        .replaceFirst("\"receivedAt\": \"[^\"]*\"", "\"receivedAt\": \"" + moment + "\"");
  }

  static String withHarmedInformedAt(String moment) {
    return completed()
        .replaceFirst(
            "\"harmedInformedAt\": \"2024-05-24T20:15:00Z\"",
            "\"harmedInformedAt\": \"" + moment + "\"");
  }

  /** Reads without throwing; no problem's message holds the planted text. */
  static ReadResult read(String json, String planted) {
    ReadResult result = HostileInputTest.read(json);
    for (Violation problem : result.problems()) {
      assertThat(problem.message()).doesNotContain(planted);
    }
    return result;
  }

  static void assertOutOfRange(String json, String planted, String path) {
    assertThat(read(json, planted).problems())
        .extracting(Violation::code, Violation::path)
        .containsExactly(tuple(ProblemCode.JSON_OUT_OF_RANGE.name(), path));
  }

  // ---- beyond the edges: one problem, at its pointer ------------------------------------------

  @Test
  void an_exponent_beyond_any_number_is_out_of_range_at_its_pointer() {
    assertOutOfRange(withAmount("1e2147483648"), "2147483648", "/actions/0/amount");
  }

  @Test
  void an_exponent_underflow_is_out_of_range_at_its_pointer() {
    assertOutOfRange(withAmount("1e-2147483649"), "2147483649", "/actions/0/amount");
  }

  @Test
  void an_amount_of_a_hundred_million_digits_is_out_of_range() {
    assertOutOfRange(withAmount("1e99999999"), "99999999", "/actions/0/amount");
  }

  @Test
  void an_amount_of_sixteen_digits_is_out_of_range() {
    assertOutOfRange(withAmount("1000000000000000"), "1000000000000000", "/actions/0/amount");
    assertOutOfRange(withAmount("-1000000000000000.5"), "1000000000000000", "/actions/0/amount");
  }

  @Test
  void an_amount_of_seven_decimal_places_is_out_of_range() {
    assertOutOfRange(withAmount("0.0000001"), "0000001", "/actions/0/amount");
  }

  @Test
  void a_whole_number_beyond_32_bits_is_out_of_range() {
    String json =
        completed()
            .replaceFirst(
                "\"dueOn\": \"2024-05-24\"", "\"hours\": 2147483648, \"dueOn\": \"2024-05-24\"");
    assertOutOfRange(json, "2147483648", "/actions/0/hours");
  }

  @Test
  void a_moment_at_the_edges_of_instants_range_is_out_of_range() {
    assertOutOfRange(
        withReceivedAt("+1000000000-12-31T23:59:59.999999999Z"),
        "1000000000",
        "/referral/receivedAt");
    assertOutOfRange(
        withReceivedAt("-1000000000-01-01T00:00:00Z"), "1000000000", "/referral/receivedAt");
    assertOutOfRange(
        withReceivedAt("+999999999-12-31T23:59:59Z"), "999999999", "/referral/receivedAt");
  }

  @Test
  void a_moment_in_year_0000_or_10000_in_utc_is_out_of_range() {
    assertOutOfRange(withReceivedAt("0000-12-31T23:59:59Z"), "0000-12-31", "/referral/receivedAt");
    assertOutOfRange(
        withReceivedAt("0001-01-01T00:00:00+01:00"), "0001-01-01", "/referral/receivedAt");
    assertOutOfRange(
        withHarmedInformedAt("9999-12-31T23:59:59-00:01"),
        "9999-12-31",
        "/actions/0/harmedInformedAt");
  }

  @Test
  void a_date_outside_the_years_0001_to_9999_is_out_of_range() {
    assertOutOfRange(withDueOn("0000-01-01"), "0000-01-01", "/actions/0/dueOn");
    assertOutOfRange(withDueOn("+10000-01-01"), "10000-01-01", "/actions/0/dueOn");
    assertOutOfRange(withDueOn("+1000000000-01-01"), "1000000000", "/actions/0/dueOn");
  }

  @Test
  void a_moment_that_is_not_a_moment_is_still_an_invalid_time() {
    assertThat(read(withReceivedAt("2031-07-08T09:41:00"), "2031-07-08").problems())
        .extracting(Violation::code, Violation::path)
        .containsExactly(tuple(ProblemCode.JSON_INVALID_TIME.name(), "/referral/receivedAt"));
  }

  // ---- at the edges: read, written and read back equal -----------------------------------------

  static void assertRoundTrip(String json, String written) {
    ReadResult first = CaseJson.strict().read(json);
    assertThat(first.problems()).isEmpty();
    String text = CaseJson.strict().write(first.restorativeCase().orElseThrow());
    assertThat(text).contains(written);
    ReadResult second = CaseJson.strict().read(text);
    assertThat(second.problems()).isEmpty();
    assertThat(second.restorativeCase()).isEqualTo(first.restorativeCase());
    String line = CaseJson.strict().writeLine(first.restorativeCase().orElseThrow());
    assertThat(CaseJson.strict().read(line).restorativeCase()).isEqualTo(first.restorativeCase());
  }

  @Test
  void amounts_at_the_edges_round_trip_as_written() {
    assertRoundTrip(withAmount("999999999999999.999999"), "999999999999999.999999");
    assertRoundTrip(withAmount("0.000001"), "0.000001");
    assertRoundTrip(withAmount("1E+2"), "1E+2");
    assertRoundTrip(withAmount("16.5000000"), "16.5000000");
  }

  @Test
  void moments_and_dates_at_the_edges_round_trip() {
    assertRoundTrip(withReceivedAt("0001-01-01T00:00:00Z"), "\"0001-01-01T00:00:00Z\"");
    assertRoundTrip(withReceivedAt("0001-01-01T00:00:00-18:00"), "\"0001-01-01T18:00:00Z\"");
    assertRoundTrip(
        withHarmedInformedAt("9999-12-31T23:59:59.999999999Z"),
        "\"9999-12-31T23:59:59.999999999Z\"");
    assertRoundTrip(withHarmedInformedAt("9999-12-31T23:59:59+18:00"), "\"9999-12-31T05:59:59Z\"");
    assertRoundTrip(withDueOn("0001-01-01"), "\"0001-01-01\"");
    assertRoundTrip(withDueOn("9999-12-31"), "\"9999-12-31\"");
  }

  // ---- the schema agrees -----------------------------------------------------------------------

  @Test
  void the_schema_refuses_what_the_reader_refuses_and_accepts_the_edges() {
    List<String> refused =
        List.of(
            withAmount("1e99999999"),
            withAmount("1000000000000000"),
            withAmount("0.0000001"),
            withReceivedAt("0000-12-31T23:59:59Z"),
            withReceivedAt("+1000000000-12-31T23:59:59Z"),
            withDueOn("0000-01-01"),
            withDueOn("+10000-01-01"));
    for (String json : refused) {
      assertThat(CaseJson.strict().read(json).isRead()).isFalse();
      assertThat(SchemaTest.validate(json)).isNotEmpty();
    }
    List<String> accepted =
        List.of(
            withAmount("999999999999999.999999"),
            withAmount("1E+2"),
            withReceivedAt("0001-01-01T00:00:00Z"),
            withHarmedInformedAt("9999-12-31T23:59:59.999999999Z"),
            withDueOn("9999-12-31"));
    for (String json : accepted) {
      assertThat(CaseJson.strict().read(json).problems()).isEmpty();
      assertThat(SchemaTest.validate(json)).isEmpty();
    }
  }

  // ---- NDJSON: one such line does not stop the stream ------------------------------------------

  @Test
  void one_out_of_range_line_among_a_thousand_is_reported_and_the_other_999_are_read()
      throws IOException {
    List<RestorativeCase> cohort = SyntheticCases.seeded(9).cohort(999).toList();
    List<String> lines = new ArrayList<>();
    cohort.forEach(c -> lines.add(CaseJson.strict().writeLine(c)));
    String bad =
        CaseJson.strict().writeLine(cohort.get(0)).replaceFirst("\\{", "{\"x\": 1e2147483648,");
    lines.add(499, bad);
    byte[] bytes = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);

    List<NdjsonReader.Line> read;
    try (NdjsonReader reader = CaseJson.strict().readNdjson(new ByteArrayInputStream(bytes))) {
      read = reader.stream().toList();
    }

    assertThat(read).hasSize(1000);
    assertThat(read)
        .filteredOn(line -> !line.result().isRead())
        .singleElement()
        .satisfies(line -> assertThat(line.number()).isEqualTo(500L))
        .satisfies(
            line ->
                assertThat(line.result().problems())
                    .extracting(Violation::code, Violation::path)
                    .containsExactly(tuple(ProblemCode.JSON_OUT_OF_RANGE.name(), "")));
    assertThat(read)
        .filteredOn(line -> line.result().isRead())
        .extracting(line -> line.result().restorativeCase().orElseThrow())
        .containsExactlyElementsOf(cohort);
  }
}
