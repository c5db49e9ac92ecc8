package org.restorative.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.restorative.core.casefile.Referral;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.casefile.Stage;
import org.restorative.core.harm.Harm;
import org.restorative.core.outcome.Monitoring;
import org.restorative.core.outcome.OutcomeAgreement;
import org.restorative.core.party.CpdRecord;
import org.restorative.core.party.Facilitator;
import org.restorative.core.party.Party;

/**
 * What the reader would refuse, the writer refuses: a case built in code with a value outside the
 * format's ranges is an {@link UnwritableValueException} naming the value's pointer and the range,
 * never the value, and nothing of the case is written; the edges of the ranges are written and read
 * back equal.
 */
class WriterRangeTest {

  private static final RestorativeCase CLOSED = JsonFixtures.goldenCase(Stage.CLOSED_COMPLETED);

  private static RestorativeCase receivedAt(Instant moment) {
    return CLOSED.withReferral(
        new Referral.Builder()
            .from(CLOSED.referral())
            .receivedAt(moment)
            .acceptedAt(moment)
            .build());
  }

  private static RestorativeCase firstHarm(UnaryOperator<Harm> change) {
    List<Harm> harms = new ArrayList<>(CLOSED.harms());
    harms.set(0, change.apply(harms.get(0)));
    return CLOSED.withHarms(harms);
  }

  private static RestorativeCase firstParty(UnaryOperator<Party> change) {
    List<Party> parties = new ArrayList<>(CLOSED.parties());
    parties.set(0, change.apply(parties.get(0)));
    return CLOSED.withParties(parties);
  }

  private static RestorativeCase firstCpdHours(BigDecimal hours) {
    List<Facilitator> facilitators = new ArrayList<>(CLOSED.facilitators());
    Facilitator lead = facilitators.get(0);
    List<CpdRecord> cpd = new ArrayList<>(lead.cpd());
    cpd.set(
        0,
        new CpdRecord.Builder()
            .from(cpd.get(0))
            .hours(hours)
            .rjcApprovedHours(BigDecimal.ZERO)
            .build());
    facilitators.set(0, lead.withCpd(cpd));
    return CLOSED.withFacilitators(facilitators);
  }

  /**
   * Every way of writing refuses the case with the pointer and range, and never shows the value.
   */
  private static void refused(RestorativeCase c, String pointer, String range, String value) {
    List<ThrowingCallable> writes =
        List.of(
            () -> CaseJson.strict().write(c),
            () -> CaseJson.strict().writeLine(c),
            () -> CaseJson.lenient().write(c, new ByteArrayOutputStream()));
    for (ThrowingCallable write : writes) {
      assertThatThrownBy(write)
          .isInstanceOf(UnwritableValueException.class)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(pointer)
          .hasMessageContaining(range)
          .satisfies(e -> assertThat(((UnwritableValueException) e).pointer()).isEqualTo(pointer))
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain(value));
    }
  }

  private static ReadResult roundTrip(RestorativeCase c) {
    return CaseJson.strict().read(CaseJson.strict().write(c));
  }

  @Test
  void a_moment_after_year_9999_is_refused_at_its_pointer() {
    refused(
        receivedAt(Instant.parse("+10000-01-01T00:00:00Z")),
        "/referral/receivedAt",
        "0001 to 9999",
        "10000");
  }

  @Test
  void a_moment_before_year_0001_is_refused_at_its_pointer() {
    refused(
        receivedAt(Instant.parse("0000-12-31T23:59:59Z")),
        "/referral/receivedAt",
        "0001 to 9999",
        "0000-12-31");
  }

  @Test
  void a_date_outside_the_years_0001_to_9999_is_refused_at_its_pointer_in_a_list() {
    refused(
        firstHarm(h -> h.withReportedOn(LocalDate.of(10_000, 1, 1))),
        "/harms/0/reportedOn",
        "dates in the years 0001 to 9999",
        "10000");
  }

  @Test
  void a_date_outside_the_years_in_a_list_of_dates_is_refused_at_its_own_place_in_it() {
    OutcomeAgreement agreement = CLOSED.agreements().get(0);
    Monitoring monitoring = agreement.monitoring().orElseThrow();
    List<LocalDate> dates = monitoring.reviewDates();
    assertThat(dates).hasSize(2);
    for (int i = 0; i < 2; i++) {
      List<LocalDate> changed = new ArrayList<>(dates);
      // The dates stay in order: the first set before all, the last after all.
      changed.set(i, i == 0 ? LocalDate.MIN : LocalDate.MAX);
      List<OutcomeAgreement> agreements = new ArrayList<>(CLOSED.agreements());
      agreements.set(0, agreement.withMonitoring(monitoring.withReviewDates(changed)));
      refused(
          CLOSED.withAgreements(agreements),
          "/agreements/0/monitoring/reviewDates/" + i,
          "dates in the years 0001 to 9999",
          "999999999");
    }
  }

  @Test
  void a_decimal_beyond_the_formats_range_is_refused_at_its_pointer() {
    refused(
        firstCpdHours(new BigDecimal("1E15")), "/facilitators/0/cpd/0/hours", "15 digits", "1E+15");
    refused(
        firstCpdHours(new BigDecimal("0.1234567")),
        "/facilitators/0/cpd/0/hours",
        "6 decimal places",
        "1234567");
  }

  @Test
  void text_with_an_unpaired_surrogate_is_refused_at_its_pointer() {
    refused(
        firstParty(p -> p.withName("Ann \uD800 Smith")),
        "/parties/0/name",
        "unpaired UTF-16 surrogate",
        "Ann");
    refused(
        firstHarm(h -> h.withNarrative("\uDC00 alone")),
        "/harms/0/narrative",
        "unpaired UTF-16 surrogate",
        "alone");
  }

  @Test
  void the_edges_of_the_ranges_and_paired_surrogates_are_written_and_read_back_equal() {
    List<RestorativeCase> edges =
        List.of(
            receivedAt(Codecs.LATEST),
            firstHarm(h -> h.withReportedOn(LocalDate.of(9999, 12, 31))),
            firstCpdHours(new BigDecimal("999999999999999.999999")),
            firstCpdHours(new BigDecimal("0.000001")),
            firstCpdHours(new BigDecimal("16.5000000")),
            firstParty(p -> p.withName("Zoë \uD83D\uDE00 Ng")));
    for (RestorativeCase c : edges) {
      ReadResult read = roundTrip(c);
      assertThat(read.problems()).isEmpty();
      assertThat(read.restorativeCase()).contains(c);
    }
  }

  @Test
  void an_ndjson_stream_keeps_the_lines_before_a_case_it_cannot_write_and_no_part_of_that_line()
      throws IOException {
    RestorativeCase bad = receivedAt(Instant.parse("+10000-01-01T00:00:00Z"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    assertThatThrownBy(
            () -> CaseJson.strict().writeNdjson(Stream.of(CLOSED, CLOSED, bad, CLOSED), out))
        .isInstanceOf(UnwritableValueException.class)
        .hasMessageContaining("/referral/receivedAt");

    String written = out.toString(StandardCharsets.UTF_8);
    assertThat(written).endsWith("\n").doesNotContain("10000");
    List<NdjsonReader.Line> lines;
    try (NdjsonReader reader =
        CaseJson.strict().readNdjson(new ByteArrayInputStream(out.toByteArray()))) {
      lines = reader.stream().toList();
    }
    assertThat(lines)
        .hasSize(2)
        .allSatisfy(l -> assertThat(l.result().restorativeCase()).contains(CLOSED));
  }
}
