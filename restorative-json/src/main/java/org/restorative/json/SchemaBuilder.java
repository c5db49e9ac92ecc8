package org.restorative.json;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Collects the named object schemas ({@code $defs}) while a format's schema is built. */
final class SchemaBuilder {

  private final JsonNodeFactory nodes = JsonNodeFactory.instance;
  private final Map<String, ObjectNode> definitions = new LinkedHashMap<>();
  private final Map<String, ObjectFormat<?, ?>> formats = new LinkedHashMap<>();

  JsonNodeFactory nodes() {
    return nodes;
  }

  ObjectNode object() {
    return nodes.objectNode();
  }

  /** A reference to a named definition, building it first if it is new. */
  ObjectNode reference(String name, java.util.function.Supplier<ObjectNode> definition) {
    if (!definitions.containsKey(name)) {
      definitions.put(name, object()); // placeholder against recursion
      definitions.put(name, definition.get());
    }
    return object().put("$ref", "#/$defs/" + name);
  }

  /** Notes an object format met while building, for the format's documentation. */
  void met(ObjectFormat<?, ?> format) {
    formats.putIfAbsent(format.name(), format);
  }

  /** The object formats met, in the order first met. */
  Map<String, ObjectFormat<?, ?>> formats() {
    return formats;
  }

  Map<String, ObjectNode> definitions() {
    return definitions;
  }
}
