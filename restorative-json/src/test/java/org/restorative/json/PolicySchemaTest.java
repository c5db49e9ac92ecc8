package org.restorative.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.restorative.core.rules.Policy;

/**
 * The published policy schema: identical in the jar, in the docs and as generated; what the writer
 * writes passes an independent draft 2020-12 validator, and what the reader refuses for its type,
 * sign or code fails it. Keeps {@code docs/policy-format.md} current too.
 */
class PolicySchemaTest {

  static final Path PAGE = Path.of("..", "docs", "policy-format.md");

  private static final class Published {
    static final Schema SCHEMA = PublishedSchemas.load(PolicySchema.current());
  }

  static List<Error> validate(String json) {
    return Published.SCHEMA.validate(json, InputFormat.JSON);
  }

  @Test
  void the_shipped_schema_the_published_schema_and_the_generated_schema_are_identical()
      throws IOException {
    PublishedSchemas.assertCurrent(
        PolicySchema.RESOURCE,
        PolicySchema.current(),
        PolicySchema.generate(),
        "the policy schema in the jar");
  }

  @Test
  void the_published_policy_page_is_the_one_the_declaration_generates() throws IOException {
    String generated = PolicyDocs.markdown();
    if (Boolean.getBoolean("restorative.writeDocs")) {
      Files.writeString(PAGE, generated, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(PAGE, StandardCharsets.UTF_8))
        .as("docs/policy-format.md; regenerate with -Drestorative.writeDocs=true")
        .isEqualTo(generated);
    for (ObjectFormat.Property<Policy, Policy.Builder> setting :
        PolicyFormats.POLICY.properties()) {
      assertThat(generated).contains("| `" + setting.name() + "` |");
    }
  }

  @Test
  void the_standard_policy_an_empty_object_and_a_hand_written_file_pass_the_schema() {
    assertThat(validate(PolicyJson.strict().write(Policy.standard()))).isEmpty();
    assertThat(validate("{}")).isEmpty();
    assertThat(
            validate(
                "{\"consentReconfirmationWindow\": \"p14d\", \"supervisionInterval\": \"P8W\","
                    + " \"observedPracticeInterval\": \"P1Y2M\", \"capacityReassessmentWindow\": \"PT1.5S\"}"))
        .isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"colour\": \"red\"}",
        "{\"supervisionInterval\": 12}",
        "{\"supervisionInterval\": \"P\"}",
        "{\"supervisionInterval\": \"PT1H\"}",
        "{\"supervisionInterval\": \"-P8W\"}",
        "{\"consentReconfirmationWindow\": \"P1M\"}",
        "{\"consentReconfirmationWindow\": \"PT\"}",
        "{\"consentReconfirmationWindow\": \"P-3D\"}",
        "{\"minimumFacilitatorLevel\": \"EXPERT\"}",
        "{\"treatingTeamConflictSeverity\": \"warning\"}",
        "{\"coFacilitationWhenSensitive\": \"yes\"}",
        "{\"proportionalityAmountThreshold\": -1}",
        "{\"proportionalityHoursThreshold\": 2.5}",
        "{\"proportionalityHoursThreshold\": -1}",
        "{\"zone\": \"\"}",
        "{\"format\": \"restorative-case\"}",
        "{\"formatVersion\": 2}"
      })
  void what_the_reader_refuses_for_its_type_sign_or_code_fails_the_schema(String json) {
    assertThat(PolicyJson.strict().read(json).isRead()).isFalse();
    assertThat(validate(json)).isNotEmpty();
  }
}
