package org.restorative.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.restorative.core.casefile.Stage;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Proves the upcasting mechanism with a test-only earlier version: in "version 0" the case's id was
 * called {@code caseNumber} and its stage {@code status}.
 */
class UpcasterTest {

  /** The test-only upcaster from version 0 to version 1. */
  static final Upcaster FROM_VERSION_0 =
      new Upcaster() {
        @Override
        public int fromVersion() {
          return 0;
        }

        @Override
        public ObjectNode upcast(ObjectNode document) {
          JsonNode number = document.remove("caseNumber");
          JsonNode status = document.remove("status");
          ObjectNode upgraded = document.objectNode();
          document.properties().forEach(e -> upgraded.set(e.getKey(), e.getValue()));
          upgraded.set("id", number);
          upgraded.set("stage", status);
          return upgraded;
        }
      };

  static String versionZeroDocument() {
    return JsonFixtures.referralDocument()
        .replace("\"formatVersion\": 1", "\"formatVersion\": 0")
        .replace("\"id\": \"SYN-000000\"", "\"caseNumber\": \"SYN-000000\"")
        .replace("\"stage\": \"REFERRAL\"", "\"status\": \"REFERRAL\"");
  }

  @Test
  void a_version_0_record_is_upcast_and_read_as_the_same_case() {
    ReadResult result = CaseJson.strict().withUpcaster(FROM_VERSION_0).read(versionZeroDocument());

    assertThat(result.problems()).isEmpty();
    assertThat(result.restorativeCase()).contains(JsonFixtures.goldenCase(Stage.REFERRAL));
  }

  @Test
  void a_reader_without_the_upcaster_refuses_the_old_version() {
    ReadResult result = CaseJson.strict().read(versionZeroDocument());

    assertThat(result.errors())
        .extracting(v -> v.code() + " " + v.path())
        .containsExactly(ProblemCode.JSON_UNSUPPORTED_FORMAT.name() + " /formatVersion");
  }

  @Test
  void the_upcast_record_is_written_in_the_current_version() {
    ReadResult result = CaseJson.strict().withUpcaster(FROM_VERSION_0).read(versionZeroDocument());

    assertThat(CaseJson.strict().write(result.restorativeCase().orElseThrow()))
        .isEqualTo(JsonFixtures.referralDocument());
  }
}
