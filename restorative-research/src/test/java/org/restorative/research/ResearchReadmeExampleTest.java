package org.restorative.research;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restorative.core.synthetic.SyntheticCases;

/** The README's research example, compiled and run; the README must show it verbatim. */
class ResearchReadmeExampleTest {

  @TempDir Path dir;

  @Test
  void the_readme_research_example_writes_the_tables_and_the_dictionary() throws IOException {
    Path tables = dir.resolve("tables");
    // README-RESEARCH-EXAMPLE-START
    try (ResearchTableWriter writer = ResearchTableWriter.open(tables)) {
      writer.writeAll(SyntheticCases.seeded(7).cohort(2000));
    }
    List<String> parties = ResearchTables.PARTIES.header(); // case_id, party_id, role, ...
    List<List<String>> dictionary = ResearchTables.dictionary(); // also in data-dictionary.csv
    // README-RESEARCH-EXAMPLE-END

    assertThat(Files.readAllLines(tables.resolve("cases.csv"), StandardCharsets.UTF_8))
        .hasSize(2001);
    assertThat(parties).startsWith("case_id", "party_id", "role");
    assertThat(Files.readAllLines(tables.resolve("data-dictionary.csv"), StandardCharsets.UTF_8))
        .hasSize(dictionary.size() + 1);
  }

  @Test
  void the_readme_shows_the_research_example_verbatim() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    List<String> source =
        Files.readAllLines(
            Path.of("src/test/java/org/restorative/research/ResearchReadmeExampleTest.java"),
            StandardCharsets.UTF_8);
    int start = source.indexOf("    // README-RESEARCH-EXAMPLE-" + "START") + 1;
    int end = source.indexOf("    // README-RESEARCH-EXAMPLE-" + "END");
    assertThat(end).isGreaterThan(start);
    for (String line : source.subList(start, end)) {
      assertThat(readme).contains(line.length() >= 4 ? line.substring(4) : line.strip());
    }
  }
}
