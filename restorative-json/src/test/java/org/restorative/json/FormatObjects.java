package org.restorative.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.restorative.core.synthetic.SyntheticCases;
import tools.jackson.databind.JsonNode;

/**
 * The case records the sweeps over the format's declarations break (the golden files, then a
 * synthetic cohort's), and the objects of a record, each with the format that reads it.
 */
final class FormatObjects {

  private FormatObjects() {}

  /** An object of the document, with the format that reads it and its pointer. */
  record Found(ObjectFormat<?, ?> format, JsonNode node, String pointer) {}

  /** Every object of a case record, by the formats of its properties, the case's first. */
  static List<Found> of(JsonNode tree) {
    List<Found> found = new ArrayList<>();
    collect(CaseFileFormats.RESTORATIVE_CASE, tree, "", found);
    return found;
  }

  private static void collect(
      ObjectFormat<?, ?> format, JsonNode node, String pointer, List<Found> found) {
    if (!node.isObject()) {
      return;
    }
    found.add(new Found(format, node, pointer));
    for (ObjectFormat.Property<?, ?> property : format.properties()) {
      JsonNode value = node.get(property.name());
      if (value == null || !(property.codec() instanceof ObjectFormat<?, ?> inner)) {
        continue;
      }
      String at = pointer + "/" + property.name();
      if (property.array()) {
        for (int i = 0; i < value.size(); i++) {
          collect(inner, value.get(i), at + "/" + i, found);
        }
      } else {
        collect(inner, value, at, found);
      }
    }
  }

  /** The golden case records, then a synthetic cohort's. */
  static List<String> documents() {
    List<String> documents = new ArrayList<>();
    try (Stream<Path> files = Files.list(JsonFixtures.GOLDEN)) {
      files
          .filter(file -> file.toString().endsWith(".json"))
          .sorted()
          .forEach(file -> documents.add(JsonFixtures.read(file)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    SyntheticCases.seeded(20261207L)
        .cohort(60)
        .forEach(c -> documents.add(CaseJson.strict().write(c)));
    return documents;
  }
}
