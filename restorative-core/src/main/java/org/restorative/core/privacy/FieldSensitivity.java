package org.restorative.core.privacy;

import java.util.List;
import org.immutables.value.Value;
import org.restorative.core.internal.Invariants;

/**
 * The sensitivity class of one field of the case record, addressed by the model type that declares
 * it and the attribute's name, with the reason for the class.
 *
 * <p>{@link #of(Class, String)} answers for any field: fields not in the table are {@link
 * Sensitivity#NONE}. Every attribute of the case record's value types that can hold text (a string,
 * an optional string, a collection of strings, a value wrapping one) has a row of its own: a class
 * other than {@code NONE} for names, dates of birth, free texts and references (every attribute the
 * model redacts from {@code toString()} among them), and a {@code NONE} row with its reason for a
 * text that is a code, a published wording or an organisation's name. A test finds these attributes
 * by reflection and fails on one without a row. The structured fields that reveal health, offending
 * or identity are in the table too. An attribute that holds text of more than one kind is classed
 * for the worst: a severity's {@code grade} is a national scale's code or a trust's own label, and
 * is {@link Sensitivity#PERSONAL}. {@link #all()} returns the table, in model order, for
 * documentation and data dictionaries.
 *
 * <pre>{@code
 * FieldSensitivity.of(Party.class, "dateOfBirth");   // PERSONAL
 * FieldSensitivity.of(Message.class, "content");     // PARTYS_OWN_ACCOUNT
 * FieldSensitivity.of(Party.class, "role");          // NONE
 * }</pre>
 */
@Value.Immutable
public abstract class FieldSensitivity implements WithFieldSensitivity {

  FieldSensitivity() {}

  /**
   * The model type that declares the attribute, such as {@code Party.class}.
   *
   * @return the type
   */
  public abstract Class<?> type();

  /**
   * The attribute's name, as its accessor is named, such as {@code "dateOfBirth"}.
   *
   * @return the attribute
   */
  public abstract String attribute();

  /**
   * The attribute's class.
   *
   * @return the sensitivity
   */
  public abstract Sensitivity sensitivity();

  /**
   * Why the attribute has its class, in one sentence.
   *
   * @return the reason
   */
  public abstract String reason();

  /**
   * The field's name as {@code Type.attribute}, such as {@code Party.dateOfBirth}.
   *
   * @return the qualified name
   */
  public String qualifiedName() {
    return type().getSimpleName() + "." + attribute();
  }

  /**
   * The sensitivity class of a field of the case record.
   *
   * @param type the model type that declares the attribute, such as {@code Party.class}
   * @param attribute the attribute's name, such as {@code "dateOfBirth"}
   * @return the field's class; {@link Sensitivity#NONE} when the field is not in the table
   */
  public static Sensitivity of(Class<?> type, String attribute) {
    return SensitivityTable.lookup(type, attribute);
  }

  /**
   * The whole table: every classified field of the case record, grouped by model type.
   *
   * @return the entries, an unmodifiable list
   */
  public static List<FieldSensitivity> all() {
    return SensitivityTable.ENTRIES;
  }

  /**
   * The classified fields of one model type.
   *
   * @param type the model type
   * @return its entries, in table order; empty when none of its fields is classified
   */
  public static List<FieldSensitivity> forType(Class<?> type) {
    return all().stream().filter(e -> e.type().equals(type)).toList();
  }

  @Value.Check
  void check() {
    Invariants.nonBlank(attribute(), "field sensitivity attribute");
    Invariants.nonBlank(reason(), "field sensitivity reason");
  }

  /** Builds a {@link FieldSensitivity}. */
  public static final class Builder extends ImmutableFieldSensitivity.Builder {
    /** An empty builder. */
    public Builder() {}
  }
}
