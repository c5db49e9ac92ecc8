package org.restorative.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.groups.Tuple.tuple;
import static org.restorative.json.JsonFixtures.SENTINEL;
import static org.restorative.json.JsonFixtures.referralDocument;

import org.junit.jupiter.api.Test;
import org.restorative.core.rules.Severity;
import org.restorative.core.rules.Violation;

/**
 * Hostile and broken input: each gives its documented problem with a JSON Pointer and no exception,
 * and a personal value planted in the input never appears in a problem's message.
 */
class HostileInputTest {

  static ReadResult read(String json) {
    ReadResult[] result = new ReadResult[1];
    assertThatCode(() -> result[0] = CaseJson.strict().read(json)).doesNotThrowAnyException();
    for (Violation problem : result[0].problems()) {
      assertThat(problem.message()).doesNotContain("Zebedee").doesNotContain("1961-04-02");
    }
    return result[0];
  }

  /** The referral document with its first party's name replaced by the sentinel. */
  static String withSentinelName() {
    return referralDocument()
        .replaceFirst("\"name\": \"[^\"]*\"", "\"name\": \"" + SENTINEL + "\"");
  }

  @Test
  void a_truncated_document_is_malformed() {
    String truncated = withSentinelName().substring(0, withSentinelName().length() / 2);

    assertThat(read(truncated).problems())
        .extracting(Violation::code)
        .containsExactly(ProblemCode.JSON_MALFORMED.name());
  }

  @Test
  void a_string_where_an_object_belongs_is_the_wrong_type_at_its_pointer() {
    String json =
        withSentinelName()
            .replaceFirst("\"referral\": \\{", "\"referral\": \"" + SENTINEL + "\", \"x\": {");

    ReadResult result = read(json);

    assertThat(result.errors())
        .extracting(Violation::code, Violation::path)
        .contains(tuple(ProblemCode.JSON_WRONG_TYPE.name(), "/referral"));
  }

  @Test
  void an_unknown_code_is_reported_without_echoing_it() {
    String json =
        withSentinelName().replace("\"stage\": \"REFERRAL\"", "\"stage\": \"" + SENTINEL + "\"");

    assertThat(read(json).errors())
        .extracting(Violation::code, Violation::path)
        .containsExactly(tuple(ProblemCode.JSON_UNKNOWN_CODE.name(), "/stage"));
  }

  @Test
  void null_for_a_required_value_is_a_missing_property() {
    String json = withSentinelName().replace("\"stage\": \"REFERRAL\"", "\"stage\": null");

    assertThat(read(json).errors())
        .extracting(Violation::code, Violation::path)
        .containsExactly(tuple(ProblemCode.JSON_MISSING_PROPERTY.name(), "/stage"));
  }

  @Test
  void an_impossible_date_is_an_invalid_time() {
    String json =
        withSentinelName()
            .replaceFirst("\"reportedOn\": \"[0-9-]+\"", "\"reportedOn\": \"2025-02-30\"");

    assertThat(read(json).errors())
        .extracting(Violation::code, Violation::path)
        .containsExactly(tuple(ProblemCode.JSON_INVALID_TIME.name(), "/harms/0/reportedOn"));
  }

  @Test
  void a_moment_without_an_offset_is_refused() {
    String json = withSentinelName().replaceFirst("(\"receivedAt\": \"[0-9T:.-]+)Z\"", "$1\"");

    assertThat(read(json).errors())
        .extracting(Violation::code, Violation::path)
        .containsExactly(tuple(ProblemCode.JSON_INVALID_TIME.name(), "/referral/receivedAt"));
  }

  @Test
  void a_moment_is_read_as_rfc_3339_says_and_as_the_schema_says() {
    String referral = withSentinelName();
    for (String offset : new String[] {"+01", "+01:00:30", "+19:00"}) {
      String json =
          referral.replaceFirst("(\"receivedAt\": \"[0-9T:.-]+)Z\"", "$1" + offset + "\"");
      assertThat(json).isNotEqualTo(referral);

      assertThat(read(json).errors())
          .as(offset)
          .extracting(Violation::code, Violation::path)
          .containsExactly(tuple(ProblemCode.JSON_INVALID_TIME.name(), "/referral/receivedAt"));
    }
    String lowerCase =
        referral.replaceFirst("(\"receivedAt\": \"[0-9-]+)T([0-9:.]+)Z\"", "$1t$2z\"");
    assertThat(lowerCase).isNotEqualTo(referral);
    assertThat(read(lowerCase).problems()).isEmpty();
    assertThat(Codecs.INSTANT_PATTERN).contains("[Tt]").contains("[Zz]").contains("18:00");
  }

  @Test
  void text_with_an_unpaired_surrogate_is_refused_at_its_pointer_as_it_could_not_be_written_back() {
    String json = withSentinelName().replace(SENTINEL, SENTINEL + "\\ud800");
    String reversed = withSentinelName().replace(SENTINEL, "\\udc00\\ud83d" + SENTINEL);
    String paired = withSentinelName().replace(SENTINEL, "\\ud83d\\ude00" + SENTINEL);

    assertThat(read(json).errors())
        .extracting(Violation::code, Violation::path)
        .containsExactly(tuple(ProblemCode.JSON_INVALID_VALUE.name(), "/parties/0/name"));
    assertThat(read(reversed).errors())
        .extracting(Violation::code, Violation::path)
        .containsExactly(tuple(ProblemCode.JSON_INVALID_VALUE.name(), "/parties/0/name"));
    assertThat(read(paired).problems()).isEmpty();
  }

  @Test
  void nesting_deeper_than_the_limit_is_refused() {
    String deep = "[".repeat(CaseJson.MAX_DEPTH + 5) + "]".repeat(CaseJson.MAX_DEPTH + 5);
    String json = withSentinelName().replace("\"stage\": \"REFERRAL\"", "\"stage\": " + deep);

    assertThat(read(json).errors())
        .extracting(Violation::code)
        .containsExactly(ProblemCode.JSON_LIMIT_EXCEEDED.name());
  }

  @Test
  void an_oversized_string_is_refused() {
    String huge = SENTINEL.repeat(CaseJson.MAX_STRING_LENGTH / SENTINEL.length() + 10);
    String json =
        withSentinelName().replaceFirst("\"name\": \"[^\"]*\"", "\"name\": \"" + huge + "\"");

    assertThat(read(json).errors())
        .extracting(Violation::code)
        .containsExactly(ProblemCode.JSON_LIMIT_EXCEEDED.name());
  }

  @Test
  void a_duplicate_key_is_refused_at_its_object() {
    String json =
        withSentinelName()
            .replace(
                "\"stage\": \"REFERRAL\"", "\"stage\": \"REFERRAL\", \"stage\": \"ASSESSMENT\"");

    ReadResult result = read(json);

    assertThat(result.errors())
        .extracting(Violation::code)
        .containsExactly(ProblemCode.JSON_DUPLICATE_PROPERTY.name());
    assertThat(result.errors().get(0).path()).startsWith("/stage");
  }

  @Test
  void content_after_the_document_is_refused() {
    assertThat(read(withSentinelName() + "{\"more\": 1}").errors())
        .extracting(Violation::code)
        .containsExactly(ProblemCode.JSON_TRAILING_CONTENT.name());
  }

  @Test
  void a_document_of_another_format_or_a_newer_version_is_unsupported() {
    assertThat(read("{\"format\": \"something-else\", \"formatVersion\": 1}").errors())
        .extracting(Violation::code, Violation::path)
        .containsExactly(tuple(ProblemCode.JSON_UNSUPPORTED_FORMAT.name(), "/format"));
    assertThat(
            read(withSentinelName().replace("\"formatVersion\": 1", "\"formatVersion\": 99"))
                .errors())
        .extracting(Violation::code, Violation::path)
        .containsExactly(tuple(ProblemCode.JSON_UNSUPPORTED_FORMAT.name(), "/formatVersion"));
    assertThat(read("[1, 2, 3]").errors())
        .extracting(Violation::code)
        .containsExactly(ProblemCode.JSON_WRONG_TYPE.name());
    assertThat(read("").errors())
        .extracting(Violation::code)
        .containsExactly(ProblemCode.JSON_MALFORMED.name());
  }

  @Test
  void several_independent_problems_are_all_reported_at_once() {
    String json =
        withSentinelName()
            .replace("\"stage\": \"REFERRAL\"", "\"stage\": \"" + SENTINEL + "\"")
            .replaceFirst("\"reportedOn\": \"[0-9-]+\"", "\"reportedOn\": \"2025-13-01\"")
            .replaceFirst("\"setting\": \"[A-Z_]+\"", "\"setting\": 12");

    assertThat(read(json).errors())
        .extracting(Violation::code, Violation::path)
        .containsExactlyInAnyOrder(
            tuple(ProblemCode.JSON_UNKNOWN_CODE.name(), "/stage"),
            tuple(ProblemCode.JSON_INVALID_TIME.name(), "/harms/0/reportedOn"),
            tuple(ProblemCode.JSON_WRONG_TYPE.name(), "/harms/0/setting"));
  }

  @Test
  void values_that_break_a_models_invariant_are_reported_at_their_object_without_the_value() {
    String json =
        withSentinelName().replaceFirst("\"id\": \"SYN-000000\"", "\"id\": \" " + SENTINEL + " \"");

    assertThat(read(json).errors())
        .extracting(Violation::code, Violation::path, Violation::severity)
        .containsExactly(tuple(ProblemCode.JSON_INVALID_VALUE.name(), "/id", Severity.ERROR));
  }

  @Test
  void an_id_with_a_lone_surrogate_escape_is_an_invalid_value_at_its_pointer_without_echoing_it() {
    for (String escape : new String[] {"\\ud800", "\\udc00", "\\udc00\\ud800"}) {
      String json =
          withSentinelName()
              .replace("\"id\": \"SYN-000000\"", "\"id\": \"" + SENTINEL + escape + "\"");

      ReadResult result = read(json);

      assertThat(result.errors())
          .extracting(Violation::code, Violation::path, Violation::message)
          .containsExactly(
              tuple(
                  ProblemCode.JSON_INVALID_VALUE.name(),
                  "/id",
                  "CaseId must be valid Unicode text (no unpaired surrogate)"));
      assertThat(result.isRead()).isFalse();
    }
  }

  @Test
  void an_id_with_a_paired_surrogate_escape_is_read_as_the_character_it_encodes() {
    String json =
        withSentinelName().replace("\"id\": \"SYN-000000\"", "\"id\": \"SYN-\\ud83d\\ude00\"");

    ReadResult result = read(json);

    assertThat(result.errors()).isEmpty();
    assertThat(result.restorativeCase()).map(c -> c.id().value()).contains("SYN-\uD83D\uDE00");
  }

  @Test
  void a_place_with_an_empty_segment_is_an_invalid_value_at_its_pointer_without_echoing_it() {
    String json =
        withSentinelName()
            .replaceFirst(
                "\"name\": \"" + SENTINEL + "\"",
                "\"name\": \"x\", \"dischargeConditions\": [{\"type\": \"EXCLUSION_ZONE\","
                    + " \"place\": \"town//"
                    + SENTINEL
                    + "\"}]");

    ReadResult result = read(json);
    assertThat(result.errors())
        .extracting(Violation::code, Violation::path)
        .containsExactly(
            tuple(ProblemCode.JSON_INVALID_VALUE.name(), "/parties/0/dischargeConditions/0/place"));
    assertThat(result.errors()).allSatisfy(v -> assertThat(v.message()).doesNotContain(SENTINEL));
  }

  @Test
  void an_unknown_property_is_refused_when_strict_and_dropped_with_a_warning_when_lenient() {
    String json =
        withSentinelName()
            .replace("\"stage\":", "\"favouriteColour\": \"" + SENTINEL + "\",\n  \"stage\":");

    ReadResult strict = CaseJson.strict().read(json);
    ReadResult lenient = CaseJson.lenient().read(json);

    assertThat(strict.errors())
        .extracting(Violation::code, Violation::path)
        .containsExactly(tuple(ProblemCode.JSON_UNKNOWN_PROPERTY.name(), ""));
    assertThat(strict.restorativeCase()).isEmpty();
    assertThat(lenient.errors()).isEmpty();
    assertThat(lenient.warnings())
        .extracting(Violation::code, Violation::path)
        .containsExactly(tuple(ProblemCode.JSON_UNKNOWN_PROPERTY.name(), ""));
    assertThat(lenient.restorativeCase()).isPresent();
    assertThat(lenient.restorativeCase().get().id().value()).isEqualTo("SYN-000000");
  }

  @Test
  void an_unknown_property_deep_in_the_record_is_reported_at_the_object_that_holds_it() {
    String json =
        withSentinelName()
            .replaceFirst("\"receivedAt\":", "\"mood\": \"" + SENTINEL + "\", \"receivedAt\":");

    assertThat(CaseJson.lenient().read(json).warnings())
        .extracting(Violation::code, Violation::path)
        .containsExactly(tuple(ProblemCode.JSON_UNKNOWN_PROPERTY.name(), "/referral"));
  }
}
