package org.restorative.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.restorative.json.CaseSchema;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Keeps docs/fhir.md current, and the mapping's declarations complete: every attribute of the
 * case-record format's JSON Schema is declared mapped or not carried, and no declaration names an
 * attribute the format lacks. Regenerate with {@code -Drestorative.writeDocs=true}.
 */
class FhirDocsTest {

  static final Path PAGE = Path.of("..", "docs", "fhir.md");

  /** Every property path of the format's schema, {@code *} for an index, in the schema's order. */
  static List<String> schemaPaths() throws IOException {
    Set<String> paths = new LinkedHashSet<>();
    walk(schema(), "", paths, new LinkedHashSet<>());
    return new ArrayList<>(paths);
  }

  /**
   * The paths of the format's schema that hold a date or a moment (format {@code date} or {@code
   * date-time}), {@code *} for an index: a property, or the items of a list of dates.
   */
  static Set<String> momentPaths() throws IOException {
    Set<String> moments = new LinkedHashSet<>();
    walk(schema(), "", new LinkedHashSet<>(), moments);
    return moments;
  }

  private static JsonNode schema() throws IOException {
    try (InputStream in = CaseSchema.class.getResourceAsStream(CaseSchema.RESOURCE)) {
      if (in == null) {
        throw new AssertionError("the case-record schema is not on the class path");
      }
      return new ObjectMapper().readTree(in);
    }
  }

  private static void walk(JsonNode schema, String path, Set<String> out, Set<String> moments) {
    walk(schema, schema, path, out, moments, 0);
  }

  private static void walk(
      JsonNode root, JsonNode node, String path, Set<String> out, Set<String> moments, int depth) {
    if (depth > 16) {
      return;
    }
    JsonNode resolved = node;
    while (resolved.has("$ref")) {
      String ref = resolved.get("$ref").asString();
      resolved = root.at(ref.substring(1));
    }
    String format = resolved.has("format") ? resolved.get("format").asString() : "";
    if (format.equals("date") || format.equals("date-time")) {
      moments.add(path);
    }
    for (String alternatives : new String[] {"oneOf", "anyOf", "allOf"}) {
      if (resolved.has(alternatives)) {
        for (JsonNode alternative : resolved.get(alternatives)) {
          walk(root, alternative, path, out, moments, depth + 1);
        }
      }
    }
    if (resolved.has("properties")) {
      for (Map.Entry<String, JsonNode> property : resolved.get("properties").properties()) {
        String child = path + "/" + property.getKey();
        out.add(child);
        walk(root, property.getValue(), child, out, moments, depth + 1);
      }
    }
    if (resolved.has("items")) {
      walk(root, resolved.get("items"), path + "/*", out, moments, depth + 1);
    }
  }

  /** The paths with no path under them: the attributes that hold values. */
  static List<String> attributes(List<String> paths) {
    return paths.stream()
        .filter(p -> paths.stream().noneMatch(q -> q.startsWith(p + "/")))
        .toList();
  }

  @Test
  void the_walk_sees_the_whole_format() throws IOException {
    List<String> paths = schemaPaths();

    assertThat(paths)
        .contains("/id", "/parties/*/name", "/meetings/*/attendees", "/history/*/from")
        .hasSizeGreaterThan(400);
  }

  @Test
  void every_attribute_of_the_format_is_declared_mapped_or_not_carried() throws IOException {
    assertThat(attributes(schemaPaths()))
        .allSatisfy(a -> assertThat(FhirDocs.where(a)).isPresent());
  }

  @Test
  void every_declaration_names_a_path_of_the_format() throws IOException {
    List<String> paths = schemaPaths();

    assertThat(Mapped.DECLARED.keySet()).allSatisfy(p -> assertThat(paths).contains(p));
    // A declaration may name the parts of a list: "/meetings/*" for the list "/meetings".
    assertThat(NotCarried.DECLARED.keySet())
        .allSatisfy(
            p -> assertThat(paths).contains(p.endsWith("/*") ? p.substring(0, p.length() - 2) : p));
  }

  @Test
  void the_published_page_is_the_one_the_declarations_generate() throws IOException {
    String generated = FhirDocs.markdown(attributes(schemaPaths()));
    if (Boolean.getBoolean("restorative.writeDocs")) {
      Files.writeString(PAGE, generated, StandardCharsets.UTF_8);
    }
    assertThat(Files.exists(PAGE) ? Files.readString(PAGE, StandardCharsets.UTF_8) : "")
        .as("docs/fhir.md; regenerate with -Drestorative.writeDocs=true")
        .isEqualTo(generated);
  }
}
