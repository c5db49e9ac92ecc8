package org.restorative.core.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every immutable value keeps its builder's {@code from(value)}, the one way to start a builder
 * from a value: no value has an attribute named {@code from}, whose builder setter would take its
 * place. The values are found by reflection, as the Immutables types generated for them, so a new
 * value with an attribute named {@code from} fails here by name.
 */
class BuildersKeepFromTest {

  /**
   * The value types of core: the abstract types the generated {@code Immutable*} classes implement.
   */
  static List<Class<?>> valueTypes() {
    List<Class<?>> types = new ArrayList<>();
    for (JavaClass imported :
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.restorative.core")) {
      Class<?> generated = imported.reflect();
      if (generated.getSimpleName().startsWith("Immutable")
          && generated.getEnclosingClass() == null
          && generated.getSuperclass() != Object.class) {
        types.add(generated.getSuperclass());
      }
    }
    return types;
  }

  @Test
  void no_value_has_an_attribute_named_from() {
    List<Class<?>> types = valueTypes();
    assertThat(types).hasSizeGreaterThan(50);

    List<String> withFrom =
        types.stream()
            .filter(
                type ->
                    Arrays.stream(type.getMethods())
                        .anyMatch(m -> m.getName().equals("from") && m.getParameterCount() == 0))
            .map(Class::getName)
            .toList();

    assertThat(withFrom).isEmpty();
  }

  @Test
  void every_values_builder_starts_from_a_value() throws NoSuchMethodException {
    List<String> without = new ArrayList<>();
    for (Class<?> type : valueTypes()) {
      Class<?> builder = builderOf(type);
      Method from = builder.getMethod("from", type);
      if (!Modifier.isPublic(from.getModifiers())
          || !builder.isAssignableFrom(from.getReturnType())) {
        without.add(type.getName());
      }
    }
    assertThat(without).isEmpty();
  }

  private static Class<?> builderOf(Class<?> type) {
    return Arrays.stream(type.getClasses())
        .filter(c -> c.getSimpleName().equals("Builder"))
        .findFirst()
        .orElseThrow(() -> new AssertionError(type.getName() + " has no public Builder"));
  }
}
