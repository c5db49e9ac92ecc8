package org.restorative.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the case and policy schema tests share: loading a schema, and keeping its copies current.
 */
final class PublishedSchemas {

  private PublishedSchemas() {}

  /** A schema's text as networknt's validator, draft 2020-12, with format assertions on. */
  static Schema load(String schema) {
    return SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder ->
                builder.schemaRegistryConfig(
                    SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()))
        .getSchema(schema);
  }

  /**
   * Asserts that the schema in the jar and the one published in docs/schema are the generated one;
   * with {@code -Drestorative.writeDocs=true}, writes both first.
   *
   * @param resource the schema's file name
   * @param shipped the schema in the jar
   * @param generated the schema generated now
   * @param jar how the jar's copy is named in a failure
   */
  static void assertCurrent(String resource, String shipped, String generated, String jar)
      throws IOException {
    Path published = Path.of("..", "docs", "schema", resource);
    if (Boolean.getBoolean("restorative.writeDocs")) {
      Files.createDirectories(published.getParent());
      Files.writeString(published, generated, StandardCharsets.UTF_8);
      Files.writeString(
          Path.of("src", "main", "resources", "org", "restorative", "json", resource),
          generated,
          StandardCharsets.UTF_8);
    }
    assertThat(shipped)
        .as(jar + "; regenerate with -Drestorative.writeDocs=true")
        .isEqualTo(generated);
    assertThat(Files.readString(published, StandardCharsets.UTF_8))
        .as("docs/schema; regenerate with -Drestorative.writeDocs=true")
        .isEqualTo(generated);
  }
}
