package org.restorative.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restorative.core.party.TrainingLevel;
import org.restorative.core.rules.Policy;
import org.restorative.core.rules.Severity;

class PolicyFileTest {

  @TempDir Path dir;

  private Policy read(String json) {
    return PolicyFile.read(ExamplesFixtures.write(dir.resolve("policy.json"), json));
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
    assertThat(PolicyFile.keys()).hasSize(12);
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
  void an_unknown_setting_is_refused_with_exit_code_2() {
    assertThatThrownBy(() -> read("{\"supervisionInterval\": \"P8W\", \"colour\": \"red\"}"))
        .isInstanceOf(CommandFailure.class)
        .hasMessageContaining("unknown setting, member 2 of its object")
        .hasMessageNotContaining("colour")
        .satisfies(e -> assertThat(((CommandFailure) e).exitCode()).isEqualTo(2));
  }

  @Test
  void a_value_of_the_wrong_kind_names_the_setting_and_what_it_needs() {
    assertThatThrownBy(() -> read("{\"supervisionInterval\": 12}"))
        .isInstanceOf(CommandFailure.class)
        .hasMessageContaining("supervisionInterval must be an ISO-8601 period");
    assertThatThrownBy(() -> read("{\"minimumFacilitatorLevel\": \"EXPERT\"}"))
        .hasMessageContaining("minimumFacilitatorLevel must be one of FOUNDATION");
    assertThatThrownBy(() -> read("{\"proportionalityHoursThreshold\": 2.5}"))
        .hasMessageContaining("proportionalityHoursThreshold must be a whole number");
  }

  @Test
  void a_setting_the_policy_refuses_is_reported_without_its_value() {
    assertThatThrownBy(() -> read("{\"consentReconfirmationWindow\": \"-P3D\"}"))
        .isInstanceOf(CommandFailure.class)
        .hasMessageContaining("consentReconfirmationWindow must not be negative")
        .hasMessageNotContaining("-P3D");
  }

  @Test
  void a_file_that_is_not_one_json_object_is_refused() {
    assertThatThrownBy(() -> read("[1]")).hasMessageContaining("must hold one JSON object");
    assertThatThrownBy(() -> read("{\"zone\": ")).hasMessageContaining("not well-formed JSON");
    assertThatThrownBy(() -> read("{\"zone\": \"UTC\", \"zone\": \"UTC\"}"))
        .hasMessageContaining("not well-formed JSON");
    assertThatThrownBy(() -> PolicyFile.read(dir.resolve("missing.json")))
        .hasMessageContaining("cannot be read: no such file");
  }
}
