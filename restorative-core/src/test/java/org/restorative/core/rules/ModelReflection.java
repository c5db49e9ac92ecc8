package org.restorative.core.rules;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.restorative.core.casefile.RestorativeCase;

/**
 * Reflection over the model's value types that the tests of moments share: a type's attributes, the
 * type an attribute holds, whether a type is one of the model's values, the generated copy method
 * that replaces one attribute, and every moment (date or instant) a case holds, each with the case
 * that holds another value in its place.
 */
final class ModelReflection {

  private ModelReflection() {}

  /** A structural check refused a pushed value on the way back up to the case. */
  static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Refused(Throwable cause) {
      super(cause);
    }
  }

  /** The type's attributes: its public abstract accessors, by name. */
  static List<Method> accessors(Class<?> type) {
    List<Method> accessors = new ArrayList<>();
    for (Method method : type.getDeclaredMethods()) {
      if (Modifier.isAbstract(method.getModifiers())
          && Modifier.isPublic(method.getModifiers())
          && method.getParameterCount() == 0) {
        accessors.add(method);
      }
    }
    accessors.sort((a, b) -> a.getName().compareTo(b.getName()));
    return accessors;
  }

  /** The attribute's type, or the type it holds when it is an Optional or a List. */
  static Class<?> elementOf(Method accessor) {
    Type type = accessor.getGenericReturnType();
    if (type instanceof ParameterizedType parameterized
        && parameterized.getActualTypeArguments()[0] instanceof Class<?> held) {
      return held;
    }
    return accessor.getReturnType();
  }

  /** Whether the type is one of the model's values, whose own attributes are walked. */
  static boolean isModel(Class<?> type) {
    return type.getName().startsWith("org.restorative.core.")
        && !type.isEnum()
        && !type.isInterface()
        && !type.isRecord();
  }

  /** The model type a generated implementation class stands for. */
  static Class<?> modelTypeOf(Class<?> implementation) {
    Class<?> type = implementation;
    while (type.getSimpleName().startsWith("Immutable")) {
      type = type.getSuperclass();
    }
    return type;
  }

  /** The generated {@code withX} copy method for one attribute: of the element, or of the list. */
  static Method withMethod(Object owner, Method accessor, boolean whole)
      throws NoSuchMethodException {
    String name =
        "with"
            + Character.toUpperCase(accessor.getName().charAt(0))
            + accessor.getName().substring(1);
    Class<?> parameter =
        whole
            ? Iterable.class
            : accessor.getReturnType() == Optional.class
                ? elementOf(accessor)
                : accessor.getReturnType();
    Method with = owner.getClass().getMethod(name, parameter);
    with.setAccessible(true);
    return with;
  }

  /** Whether the type is a moment of the model: an instant or a date. */
  static boolean isMoment(Class<?> type) {
    return type == Instant.class || type == LocalDate.class;
  }

  /**
   * One moment found in a case: its class and attribute ({@code Type.attribute}), its JSON Pointer
   * in the case record, the value that holds it, its type, and the case with another value in its
   * place.
   */
  record Moment(
      String attribute,
      String pointer,
      Object holder,
      Class<?> type,
      UnaryOperator<Object> replace) {

    /**
     * The case with this moment replaced, or empty when a structural check of a value refuses it
     * (such as a consent given after its reconfirmations).
     *
     * @param replacement an instant or a date, as the moment's type
     * @return the changed case
     */
    Optional<RestorativeCase> with(Object replacement) {
      try {
        return Optional.of((RestorativeCase) replace.apply(replacement));
      } catch (Refused e) {
        return Optional.empty();
      }
    }
  }

  /**
   * Every moment a case holds, in the order of its attributes, each at its JSON Pointer in the case
   * record.
   *
   * @param c the case
   * @return the moments
   */
  static List<Moment> moments(RestorativeCase c) {
    List<Moment> found = new ArrayList<>();
    try {
      walk(c, "", x -> x, found);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
    return found;
  }

  /**
   * The pointer's segment for an attribute: its name, but for the attributes the case-record format
   * keeps under its published names (an occurrence's {@code start} and {@code end} are {@code from}
   * and {@code to} there, and the rules report them so).
   */
  private static String segment(String type, String attribute) {
    return Map.of("Occurrence.start", "from", "Occurrence.end", "to")
        .getOrDefault(type + "." + attribute, attribute);
  }

  /**
   * Finds every moment under {@code value}; {@code rebuild} turns a changed copy of {@code value}
   * into the changed case.
   */
  private static void walk(
      Object value, String pointer, UnaryOperator<Object> rebuild, List<Moment> found)
      throws ReflectiveOperationException {
    for (Method accessor : accessors(modelTypeOf(value.getClass()))) {
      Object held = accessor.invoke(value);
      String here =
          pointer
              + "/"
              + segment(modelTypeOf(value.getClass()).getSimpleName(), accessor.getName());
      if (held instanceof Optional<?> optional) {
        if (optional.isPresent()) {
          visit(value, accessor, here, optional.get(), -1, rebuild, found);
        }
      } else if (held instanceof List<?> list) {
        for (int i = 0; i < list.size(); i++) {
          visit(value, accessor, here + "/" + i, list.get(i), i, rebuild, found);
        }
      } else {
        visit(value, accessor, here, held, -1, rebuild, found);
      }
    }
  }

  /** One attribute's value: a moment, or a value of the model to walk into. */
  private static void visit(
      Object owner,
      Method accessor,
      String pointer,
      Object held,
      int index,
      UnaryOperator<Object> rebuild,
      List<Moment> found)
      throws ReflectiveOperationException {
    Class<?> element = elementOf(accessor);
    if (!isMoment(element) && !isModel(element)) {
      return;
    }
    Method with = withMethod(owner, accessor, index >= 0);
    UnaryOperator<Object> replace =
        replacement -> {
          try {
            Object argument = replacement;
            if (index >= 0) {
              List<Object> list = new ArrayList<>((List<?>) accessor.invoke(owner));
              list.set(index, replacement);
              argument = list;
            }
            return rebuild.apply(with.invoke(owner, argument));
          } catch (InvocationTargetException e) {
            throw new Refused(e.getCause());
          } catch (IllegalAccessException e) {
            throw new AssertionError(e);
          }
        };
    if (isMoment(element)) {
      String attribute = modelTypeOf(owner.getClass()).getSimpleName() + "." + accessor.getName();
      found.add(new Moment(attribute, pointer, owner, element, replace));
    } else {
      walk(held, pointer, replace, found);
    }
  }
}
