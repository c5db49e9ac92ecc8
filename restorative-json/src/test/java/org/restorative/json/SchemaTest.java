package org.restorative.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.restorative.core.casefile.Stage;

/**
 * The published JSON Schema: identical in the jar, in the docs and as generated; every written
 * record and every golden file passes an independent draft 2020-12 validator (networknt, with
 * format assertions on); hand-made broken records fail it.
 */
class SchemaTest {

  /** The published schema, loaded once, with format assertions on. */
  private static final class Published {
    static final Schema SCHEMA = PublishedSchemas.load(CaseSchema.current());
  }

  static List<Error> validate(String json) {
    return Published.SCHEMA.validate(json, InputFormat.JSON);
  }

  @Test
  void the_shipped_schema_the_published_schema_and_the_generated_schema_are_identical()
      throws IOException {
    PublishedSchemas.assertCurrent(
        CaseSchema.RESOURCE, CaseSchema.current(), CaseSchema.generate(), "the schema in the jar");
  }

  @ParameterizedTest
  @EnumSource(Stage.class)
  void every_golden_file_passes_the_schema(Stage stage) {
    assertThat(validate(JsonFixtures.read(JsonFixtures.goldenFile(stage)))).isEmpty();
  }

  @Test
  void a_draft_with_gaps_passes_the_schema() {
    assertThat(validate(JsonFixtures.read(JsonFixtures.GOLDEN.resolve("record-gaps.json"))))
        .isEmpty();
  }

  @Test
  void the_golden_organisational_case_passes_the_schema() {
    assertThat(validate(JsonFixtures.read(JsonFixtures.ORGANISATION_GOLDEN))).isEmpty();
  }

  @Test
  void every_written_record_passes_the_schema() {
    qt().withFixedSeed(20261121L)
        .withExamples(300)
        .forAll(RoundTripPropertiesTest.CASES)
        .checkAssert(c -> assertThat(validate(CaseJson.strict().write(c))).isEmpty());
  }

  static Stream<String[]> brokenRecords() {
    String valid = JsonFixtures.referralDocument();
    return Stream.of(
        new String[] {"no format name", valid.replace("\"format\": \"restorative-case\",", "")},
        new String[] {
          "another version", valid.replace("\"formatVersion\": 1", "\"formatVersion\": 2")
        },
        new String[] {"a missing stage", valid.replace("\"stage\": \"REFERRAL\",", "")},
        new String[] {
          "an unknown stage code", valid.replace("\"stage\": \"REFERRAL\"", "\"stage\": \"TRIAGE\"")
        },
        new String[] {
          "an unknown property", valid.replace("\"stage\":", "\"colour\": \"red\",\n  \"stage\":")
        },
        new String[] {
          "a moment without offset", valid.replaceFirst("(\"receivedAt\": \"[0-9T:.-]+)Z\"", "$1\"")
        },
        new String[] {
          "an id that is a number", valid.replaceFirst("\"id\": \"SYN-000000\"", "\"id\": 7")
        },
        new String[] {"a blank id", valid.replaceFirst("\"id\": \"SYN-000000\"", "\"id\": \"\"")},
        new String[] {
          "a referral whose harms are not a list",
          valid.replaceFirst("\"harms\": \\[ (\"[^\"]+\") \\]", "\"harms\": $1")
        });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenRecords")
  void a_hand_made_broken_record_fails_the_schema(String what, String broken) {
    assertThat(broken).as("the break applied").isNotEqualTo(JsonFixtures.referralDocument());
    assertThat(validate(broken)).as(what).isNotEmpty();
  }
}
