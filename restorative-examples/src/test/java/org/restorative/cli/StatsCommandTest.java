package org.restorative.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restorative.core.metrics.CohortMetrics;
import org.restorative.core.metrics.DaySummary;
import org.restorative.core.metrics.FunnelStep;
import org.restorative.core.metrics.Proportion;
import org.restorative.core.metrics.StandardMetric;
import org.restorative.core.party.PartyRole;
import org.restorative.core.synthetic.SyntheticCases;
import org.restorative.research.ResearchCsv;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class StatsCommandTest {

  private static final int CASES = 150;
  private static final long SEED = 7;
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path dir;
  private Path cohort;
  private CohortMetrics expected;

  @BeforeEach
  void a_synthetic_cohort_and_its_metrics_counted_directly() {
    cohort =
        CommandFixtures.write(dir.resolve("cohort.ndjson"), CommandFixtures.aCohort(CASES, SEED));
    expected =
        CohortMetrics.of(
            SyntheticCases.seeded(SEED).cohort(CASES).toList(), ZoneId.of("Europe/London"));
  }

  @Test
  void the_json_counts_equal_the_metrics_of_the_cohort_counted_directly() {
    Run run = Run.of("stats", "--format", "json", cohort.toString());

    assertThat(run.exitCode).as(run.err).isZero();
    JsonNode stats = JSON.readTree(run.out());
    assertThat(stats.get("cases").asLong()).isEqualTo(CASES);
    assertThat(stats.get("unreadable").asLong()).isZero();
    assertThat(stats.get("zone").asString()).isEqualTo("Europe/London");
    JsonNode metrics = stats.get("metrics");
    assertThat(metrics.propertyNames()).hasSize(StandardMetric.values().length);
    for (StandardMetric metric : StandardMetric.values()) {
      JsonNode node = metrics.get(metric.name());
      assertThat(node.get("title").asString()).isEqualTo(metric.title());
      assertThat(node.get("kind").asString()).isEqualTo(metric.kind().name());
      switch (metric.kind()) {
        case PROPORTION -> assertSameProportion(node, expected.proportion(metric), metric.name());
        case DAYS -> {
          DaySummary days = expected.days(metric);
          assertThat(days.count()).as(metric.name()).isPositive();
          assertThat(node.get("count").asLong()).isEqualTo(days.count());
          assertThat(node.get("total").asLong()).isEqualTo(days.total());
          assertThat(node.get("median").decimalValue())
              .isEqualByComparingTo(days.median().orElseThrow());
          assertThat(node.get("mean").decimalValue())
              .isEqualByComparingTo(days.mean().orElseThrow());
          assertThat(node.get("min").asInt()).isEqualTo(days.min().orElseThrow());
          assertThat(node.get("max").asInt()).isEqualTo(days.max().orElseThrow());
        }
        case BY_ROLE -> {
          assertSameProportion(node.get("allRoles"), expected.proportion(metric), metric.name());
          JsonNode byRole = node.get("byRole");
          for (Map.Entry<PartyRole, Proportion> role : expected.byRole(metric).entrySet()) {
            if (role.getValue().hasDenominator()) {
              assertSameProportion(
                  byRole.get(role.getKey().name()), role.getValue(), metric.name());
            } else {
              assertThat(byRole.has(role.getKey().name()))
                  .as(metric + " " + role.getKey())
                  .isFalse();
            }
          }
        }
      }
    }
    JsonNode funnel = stats.get("funnel");
    assertThat(funnel).hasSize(6);
    for (int i = 0; i < 6; i++) {
      FunnelStep step = expected.funnel().get(i);
      JsonNode node = funnel.get(i);
      assertThat(node.get("stage").asString()).isEqualTo(step.stage().name());
      assertThat(node.get("count").asLong()).isEqualTo(step.count());
      assertThat(node.get("inOrder").asLong()).isEqualTo(step.inOrder());
      assertThat(node.get("previousInOrder").asLong()).isEqualTo(step.previousInOrder());
      assertThat(node.get("percentOfReferrals").decimalValue())
          .isEqualByComparingTo(step.ofReferrals().percent().orElseThrow());
    }
  }

  private static void assertSameProportion(JsonNode node, Proportion expected, String what) {
    assertThat(node.get("numerator").asLong()).as(what).isEqualTo(expected.numerator());
    assertThat(node.get("denominator").asLong()).as(what).isEqualTo(expected.denominator());
    if (expected.hasDenominator()) {
      assertThat(node.get("percent").decimalValue())
          .as(what)
          .isEqualByComparingTo(expected.percent().orElseThrow());
    } else {
      assertThat(node.get("percent").isNull()).as(what).isTrue();
    }
  }

  @Test
  void the_text_table_shows_every_metric_with_its_counts_and_the_funnel() {
    Run run = Run.of("stats", cohort.toString());

    assertThat(run.exitCode).isZero();
    String out = run.out();
    for (StandardMetric metric : StandardMetric.values()) {
      assertThat(out).contains(metric.name() + " ").contains(metric.title());
    }
    Proportion contact = expected.proportion(StandardMetric.CONTACT_MADE);
    assertThat(out)
        .containsPattern(
            "CONTACT_MADE +Contact made +"
                + contact.numerator()
                + " +"
                + CASES
                + " +"
                + contact.percent().orElseThrow().toPlainString()
                + "%")
        .contains("Metrics of " + CASES + " cases")
        .contains("Funnel: referral -> contact -> consent -> meeting -> agreement -> fulfilled");
    DaySummary days = expected.days(StandardMetric.DAYS_REFERRAL_TO_INTERVENTION);
    assertThat(out)
        .containsPattern(
            "DAYS_REFERRAL_TO_INTERVENTION +Days from referral to intervention +"
                + days.count()
                + " +"
                + days.median().orElseThrow().toPlainString()
                + " +"
                + days.mean().orElseThrow().toPlainString()
                + " +"
                + days.min().orElseThrow()
                + " +"
                + days.max().orElseThrow());
    for (FunnelStep step : expected.funnel()) {
      assertThat(out)
          .containsPattern(
              "(?m)^"
                  + step.stage().name()
                  + " +"
                  + step.stage().metric().name()
                  + " +"
                  + step.count()
                  + " ");
    }
    assertThat(run.err).contains(CASES + " cases counted");
  }

  @Test
  void by_role_rows_are_only_for_roles_with_a_denominator() {
    String out = Run.of("stats", cohort.toString()).out();

    for (Map.Entry<PartyRole, Proportion> role :
        expected.byRole(StandardMetric.SATISFIED_BY_ROLE).entrySet()) {
      String row = "SATISFIED_BY_ROLE +Satisfied, by role +" + role.getKey().name() + " ";
      if (role.getValue().hasDenominator()) {
        assertThat(out).containsPattern(row + "+" + role.getValue().numerator() + " ");
      } else {
        assertThat(out).doesNotContainPattern(row);
      }
    }
  }

  @Test
  void csv_has_the_header_rfc_4180_records_and_the_counts_of_the_cohort() throws IOException {
    Run run = Run.of("stats", "--format", "csv", cohort.toString());

    assertThat(run.exitCode).isZero();
    String text = run.out();
    assertThat(text)
        .startsWith("metric,role,numerator,denominator,percent,count,median,mean,min,max\r\n")
        .endsWith("\r\n");
    assertThat(text.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
    List<List<String>> records = ExportCommandTest.parse(text);
    assertThat(records).allSatisfy(r -> assertThat(r).hasSize(10));
    // Written again field by field with RFC 4180's rules, the records give the same text.
    StringBuilder again = new StringBuilder();
    ResearchCsv.write(again, records.get(0), records.subList(1, records.size()));
    assertThat(again.toString()).isEqualTo(text);

    List<List<String>> rows = records.subList(1, records.size());
    assertThat(row(rows, "REFERRALS", ""))
        .containsExactly("REFERRALS", "", "150", "150", "100.0", "", "", "", "", "");
    Proportion completed = expected.proportion(StandardMetric.AGREEMENT_COMPLETED);
    assertThat(row(rows, "AGREEMENT_COMPLETED", "").subList(2, 5))
        .containsExactly(
            Long.toString(completed.numerator()),
            Long.toString(completed.denominator()),
            completed.percent().orElseThrow().toPlainString());
    DaySummary days = expected.days(StandardMetric.DAYS_INCIDENT_TO_REFERRAL);
    assertThat(row(rows, "DAYS_INCIDENT_TO_REFERRAL", "").subList(2, 10))
        .containsExactly(
            "",
            "",
            "",
            Long.toString(days.count()),
            days.median().orElseThrow().toPlainString(),
            days.mean().orElseThrow().toPlainString(),
            days.min().orElseThrow().toString(),
            days.max().orElseThrow().toString());
    Proportion harmed =
        expected.byRole(StandardMetric.SATISFIED_BY_ROLE).get(PartyRole.PERSON_HARMED);
    assertThat(row(rows, "SATISFIED_BY_ROLE", "PERSON_HARMED").subList(2, 4))
        .containsExactly(Long.toString(harmed.numerator()), Long.toString(harmed.denominator()));
    FunnelStep meeting = expected.funnel().get(3);
    assertThat(row(rows, "FUNNEL_MEETING", "").subList(2, 4))
        .containsExactly(Long.toString(meeting.count()), Long.toString(CASES));
    assertThat(row(rows, "FUNNEL_MEETING_IN_ORDER", "").subList(2, 4))
        .containsExactly(
            Long.toString(meeting.inOrder()), Long.toString(meeting.previousInOrder()));
  }

  private static List<String> row(List<List<String>> rows, String metric, String role) {
    return rows.stream()
        .filter(r -> r.get(0).equals(metric) && r.get(1).equals(role))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row " + metric + " " + role));
  }

  @Test
  void the_chart_is_a_well_formed_accessible_svg_with_six_bars() throws Exception {
    Path chart = dir.resolve("funnel.svg");

    Run run = Run.of("stats", "--chart", chart.toString(), cohort.toString());

    assertThat(run.exitCode).as(run.err).isZero();
    assertThat(run.err).contains("funnel chart written to");
    Document svg = parse(chart);
    Element root = svg.getDocumentElement();
    assertThat(root.getNamespaceURI()).isEqualTo(SvgWriter.NAMESPACE);
    assertThat(root.getLocalName()).isEqualTo("svg");
    assertThat(root.getAttribute("role")).isEqualTo("img");
    assertThat(root.getAttribute("font-family")).isEqualTo("sans-serif");
    Element first = firstChildElement(root);
    assertThat(first.getLocalName()).isEqualTo("title");
    assertThat(first.getTextContent()).isEqualTo("Case funnel: 150 cases");
    assertThat(svg.getElementsByTagNameNS(SvgWriter.NAMESPACE, "desc").item(0).getTextContent())
        .contains("Contact made " + expected.funnel().get(1).count());
    for (String forbidden : List.of("script", "style", "foreignObject", "image", "a")) {
      assertThat(svg.getElementsByTagNameNS("*", forbidden).getLength()).as(forbidden).isZero();
    }

    List<Element> bars = bars(svg);
    assertThat(bars).hasSize(6);
    for (int i = 0; i < 6; i++) {
      FunnelStep step = expected.funnel().get(i);
      BigDecimal width = new BigDecimal(bars.get(i).getAttribute("width"));
      BigDecimal expectedWidth =
          BigDecimal.valueOf(step.count() * 420.0 / CASES).setScale(1, RoundingMode.HALF_UP);
      assertThat(width).as(step.stage().name()).isEqualByComparingTo(expectedWidth);
    }
    String text = CommandFixtures.read(chart);
    assertThat(text)
        .contains(">Referred<")
        .contains(">Agreement fulfilled<")
        .contains(
            expected.funnel().get(5).count()
                + " ("
                + expected.funnel().get(5).ofReferrals().percent().orElseThrow()
                + "%)");
  }

  @Test
  void the_chart_is_the_same_bytes_on_every_run() throws IOException {
    Path first = dir.resolve("first.svg");
    Path second = dir.resolve("second.svg");

    Run.of("stats", "--chart", first.toString(), cohort.toString());
    Run.of("stats", "--format", "csv", "--chart", second.toString(), cohort.toString());

    assertThat(Files.readAllBytes(first)).isEqualTo(Files.readAllBytes(second));
  }

  @Test
  void the_chart_never_goes_over_an_input() {
    String before = CommandFixtures.read(cohort);

    Run refused = Run.of("stats", "--chart", cohort.toString(), cohort.toString());

    assertThat(refused.exitCode).isEqualTo(RestorativeCommand.UNREADABLE);
    assertThat(refused.err).contains("the output " + cohort + " is also an input; nothing written");
    assertThat(refused.out()).isEmpty();
    assertThat(CommandFixtures.read(cohort)).isEqualTo(before);
  }

  private static Document parse(Path file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    DocumentBuilder builder = factory.newDocumentBuilder();
    builder.setErrorHandler(null);
    try (var in = new ByteArrayInputStream(Files.readAllBytes(file))) {
      return builder.parse(in);
    }
  }

  private static Element firstChildElement(Element parent) {
    for (var node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element) {
        return element;
      }
    }
    throw new AssertionError("no child element");
  }

  private static List<Element> bars(Document svg) {
    NodeList rects = svg.getElementsByTagNameNS(SvgWriter.NAMESPACE, "rect");
    List<Element> bars = new ArrayList<>();
    for (int i = 0; i < rects.getLength(); i++) {
      Element rect = (Element) rects.item(i);
      if (rect.getAttribute("class").equals("bar")) {
        bars.add(rect);
      }
    }
    return bars;
  }

  @Test
  void standard_input_is_read_for_a_dash() {
    Run run = Run.withInput(CommandFixtures.aCohort(12, 3), "stats", "--format", "json", "-");

    assertThat(run.exitCode).isZero();
    assertThat(JSON.readTree(run.out()).get("cases").asLong()).isEqualTo(12);
  }

  @Test
  void an_unreadable_input_exits_2_and_the_readable_cases_are_still_counted() throws Exception {
    Path broken = CommandFixtures.write(dir.resolve("broken.json"), "{\"format\": ");
    Path chart = dir.resolve("partial.svg");

    Run run =
        Run.of(
            "stats",
            "--format",
            "json",
            "--chart",
            chart.toString(),
            broken.toString(),
            dir.resolve("nowhere.ndjson").toString(),
            cohort.toString());

    assertThat(run.exitCode).isEqualTo(2);
    JsonNode stats = JSON.readTree(run.out());
    assertThat(stats.get("cases").asLong()).isEqualTo(CASES);
    assertThat(stats.get("unreadable").asLong()).isEqualTo(2);
    assertThat(run.err)
        .contains("broken.json: ERROR JSON_MALFORMED")
        .contains("nowhere.ndjson: cannot be read: no such file")
        .contains("150 cases counted; 2 could not be read")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
    assertThat(bars(parse(chart))).hasSize(6);
  }

  @Test
  void no_readable_case_gives_zero_counts_and_empty_percentages() throws Exception {
    Path empty = CommandFixtures.write(dir.resolve("empty.ndjson"), "");
    Path chart = dir.resolve("empty.svg");

    Run run = Run.of("stats", "--format", "csv", "--chart", chart.toString(), empty.toString());

    assertThat(run.exitCode).isZero();
    List<List<String>> rows = ExportCommandTest.parse(run.out());
    assertThat(row(rows, "REFERRALS", ""))
        .containsExactly("REFERRALS", "", "0", "0", "", "", "", "", "", "");
    assertThat(row(rows, "SATISFIED_BY_ROLE", "").subList(2, 5)).containsExactly("0", "0", "");
    assertThat(row(rows, "DAYS_INCIDENT_TO_REFERRAL", "").subList(5, 10))
        .containsExactly("0", "", "", "", "");
    assertThat(bars(parse(chart)))
        .hasSize(6)
        .allSatisfy(bar -> assertThat(bar.getAttribute("width")).isEqualTo("0"));
  }

  @Test
  void another_time_zone_is_used_for_days_and_an_unknown_one_exits_2() {
    Run tokyo = Run.of("stats", "--format", "json", "--zone", "Asia/Tokyo", cohort.toString());
    Run unknown = Run.of("stats", "--zone", "Mars/Olympus_Mons", cohort.toString());

    assertThat(tokyo.exitCode).isZero();
    assertThat(JSON.readTree(tokyo.out()).get("zone").asString()).isEqualTo("Asia/Tokyo");
    assertThat(unknown.exitCode).isEqualTo(2);
    assertThat(unknown.err).contains("--zone").doesNotContain("\tat ");
  }

  @Test
  void a_chart_that_cannot_be_written_exits_2_with_one_line() {
    Run run =
        Run.of(
            "stats",
            "--chart",
            dir.resolve("no/such/dir/funnel.svg").toString(),
            cohort.toString());

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).contains("cannot write the chart").doesNotContain("\tat ");
    assertThat(run.err.lines()).hasSize(1);
  }

  @Test
  void an_unknown_property_is_refused_when_strict_and_dropped_with_a_warning_when_lenient() {
    String record = CommandFixtures.read(CommandFixtures.theDemoRecord(dir));
    Path file =
        CommandFixtures.write(
            dir.resolve("extra.json"),
            record.replaceFirst("\"stage\":", "\"colour\": \"red\", \"stage\":"));

    Run strict = Run.of("stats", "--format", "json", file.toString());
    Run lenient = Run.of("stats", "--format", "json", "--lenient", file.toString());

    assertThat(strict.exitCode).isEqualTo(2);
    assertThat(JSON.readTree(strict.out()).get("cases").asLong()).isZero();
    assertThat(strict.err)
        .contains("extra.json: ERROR JSON_UNKNOWN_PROPERTY - Member 4 of this object");
    assertThat(lenient.exitCode).isZero();
    assertThat(JSON.readTree(lenient.out()).get("cases").asLong()).isEqualTo(1);
    assertThat(lenient.err)
        .contains("extra.json: WARNING JSON_UNKNOWN_PROPERTY - Member 4 of this object");
    assertThat(strict.err + lenient.err).doesNotContain("red").doesNotContain("colour");
  }

  @Test
  void at_least_one_file_is_required() {
    Run run = Run.of("stats");

    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).contains("FILE");
  }
}
