package org.restorative.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.restorative.core.privacy.PseudonymisedCase;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON Schema (draft 2020-12) of one line of the pseudonymised-case format. It is generated
 * from the same declaration that writes and reads the lines, shipped in this jar as {@code
 * org/restorative/json/restorative-pseudonymised-case-1.schema.json} and published in the project's
 * {@code docs/schema/} beside the case-record and policy schemas; a test keeps the three identical.
 */
public final class PseudonymisedSchema {

  /** The schema's resource name, next to this class. */
  public static final String RESOURCE =
      PseudonymisedCaseJson.FORMAT_NAME + "-" + PseudonymisedCaseJson.VERSION + ".schema.json";

  private PseudonymisedSchema() {}

  /**
   * The shipped schema of the current format version.
   *
   * @return the schema's text
   */
  public static String current() {
    try (InputStream in = PseudonymisedSchema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "the pseudonymised-case schema resource is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Generates the schema of the current format version from the format's declaration.
   *
   * @return the schema's text, indented, ending with a newline
   */
  public static String generate() {
    SchemaBuilder schemas = new SchemaBuilder();
    ObjectNode body = PseudonymisedFormats.CASE.definition(schemas);
    ObjectNode schema = schemas.object();
    schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    schema.put("$id", "urn:restorative:pseudonymised-case:" + PseudonymisedCaseJson.VERSION);
    schema.put(
        "title",
        "restorative pseudonymised case, one line of NDJSON, format version "
            + PseudonymisedCaseJson.VERSION);
    schema.put(
        "description",
        "The pseudonymised view of one case: keyed pseudonyms, months, age bands and codes; no names,"
            + " dates or free text. Still personal data under UK GDPR.");
    schema.put("type", "object");
    ObjectNode properties = schema.putObject("properties");
    for (Map.Entry<String, JsonNode> property : body.get("properties").properties()) {
      properties.set(property.getKey(), property.getValue());
      if (property.getKey().equals(PseudonymisedFormats.NOTICE)) {
        // The model refuses any other notice; the schema says the same.
        ((ObjectNode) property.getValue()).put("const", PseudonymisedCase.NOTICE);
        PseudonymisedCaseJson.HEADER.define(properties);
      }
    }
    return schemas.document(schema, body, PseudonymisedCaseJson.HEADER);
  }
}
