package org.restorative.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restorative.core.party.TrainingLevel;
import org.restorative.core.rules.Policy;
import org.restorative.core.rules.Severity;
import org.restorative.json.PolicyJson;

class PolicyFileTest {

  @TempDir Path dir;

  private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
  private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

  private Policy read(String json) {
    return PolicyFile.read(CommandFixtures.write(dir.resolve("policy.json"), json), err);
  }

  private List<String> errLines() {
    return errBytes.toString(StandardCharsets.UTF_8).lines().toList();
  }

  /**
   * The problem lines printed for a file that is refused, after checking it is refused with exit
   * code 2.
   */
  private List<String> refused(String json) {
    assertThatThrownBy(() -> read(json))
        .isInstanceOf(CommandFailure.class)
        .hasMessageContaining("is not used")
        .satisfies(e -> assertThat(((CommandFailure) e).exitCode()).isEqualTo(2));
    return errLines();
  }

  @Test
  void every_setting_of_the_policy_can_be_given() {
    Policy policy =
        read(
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

    assertThat(policy.zone()).isEqualTo(ZoneId.of("Europe/Dublin"));
    assertThat(policy.consentReconfirmationWindow()).contains(Duration.ofDays(28));
    assertThat(policy.capacityReassessmentWindow()).contains(Duration.ofDays(3));
    assertThat(policy.supervisionInterval()).isEqualTo(Period.ofWeeks(8));
    assertThat(policy.observedPracticeInterval()).isEqualTo(Period.ofMonths(6));
    assertThat(policy.minimumFacilitatorLevel()).isEqualTo(TrainingLevel.INTERMEDIATE);
    assertThat(policy.sensitiveCaseFacilitatorLevel()).isEqualTo(TrainingLevel.ADVANCED);
    assertThat(policy.treatingTeamConflictSeverity()).isEqualTo(Severity.WARNING);
    assertThat(policy.coFacilitationWhenSensitive()).isFalse();
    assertThat(policy.proportionalityAmountThreshold())
        .hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo(new BigDecimal("50")));
    assertThat(policy.proportionalityHoursThreshold()).contains(6);
    assertThat(policy.proportionalityDurationThreshold()).contains(Period.ofMonths(3));
    assertThat(errLines()).isEmpty();
  }

  @Test
  void a_setting_left_out_keeps_its_default() {
    assertThat(read("{}")).isEqualTo(Policy.standard());
  }

  @Test
  void the_settings_no_source_fixes_stay_unset_when_left_out() {
    Policy policy = read("{}");

    assertThat(policy.consentReconfirmationWindow()).isEmpty();
    assertThat(policy.capacityReassessmentWindow()).isEmpty();
    assertThat(policy.proportionalityAmountThreshold()).isEmpty();
    assertThat(policy.proportionalityHoursThreshold()).isEmpty();
    assertThat(policy.proportionalityDurationThreshold()).isEmpty();
  }

  @Test
  void a_file_the_library_writes_is_read() {
    assertThat(read(PolicyJson.strict().write(Policy.standard()))).isEqualTo(Policy.standard());
  }

  @Test
  void an_unknown_setting_is_one_line_by_position_and_the_failure_lists_the_settings() {
    assertThatThrownBy(() -> read("{\"supervisionInterval\": \"P8W\", \"colour\": \"red\"}"))
        .isInstanceOf(CommandFailure.class)
        .hasMessageContaining(
            "is not used: 1 problem; the settings are zone, consentReconfirmationWindow,")
        .hasMessageNotContaining("colour")
        .satisfies(e -> assertThat(((CommandFailure) e).exitCode()).isEqualTo(2));
    assertThat(errLines())
        .singleElement()
        .asString()
        .endsWith(
            "policy.json: ERROR JSON_UNKNOWN_PROPERTY -"
                + " Member 2 of this object is a property the format does not define.")
        .doesNotContain("colour");
  }

  @Test
  void a_value_of_the_wrong_kind_is_one_line_with_its_code_and_the_setting() {
    assertThat(refused("{\"supervisionInterval\": 12}"))
        .singleElement()
        .asString()
        .contains("ERROR JSON_WRONG_TYPE /supervisionInterval Expected a period as a string.");
  }

  @Test
  void each_kind_of_bad_value_has_its_code() {
    assertThat(
            refused(
                "{\"minimumFacilitatorLevel\": \"EXPERT\", \"proportionalityHoursThreshold\": 2.5,"
                    + " \"zone\": \"Mars/Olympus\", \"observedPracticeInterval\": \"a year\"}"))
        .hasSize(4)
        .anySatisfy(l -> assertThat(l).contains("JSON_UNKNOWN_CODE /minimumFacilitatorLevel"))
        .anySatisfy(l -> assertThat(l).contains("JSON_WRONG_TYPE /proportionalityHoursThreshold"))
        .anySatisfy(l -> assertThat(l).contains("JSON_INVALID_VALUE /zone"))
        .anySatisfy(l -> assertThat(l).contains("JSON_INVALID_TIME /observedPracticeInterval"))
        .noneSatisfy(l -> assertThat(l).containsAnyOf("EXPERT", "Mars", "a year"));
  }

  @Test
  void a_setting_the_policy_refuses_is_reported_without_its_value() {
    assertThat(refused("{\"consentReconfirmationWindow\": \"-P3D\"}"))
        .singleElement()
        .asString()
        .contains("JSON_INVALID_VALUE /consentReconfirmationWindow")
        .contains("not negative")
        .doesNotContain("-P3D");
  }

  @Test
  void a_file_that_is_not_one_json_object_is_refused() {
    assertThat(refused("[1]")).singleElement().asString().contains("JSON_WRONG_TYPE -");
  }

  @Test
  void a_file_that_is_not_well_formed_is_refused() {
    assertThat(refused("{\"zone\": ")).singleElement().asString().contains("JSON_MALFORMED /zone");
  }

  @Test
  void a_setting_given_twice_is_refused() {
    assertThat(refused("{\"zone\": \"UTC\", \"zone\": \"UTC\"}"))
        .singleElement()
        .asString()
        .contains("JSON_DUPLICATE_PROPERTY /zone");
  }

  @Test
  void a_missing_file_cannot_be_read() {
    assertThatThrownBy(() -> PolicyFile.read(dir.resolve("missing.json"), err))
        .isInstanceOf(CommandFailure.class)
        .hasMessageContaining("cannot be read: no such file")
        .satisfies(e -> assertThat(((CommandFailure) e).exitCode()).isEqualTo(2));
  }
}
