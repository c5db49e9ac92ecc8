package org.restorative.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every object format maps every attribute of its model type, and nothing else: the declared
 * property names equal the model type's abstract accessors. A new attribute in the model fails here
 * until the format says how it travels.
 */
class FormatCoverageTest {

  static final List<String> CORE_PACKAGES =
      List.of(
          "casefile", "harm", "party", "consent", "assessment", "process", "questions", "outcome");

  /**
   * The properties whose JSON name is not the model's attribute name, as {@code Type.jsonName} to
   * the attribute: the format keeps its published names, and the model names these attributes for
   * what they hold, so that no value's builder loses {@code from(value)} to an attribute called
   * {@code from}.
   */
  static final Map<String, String> RENAMED =
      Map.of(
          "CaseEvent.from", "fromStage",
          "CaseEvent.to", "toStage",
          "Message.from", "sender",
          "Message.to", "recipients",
          "Occurrence.from", "start",
          "Occurrence.to", "end",
          "PseudonymisedEvent.from", "fromStage",
          "PseudonymisedEvent.to", "toStage");

  /** The model attribute a declared property maps. */
  static String attribute(String type, String property) {
    return RENAMED.getOrDefault(type + "." + property, property);
  }

  static Map<String, ObjectFormat<?, ?>> allFormats() {
    SchemaBuilder schemas = new SchemaBuilder();
    CaseFileFormats.RESTORATIVE_CASE.definition(schemas);
    return schemas.formats();
  }

  static Optional<Class<?>> modelType(String name) {
    for (String pkg : CORE_PACKAGES) {
      try {
        return Optional.of(Class.forName("org.restorative.core." + pkg + "." + name));
      } catch (ClassNotFoundException e) {
        // try the next package
      }
    }
    return Optional.empty();
  }

  static Set<String> attributes(Class<?> type) {
    if (type.isRecord()) {
      return Arrays.stream(type.getRecordComponents())
          .map(c -> c.getName())
          .collect(Collectors.toSet());
    }
    return Arrays.stream(type.getMethods())
        .filter(m -> Modifier.isAbstract(m.getModifiers()))
        .filter(m -> m.getParameterCount() == 0)
        .map(Method::getName)
        .collect(Collectors.toSet());
  }

  @Test
  void every_format_maps_exactly_the_attributes_of_its_model_type() {
    Map<String, ObjectFormat<?, ?>> formats = allFormats();
    assertThat(formats).hasSizeGreaterThan(40);
    for (Map.Entry<String, ObjectFormat<?, ?>> entry : formats.entrySet()) {
      Class<?> type =
          modelType(entry.getKey())
              .orElseThrow(() -> new AssertionError("no model type " + entry.getKey()));
      Set<String> declared =
          entry.getValue().properties().stream()
              .map(p -> attribute(entry.getKey(), p.name()))
              .collect(Collectors.toSet());
      Set<String> expected = attributes(type);
      if (!type.isRecord()) {
        // Default-valued attributes are not abstract; they are mapped as "defaulted".
        expected.addAll(
            entry.getValue().properties().stream()
                .filter(p -> p.type().endsWith(", with a default"))
                .map(p -> attribute(entry.getKey(), p.name()))
                .toList());
      }
      assertThat(declared).as("properties of %s", entry.getKey()).isEqualTo(expected);
    }
  }
}
