package org.restorative.examples.research;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restorative.core.metrics.CohortMetrics;
import org.restorative.core.metrics.FunnelStage;
import org.restorative.core.metrics.FunnelStep;
import org.restorative.core.metrics.Proportion;
import org.restorative.core.metrics.StandardMetric;
import org.restorative.core.party.PartyRole;
import org.restorative.core.synthetic.SyntheticCases;
import org.restorative.research.ResearchTable;
import org.restorative.research.ResearchTables;

/**
 * Runs the researcher's script, {@code examples/research.jsh}, as JShell would: in-process, through
 * the JDK's JShell API with the local execution engine, snippet by snippet, into a temporary output
 * folder. The script is compiled against restorative-core, restorative-research and what they need
 * only — no picocli, no command-line tool, no JSON — as a researcher's class path would hold. Then
 * reads the CSV it wrote as R or pandas would.
 */
class ResearchScriptTest {

  /** The script, from the repository root; Surefire runs in the module's folder. */
  private static final Path SCRIPT = Path.of("..", "examples", "research.jsh");

  /** The system property the script reads its output folder from. */
  private static final String OUTPUT_PROPERTY = "research.output";

  /** The class path entries a researcher needs: the two modules and their runtime dependencies. */
  private static final List<String> RESEARCHER =
      List.of(
          "restorative-core",
          "restorative-research",
          "vavr",
          "jspecify",
          "commons-csv",
          "commons-io",
          "commons-codec");

  @TempDir static Path output;

  private static final List<String> classPath = new ArrayList<>();

  private static final List<String> rejected = new ArrayList<>();
  private static final List<String> failed = new ArrayList<>();
  private static final List<String> commands = new ArrayList<>();
  private static String printed = "";
  private static int snippets;
  private static @Nullable CohortMetrics cohort;

  @BeforeAll
  static void the_script_runs_in_jshell() throws IOException {
    String script = Files.readString(SCRIPT, StandardCharsets.UTF_8);
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    PrintStream consoleOut = new PrintStream(console, true, StandardCharsets.UTF_8);
    PrintStream systemOut = System.out;
    System.setProperty(OUTPUT_PROPERTY, output.toString());
    // The local engine runs snippets in this JVM, so they print on this JVM's standard output.
    System.setOut(consoleOut);
    try (JShell shell =
        JShell.builder().executionEngine("local").out(consoleOut).err(consoleOut).build()) {
      for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
        // A jar in the local repository (vavr-1.0.1.jar) or a module's build folder in the reactor.
        String name = Path.of(entry).getFileName().toString();
        if (RESEARCHER.stream()
            .anyMatch(r -> name.startsWith(r) || entry.contains(File.separator + r + File.separator))) {
          classPath.add(entry);
          shell.addToClasspath(entry);
        }
      }
      run(shell, script);
    } finally {
      System.setOut(systemOut);
      System.clearProperty(OUTPUT_PROPERTY);
    }
    printed = console.toString(StandardCharsets.UTF_8);
  }

  /** Evaluates the script snippet by snippet, as JShell's own loader of a file does. */
  private static void run(JShell shell, String script) {
    SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
    String remaining = script;
    while (!remaining.isBlank()) {
      String start = remaining.stripLeading();
      if (start.startsWith("/") && !start.startsWith("//") && !start.startsWith("/*")) {
        int end = start.indexOf('\n');
        commands.add((end < 0 ? start : start.substring(0, end)).strip());
        remaining = end < 0 ? "" : start.substring(end + 1);
        continue;
      }
      SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
      if (info.completeness() == Completeness.EMPTY) {
        break;
      }
      assertThat(info.completeness().isComplete())
          .as("the script ends in an incomplete snippet: %s", info.remaining())
          .isTrue();
      for (SnippetEvent event : shell.eval(info.source())) {
        if (event.status() == Snippet.Status.REJECTED) {
          List<String> diagnostics =
              shell.diagnostics(event.snippet()).map(d -> d.getMessage(null)).toList();
          rejected.add(event.snippet().source() + " " + diagnostics);
        }
        if (event.exception() != null) {
          failed.add(event.snippet().source() + " threw " + event.exception());
        }
      }
      snippets++;
      remaining = info.remaining();
    }
  }

  @Test
  void the_script_is_compiled_with_the_research_modules_and_no_tool_on_its_class_path() {
    assertThat(classPath)
        .anySatisfy(e -> assertThat(e).contains("restorative-research"))
        .anySatisfy(e -> assertThat(e).contains("restorative-core"))
        .anySatisfy(e -> assertThat(e).contains("commons-csv"))
        .noneSatisfy(
            e ->
                assertThat(e)
                    .containsAnyOf("picocli", "restorative-examples", "restorative-json", "jackson"));
  }

  @Test
  void the_research_tables_and_their_dictionary_are_written_for_the_whole_cohort()
      throws IOException {
    Path tables = output.resolve("tables");
    List<String> cases = csvRows(tables.resolve("cases.csv"));

    assertThat(cases).hasSize(2001);
    assertThat(cases.get(0)).isEqualTo(String.join(",", ResearchTables.CASES.header()));
    for (ResearchTable table : ResearchTables.ALL) {
      assertThat(tables.resolve(table.file())).isNotEmptyFile();
    }
    assertThat(Files.readString(tables.resolve("data-dictionary.csv"), StandardCharsets.UTF_8))
        .startsWith("table,column,type,description\r\n")
        .contains("parties.csv,age_band,code,");
  }

  @Test
  void every_snippet_of_the_script_is_accepted_and_runs_without_an_exception() {
    assertThat(snippets).isGreaterThan(10);
    assertThat(rejected).isEmpty();
    assertThat(failed).isEmpty();
    assertThat(commands).containsExactly("/exit");
  }

  @Test
  void the_funnel_is_written_as_csv_with_a_header_and_six_steps_in_order() throws IOException {
    List<String> rows = csvRows(output.resolve("funnel.csv"));

    assertThat(rows.get(0))
        .isEqualTo(
            "step,cases,cases_in_order,referrals,percent_of_referrals,previous_in_order,"
                + "conversion_percent");
    assertThat(rows.subList(1, rows.size()))
        .hasSize(6)
        .extracting(r -> r.split(",", -1)[0])
        .containsExactly(
            Arrays.stream(FunnelStage.values()).map(Enum::name).toArray(String[]::new));
    assertThat(rows.get(1)).isEqualTo("REFERRAL,2000,2000,2000,100.0,2000,100.0");
  }

  @Test
  void the_funnel_figures_are_the_librarys_own() throws IOException {
    List<String> rows = csvRows(output.resolve("funnel.csv"));
    List<FunnelStep> funnel = theCohort().funnel();

    for (int i = 0; i < funnel.size(); i++) {
      FunnelStep step = funnel.get(i);
      assertThat(rows.get(i + 1))
          .startsWith(
              step.stage() + "," + step.count() + "," + step.inOrder() + "," + step.referrals());
    }
  }

  @Test
  void satisfaction_is_written_per_role_with_its_denominator() throws IOException {
    List<String> rows = csvRows(output.resolve("satisfaction-by-role.csv"));
    Proportion harmed =
        theCohort().byRole(StandardMetric.SATISFIED_BY_ROLE).get(PartyRole.PERSON_HARMED);

    assertThat(rows.get(0)).isEqualTo("role,satisfied,respondents,percent_satisfied");
    assertThat(rows.subList(1, rows.size()))
        .extracting(r -> r.split(",", -1)[0])
        .containsExactly(Arrays.stream(PartyRole.values()).map(Enum::name).toArray(String[]::new));
    assertThat(rows)
        .contains(
            "PERSON_HARMED,"
                + harmed.numerator()
                + ","
                + harmed.denominator()
                + ","
                + harmed.percent().orElseThrow().toPlainString(),
            "REPRESENTATIVE_OF_HARMED,0,0,");
  }

  @Test
  void the_script_prints_the_funnel_and_satisfaction_and_where_it_wrote_them() {
    assertThat(printed)
        .contains("Referral funnel of 2000 cases (seed 7)")
        .contains("FULFILLED")
        .contains(StandardMetric.SATISFIED_BY_ROLE.title())
        .contains("Written: " + output.resolve("tables"))
        .contains("Written: " + output.resolve("funnel.csv"))
        .contains("Written: " + output.resolve("satisfaction-by-role.csv"));
  }

  /** The rows of an RFC 4180 file with no quoted line breaks: CRLF after every record. */
  private static List<String> csvRows(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(text).endsWith("\r\n");
    assertThat(text.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
    return List.of(text.split("\r\n"));
  }

  /** The script's cohort, counted here directly with the library. */
  private static CohortMetrics theCohort() {
    if (cohort == null) {
      CohortMetrics.Tally tally = CohortMetrics.tally();
      SyntheticCases.seeded(7).cohort(2000).forEach(tally::add);
      cohort = tally.result();
    }
    return cohort;
  }
}
