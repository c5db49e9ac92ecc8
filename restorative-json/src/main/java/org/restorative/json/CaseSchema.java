package org.restorative.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON Schema (draft 2020-12) of the case-record format. It is generated from the same
 * declarations that read and write records, shipped in this jar as {@code
 * org/restorative/json/restorative-case-1.schema.json} and published in the project's {@code
 * docs/schema/}; a test keeps the three identical.
 *
 * <p>Every object of the format is closed ({@code additionalProperties: false}): a strict reader
 * refuses unknown properties, and the schema says the same. A lenient reader is more forgiving than
 * the schema.
 */
public final class CaseSchema {

  /** The schema's resource name, next to this class. */
  public static final String RESOURCE = "restorative-case-" + CaseFormat.VERSION + ".schema.json";

  private CaseSchema() {}

  /**
   * The shipped schema of the current format version.
   *
   * @return the schema's text
   */
  public static String current() {
    try (InputStream in = CaseSchema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the schema resource is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Generates the schema of the current format version from the format's declarations.
   *
   * @return the schema's text, indented, ending with a newline
   */
  public static String generate() {
    SchemaBuilder schemas = new SchemaBuilder();
    ObjectNode body = CaseFileFormats.RESTORATIVE_CASE.definition(schemas);
    ObjectNode schema = schemas.object();
    schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    schema.put("$id", "urn:restorative:case-record:" + CaseFormat.VERSION);
    schema.put("title", "restorative case record, format version " + CaseFormat.VERSION);
    schema.put("type", "object");
    ObjectNode properties = schema.putObject("properties");
    CaseFormat.HEADER.define(properties);
    body.get("properties").properties().forEach(e -> properties.set(e.getKey(), e.getValue()));
    return schemas.document(schema, body, CaseFormat.HEADER);
  }
}
