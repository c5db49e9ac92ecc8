package org.restorative.json;

import java.util.Optional;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * How one kind of Java value is written as JSON, read back, described in the JSON Schema and in the
 * format's documentation. Reading never throws for bad input: it reports problems to the context
 * and returns empty.
 *
 * @param <V> the Java type
 */
interface Codec<V> {

  /** Writes the value at the generator's current position. */
  void write(JsonGenerator out, V value);

  /** Reads a value from a node that is present and not JSON null. */
  Optional<V> read(JsonNode node, ReadContext context);

  /** The schema of the value; object formats register themselves under {@code $defs}. */
  ObjectNode schema(SchemaBuilder schemas);

  /** The value's type in words, for the format's documentation. */
  String describe();
}
