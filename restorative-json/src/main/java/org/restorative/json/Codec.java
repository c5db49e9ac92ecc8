package org.restorative.json;

import java.util.Optional;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * How one kind of Java value is written as JSON, read back, described in the JSON Schema and in the
 * format's documentation. Reading never throws for bad input: it reports problems to the context
 * and returns empty (on the straight path, it takes a {@link Detour}).
 *
 * @param <V> the Java type
 */
interface Codec<V> {

  /** Writes the value at the generator's current position. */
  void write(JsonGenerator out, V value);

  /** Reads a value from a node that is present and not JSON null. */
  Optional<V> read(JsonNode node, ReadContext context);

  /**
   * Reads a value straight from the token stream: the parser is at the value's first token, which
   * is not JSON null, and is left at its last. This is the path of a document without any problem
   * (see {@link CaseJson}): at the first sign of one it throws a {@link Detour}, and the document
   * is read again on the full path, by {@link #read(JsonNode, ReadContext)}, which reports the
   * problems. It must accept exactly the values {@code read} accepts without a problem, and give
   * equal values. A codec without a straight reading sends every document that holds its value to
   * the full path.
   */
  default V readStraight(JsonParser in) {
    throw new Detour();
  }

  /** The schema of the value; object formats register themselves under {@code $defs}. */
  ObjectNode schema(SchemaBuilder schemas);

  /** The value's type in words, for the format's documentation. */
  String describe();
}
