// The researcher's example: the referral funnel and participant satisfaction by role of a cohort,
// printed and written as CSV that R (read.csv, readr) and pandas read as it is.
//
//   ./restorative --help          (builds restorative-examples/target/restorative.jar)
//   jshell --class-path restorative-examples/target/restorative.jar examples/research.jsh
//
// The cohort is synthetic: 2,000 invented cases from seed 7, the same on every machine. To count
// your own records, read them instead with org.restorative.json.CaseJson (readNdjson) and add each
// case to the tally. The CSV files go to research-output/ (or the folder named by the system
// property research.output) and are RFC 4180: a header row, commas, CRLF, quotes where needed.

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.restorative.core.metrics.CohortMetrics;
import org.restorative.core.metrics.FunnelStep;
import org.restorative.core.metrics.Proportion;
import org.restorative.core.metrics.StandardMetric;
import org.restorative.core.party.PartyRole;
import org.restorative.core.synthetic.SyntheticCases;

// Count the cohort: the tally keeps counters only, never the cases.
CohortMetrics.Tally tally = CohortMetrics.tally();
SyntheticCases.withSeed(7).cohort(2000).forEach(tally::add);
CohortMetrics metrics = tally.result();

// One CSV field as RFC 4180 writes it: quoted when it holds a comma, a quote or a line break.
String field(String value) {
  boolean quote =
      value.contains(",") || value.contains("\"") || value.contains("\r") || value.contains("\n");
  return quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
}

String csvRecord(List<String> fields) {
  List<String> quoted = new ArrayList<>();
  for (String f : fields) {
    quoted.add(field(f));
  }
  return String.join(",", quoted) + "\r\n";
}

// A percentage for the table; empty (NA in R, NaN in pandas) when nothing was counted.
String percent(Proportion p) {
  return p.percent().map(BigDecimal::toPlainString).orElse("");
}

Path out = Path.of(System.getProperty("research.output", "research-output"));
Files.createDirectories(out);

// The funnel: referral, contact, consent, meeting, agreement, fulfilled.
System.out.printf("Referral funnel of %d cases (seed 7)%n", metrics.referrals());
System.out.printf(
    "%-10s %6s %8s %14s %11s%n", "step", "cases", "in order", "of referrals", "conversion");
StringBuilder funnelCsv =
    new StringBuilder(
        csvRecord(
            List.of(
                "step",
                "cases",
                "cases_in_order",
                "referrals",
                "percent_of_referrals",
                "previous_in_order",
                "conversion_percent")));
for (FunnelStep step : metrics.funnel()) {
  System.out.printf(
      "%-10s %6d %8d %13s%% %10s%%%n",
      step.stage(), step.count(), step.inOrder(), percent(step.ofReferrals()),
      percent(step.conversion()));
  funnelCsv.append(
      csvRecord(
          List.of(
              step.stage().name(),
              Long.toString(step.count()),
              Long.toString(step.inOrder()),
              Long.toString(step.referrals()),
              percent(step.ofReferrals()),
              Long.toString(step.previousInOrder()),
              percent(step.conversion()))));
}
Files.writeString(out.resolve("funnel.csv"), funnelCsv.toString(), StandardCharsets.UTF_8);

// Satisfaction by the role the participant held: satisfied or very satisfied, of the completed
// evaluations of participants who took part to the end (StandardMetric.SATISFIED_BY_ROLE).
System.out.println();
System.out.println(StandardMetric.SATISFIED_BY_ROLE.title() + " (roles with respondents)");
StringBuilder satisfactionCsv =
    new StringBuilder(csvRecord(List.of("role", "satisfied", "respondents", "percent_satisfied")));
for (Map.Entry<PartyRole, Proportion> entry :
    metrics.byRole(StandardMetric.SATISFIED_BY_ROLE).entrySet()) {
  Proportion p = entry.getValue();
  if (p.hasDenominator()) {
    System.out.printf("  %-32s %s%n", entry.getKey(), p.display());
  }
  satisfactionCsv.append(
      csvRecord(
          List.of(
              entry.getKey().name(),
              Long.toString(p.numerator()),
              Long.toString(p.denominator()),
              percent(p))));
}
Files.writeString(
    out.resolve("satisfaction-by-role.csv"), satisfactionCsv.toString(), StandardCharsets.UTF_8);

System.out.println();
System.out.println("Written: " + out.resolve("funnel.csv"));
System.out.println("Written: " + out.resolve("satisfaction-by-role.csv"));
/exit
