package org.restorative.core.rules;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reflection over the model's value types that the tests of rule 48 share: a type's attributes, the
 * type an attribute holds, whether a type is one of the model's values, and the generated copy
 * method that replaces one attribute.
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
}
