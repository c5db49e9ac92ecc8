package org.restorative.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.restorative.core.synthetic.SyntheticCases;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The case records the sweeps over the format's declarations break (the golden files, then a
 * synthetic cohort's), the objects of a record, each with the format that reads it, and the
 * assertion that a break yields exactly its one problem.
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

  /** The readers every break is read with: each must give the same one problem. */
  static final List<CaseJson> READERS = List.of(CaseJson.strict(), CaseJson.lenient());

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  /**
   * Asserts that the document, with one of its objects changed, is refused with exactly one
   * problem, by each of {@link #READERS}.
   *
   * @param document the case record
   * @param pointer the object's JSON Pointer
   * @param change the change to the object
   * @param code the problem's code
   * @param path the problem's JSON Pointer
   */
  static void assertOnlyProblem(
      String document, String pointer, Consumer<ObjectNode> change, ProblemCode code, String path) {
    ObjectNode tree = (ObjectNode) CaseJson.tree(document);
    change.accept((ObjectNode) tree.at(pointer));
    String broken = MAPPER.writeValueAsString(tree);
    for (CaseJson reader : READERS) {
      assertThat(problems(reader, broken)).as(path).containsExactly(tuple(code.name(), path));
    }
  }

  /** The code and JSON Pointer of each problem of a document the reader refuses. */
  static List<Tuple> problems(CaseJson reader, String document) {
    ReadResult read = reader.read(document);
    assertThat(read.isRead()).as(read.toString()).isFalse();
    return read.problems().stream().map(p -> tuple(p.code(), p.path())).toList();
  }
}
