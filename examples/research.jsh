// The researcher's example: the research tables of a cohort (cases, parties, meetings, actions,
// evaluations and their data dictionary), its referral funnel and participant satisfaction by role,
// printed and written as CSV that R (read.csv, readr) and pandas read as it is.
//
//   ./restorative --help          (builds restorative-examples/target/restorative.jar)
//   jshell --class-path restorative-examples/target/restorative.jar examples/research.jsh
//
// The script uses restorative-core and restorative-research only (which need vavr, JSpecify and
// Apache Commons CSV, not the command-line tool); the tool's jar holds them all.
//
// The cohort is synthetic: 2,000 invented cases from seed 7, the same on every machine. To use your
// own records, read them instead with org.restorative.json.CaseJson (readNdjson). Everything goes to
// research-output/ (or the folder named by the system property research.output): the tables in
// tables/, and funnel.csv and satisfaction-by-role.csv, all RFC 4180 (a header row, commas, CRLF,
// quotes where needed) through ResearchCsv.

import java.math.BigDecimal;
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
import org.restorative.research.ResearchCsv;
import org.restorative.research.ResearchTableWriter;

Path out = Path.of(System.getProperty("research.output", "research-output"));
Files.createDirectories(out);

// One pass over the cohort: each case is counted by the tally (which keeps counters only) and its
// rows written to the research tables, then let go, so memory stays flat for any cohort.
CohortMetrics.Tally tally = CohortMetrics.tally();
try (ResearchTableWriter tables = ResearchTableWriter.open(out.resolve("tables"))) {
  tables.writeAll(SyntheticCases.seeded(7).cohort(2000).peek(tally::add));
}
CohortMetrics metrics = tally.result();

// A percentage for the table; empty (NA in R, NaN in pandas) when nothing was counted.
String percent(Proportion p) {
  return p.percent().map(BigDecimal::toPlainString).orElse("");
}

// The funnel: referral, contact, consent, meeting, agreement, fulfilled.
System.out.printf("Referral funnel of %d cases (seed 7)%n", metrics.referrals());
System.out.printf(
    "%-10s %6s %8s %14s %11s%n", "step", "cases", "in order", "of referrals", "conversion");
List<List<String>> funnelRows = new ArrayList<>();
for (FunnelStep step : metrics.funnel()) {
  System.out.printf(
      "%-10s %6d %8d %13s%% %10s%%%n",
      step.stage(), step.count(), step.inOrder(), percent(step.ofReferrals()),
      percent(step.conversion()));
  funnelRows.add(
      List.of(
          step.stage().name(),
          Long.toString(step.count()),
          Long.toString(step.inOrder()),
          Long.toString(step.referrals()),
          percent(step.ofReferrals()),
          Long.toString(step.previousInOrder()),
          percent(step.conversion())));
}
ResearchCsv.write(
    out.resolve("funnel.csv"),
    List.of(
        "step",
        "cases",
        "cases_in_order",
        "referrals",
        "percent_of_referrals",
        "previous_in_order",
        "conversion_percent"),
    funnelRows);

// Satisfaction by the role the participant held: satisfied or very satisfied, of the completed
// evaluations of participants who took part to the end (StandardMetric.SATISFIED_BY_ROLE).
System.out.println();
System.out.println(StandardMetric.SATISFIED_BY_ROLE.title() + " (roles with respondents)");
List<List<String>> satisfactionRows = new ArrayList<>();
for (Map.Entry<PartyRole, Proportion> entry :
    metrics.byRole(StandardMetric.SATISFIED_BY_ROLE).entrySet()) {
  Proportion p = entry.getValue();
  if (p.hasDenominator()) {
    System.out.printf("  %-32s %s%n", entry.getKey(), p.display());
  }
  satisfactionRows.add(
      List.of(
          entry.getKey().name(),
          Long.toString(p.numerator()),
          Long.toString(p.denominator()),
          percent(p)));
}
ResearchCsv.write(
    out.resolve("satisfaction-by-role.csv"),
    List.of("role", "satisfied", "respondents", "percent_satisfied"),
    satisfactionRows);

System.out.println();
System.out.println("Written: " + out.resolve("tables") + " (the research tables and data-dictionary.csv)");
System.out.println("Written: " + out.resolve("funnel.csv"));
System.out.println("Written: " + out.resolve("satisfaction-by-role.csv"));
/exit
