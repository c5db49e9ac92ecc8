package org.restorative.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.casefile.Stage;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

/** The Jackson module, found through the service loader, reads and writes case records. */
class JacksonModuleTest {

  static final JsonMapper MAPPER = JsonMapper.builder().findAndAddModules().build();

  @Test
  void a_mapper_that_finds_modules_writes_and_reads_case_records_in_the_format() {
    RestorativeCase c = JsonFixtures.goldenCase(Stage.FOLLOW_UP);

    String json = MAPPER.writeValueAsString(c);
    RestorativeCase read = MAPPER.readValue(json, RestorativeCase.class);

    assertThat(json).startsWith("{\"format\":\"restorative-case\",\"formatVersion\":1,");
    assertThat(read).isEqualTo(c);
  }

  @Test
  void a_bad_record_fails_with_codes_and_pointers_and_no_value_from_the_input() {
    String json =
        JsonFixtures.referralDocument()
            .replace("\"stage\": \"REFERRAL\"", "\"stage\": \"" + JsonFixtures.SENTINEL + "\"");

    assertThatThrownBy(() -> MAPPER.readValue(json, RestorativeCase.class))
        .isInstanceOf(DatabindException.class)
        .hasMessageContaining(ProblemCode.JSON_UNKNOWN_CODE.name() + " at /stage")
        .hasMessageNotContaining("Zebedee");
  }

  @Test
  void a_malformed_record_fails_without_a_value_or_a_name_from_the_input() {
    String json =
        JsonFixtures.referralDocument().replace("\"stage\": \"REFERRAL\"", "\"stage\": Zq7Value");

    assertThatThrownBy(() -> MAPPER.readValue(json, RestorativeCase.class))
        .isInstanceOf(DatabindException.class)
        .hasMessageContaining(ProblemCode.JSON_MALFORMED.name() + " at /stage")
        .hasMessageNotContaining("Zq7");
  }

  @Test
  void a_record_past_a_limit_of_the_mapper_fails_at_the_place_the_format_defines() {
    String json =
        JsonFixtures.referralDocument()
            .replaceFirst(
                "\"referral\": \\{",
                "\"referral\": {\"Zq7Sentinel\": " + "[".repeat(2_000) + "]".repeat(2_000) + ",");

    assertThatThrownBy(() -> MAPPER.readValue(json, RestorativeCase.class))
        .isInstanceOf(DatabindException.class)
        .hasMessageContaining(ProblemCode.JSON_LIMIT_EXCEEDED.name() + " at /referral")
        .hasMessageNotContaining("Zq7");
  }
}
