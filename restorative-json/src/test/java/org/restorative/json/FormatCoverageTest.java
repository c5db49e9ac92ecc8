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
 * Every object format maps every attribute of its model type, and nothing else: the declared property
 * names equal the model type's abstract accessors. A new attribute in the model fails here until the
 * format says how it travels.
 */
class FormatCoverageTest {

  static final List<String> CORE_PACKAGES =
      List.of("casefile", "harm", "party", "consent", "assessment", "process", "questions", "outcome");

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
      return Arrays.stream(type.getRecordComponents()).map(c -> c.getName()).collect(Collectors.toSet());
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
      Class<?> type = modelType(entry.getKey()).orElseThrow(() -> new AssertionError("no model type " + entry.getKey()));
      Set<String> declared =
          entry.getValue().properties().stream().map(ObjectFormat.Property::name).collect(Collectors.toSet());
      Set<String> expected = attributes(type);
      if (!type.isRecord()) {
        // Default-valued attributes are not abstract; they are mapped as "defaulted".
        expected.addAll(
            entry.getValue().properties().stream()
                .filter(p -> p.type().endsWith(", with a default"))
                .map(ObjectFormat.Property::name)
                .toList());
      }
      assertThat(declared).as("properties of %s", entry.getKey()).isEqualTo(expected);
    }
  }
}
