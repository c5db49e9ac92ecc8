package org.restorative.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.function.Consumer;
import org.restorative.core.rules.Violation;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A golden case with one of its objects changed, and the verdicts of the strict reader and of the
 * published schema on it: the presence tests of the formats hold both to the same verdict.
 */
final class OneObjectChanged {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private OneObjectChanged() {}

  /** The golden file of this name, with the object at this JSON Pointer changed. */
  static String document(String golden, String pointer, Consumer<ObjectNode> change) {
    ObjectNode tree =
        (ObjectNode) CaseJson.tree(JsonFixtures.read(JsonFixtures.GOLDEN.resolve(golden)));
    ObjectNode object = pointer.isEmpty() ? tree : (ObjectNode) tree.at(pointer);
    change.accept(object);
    return MAPPER.writeValueAsString(tree);
  }

  /**
   * Asserts that the strict reader refuses the changed document with {@code
   * JSON_INCONSISTENT_OBJECT} at the changed object's pointer, and nothing else, and that the
   * published schema refuses it too.
   */
  static void assertBothRefuse(String golden, String pointer, Consumer<ObjectNode> change) {
    String document = document(golden, pointer, change);
    ReadResult read = CaseJson.strict().read(document);
    assertThat(read.isRead()).as("read").isFalse();
    assertThat(read.problems())
        .as(read.toString())
        .extracting(Violation::code, Violation::path)
        .isNotEmpty()
        .containsOnly(tuple(ProblemCode.JSON_INCONSISTENT_OBJECT.name(), pointer));
    assertThat(SchemaTest.validate(document)).as("the published schema's errors").isNotEmpty();
  }

  /**
   * Asserts that the strict reader reads the changed document, and the published schema passes it.
   */
  static void assertBothAccept(String golden, String pointer, Consumer<ObjectNode> change) {
    String document = document(golden, pointer, change);
    ReadResult read = CaseJson.strict().read(document);
    assertThat(read.problems()).as(read.toString()).isEmpty();
    assertThat(read.isRead()).isTrue();
    assertThat(SchemaTest.validate(document)).as("the published schema's errors").isEmpty();
  }
}
