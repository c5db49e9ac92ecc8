package org.restorative.fhir;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.restorative.core.casefile.RestorativeCase;

/**
 * Every moment (instant or date) a case holds, at its JSON Pointer in the case record, each with
 * the case that holds another value in its place, found by walking the model's value types and
 * copied back up with their generated {@code withX} methods. Core's tests walk cases the same way
 * (their {@code ModelReflection}, which other modules cannot see). A pointer's segments are the
 * attributes' names, but for an occurrence's {@code start} and {@code end}, which the format calls
 * {@code from} and {@code to}; the tests check the pointers against the format's JSON Schema.
 */
final class CaseMoments {

  private CaseMoments() {}

  /**
   * One moment of a case.
   *
   * @param attribute its type and attribute, such as {@code Meeting.startAt}
   * @param pointer its JSON Pointer in the case record, such as {@code /meetings/0/startAt}
   * @param type {@code Instant} or {@code LocalDate}
   * @param replace the case with another value in the moment's place; throws {@link
   *     IllegalArgumentException} when a structural check of the model refuses the value there
   */
  record Moment(String attribute, String pointer, Class<?> type, UnaryOperator<Object> replace) {

    /** The case with the moment replaced, or empty when the model refuses the value there. */
    Optional<RestorativeCase> with(Object replacement) {
      try {
        return Optional.of((RestorativeCase) replace.apply(replacement));
      } catch (IllegalArgumentException | IllegalStateException refused) {
        return Optional.empty();
      }
    }
  }

  /** Every moment the case holds, in the order of its attributes. */
  static List<Moment> of(RestorativeCase c) {
    List<Moment> found = new ArrayList<>();
    walk(c, "", x -> x, found);
    return found;
  }

  private static void walk(
      Object value, String pointer, UnaryOperator<Object> rebuild, List<Moment> found) {
    Class<?> type = modelTypeOf(value.getClass());
    List<Method> accessors = new ArrayList<>();
    for (Method method : type.getDeclaredMethods()) {
      if (Modifier.isAbstract(method.getModifiers())
          && Modifier.isPublic(method.getModifiers())
          && method.getParameterCount() == 0) {
        accessors.add(method);
      }
    }
    accessors.sort((a, b) -> a.getName().compareTo(b.getName()));
    for (Method accessor : accessors) {
      Object held = invoke(accessor, value);
      String here = pointer + "/" + segment(type, accessor);
      if (held instanceof Optional<?> optional) {
        optional.ifPresent(v -> visit(value, type, accessor, here, v, -1, rebuild, found));
      } else if (held instanceof List<?> list) {
        for (int i = 0; i < list.size(); i++) {
          visit(value, type, accessor, here + "/" + i, list.get(i), i, rebuild, found);
        }
      } else {
        visit(value, type, accessor, here, held, -1, rebuild, found);
      }
    }
  }

  /** An attribute's name in the format: its own, but for an occurrence's start and end. */
  private static String segment(Class<?> type, Method accessor) {
    String name = accessor.getName();
    if (type.getSimpleName().equals("Occurrence")) {
      return switch (name) {
        case "start" -> "from";
        case "end" -> "to";
        default -> name;
      };
    }
    return name;
  }

  /** One attribute's value: a moment, or a value of the model to walk into. */
  private static void visit(
      Object owner,
      Class<?> ownerType,
      Method accessor,
      String pointer,
      Object held,
      int index,
      UnaryOperator<Object> rebuild,
      List<Moment> found) {
    Class<?> element = elementOf(accessor);
    boolean moment = element == Instant.class || element == LocalDate.class;
    boolean model =
        element.getName().startsWith("org.restorative.core.")
            && !element.isEnum()
            && !element.isInterface()
            && !element.isRecord();
    if (!moment && !model) {
      return;
    }
    Method with = withMethod(owner, accessor, element, index >= 0);
    UnaryOperator<Object> replace =
        replacement -> {
          Object argument = replacement;
          if (index >= 0) {
            List<Object> list = new ArrayList<>((List<?>) invoke(accessor, owner));
            list.set(index, replacement);
            argument = list;
          }
          return rebuild.apply(invoke(with, owner, argument));
        };
    if (moment) {
      String attribute = ownerType.getSimpleName() + "." + accessor.getName();
      found.add(new Moment(attribute, pointer, element, replace));
    } else {
      walk(held, pointer, replace, found);
    }
  }

  /** The model type a generated implementation class stands for. */
  private static Class<?> modelTypeOf(Class<?> implementation) {
    Class<?> type = implementation;
    while (type.getSimpleName().startsWith("Immutable")) {
      type = type.getSuperclass();
    }
    return type;
  }

  /** The attribute's type, or the type it holds when it is an Optional or a List. */
  private static Class<?> elementOf(Method accessor) {
    if (accessor.getGenericReturnType() instanceof ParameterizedType parameterized
        && parameterized.getActualTypeArguments()[0] instanceof Class<?> held) {
      return held;
    }
    return accessor.getReturnType();
  }

  /** The generated {@code withX} copy method for one attribute: of the element, or of the list. */
  private static Method withMethod(
      Object owner, Method accessor, Class<?> element, boolean wholeList) {
    String name =
        "with"
            + Character.toUpperCase(accessor.getName().charAt(0))
            + accessor.getName().substring(1);
    Class<?> parameter =
        wholeList
            ? Iterable.class
            : accessor.getReturnType() == Optional.class ? element : accessor.getReturnType();
    try {
      Method with = owner.getClass().getMethod(name, parameter);
      with.setAccessible(true);
      return with;
    } catch (NoSuchMethodException e) {
      throw new AssertionError("no " + name + " on " + owner.getClass().getSimpleName(), e);
    }
  }

  /** Calls a method; a structural check that refuses a value throws its own exception. */
  private static Object invoke(Method method, Object target, Object... arguments) {
    try {
      return method.invoke(target, arguments);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException refused) {
        throw refused;
      }
      throw new AssertionError(e.getCause());
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
  }
}
