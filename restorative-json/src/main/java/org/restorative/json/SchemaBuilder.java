package org.restorative.json;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
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

  /**
   * Completes a form's document schema and writes it: the header's required properties before the
   * body's own required properties (no {@code required} when there are none), no other properties,
   * the body's other keywords (such as {@code allOf}) kept, every definition under {@code $defs}.
   *
   * @param schema the document schema, holding its header keywords and {@code properties}
   * @param body the form's object definition, as its declaration made it
   * @param header the document's header
   * @return the schema's text, indented, ending with a newline
   */
  String document(ObjectNode schema, ObjectNode body, DocumentHeader header) {
    ArrayNode required = nodes.arrayNode();
    header.required().forEach(required::add);
    JsonNode bodyRequired = body.get("required");
    if (bodyRequired != null) {
      bodyRequired.values().forEach(required::add);
    }
    if (!required.isEmpty()) {
      schema.set("required", required);
    }
    schema.put("additionalProperties", false);
    body.properties()
        .forEach(
            e -> {
              if (!List.of("type", "properties", "required", "additionalProperties")
                  .contains(e.getKey())) {
                schema.set(e.getKey(), e.getValue());
              }
            });
    ObjectNode defs = schema.putObject("$defs");
    for (Map.Entry<String, ObjectNode> definition : definitions().entrySet()) {
      defs.set(definition.getKey(), definition.getValue());
    }
    return JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(schema)
        + "\n";
  }
}
