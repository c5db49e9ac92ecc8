package org.restorative.research;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.casefile.Stage;
import org.restorative.core.privacy.FieldSensitivity;
import org.restorative.core.synthetic.SyntheticCases;
import org.restorative.json.CaseJson;
import org.restorative.json.ReadResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A sentinel planted in every text of generated cases whose attribute the sensitivity table classes
 * as sensitive — names, narratives, notes, accounts, answers, descriptions, references, and a
 * trust's local severity grade and scale name — reaches no table.
 */
class NoFreeTextTest {

  private static final String SENTINEL = "Zq7Sentinel";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** The names of the attributes classed sensitive, anywhere in the model. */
  private static final Set<String> SENSITIVE =
      FieldSensitivity.all().stream()
          .filter(f -> f.sensitivity().isSensitive())
          .map(FieldSensitivity::attribute)
          .collect(Collectors.toSet());

  private final Set<String> planted = new TreeSet<>();
  private int counter;

  /** Plants the sentinel in every text held by a sensitive attribute; grades severities locally. */
  private void plant(JsonNode node) {
    if (node instanceof ObjectNode object) {
      if (object.has("scale") && object.has("grade")) {
        object.put("scale", "LOCAL");
        object.put("localScale", SENTINEL + "-" + ++counter);
        object.put("grade", SENTINEL + "-" + ++counter);
        planted.add("grade");
      }
      for (Map.Entry<String, JsonNode> property : object.properties()) {
        String name = property.getKey();
        JsonNode value = property.getValue();
        if (value.isString() && SENSITIVE.contains(name) && isText(value.stringValue())) {
          object.put(name, SENTINEL + "-" + ++counter);
          planted.add(name);
        } else if (value instanceof ArrayNode items && SENSITIVE.contains(name)) {
          for (int i = 0; i < items.size(); i++) {
            if (items.get(i).isString() && isText(items.get(i).stringValue())) {
              items.set(i, items.stringNode(SENTINEL + "-" + ++counter));
              planted.add(name);
            } else {
              plant(items.get(i));
            }
          }
        } else {
          plant(value);
        }
      }
    } else if (node instanceof ArrayNode items) {
      items.forEach(this::plant);
    }
  }

  /**
   * Free text, not a code ({@code PERSON_HARMED}) or a date: attributes share names across types.
   */
  private static boolean isText(String value) {
    return !value.matches("[A-Z0-9_]+") && !value.matches("\\d{4}-\\d{2}-\\d{2}.*");
  }

  @Test
  void no_sensitive_text_planted_in_the_cases_reaches_any_table() throws IOException {
    Map<ResearchTable, StringBuilder> outputs = new LinkedHashMap<>();
    int cases = 0;
    try (ResearchTableWriter writer =
        ResearchTableWriter.of(t -> outputs.computeIfAbsent(t, x -> new StringBuilder()))) {
      for (long seed = 1; seed <= 3; seed++) {
        for (Stage stage : Stage.values()) {
          RestorativeCase generated = SyntheticCases.seeded(seed).caseAt(stage, 0);
          ObjectNode document = (ObjectNode) JSON.readTree(CaseJson.strict().write(generated));
          plant(document);
          ReadResult read = CaseJson.strict().read(JSON.writeValueAsString(document));
          assertThat(read.problems()).as("the planted case reads as it is").isEmpty();
          writer.write(read.restorativeCase().orElseThrow());
          cases++;
        }
      }
    }

    assertThat(cases).isEqualTo(3 * Stage.values().length);
    assertThat(planted)
        .contains("name", "narrative", "notes", "grade", "description", "answer")
        .hasSizeGreaterThan(10);
    for (Map.Entry<ResearchTable, StringBuilder> table : outputs.entrySet()) {
      assertThat(table.getValue().toString()).as(table.getKey().file()).doesNotContain(SENTINEL);
    }
    assertThat(outputs.get(ResearchTables.CASES).toString()).contains(",LOCAL,");
  }
}
