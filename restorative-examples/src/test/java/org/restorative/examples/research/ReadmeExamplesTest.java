package org.restorative.examples.research;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restorative.core.rules.Policy;
import org.restorative.json.PolicyJson;
import org.restorative.json.PolicyReadResult;
import org.restorative.research.ResearchTable;
import org.restorative.research.ResearchTables;

/**
 * The README's code cannot drift from the API. Its JShell examples (blocks fenced as {@code java
 * jshell}) are run here as a researcher runs them: each in a JShell of its own, in a folder of its
 * own, with the modules it needs only on the class path; every other Java example is copied from a
 * test that compiles and runs it.
 */
class ReadmeExamplesTest {

  private static final Path README = Path.of("..", "README.md");

  /** The opening fence of a JShell example: Java, to the reader's eye, and marked for this test. */
  private static final String JSHELL_FENCE = "```java jshell";

  /** A researcher's folder: the session's relative paths resolve in it. */
  @TempDir Path folder;

  @Test
  void the_readme_shows_a_session_that_writes_the_tables_and_one_that_reads_a_policy()
      throws IOException {
    assertThat(jshellExamples())
        .hasSize(2)
        .satisfiesExactly(
            tables -> assertThat(tables).contains("ResearchTableWriter.open(Path.of(\"tables\"))"),
            policy -> assertThat(policy).contains("PolicyJson.strict().read("));
  }

  @Test
  void the_tables_example_writes_the_five_tables_and_the_dictionary_with_core_and_research_only()
      throws IOException {
    String example = jshellExamples().get(0);
    try (JShellSession session = JShellSession.remote(ResearchScriptTest.RESEARCHER, folder)) {
      session.run(example);

      assertThat(session.rejected()).isEmpty();
      assertThat(session.failed()).isEmpty();
      assertThat(session.classPath()).noneSatisfy(e -> assertThat(e).contains("restorative-json"));
      assertThat(session.value("parties")).isEqualTo(ResearchTables.PARTIES.header().toString());
      assertThat(session.value("dictionary.size()"))
          .isEqualTo(Integer.toString(ResearchTables.dictionary().size()));
    }
    Path tables = folder.resolve("tables");
    for (ResearchTable table : ResearchTables.ALL) {
      assertThat(firstLine(tables.resolve(table.file())))
          .isEqualTo(String.join(",", table.header()));
    }
    assertThat(Files.readAllLines(tables.resolve("cases.csv"), StandardCharsets.UTF_8))
        .hasSize(2001);
    assertThat(firstLine(tables.resolve("data-dictionary.csv")))
        .isEqualTo("table,column,type,description");
    assertThat(Files.readAllLines(tables.resolve("data-dictionary.csv"), StandardCharsets.UTF_8))
        .hasSize(ResearchTables.dictionary().size() + 1);
  }

  @Test
  void the_policy_example_reads_the_example_policy_file_and_counts_in_its_zone()
      throws IOException {
    Path file = Files.createDirectories(folder.resolve("examples")).resolve("policy.json");
    Files.copy(ResearchScriptTest.EXAMPLE_POLICY, file);
    Policy expected = PolicyJson.strict().read(Files.readAllBytes(file)).policy().orElseThrow();
    String written = PolicyJson.strict().write(expected);

    try (JShellSession session = policySession()) {
      assertThat(session.printed()).isEmpty();
      assertThat(session.value("policy.equals(Policy.standard())")).isEqualTo("false");
      assertThat(session.value("PolicyJson.strict().write(policy).equals(" + quoted(written) + ")"))
          .isEqualTo("true");
      assertThat(session.value("tally.result().zone()")).isEqualTo(expected.zone().toString());
      assertThat(session.value("tally.result().referrals()")).isEqualTo("2000");
    }
  }

  @Test
  void the_policy_example_prints_each_problem_by_code_and_pointer_and_never_a_value()
      throws IOException {
    String broken =
        "{\"zone\": \"Mars/Olympus\", \"supervisionInterval\": \"-P1D\", \"colour\": \"red\"}";
    Path file = Files.createDirectories(folder.resolve("examples")).resolve("policy.json");
    Files.writeString(file, broken, StandardCharsets.UTF_8);
    PolicyReadResult expected = PolicyJson.strict().read(broken);

    try (JShellSession session = policySession()) {
      List<String> printed = session.printed().lines().toList();

      assertThat(expected.problems()).hasSizeGreaterThanOrEqualTo(3);
      assertThat(printed)
          .containsExactlyElementsOf(
              expected.problems().stream()
                  .map(p -> p.code() + " at " + p.path() + ": " + p.message())
                  .toList());
      assertThat(String.join("\n", printed))
          .doesNotContain("Mars")
          .doesNotContain("Olympus")
          .doesNotContain("colour")
          .doesNotContain("-P1D");
      assertThat(session.value("policy.equals(Policy.standard())")).isEqualTo("true");
    }
  }

  @Test
  void every_other_java_example_is_copied_from_a_test_that_runs_it() throws IOException {
    List<Path> tests;
    try (Stream<Path> files = Files.walk(Path.of(".."))) {
      tests =
          files
              .filter(f -> f.toString().endsWith(".java"))
              .filter(f -> f.toString().contains("src" + f.getFileSystem().getSeparator() + "test"))
              .toList();
    }
    List<List<String>> testLines = new ArrayList<>();
    for (Path test : tests) {
      testLines.add(codeLines(Files.readAllLines(test, StandardCharsets.UTF_8)));
    }
    List<List<String>> examples = javaExamples();

    assertThat(examples).hasSizeGreaterThanOrEqualTo(5);
    for (List<String> example : examples) {
      assertThat(testLines.stream().anyMatch(t -> Collections.indexOfSubList(t, example) >= 0))
          .as("the README's Java example that starts %s is copied from a test", example.get(0))
          .isTrue();
    }
  }

  /** Runs the README's policy example in a session of its own, which the caller closes. */
  private JShellSession policySession() throws IOException {
    JShellSession session = JShellSession.remote(ResearchScriptTest.RESEARCHER_WITH_JSON, folder);
    session.run(jshellExamples().get(1));
    assertThat(session.rejected()).isEmpty();
    assertThat(session.failed()).isEmpty();
    return session;
  }

  /** The README's JShell examples, each less the indent of its fence. */
  private static List<String> jshellExamples() throws IOException {
    return fenced(JSHELL_FENCE).stream().map(lines -> String.join("\n", lines) + "\n").toList();
  }

  /** The README's other Java examples, as their non-blank lines without indentation. */
  private static List<List<String>> javaExamples() throws IOException {
    return fenced("```java").stream().map(ReadmeExamplesTest::codeLines).toList();
  }

  /** The lines of each README block opened by exactly this fence, less the fence's indent. */
  private static List<List<String>> fenced(String fence) throws IOException {
    List<List<String>> blocks = new ArrayList<>();
    List<String> block = null;
    int indent = 0;
    for (String line : Files.readAllLines(README, StandardCharsets.UTF_8)) {
      if (block == null && line.strip().equals(fence)) {
        block = new ArrayList<>();
        indent = line.indexOf('`');
      } else if (block != null && line.strip().equals("```")) {
        blocks.add(block);
        block = null;
      } else if (block != null) {
        block.add(line.length() >= indent ? line.substring(indent) : line.strip());
      }
    }
    assertThat(block).as("an unclosed block in the README").isNull();
    return blocks;
  }

  private static List<String> codeLines(List<String> lines) {
    return lines.stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
  }

  private static String firstLine(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8).get(0);
  }

  /** A string as a Java literal. */
  private static String quoted(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }
}
