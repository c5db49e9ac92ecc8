package org.restorative.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restorative.core.casefile.Stage;
import org.restorative.core.privacy.FieldSensitivity;
import org.restorative.core.privacy.Sensitivity;
import org.restorative.core.synthetic.SyntheticCases;
import org.restorative.json.CaseJson;
import org.restorative.json.CaseSchema;
import org.restorative.json.ReadResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A sentinel planted in every text of generated cases that the sensitivity table classes as
 * sensitive — names, notes, narratives, accounts, references, places, a trust's local severity
 * grade and scale name — reaches neither {@code export}'s tables nor {@code pseudonymise}'s lines.
 * The texts are found from the published schema (every plain string, and every place), and each is
 * looked up in the table by its model type and attribute: a text classed {@code NONE} (a code, a
 * published wording, an organisation, a post) gets another marker, and must have its own {@code
 * NONE} row.
 */
class PlantedTextTest {

  private static final String SENTINEL = "Zq7Sentinel";
  private static final String SAFE = "Zq7None";
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final JsonNode ROOT = JSON.readTree(CaseSchema.current());
  private static final JsonNode DEFS = ROOT.get("$defs");
  private static final List<String> PACKAGES =
      List.of(
          "casefile", "harm", "party", "consent", "assessment", "questions", "process", "outcome");

  @TempDir Path dir;

  /** What was planted: each text's type and property, sensitive or not. */
  private final Set<String> plantedSensitive = new TreeSet<>();

  private final Set<String> plantedSafe = new TreeSet<>();
  private int counter;

  /**
   * Texts whose presence hangs on a code (a harm's other context only for context OTHER, an
   * impairment only when one was identified, an organisation only for a recipient that is not a
   * party, comments only on a completed evaluation, a post only for an owner that is not a party):
   * planted only where the case holds them.
   */
  private static final Set<String> COUPLED =
      Set.of(
          "Harm.otherContext",
          "CapacityAssessment.impairment",
          "Recipient.organisation",
          "Evaluation.comments",
          "PartyOrRole.role");

  private static Class<?> modelType(String definition) {
    for (String p : PACKAGES) {
      try {
        return Class.forName("org.restorative.core." + p + "." + definition);
      } catch (ClassNotFoundException e) {
        // another package
      }
    }
    throw new AssertionError("no model type for the schema's definition " + definition);
  }

  private static Optional<String> reference(JsonNode schema) {
    JsonNode ref = schema.get("$ref");
    return ref == null ? Optional.empty() : Optional.of(ref.stringValue().replace("#/$defs/", ""));
  }

  /** Plants a marker in every text of an object of the given definition, in place. */
  private void plant(ObjectNode object, String definition) {
    JsonNode schema = definition.equals("RestorativeCase") ? ROOT : DEFS.get(definition);
    if (definition.equals("HarmSeverity")) {
      object.put("scale", "LOCAL");
      object.put("localScale", "local scale");
    }
    for (Map.Entry<String, JsonNode> property : schema.get("properties").properties()) {
      String name = property.getKey();
      JsonNode declared = property.getValue();
      JsonNode present = object.get(name);
      boolean absent = present == null || present.isNull();
      JsonNode value =
          absent && isText(declared) && !COUPLED.contains(definition + "." + name)
              ? object.stringNode("")
              : present;
      if (value == null || value.isNull()) {
        continue;
      }
      if (value.isArray()) {
        ArrayNode items = (ArrayNode) value;
        for (int i = 0; i < items.size(); i++) {
          JsonNode item = items.get(i);
          Optional<String> text = marker(definition, name, declared.get("items"), item);
          if (text.isPresent()) {
            items.set(i, items.stringNode(text.get()));
          } else if (item.isObject()) {
            reference(declared.get("items")).ifPresent(d -> plant((ObjectNode) item, d));
          }
        }
      } else {
        Optional<String> text = marker(definition, name, declared, value);
        if (text.isPresent()) {
          object.put(name, text.get());
        } else if (value.isObject()) {
          reference(declared).ifPresent(d -> plant((ObjectNode) value, d));
        }
      }
    }
  }

  private static boolean isText(JsonNode declared) {
    return reference(declared).filter("Place"::equals).isPresent()
        || ("string".equals(declared.path("type").asString(""))
            && !declared.has("enum")
            && !declared.has("pattern")
            && !declared.has("format"));
  }

  /** The marker for a text value: the sentinel for a sensitive text, the safe marker for NONE. */
  private Optional<String> marker(
      String definition, String property, JsonNode declared, JsonNode value) {
    if (!value.isString()) {
      return Optional.empty();
    }
    boolean place = reference(declared).filter("Place"::equals).isPresent();
    boolean plain =
        "string".equals(declared.path("type").asString(""))
            && !declared.has("enum")
            && !declared.has("pattern")
            && !declared.has("format");
    if (!place && !plain) {
      return Optional.empty();
    }
    Class<?> type = place ? modelType("Place") : modelType(definition);
    String attribute = place ? "code" : property;
    String field = type.getSimpleName() + "." + attribute;
    counter++;
    if (place) {
      // A place is classed NONE as a code; the attribute that holds it is what is sensitive.
      assertThat(FieldSensitivity.of(modelType(definition), property).isSensitive())
          .as(definition + "." + property)
          .isTrue();
      plantedSensitive.add(definition + "." + property);
      return Optional.of(SENTINEL + "-" + counter);
    }
    Sensitivity sensitivity = FieldSensitivity.of(type, attribute);
    if (sensitivity.isSensitive()) {
      plantedSensitive.add(field);
      return Optional.of(SENTINEL + "-" + counter);
    }
    assertThat(FieldSensitivity.forType(type))
        .as("a NONE text has its own row: " + field)
        .anySatisfy(e -> assertThat(e.attribute()).isEqualTo(attribute));
    plantedSafe.add(field);
    return Optional.of(SAFE + "-" + counter);
  }

  private Path plantedCohort() {
    StringBuilder lines = new StringBuilder();
    for (long seed = 1; seed <= 3; seed++) {
      SyntheticCases synthetic = SyntheticCases.seeded(seed);
      for (Stage stage : Stage.values()) {
        for (int i = 0; i < 3; i++) {
          ObjectNode document =
              (ObjectNode) JSON.readTree(CaseJson.strict().writeLine(synthetic.caseAt(stage, i)));
          plant(document, "RestorativeCase");
          String line = JSON.writeValueAsString(document);
          ReadResult read = CaseJson.strict().read(line);
          assertThat(read.problems()).as("the planted case reads as it is").isEmpty();
          lines.append(line).append('\n');
        }
      }
    }
    return CommandFixtures.write(dir.resolve("planted.ndjson"), lines.toString());
  }

  private static String contents(Path path) throws IOException {
    if (!Files.isDirectory(path)) {
      return Files.readString(path, StandardCharsets.UTF_8);
    }
    StringBuilder text = new StringBuilder();
    try (Stream<Path> files = Files.list(path)) {
      for (Path file : files.sorted().toList()) {
        text.append(Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    return text.toString();
  }

  @Test
  void no_sensitive_text_reaches_the_csv_tables_or_the_pseudonymised_lines() throws IOException {
    Path input = plantedCohort();
    assertThat(Files.readString(input)).contains(SENTINEL);
    assertThat(plantedSensitive)
        .contains(
            "Party.name",
            "Facilitator.name",
            "Harm.narrative",
            "HarmSeverity.grade",
            "HarmSeverity.localScale",
            "ExternalIncidentRef.reference",
            "DutyOfCandour.notificationRef",
            "PreparationContact.notes",
            "Meeting.notes",
            "Response.answer",
            "Action.description",
            "Venue.place")
        .hasSizeGreaterThan(25);
    assertThat(plantedSafe).contains("ExternalIncidentRef.system", "PartyOrRole.role");

    Path csv = dir.resolve("csv");
    Path pseudonymised = dir.resolve("pseudonymised.ndjson");
    Path key =
        Files.write(
            dir.resolve("research.key"),
            "research-key-0123456789abcdefXYZ".getBytes(StandardCharsets.US_ASCII));
    Run export = Run.of("export", "--csv", csv.toString(), input.toString());
    Run pseudonymise =
        Run.of(
            "pseudonymise",
            "--key-file",
            key.toString(),
            "--output",
            pseudonymised.toString(),
            input.toString());

    assertThat(export.exitCode).as(export.err).isZero();
    assertThat(pseudonymise.exitCode).as(pseudonymise.err).isZero();
    assertThat(contents(csv)).contains("LOCAL").doesNotContain(SENTINEL);
    assertThat(contents(pseudonymised))
        .contains("\"severity\":{\"scale\":\"LOCAL\"}")
        .doesNotContain(SENTINEL);
    assertThat(export.out() + export.err + pseudonymise.out() + pseudonymise.err)
        .doesNotContain(SENTINEL);
  }

  @Test
  void the_data_dictionary_says_a_local_grade_is_left_out() throws IOException {
    Path csv = dir.resolve("csv");
    Run export = Run.of("export", "--csv", csv.toString(), plantedCohort().toString());

    assertThat(export.exitCode).isZero();
    assertThat(Files.readAllLines(csv.resolve("data-dictionary.csv"), StandardCharsets.UTF_8))
        .filteredOn(line -> line.startsWith("cases.csv,severity_grade,"))
        .singleElement()
        .asString()
        .contains("empty on a trust's LOCAL scale");
  }
}
