// The researcher's example: the research tables of a cohort (cases, parties, meetings, actions,
// evaluations and their data dictionary), its referral funnel and participant satisfaction by role,
// counted in the zone of a trust's policy file, printed and written as CSV that R (read.csv, readr)
// and pandas read as it is.
//
//   ./restorative --help          (builds restorative-examples/target/restorative.jar)
//   jshell --class-path restorative-examples/target/restorative.jar examples/research.jsh
//
// The script uses the library's public API only: restorative-core, restorative-research (which
// needs Apache Commons CSV) and, for the policy file, restorative-json (which needs Jackson); not the
// command-line tool. The tool's jar holds them all.
//
// The policy is examples/policy.json (or the file named by the system property research.policy),
// a trust's settings as the command-line tool's validate --policy reads them; its values are
// examples, not advice. Each problem of the file is printed with its code and JSON Pointer, and the
// standard policy is used when the file cannot be read.
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
import org.restorative.core.rules.Policy;
import org.restorative.core.synthetic.SyntheticCases;
import org.restorative.json.PolicyJson;
import org.restorative.json.PolicyReadResult;
import org.restorative.research.ResearchCsv;
import org.restorative.research.ResearchTableWriter;

Path out = Path.of(System.getProperty("research.output", "research-output"));
Files.createDirectories(out);

// The trust's policy: its zone is the one in which days between stages are counted.
Path policyFile = Path.of(System.getProperty("research.policy", "examples/policy.json"));
PolicyReadResult policyRead = PolicyJson.strict().read(Files.readAllBytes(policyFile));
// (jshell runs a line that is a whole expression by itself, so a chain here never starts a line.)
policyRead.problems().forEach(
    p -> System.out.println(p.code() + " at " + p.path() + ": " + p.message()));
Policy policy = policyRead.policy().orElse(Policy.standard());
System.out.printf(
    "Policy %s: %s, zone %s%n%n",
    policyFile,
    policyRead.isRead() ? "read" : "not read, the standard policy is used",
    policy.zone());

// One pass over the cohort: each case is counted by the tally (which keeps counters only) and its
// rows written to the research tables, then let go, so memory stays flat for any cohort.
CohortMetrics.Tally tally = CohortMetrics.tally(policy.zone());
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
