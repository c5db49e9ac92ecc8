package org.restorative.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.restorative.core.party.TrainingLevel;
import org.restorative.core.questions.QuestionCatalogue;
import org.restorative.core.rules.Policy;
import org.restorative.core.rules.Severity;
import org.restorative.core.rules.Violation;

/** A trust's policy read and written: every setting, every kind of problem, and a round trip. */
class PolicyJsonTest {

  static final String SENTINEL = "Zq7Sentinel";

  private static final PolicyJson STRICT = PolicyJson.strict();

  private static List<String> problems(PolicyReadResult result) {
    return result.problems().stream().map(v -> v.code() + " " + v.path()).toList();
  }

  @Test
  void every_setting_is_read() {
    PolicyReadResult result =
        STRICT.read(
            """
            {
              "zone": "Europe/Dublin",
              "consentReconfirmationWindow": "PT672H",
              "capacityReassessmentWindow": "P3D",
              "supervisionInterval": "P8W",
              "observedPracticeInterval": "P6M",
              "minimumFacilitatorLevel": "INTERMEDIATE",
              "sensitiveCaseFacilitatorLevel": "ADVANCED",
              "treatingTeamConflictSeverity": "WARNING",
              "coFacilitationWhenSensitive": false,
              "proportionalityAmountThreshold": 50.00,
              "proportionalityHoursThreshold": 6,
              "proportionalityDurationThreshold": "P3M"
            }
            """);

    assertThat(result.problems()).isEmpty();
    Policy policy = result.policy().orElseThrow();
    assertThat(policy.zone()).isEqualTo(ZoneId.of("Europe/Dublin"));
    assertThat(policy.consentReconfirmationWindow()).contains(Duration.ofDays(28));
    assertThat(policy.capacityReassessmentWindow()).contains(Duration.ofDays(3));
    assertThat(policy.supervisionInterval()).isEqualTo(Period.ofWeeks(8));
    assertThat(policy.observedPracticeInterval()).isEqualTo(Period.ofMonths(6));
    assertThat(policy.minimumFacilitatorLevel()).isEqualTo(TrainingLevel.INTERMEDIATE);
    assertThat(policy.sensitiveCaseFacilitatorLevel()).isEqualTo(TrainingLevel.ADVANCED);
    assertThat(policy.treatingTeamConflictSeverity()).isEqualTo(Severity.WARNING);
    assertThat(policy.coFacilitationWhenSensitive()).isFalse();
    assertThat(policy.proportionalityAmountThreshold()).contains(new BigDecimal("50.00"));
    assertThat(policy.proportionalityHoursThreshold()).contains(6);
    assertThat(policy.proportionalityDurationThreshold()).contains(Period.ofMonths(3));
    assertThat(policy.questionCatalogue()).isEqualTo(QuestionCatalogue.standard());
    assertThat(PolicyFormats.POLICY.properties()).hasSize(12);
  }

  @Test
  void every_setting_is_written_and_read_back() {
    Policy policy =
        new Policy.Builder()
            .zone(ZoneId.of("Europe/Dublin"))
            .consentReconfirmationWindow(Duration.ofDays(14))
            .capacityReassessmentWindow(Duration.ofHours(36))
            .supervisionInterval(Period.ofWeeks(8))
            .observedPracticeInterval(Period.ofMonths(6))
            .minimumFacilitatorLevel(TrainingLevel.INTERMEDIATE)
            .sensitiveCaseFacilitatorLevel(TrainingLevel.INTERMEDIATE)
            .treatingTeamConflictSeverity(Severity.WARNING)
            .coFacilitationWhenSensitive(false)
            .proportionalityAmountThreshold(new BigDecimal("50.00"))
            .proportionalityHoursThreshold(6)
            .proportionalityDurationThreshold(Period.ofMonths(3))
            .build();

    String json = STRICT.write(policy);

    assertThat(json)
        .isEqualTo(
            """
            {
              "format": "restorative-policy",
              "formatVersion": 1,
              "zone": "Europe/Dublin",
              "consentReconfirmationWindow": "PT336H",
              "capacityReassessmentWindow": "PT36H",
              "supervisionInterval": "P56D",
              "observedPracticeInterval": "P6M",
              "minimumFacilitatorLevel": "INTERMEDIATE",
              "sensitiveCaseFacilitatorLevel": "INTERMEDIATE",
              "treatingTeamConflictSeverity": "WARNING",
              "coFacilitationWhenSensitive": false,
              "proportionalityAmountThreshold": 50.00,
              "proportionalityHoursThreshold": 6,
              "proportionalityDurationThreshold": "P3M"
            }
            """);
    assertThat(STRICT.read(json).policy()).contains(policy);
  }

  @Test
  void the_standard_policy_writes_its_defaults_and_no_unset_setting() {
    assertThat(STRICT.write(Policy.standard()))
        .isEqualTo(
            """
            {
              "format": "restorative-policy",
              "formatVersion": 1,
              "zone": "Europe/London",
              "supervisionInterval": "P84D",
              "observedPracticeInterval": "P12M",
              "minimumFacilitatorLevel": "FOUNDATION",
              "sensitiveCaseFacilitatorLevel": "ADVANCED",
              "treatingTeamConflictSeverity": "ERROR",
              "coFacilitationWhenSensitive": true
            }
            """);
  }

  @Test
  void an_amount_the_reader_would_refuse_is_not_written() {
    Policy policy =
        new Policy.Builder().proportionalityAmountThreshold(new BigDecimal("1E+15")).build();

    assertThatThrownBy(() -> STRICT.write(policy))
        .isInstanceOf(UnwritableValueException.class)
        .hasMessageContaining("/proportionalityAmountThreshold")
        .hasMessageNotContaining("1E+15")
        .hasMessageNotContaining("1000000000000000");
  }

  @Test
  void an_empty_object_is_the_standard_policy_and_null_is_a_setting_left_out() {
    assertThat(STRICT.read("{}").policy()).contains(Policy.standard());
    assertThat(STRICT.read("{\"zone\": null, \"consentReconfirmationWindow\": null}").policy())
        .contains(Policy.standard());
  }

  static final Gen<Policy> POLICIES = policies();

  private static <T> Gen<Optional<T>> maybe(Gen<T> present) {
    return booleans()
        .all()
        .zip(present, (set, value) -> set ? Optional.of(value) : Optional.<T>empty());
  }

  private static Gen<Policy> policies() {
    List<String> zones = ZoneId.getAvailableZoneIds().stream().sorted().toList();
    Gen<ZoneId> zone = Generate.pick(zones).map(id -> ZoneId.of(id));
    Gen<Duration> duration =
        longs()
            .between(0, 1_000_000_000L)
            .zip(integers().between(0, 999_999_999), Duration::ofSeconds);
    Gen<Period> period =
        integers()
            .between(0, 1000)
            .zip(integers().between(0, 1000), integers().between(0, 10_000), Period::of);
    Gen<TrainingLevel> level = Generate.enumValues(TrainingLevel.class);
    Gen<BigDecimal> amount =
        longs().between(0, 999_999_999_999_999L).zip(integers().between(0, 6), BigDecimal::valueOf);
    Gen<Policy.Builder> first =
        zone.zip(
            maybe(duration),
            maybe(duration),
            period,
            (z, consent, capacity, supervision) -> {
              Policy.Builder b = new Policy.Builder().zone(z).supervisionInterval(supervision);
              consent.ifPresent(b::consentReconfirmationWindow);
              capacity.ifPresent(b::capacityReassessmentWindow);
              return b;
            });
    Gen<Policy.Builder> second =
        first.zip(
            period,
            level,
            level,
            (b, observed, minimum, sensitive) ->
                b.observedPracticeInterval(observed)
                    .minimumFacilitatorLevel(minimum)
                    .sensitiveCaseFacilitatorLevel(sensitive));
    Gen<Policy.Builder> third =
        second.zip(
            Generate.enumValues(Severity.class),
            booleans().all(),
            maybe(amount),
            (b, severity, co, a) -> {
              b.treatingTeamConflictSeverity(severity).coFacilitationWhenSensitive(co);
              a.ifPresent(b::proportionalityAmountThreshold);
              return b;
            });
    return third.zip(
        maybe(integers().between(0, Integer.MAX_VALUE)),
        maybe(period),
        (b, hours, runs) -> {
          hours.ifPresent(b::proportionalityHoursThreshold);
          runs.ifPresent(b::proportionalityDurationThreshold);
          return b.build();
        });
  }

  @Test
  void every_policy_written_reads_back_equal_and_passes_the_schema() {
    qt().withFixedSeed(20261206L)
        .withExamples(500)
        .forAll(POLICIES)
        .checkAssert(
            policy -> {
              String json = STRICT.write(policy);
              PolicyReadResult read = STRICT.read(json);
              assertThat(read.problems()).isEmpty();
              assertThat(read.policy()).contains(policy);
              assertThat(STRICT.write(read.policy().orElseThrow())).isEqualTo(json);
              assertThat(PolicySchemaTest.validate(json)).isEmpty();
            });
  }

  static Stream<Arguments> problemKinds() {
    return Stream.of(
        Arguments.of(
            "{\"supervisionInterval\": \"P8W\", \"colour\": \"red\"}", "JSON_UNKNOWN_PROPERTY "),
        Arguments.of("{\"supervisionInterval\": 12}", "JSON_WRONG_TYPE /supervisionInterval"),
        Arguments.of(
            "{\"coFacilitationWhenSensitive\": \"yes\"}",
            "JSON_WRONG_TYPE /coFacilitationWhenSensitive"),
        Arguments.of(
            "{\"proportionalityHoursThreshold\": 2.5}",
            "JSON_WRONG_TYPE /proportionalityHoursThreshold"),
        Arguments.of(
            "{\"proportionalityAmountThreshold\": \"50\"}",
            "JSON_WRONG_TYPE /proportionalityAmountThreshold"),
        Arguments.of("{\"zone\": 1}", "JSON_WRONG_TYPE /zone"),
        Arguments.of(
            "{\"consentReconfirmationWindow\": \"14 days\"}",
            "JSON_INVALID_TIME /consentReconfirmationWindow"),
        Arguments.of(
            "{\"capacityReassessmentWindow\": \"P1M\"}",
            "JSON_INVALID_TIME /capacityReassessmentWindow"),
        Arguments.of(
            "{\"observedPracticeInterval\": \"PT1H\"}",
            "JSON_INVALID_TIME /observedPracticeInterval"),
        Arguments.of(
            "{\"consentReconfirmationWindow\": \"PT99999999999999999999H\"}",
            "JSON_OUT_OF_RANGE /consentReconfirmationWindow"),
        Arguments.of(
            "{\"supervisionInterval\": \"P99999999999W\"}",
            "JSON_OUT_OF_RANGE /supervisionInterval"),
        Arguments.of(
            "{\"proportionalityAmountThreshold\": 1e15}",
            "JSON_OUT_OF_RANGE /proportionalityAmountThreshold"),
        Arguments.of(
            "{\"proportionalityHoursThreshold\": 2147483648}",
            "JSON_OUT_OF_RANGE /proportionalityHoursThreshold"),
        Arguments.of(
            "{\"consentReconfirmationWindow\": \"-P3D\"}",
            "JSON_INVALID_VALUE /consentReconfirmationWindow"),
        Arguments.of(
            "{\"capacityReassessmentWindow\": \"P-3D\"}",
            "JSON_INVALID_VALUE /capacityReassessmentWindow"),
        Arguments.of(
            "{\"supervisionInterval\": \"+P8W\"}", "JSON_INVALID_VALUE /supervisionInterval"),
        Arguments.of(
            "{\"proportionalityDurationThreshold\": \"P-1M\"}",
            "JSON_INVALID_VALUE /proportionalityDurationThreshold"),
        Arguments.of(
            "{\"proportionalityAmountThreshold\": -1}",
            "JSON_INVALID_VALUE /proportionalityAmountThreshold"),
        Arguments.of(
            "{\"proportionalityHoursThreshold\": -1}",
            "JSON_INVALID_VALUE /proportionalityHoursThreshold"),
        Arguments.of("{\"zone\": \"Europe/Atlantis\"}", "JSON_INVALID_VALUE /zone"),
        Arguments.of(
            "{\"minimumFacilitatorLevel\": \"EXPERT\"}",
            "JSON_UNKNOWN_CODE /minimumFacilitatorLevel"),
        Arguments.of(
            "{\"sensitiveCaseFacilitatorLevel\": \"advanced\"}",
            "JSON_UNKNOWN_CODE /sensitiveCaseFacilitatorLevel"),
        Arguments.of(
            "{\"treatingTeamConflictSeverity\": \"FATAL\"}",
            "JSON_UNKNOWN_CODE /treatingTeamConflictSeverity"),
        Arguments.of("{\"zone\": \"UTC\", \"zone\": \"UTC\"}", "JSON_DUPLICATE_PROPERTY /zone"),
        Arguments.of("{\"colour\": 1, \"colour\": 2}", "JSON_DUPLICATE_PROPERTY "),
        Arguments.of("{\"zone\": ", "JSON_MALFORMED /zone"),
        Arguments.of("{\"zone\" \"UTC\"}", "JSON_MALFORMED /zone"),
        Arguments.of("{]", "JSON_MALFORMED "),
        Arguments.of("", "JSON_MALFORMED "),
        Arguments.of("{} {}", "JSON_TRAILING_CONTENT "),
        Arguments.of("[1]", "JSON_WRONG_TYPE "),
        Arguments.of("\"P14D\"", "JSON_WRONG_TYPE "),
        Arguments.of(
            "{\"zone\": [[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]}", "JSON_LIMIT_EXCEEDED /zone"),
        Arguments.of("{\"zone\": \"" + "a".repeat(1001) + "\"}", "JSON_LIMIT_EXCEEDED /zone"),
        Arguments.of(
            "{\"proportionalityAmountThreshold\": 1e2147483648}",
            "JSON_OUT_OF_RANGE /proportionalityAmountThreshold"),
        Arguments.of("{\"format\": \"restorative-case\"}", "JSON_UNSUPPORTED_FORMAT /format"),
        Arguments.of(
            "{\"format\": \"restorative-policy\", \"formatVersion\": 2}",
            "JSON_UNSUPPORTED_FORMAT /formatVersion"),
        Arguments.of("{\"formatVersion\": \"1\"}", "JSON_UNSUPPORTED_FORMAT /formatVersion"));
  }

  @ParameterizedTest
  @MethodSource("problemKinds")
  void each_kind_of_bad_input_is_one_problem_with_its_code_and_pointer(
      String json, String problem) {
    PolicyReadResult result = STRICT.read(json);

    assertThat(result.policy()).isEmpty();
    assertThat(problems(result)).containsExactly(problem);
    assertThat(result.problems()).allSatisfy(v -> assertThat(v.isError()).isTrue());
    assertThat(result.problems())
        .extracting(Violation::source)
        .containsOnly("restorative policy format, version 1");
  }

  @Test
  void every_problem_of_a_document_is_reported_not_only_the_first() {
    PolicyReadResult result =
        STRICT.read(
            "{\"zone\": 1, \"colour\": 2, \"supervisionInterval\": \"-P1W\", \"minimumFacilitatorLevel\": \"X\"}");

    assertThat(problems(result))
        .containsExactly(
            "JSON_WRONG_TYPE /zone",
            "JSON_INVALID_VALUE /supervisionInterval",
            "JSON_UNKNOWN_CODE /minimumFacilitatorLevel",
            "JSON_UNKNOWN_PROPERTY ");
    assertThat(result.problems().get(3).message())
        .isEqualTo("Member 2 of this object is a property the format does not define.");
  }

  @Test
  void a_lenient_reader_drops_an_unknown_setting_with_a_warning() {
    PolicyReadResult result =
        PolicyJson.lenient().read("{\"supervisionInterval\": \"P8W\", \"colour\": \"red\"}");

    assertThat(result.policy())
        .contains(new Policy.Builder().supervisionInterval(Period.ofWeeks(8)).build());
    assertThat(result.warnings())
        .extracting(Violation::code)
        .containsExactly("JSON_UNKNOWN_PROPERTY");
    assertThat(result.errors()).isEmpty();
    assertThat(PolicyJson.lenient().isLenient()).isTrue();
    assertThat(STRICT.isLenient()).isFalse();
  }

  @Test
  void the_format_header_is_read_when_present_and_not_required() {
    assertThat(STRICT.read("{\"format\": \"restorative-policy\", \"formatVersion\": 1}").policy())
        .contains(Policy.standard());
    assertThat(STRICT.read("{\"formatVersion\": 1}").policy()).contains(Policy.standard());
  }

  @Test
  void bytes_streams_and_readers_are_read_like_text_and_bad_utf8_is_refused() {
    String json = "\uFEFF{\"supervisionInterval\": \"P8W\"}";
    Policy expected = new Policy.Builder().supervisionInterval(Period.ofWeeks(8)).build();
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);

    assertThat(STRICT.read(json).policy()).contains(expected);
    assertThat(STRICT.read(bytes).policy()).contains(expected);
    assertThat(STRICT.read(new ByteArrayInputStream(bytes)).policy()).contains(expected);
    assertThat(STRICT.read(new StringReader(json)).policy()).contains(expected);
    assertThat(problems(STRICT.read(new byte[] {'{', (byte) 0xC0, (byte) 0x80, '}'})))
        .containsExactly("JSON_INVALID_ENCODING ");
  }

  @Test
  void a_document_over_the_length_limit_is_refused_before_parsing() {
    String json = "{\"zone\": \"UTC\"" + " ".repeat(PolicyJson.MAX_DOCUMENT_LENGTH) + "}";

    assertThat(problems(STRICT.read(json))).containsExactly("JSON_LIMIT_EXCEEDED ");
    assertThat(problems(STRICT.read(new StringReader(json))))
        .containsExactly("JSON_LIMIT_EXCEEDED ");
    assertThat(
            problems(STRICT.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))))
        .containsExactly("JSON_LIMIT_EXCEEDED ");
  }

  @Test
  void past_the_problem_limit_the_rest_are_counted_and_no_policy_is_read() {
    StringBuilder json = new StringBuilder("{");
    for (int i = 0; i < 150; i++) {
      json.append(i == 0 ? "" : ",").append("\"k").append(i).append("\": 0");
    }
    PolicyReadResult result = PolicyJson.lenient().read(json.append('}').toString());

    assertThat(result.policy()).isEmpty();
    assertThat(result.problems()).hasSize(PolicyJson.MAX_PROBLEMS + 1);
    assertThat(result.problems().get(PolicyJson.MAX_PROBLEMS).code())
        .isEqualTo("JSON_TOO_MANY_PROBLEMS");
    assertThat(result.problems().get(PolicyJson.MAX_PROBLEMS).message())
        .contains("50 more are not listed");
  }

  @Test
  void a_sentinel_in_a_name_or_a_value_never_reaches_a_problem_or_the_result_text() {
    List<String> documents =
        List.of(
            "{\"" + SENTINEL + "\": 1}",
            "{\"" + SENTINEL + "\": 1, \"" + SENTINEL + "\": 2}",
            "{\"" + SENTINEL + "\": [",
            "{\"" + SENTINEL + "\": {\"deeper\": \"" + "a".repeat(1001) + "\"}}",
            "{\"zone\": \"" + SENTINEL + "\"}",
            "{\"consentReconfirmationWindow\": \"" + SENTINEL + "\"}",
            "{\"consentReconfirmationWindow\": \"-P" + SENTINEL + "\"}",
            "{\"supervisionInterval\": \"" + SENTINEL + "\"}",
            "{\"minimumFacilitatorLevel\": \"" + SENTINEL + "\"}",
            "{\"treatingTeamConflictSeverity\": \"" + SENTINEL + "\"}",
            "{\"coFacilitationWhenSensitive\": \"" + SENTINEL + "\"}",
            "{\"proportionalityAmountThreshold\": \"" + SENTINEL + "\"}",
            "{\"format\": \"" + SENTINEL + "\"}",
            "{\"zone\": \"UTC\"} \"" + SENTINEL + "\"",
            "\"" + SENTINEL + "\"");
    for (String json : documents) {
      for (PolicyJson reader : List.of(STRICT, PolicyJson.lenient())) {
        PolicyReadResult result = reader.read(json);
        assertThat(result.problems()).as(json).isNotEmpty();
        assertThat(result.problems())
            .as(json)
            .allSatisfy(
                v -> {
                  assertThat(v.path()).doesNotContain(SENTINEL);
                  assertThat(v.message()).doesNotContain(SENTINEL);
                  assertThat(v.toString()).doesNotContain(SENTINEL);
                });
        assertThat(result.toString()).doesNotContain(SENTINEL);
      }
    }
  }
}
