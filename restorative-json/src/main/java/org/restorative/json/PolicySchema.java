package org.restorative.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.restorative.core.rules.Policy;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON Schema (draft 2020-12) of the policy format. It is generated from the same declaration
 * that reads and writes policies, shipped in this jar as {@code
 * org/restorative/json/restorative-policy-1.schema.json} and published in the project's {@code
 * docs/schema/} beside the case-record schema; a test keeps the three identical. Each setting
 * carries its unit and meaning as its {@code description} and, when it has one, its {@code
 * default}.
 */
public final class PolicySchema {

  /** The schema's resource name, next to this class. */
  public static final String RESOURCE =
      PolicyJson.FORMAT_NAME + "-" + PolicyJson.VERSION + ".schema.json";

  private PolicySchema() {}

  /**
   * The shipped schema of the current format version.
   *
   * @return the schema's text
   */
  public static String current() {
    try (InputStream in = PolicySchema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the policy schema resource is missing from the jar");
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
    ObjectNode body = PolicyFormats.POLICY.definition(schemas);
    JsonNode defaults = CaseJson.tree(PolicyJson.strict().write(Policy.standard()));
    ObjectNode schema = schemas.object();
    schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    schema.put("$id", "urn:restorative:policy:" + PolicyJson.VERSION);
    schema.put("title", "restorative trust policy, format version " + PolicyJson.VERSION);
    schema.put(
        "description",
        "A trust's policy: every setting is optional; one left out keeps its default, or stays unset."
            + " The question catalogue is set in code, not here.");
    schema.put("type", "object");
    ObjectNode properties = schema.putObject("properties");
    PolicyJson.HEADER.define(properties);
    for (Map.Entry<String, JsonNode> property : body.get("properties").properties()) {
      ObjectNode setting = (ObjectNode) property.getValue();
      PolicyFormats.Setting about = PolicyFormats.setting(property.getKey());
      setting.put("description", about.meaning() + " Unit: " + about.unit() + ".");
      JsonNode standard = defaults.get(property.getKey());
      if (standard != null) {
        setting.set("default", standard);
      }
      properties.set(property.getKey(), setting);
    }
    return schemas.document(schema, body, PolicyJson.HEADER);
  }
}
