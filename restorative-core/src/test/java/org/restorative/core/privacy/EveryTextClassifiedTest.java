package org.restorative.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.restorative.core.Identifier;
import org.restorative.core.harm.HarmSeverity;
import org.restorative.core.party.Place;
import org.restorative.core.rules.Move;

/**
 * The classification is total for text: every attribute of every value type of the case record that
 * can hold text — a string, an optional string, a collection or map of strings, or a value wrapping
 * one (a place's code) — has its own row in the table, a {@code NONE} row with its reason where the
 * text is safe. The value types are found by reflection over the concept packages, so a new
 * attribute that holds text and has no row fails this test by name.
 */
class EveryTextClassifiedTest {

  /** The packages of the case record's concepts, and the one value of the rules that enters it. */
  private static final List<String> CONCEPT_PACKAGES =
      List.of(
              "casefile",
              "harm",
              "party",
              "consent",
              "assessment",
              "questions",
              "process",
              "outcome")
          .stream()
          .map(p -> "org.restorative.core." + p)
          .toList();

  /** A text attribute: a model type and the attribute's name. */
  record TextAttribute(Class<?> type, String attribute) {
    @Override
    public String toString() {
      return type.getSimpleName() + "." + attribute;
    }
  }

  /**
   * The model's value types: the Immutables abstract types and the records of the concept packages.
   */
  static List<Class<?>> valueTypes() {
    List<Class<?>> types = new ArrayList<>();
    for (JavaClass imported :
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(CONCEPT_PACKAGES)) {
      if (!CONCEPT_PACKAGES.contains(imported.getPackageName())) {
        continue;
      }
      Class<?> type = imported.reflect();
      if (type.isRecord() && !Identifier.class.isAssignableFrom(type)) {
        types.add(type);
      } else if (type.getSimpleName().startsWith("Immutable")
          && type.getEnclosingClass() == null
          && type.getSuperclass() != Object.class) {
        types.add(type);
      }
    }
    types.add(immutableOf(Move.class));
    return types;
  }

  private static Class<?> immutableOf(Class<?> type) {
    try {
      return Class.forName(type.getPackageName() + ".Immutable" + type.getSimpleName());
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  /**
   * Every attribute of the model that holds text: generated fields of Immutables, record
   * components.
   */
  static List<TextAttribute> textAttributes() {
    Set<String> seen = new TreeSet<>();
    List<TextAttribute> attributes = new ArrayList<>();
    for (Class<?> type : valueTypes()) {
      if (type.isRecord()) {
        for (RecordComponent component : type.getRecordComponents()) {
          if (holdsText(component.getGenericType())) {
            attributes.add(new TextAttribute(type, component.getName()));
          }
        }
        continue;
      }
      Class<?> modelType = type.getSuperclass();
      for (Field field : type.getDeclaredFields()) {
        int modifiers = field.getModifiers();
        if (Modifier.isStatic(modifiers)
            || field.isSynthetic()
            || !holdsText(field.getGenericType())) {
          continue;
        }
        TextAttribute attribute = new TextAttribute(modelType, field.getName());
        if (seen.add(attribute.toString())) {
          attributes.add(attribute);
        }
      }
    }
    return attributes;
  }

  /**
   * Whether a type can hold text: a string, or a type built on one (an optional, a collection, a
   * map, an array), or a record of the model that wraps one; an id is its own kind of text, classed
   * once for {@link Identifier#value()}.
   */
  static boolean holdsText(Type type) {
    if (type == String.class || type == CharSequence.class) {
      return true;
    }
    if (type instanceof ParameterizedType parameterized) {
      for (Type argument : parameterized.getActualTypeArguments()) {
        if (holdsText(argument)) {
          return true;
        }
      }
      return false;
    }
    if (type instanceof Class<?> plain) {
      if (plain.isArray()) {
        return holdsText(plain.getComponentType());
      }
      return plain.isRecord()
          && !Identifier.class.isAssignableFrom(plain)
          && plain.getPackageName().startsWith("org.restorative.core")
          && List.of(plain.getRecordComponents()).stream()
              .anyMatch(c -> holdsText(c.getGenericType()));
    }
    return false;
  }

  private static boolean classified(TextAttribute attribute) {
    return FieldSensitivity.forType(attribute.type()).stream()
        .anyMatch(e -> e.attribute().equals(attribute.attribute()));
  }

  @Test
  void the_value_types_are_found_in_every_concept_package() {
    List<Class<?>> types = valueTypes();
    assertThat(types).hasSizeGreaterThan(60);
    assertThat(types.stream().map(Class::getPackageName).distinct().toList())
        .containsAll(CONCEPT_PACKAGES);
    assertThat(textAttributes())
        .extracting(Object::toString)
        .contains(
            "Party.name",
            "Harm.narrative",
            "HarmSeverity.grade",
            "HarmSeverity.localScale",
            "Place.code")
        .hasSizeGreaterThan(80);
  }

  @Test
  void every_attribute_that_holds_text_has_its_own_row() {
    List<String> unclassified =
        textAttributes().stream().filter(a -> !classified(a)).map(Object::toString).toList();

    assertThat(unclassified).as("text attributes without a row in SensitivityTable").isEmpty();
  }

  @Test
  void an_id_is_classed_once_for_every_id_type() {
    assertThat(FieldSensitivity.forType(Identifier.class))
        .singleElement()
        .satisfies(e -> assertThat(e.attribute()).isEqualTo("value"))
        .satisfies(e -> assertThat(e.reason()).contains("pseudonym"));
  }

  @Test
  void a_trusts_local_severity_grade_and_scale_are_free_text() {
    assertThat(FieldSensitivity.of(HarmSeverity.class, "grade")).isEqualTo(Sensitivity.PERSONAL);
    assertThat(FieldSensitivity.of(HarmSeverity.class, "localScale"))
        .isEqualTo(Sensitivity.PERSONAL);
    assertThat(FieldSensitivity.forType(Place.class))
        .extracting(FieldSensitivity::attribute)
        .containsExactly("code");
  }

  @Test
  void an_attribute_that_holds_text_with_no_row_is_named() {
    TextAttribute invented = new TextAttribute(HarmSeverity.class, "inventedLabel");

    assertThat(classified(invented)).isFalse();
    assertThat(invented).hasToString("HarmSeverity.inventedLabel");
  }
}
