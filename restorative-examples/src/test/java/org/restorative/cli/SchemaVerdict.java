package org.restorative.cli;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.restorative.json.CaseSchema;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The published schema's verdict on a document's bytes, as an independent validator gives it
 * (networknt, draft 2020-12, format assertions on). Bytes that are not one UTF-8 JSON value are no
 * instance of any schema, so the schema refuses them; a leading byte-order mark is skipped, as JSON
 * allows. A repeated property name is parsed as most parsers do, the last value kept.
 */
final class SchemaVerdict {

  private static final Schema SCHEMA =
      SchemaRegistry.withDefaultDialect(
              SpecificationVersion.DRAFT_2020_12,
              builder ->
                  builder.schemaRegistryConfig(
                      SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()))
          .getSchema(CaseSchema.current());

  private static final JsonMapper PARSER =
      JsonMapper.builder()
          .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private SchemaVerdict() {}

  /** The parsed document, or empty when the bytes are not one UTF-8 JSON value. */
  static Optional<JsonNode> parse(byte[] bytes) {
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    try {
      JsonNode node = PARSER.readTree(text);
      return node == null || node.isMissingNode() ? Optional.empty() : Optional.of(node);
    } catch (JacksonException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** The schema's errors for a parsed document. */
  static List<String> errors(JsonNode document) {
    try {
      return SCHEMA.validate(document).stream().map(Error::toString).toList();
    } catch (JacksonException e) {
      // The validator compares a whole number past 64 bits (1E+400) with the schema's maximum by
      // converting it to a long, and fails; such a number is past the maximum, so refused.
      return List.of("the validator cannot compare a number past 64 bits");
    }
  }

  /** Whether the schema accepts the bytes. */
  static boolean accepts(byte[] bytes) {
    return parse(bytes).map(node -> errors(node).isEmpty()).orElse(false);
  }
}
