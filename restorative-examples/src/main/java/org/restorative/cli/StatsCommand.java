package org.restorative.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.restorative.core.metrics.CohortMetrics;
import org.restorative.core.metrics.DaySummary;
import org.restorative.core.metrics.FunnelStep;
import org.restorative.core.metrics.MetricKind;
import org.restorative.core.metrics.Proportion;
import org.restorative.core.metrics.StandardMetric;
import org.restorative.core.party.PartyRole;
import org.restorative.core.rules.Policy;
import org.restorative.research.ResearchCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code restorative stats FILE...}: the standard metrics of a cohort of case records (every {@link
 * StandardMetric}, defined in {@code docs/metrics.md}) and its referral funnel, as a table, one
 * JSON object or CSV, and optionally the funnel as an SVG chart.
 *
 * <p>Cases are counted one at a time with a {@link CohortMetrics.Tally}, so memory stays flat
 * however many there are; with {@code --threads}, one tally per thread, merged at the end. A record
 * or file that cannot be read is reported on standard error and the others are still counted; the
 * exit code is then 2.
 *
 * <p>Formats:
 *
 * <ul>
 *   <li>{@code text} (default): tables of the case and action measures (code, title, numerator,
 *       denominator, percentage), the day measures (count, median, mean, shortest, longest), the
 *       evaluation measures with one row per role that has a denominator, and the funnel.
 *   <li>{@code json}: one object with {@code cases}, {@code unreadable}, {@code zone}, {@code
 *       definitions}, {@code metrics} (by code: {@code title}, {@code kind}, {@code unit}, and
 *       {@code numerator}, {@code denominator}, {@code percent}; or {@code count}, {@code total},
 *       {@code median}, {@code mean}, {@code min}, {@code max}; or {@code allRoles} and {@code
 *       byRole}, the roles with a denominator) and {@code funnel} (per step {@code stage}, {@code
 *       metric}, {@code count}, {@code referrals}, {@code percentOfReferrals}, {@code inOrder},
 *       {@code previousInOrder}, {@code conversionPercent}). An absent figure (a percentage of
 *       nothing, the median of no case) is {@code null}.
 *   <li>{@code csv}: RFC 4180 with the header {@link #CSV_HEADER}; one row per proportion, per day
 *       measure, and per role with a denominator of an evaluation measure (or one row with an empty
 *       role and 0 of 0 when no role has one); then per funnel step a row {@code FUNNEL_<STEP>}
 *       (cases that reached it of all referrals) and a row {@code FUNNEL_<STEP>_IN_ORDER} (cases
 *       that reached it and every earlier step, of those that reached every earlier step).
 * </ul>
 */
@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    versionProvider = RestorativeCommand.Version.class,
    description = {
      "Counts the standard metrics and the referral funnel of case records (JSON or NDJSON) and"
          + " prints them as a table, JSON or CSV; --chart draws the funnel as SVG.",
      "Proportions as numerator, denominator and percentage; days as count, median, mean, min and"
          + " max; evaluation measures per role, for roles with a denominator. Definitions:"
          + " docs/metrics.md.",
      "CSV columns: metric,role,numerator,denominator,percent,count,median,mean,min,max; the"
          + " funnel as rows FUNNEL_<STEP> (of referrals) and FUNNEL_<STEP>_IN_ORDER (conversion).",
      "Exit code 0 when every record was read and counted; 2 when an input or a record cannot be"
          + " read (the others are still counted; the summary says how many were not); 3 only for a"
          + " defect of the tool. stats checks no rules, so it never exits 1."
    })
final class StatsCommand implements Callable<Integer> {

  /** How the metrics are printed. */
  enum Format {
    /** Tables for a terminal. */
    TEXT,
    /** One JSON object. */
    JSON,
    /** RFC 4180 CSV with {@link #CSV_HEADER}. */
    CSV
  }

  /** The header row of {@code --format csv}. */
  static final List<String> CSV_HEADER =
      List.of(
          "metric",
          "role",
          "numerator",
          "denominator",
          "percent",
          "count",
          "median",
          "mean",
          "min",
          "max");

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @ParentCommand private @Nullable RestorativeCommand root;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description =
          "text (tables), json (one object) or csv (RFC 4180). Default: ${DEFAULT-VALUE}.")
  private Format format = Format.TEXT;

  @Option(
      names = "--zone",
      paramLabel = "ZONE",
      defaultValue = Policy.DEFAULT_ZONE_ID,
      converter = ZoneConverter.class,
      description = "The time zone in which days are counted. Default: ${DEFAULT-VALUE}.")
  private ZoneId zone = Policy.standard().zone();

  @Option(
      names = "--chart",
      paramLabel = "FILE.svg",
      description =
          "Also write the case funnel (referral, contact, consent, meeting, agreement, fulfilled)"
              + " as an SVG chart to this file, replacing it; never one of the inputs.")
  private @Nullable Path chart;

  @Mixin private CaseFilesOption records = new CaseFilesOption();

  @Mixin private ThreadsOption threads = new ThreadsOption();

  @Override
  public Integer call() {
    if (root == null) {
      throw new IllegalStateException("stats runs as a subcommand of restorative");
    }
    RestorativeCommand command = root;
    if (chart != null) {
      CaseLines.refuseToOverwrite(chart, records.files());
    }
    // One tally per thread, merged at the end: the same measures as one tally fed every case.
    Map<Thread, CohortMetrics.Tally> tallies = new ConcurrentHashMap<>();
    EveryCase.Counts read =
        EveryCase.read(
            command,
            records.files(),
            records.lenient(),
            threads.threads(),
            c -> {
              tallies
                  .computeIfAbsent(Thread.currentThread(), thread -> CohortMetrics.tally(zone))
                  .add(c);
              return EveryCase.NOTHING;
            });
    CohortMetrics.Tally tally = CohortMetrics.tally(zone);
    tallies.values().forEach(tally::merge);
    CohortMetrics metrics = tally.result();
    PrintStream out = command.out();
    switch (format) {
      case TEXT -> printText(metrics, out);
      case JSON -> out.println(json(metrics, read.unreadable()));
      case CSV -> printCsv(metrics, out);
    }
    out.flush();
    if (chart != null) {
      writeChart(metrics, chart);
    }
    command
        .err()
        .println(
            "restorative stats: "
                + metrics.referrals()
                + (metrics.referrals() == 1 ? " case" : " cases")
                + " counted"
                + read.notHandled()
                + (chart != null ? "; funnel chart written to " + chart : ""));
    return read.exitCode(0);
  }

  // ---------------------------------------------------------------- text

  private static void printText(CohortMetrics metrics, PrintStream out) {
    out.println(
        "Metrics of "
            + metrics.referrals()
            + (metrics.referrals() == 1 ? " case" : " cases")
            + ", days counted in "
            + metrics.zone()
            + ". Definitions: docs/metrics.md.");
    out.println();
    out.println("Case and action measures");
    TextTable proportions =
        new TextTable("LLRRR", "Metric", "Title", "Numerator", "Denominator", "Percent");
    for (StandardMetric metric : StandardMetric.values()) {
      if (metric.kind() == MetricKind.PROPORTION) {
        Proportion p = metrics.proportion(metric);
        proportions.add(
            metric.name(),
            metric.title(),
            count(p.numerator()),
            count(p.denominator()),
            percent(p));
      }
    }
    proportions.print(out);
    out.println();
    out.println("Times, in calendar days");
    TextTable days =
        new TextTable("LLRRRRR", "Metric", "Title", "Count", "Median", "Mean", "Min", "Max");
    for (StandardMetric metric : StandardMetric.values()) {
      if (metric.kind() == MetricKind.DAYS) {
        DaySummary d = metrics.days(metric);
        days.add(
            metric.name(),
            metric.title(),
            count(d.count()),
            orDash(d.median().map(BigDecimal::toPlainString)),
            orDash(d.mean().map(BigDecimal::toPlainString)),
            orDash(d.min().map(String::valueOf)),
            orDash(d.max().map(String::valueOf)));
      }
    }
    days.print(out);
    out.println();
    out.println("Participant evaluations, by role at the time (roles with a denominator)");
    TextTable roles =
        new TextTable("LLLRRR", "Metric", "Title", "Role", "Numerator", "Denominator", "Percent");
    for (StandardMetric metric : StandardMetric.values()) {
      if (metric.kind() == MetricKind.BY_ROLE) {
        List<Map.Entry<PartyRole, Proportion>> counted = rolesCounted(metrics, metric);
        if (counted.isEmpty()) {
          roles.add(metric.name(), metric.title(), "-", "0", "0", "-");
        }
        for (Map.Entry<PartyRole, Proportion> role : counted) {
          Proportion p = role.getValue();
          roles.add(
              metric.name(),
              metric.title(),
              role.getKey().name(),
              count(p.numerator()),
              count(p.denominator()),
              percent(p));
        }
      }
    }
    roles.print(out);
    out.println();
    out.println("Funnel: referral -> contact -> consent -> meeting -> agreement -> fulfilled");
    TextTable funnel =
        new TextTable(
            "LLRRRR", "Step", "Measure", "Reached", "Of referrals", "In order", "Conversion");
    for (FunnelStep step : metrics.funnel()) {
      funnel.add(
          step.stage().name(),
          step.stage().metric().name(),
          count(step.count()),
          percent(step.ofReferrals()),
          count(step.inOrder()),
          percent(step.conversion()));
    }
    funnel.print(out);
    out.println();
    out.println("Reached: cases that reached the step, whatever happened at the other steps.");
    out.println(
        "In order: cases that reached it and every earlier step; conversion: of the previous"
            + " step's in order.");
  }

  private static String count(long value) {
    return Long.toString(value);
  }

  private static String percent(Proportion p) {
    return p.percent().map(v -> v.toPlainString() + "%").orElse("-");
  }

  private static String orDash(Optional<String> value) {
    return value.orElse("-");
  }

  /**
   * The roles of an evaluation measure that have a denominator, in the order of {@link PartyRole}.
   */
  private static List<Map.Entry<PartyRole, Proportion>> rolesCounted(
      CohortMetrics metrics, StandardMetric metric) {
    return metrics.byRole(metric).entrySet().stream()
        .filter(e -> e.getValue().hasDenominator())
        .toList();
  }

  // ---------------------------------------------------------------- json

  /** The metrics as one JSON object, indented. */
  static String json(CohortMetrics metrics, long unreadable) {
    ObjectNode document = JSON.createObjectNode();
    document.put("cases", metrics.referrals());
    document.put("unreadable", unreadable);
    document.put("zone", metrics.zone().getId());
    document.put("definitions", "docs/metrics.md");
    ObjectNode all = document.putObject("metrics");
    for (StandardMetric metric : StandardMetric.values()) {
      ObjectNode node = all.putObject(metric.name());
      node.put("title", metric.title());
      node.put("kind", metric.kind().name());
      node.put("unit", metric.unit());
      switch (metric.kind()) {
        case PROPORTION -> putProportion(node, metrics.proportion(metric));
        case DAYS -> {
          DaySummary d = metrics.days(metric);
          node.put("count", d.count());
          node.put("total", d.total());
          putOrNull(node, "median", d.median());
          putOrNull(node, "mean", d.mean());
          putOrNull(node, "min", d.min().map(BigDecimal::valueOf));
          putOrNull(node, "max", d.max().map(BigDecimal::valueOf));
        }
        case BY_ROLE -> {
          putProportion(node.putObject("allRoles"), metrics.proportion(metric));
          ObjectNode byRole = node.putObject("byRole");
          for (Map.Entry<PartyRole, Proportion> role : rolesCounted(metrics, metric)) {
            putProportion(byRole.putObject(role.getKey().name()), role.getValue());
          }
        }
      }
    }
    ArrayNode funnel = document.putArray("funnel");
    for (FunnelStep step : metrics.funnel()) {
      ObjectNode node = funnel.addObject();
      node.put("stage", step.stage().name());
      node.put("metric", step.stage().metric().name());
      node.put("count", step.count());
      node.put("referrals", step.referrals());
      putOrNull(node, "percentOfReferrals", step.ofReferrals().percent());
      node.put("inOrder", step.inOrder());
      node.put("previousInOrder", step.previousInOrder());
      putOrNull(node, "conversionPercent", step.conversion().percent());
    }
    return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(document);
  }

  private static void putProportion(ObjectNode node, Proportion p) {
    node.put("numerator", p.numerator());
    node.put("denominator", p.denominator());
    putOrNull(node, "percent", p.percent());
  }

  private static void putOrNull(ObjectNode node, String name, Optional<BigDecimal> value) {
    if (value.isPresent()) {
      node.put(name, value.get());
    } else {
      node.putNull(name);
    }
  }

  // ---------------------------------------------------------------- csv

  /** The rows of {@code --format csv}, without the header. */
  static List<List<String>> csvRows(CohortMetrics metrics) {
    List<List<String>> rows = new ArrayList<>();
    for (StandardMetric metric : StandardMetric.values()) {
      switch (metric.kind()) {
        case PROPORTION -> rows.add(proportionRow(metric.name(), "", metrics.proportion(metric)));
        case DAYS -> {
          DaySummary d = metrics.days(metric);
          rows.add(
              List.of(
                  metric.name(),
                  "",
                  "",
                  "",
                  "",
                  Long.toString(d.count()),
                  d.median().map(BigDecimal::toPlainString).orElse(""),
                  d.mean().map(BigDecimal::toPlainString).orElse(""),
                  d.min().map(String::valueOf).orElse(""),
                  d.max().map(String::valueOf).orElse("")));
        }
        case BY_ROLE -> {
          List<Map.Entry<PartyRole, Proportion>> counted = rolesCounted(metrics, metric);
          if (counted.isEmpty()) {
            rows.add(proportionRow(metric.name(), "", Proportion.of(0, 0)));
          }
          for (Map.Entry<PartyRole, Proportion> role : counted) {
            rows.add(proportionRow(metric.name(), role.getKey().name(), role.getValue()));
          }
        }
      }
    }
    for (FunnelStep step : metrics.funnel()) {
      String code = "FUNNEL_" + step.stage().name();
      rows.add(proportionRow(code, "", step.ofReferrals()));
      rows.add(proportionRow(code + "_IN_ORDER", "", step.conversion()));
    }
    return rows;
  }

  private static List<String> proportionRow(String metric, String role, Proportion p) {
    return List.of(
        metric,
        role,
        Long.toString(p.numerator()),
        Long.toString(p.denominator()),
        p.percent().map(BigDecimal::toPlainString).orElse(""),
        "",
        "",
        "",
        "",
        "");
  }

  private static void printCsv(CohortMetrics metrics, PrintStream out) {
    // Not closed: closing would close standard output.
    BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    try {
      ResearchCsv.write(writer, CSV_HEADER, csvRows(metrics));
      writer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---------------------------------------------------------------- chart

  private static void writeChart(CohortMetrics metrics, Path file) {
    try {
      Files.writeString(
          file, FunnelChart.svg(metrics.funnel(), metrics.referrals()), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new CommandFailure(
          RestorativeCommand.UNREADABLE,
          "cannot write the chart " + file + ": " + RestorativeCommand.describe(e, file));
    }
  }
}
