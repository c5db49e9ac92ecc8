package org.restorative.examples.research;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restorative.core.metrics.CohortMetrics;
import org.restorative.core.metrics.FunnelStage;
import org.restorative.core.metrics.FunnelStep;
import org.restorative.core.metrics.Proportion;
import org.restorative.core.metrics.StandardMetric;
import org.restorative.core.party.PartyRole;
import org.restorative.core.rules.Policy;
import org.restorative.core.synthetic.SyntheticCases;
import org.restorative.json.PolicyJson;
import org.restorative.json.PolicyReadResult;
import org.restorative.research.ResearchTable;
import org.restorative.research.ResearchTables;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the researcher's script, {@code examples/research.jsh}, as JShell would: in-process, through
 * the JDK's JShell API with the local execution engine, snippet by snippet, into a temporary output
 * folder, with the example policy file. The script is compiled against the published modules and
 * what they need only — restorative-core, restorative-research, restorative-json, Commons CSV and
 * Jackson; no picocli, no command-line tool — as a researcher's class path would hold. Then reads
 * the CSV it wrote as R or pandas would.
 */
class ResearchScriptTest {

  /** The script, from the repository root; Surefire runs in the module's folder. */
  private static final Path SCRIPT = Path.of("..", "examples", "research.jsh");

  /** The example policy file the script reads. */
  static final Path EXAMPLE_POLICY = Path.of("..", "examples", "policy.json");

  /** The published schema of policy files. */
  private static final Path POLICY_SCHEMA =
      Path.of("..", "docs", "schema", "restorative-policy-1.schema.json");

  /** The system properties the script reads its output folder and its policy file from. */
  private static final String OUTPUT_PROPERTY = "research.output";

  private static final String POLICY_PROPERTY = "research.policy";

  /**
   * The class path entries a researcher needs for the tables: the two modules and their runtime
   * dependencies.
   */
  static final List<String> RESEARCHER =
      List.of(
          "restorative-core",
          "restorative-research",
          "vavr",
          "jspecify",
          "commons-csv",
          "commons-io",
          "commons-codec");

  /** And for a policy file or case records: restorative-json and Jackson. */
  static final List<String> RESEARCHER_WITH_JSON =
      concat(
          RESEARCHER,
          List.of("restorative-json", "jackson-databind", "jackson-core", "jackson-annotations"));

  @TempDir static Path output;

  private static @Nullable JShellSession session;
  private static String printed = "";
  private static @Nullable CohortMetrics cohort;

  @BeforeAll
  static void the_script_runs_in_jshell() throws IOException {
    String script = Files.readString(SCRIPT, StandardCharsets.UTF_8);
    System.setProperty(OUTPUT_PROPERTY, output.toString());
    System.setProperty(POLICY_PROPERTY, EXAMPLE_POLICY.toString());
    try {
      session = JShellSession.local(RESEARCHER_WITH_JSON);
      session.run(script);
    } finally {
      System.clearProperty(OUTPUT_PROPERTY);
      System.clearProperty(POLICY_PROPERTY);
    }
    printed = session.printed();
  }

  @AfterAll
  static void the_session_ends() {
    if (session != null) {
      session.close();
    }
  }

  @Test
  void the_script_is_compiled_with_the_published_modules_and_no_tool_on_its_class_path() {
    assertThat(theSession().classPath())
        .anySatisfy(e -> assertThat(e).contains("restorative-research"))
        .anySatisfy(e -> assertThat(e).contains("restorative-core"))
        .anySatisfy(e -> assertThat(e).contains("restorative-json"))
        .anySatisfy(e -> assertThat(e).contains("commons-csv"))
        .anySatisfy(e -> assertThat(e).contains("jackson-databind"))
        .noneSatisfy(e -> assertThat(e).containsAnyOf("picocli", "restorative-examples"));
  }

  @Test
  void the_example_policy_file_is_valid_against_the_published_schema() throws IOException {
    Schema schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(Files.readString(POLICY_SCHEMA, StandardCharsets.UTF_8));

    String policy = Files.readString(EXAMPLE_POLICY, StandardCharsets.UTF_8);

    assertThat(schema.validate(JsonMapper.builder().build().readTree(policy))).isEmpty();
  }

  @Test
  void the_script_reads_the_policy_file_and_counts_the_cohort_in_its_zone() throws IOException {
    PolicyReadResult read = PolicyJson.strict().read(Files.readAllBytes(EXAMPLE_POLICY));
    Policy policy = read.policy().orElseThrow();

    assertThat(read.problems()).isEmpty();
    assertThat(policy).isNotEqualTo(Policy.standard());
    assertThat(printed)
        .startsWith(
            "Policy " + EXAMPLE_POLICY + ": read, zone " + policy.zone() + System.lineSeparator());
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
    assertThat(theSession().snippets()).isGreaterThan(10);
    assertThat(theSession().rejected()).isEmpty();
    assertThat(theSession().failed()).isEmpty();
    assertThat(theSession().commands()).containsExactly("/exit");
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

  /** The script's session. */
  private static JShellSession theSession() {
    assertThat(session).isNotNull();
    return session;
  }

  /** The script's cohort, counted here directly with the library, in the example policy's zone. */
  private static CohortMetrics theCohort() throws IOException {
    if (cohort == null) {
      Policy policy =
          PolicyJson.strict().read(Files.readAllBytes(EXAMPLE_POLICY)).policy().orElseThrow();
      CohortMetrics.Tally tally = CohortMetrics.tally(policy.zone());
      SyntheticCases.seeded(7).cohort(2000).forEach(tally::add);
      cohort = tally.result();
    }
    return cohort;
  }

  private static List<String> concat(List<String> first, List<String> second) {
    return Stream.concat(first.stream(), second.stream()).toList();
  }
}
