package org.restorative.core.harm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SeverityTest {

  @Test
  void a_duty_of_candour_grade_is_recorded_with_its_scale() {
    HarmSeverity severity = HarmSeverity.dutyOfCandour(DutyOfCandourGrade.PROLONGED_PSYCHOLOGICAL);

    assertThat(severity.scale()).isEqualTo(SeverityScale.DUTY_OF_CANDOUR_REG20);
    assertThat(severity.grade()).isEqualTo("PROLONGED_PSYCHOLOGICAL");
    assertThat(severity.localScale()).isEmpty();
    assertThat(severity.dutyOfCandourGrade()).contains(DutyOfCandourGrade.PROLONGED_PSYCHOLOGICAL);
    assertThat(severity.nrlsGrade()).isEmpty();
  }

  @Test
  void an_nrls_grade_is_recorded_with_its_scale() {
    HarmSeverity severity = HarmSeverity.nrls(NrlsGrade.LOW);

    assertThat(severity.scale()).isEqualTo(SeverityScale.NRLS_GRADING);
    assertThat(severity.grade()).isEqualTo("LOW");
    assertThat(severity.localScale()).isEmpty();
    assertThat(severity.nrlsGrade()).contains(NrlsGrade.LOW);
    assertThat(severity.dutyOfCandourGrade()).isEmpty();
  }

  @Test
  void a_local_grade_names_the_trusts_own_scale() {
    HarmSeverity severity = HarmSeverity.local("Trust violence and aggression grading", "V3");

    assertThat(severity.scale()).isEqualTo(SeverityScale.LOCAL);
    assertThat(severity.grade()).isEqualTo("V3");
    assertThat(severity.localScale()).contains("Trust violence and aggression grading");
    assertThat(severity.dutyOfCandourGrade()).isEmpty();
    assertThat(severity.nrlsGrade()).isEmpty();
  }

  @Test
  void the_duty_of_candour_scale_only_takes_its_own_grades() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new HarmSeverity.Builder()
                    .scale(SeverityScale.DUTY_OF_CANDOUR_REG20)
                    .grade("CATASTROPHIC")
                    .build())
        .withMessageContaining("grade")
        .withMessageNotContaining("CATASTROPHIC");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new HarmSeverity.Builder()
                    .scale(SeverityScale.DUTY_OF_CANDOUR_REG20)
                    .grade("NO_HARM")
                    .build())
        .withMessageContaining("grade")
        .withMessageNotContaining("NO_HARM");
  }

  @Test
  void the_nrls_scale_only_takes_its_own_grades() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new HarmSeverity.Builder()
                    .scale(SeverityScale.NRLS_GRADING)
                    .grade("PROLONGED_PSYCHOLOGICAL")
                    .build())
        .withMessageContaining("grade")
        .withMessageNotContaining("PROLONGED_PSYCHOLOGICAL");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new HarmSeverity.Builder()
                    .scale(SeverityScale.NRLS_GRADING)
                    .grade("moderate")
                    .build())
        .withMessageContaining("grade")
        .withMessageNotContaining("moderate");
  }

  @Test
  void a_local_scale_takes_the_trusts_own_grade_codes() {
    HarmSeverity severity = HarmSeverity.local("Datix harm grading", "GREEN");

    assertThat(severity.grade()).isEqualTo("GREEN");
  }

  @Test
  void a_local_grade_must_name_its_scale() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new HarmSeverity.Builder().scale(SeverityScale.LOCAL).grade("V3").build())
        .withMessageContaining("localScale")
        .withMessageNotContaining("V3");
  }

  @Test
  void a_named_scale_carries_no_local_scale_name() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new HarmSeverity.Builder()
                    .scale(SeverityScale.NRLS_GRADING)
                    .grade("LOW")
                    .localScale("Datix harm grading")
                    .build())
        .withMessageContaining("localScale")
        .withMessageNotContaining("Datix");
  }

  @Test
  void the_grade_and_the_local_scale_name_must_not_be_blank() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> HarmSeverity.local("Datix harm grading", "  "))
        .withMessageContaining("grade");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> HarmSeverity.local(" ", "V3"))
        .withMessageContaining("localScale")
        .withMessageNotContaining("V3");
  }

  @ParameterizedTest
  @EnumSource(DutyOfCandourGrade.class)
  void every_duty_of_candour_grade_but_below_threshold_meets_the_threshold(
      DutyOfCandourGrade grade) {
    assertThat(HarmSeverity.dutyOfCandour(grade).meetsDutyOfCandourThreshold())
        .isEqualTo(grade != DutyOfCandourGrade.BELOW_THRESHOLD);
  }

  @ParameterizedTest
  @EnumSource(NrlsGrade.class)
  void an_nrls_grade_meets_the_threshold_from_moderate_harm_upwards(NrlsGrade grade) {
    assertThat(HarmSeverity.nrls(grade).meetsDutyOfCandourThreshold())
        .isEqualTo(
            EnumSet.of(NrlsGrade.MODERATE, NrlsGrade.SEVERE, NrlsGrade.DEATH).contains(grade));
  }

  @Test
  void a_local_grade_never_meets_the_duty_of_candour_threshold_on_its_own() {
    assertThat(
            HarmSeverity.local("Trust violence and aggression grading", "DEATH")
                .meetsDutyOfCandourThreshold())
        .isFalse();
  }

  @Test
  void a_regraded_copy_changes_only_the_grade() {
    HarmSeverity original = HarmSeverity.local("Trust violence and aggression grading", "V3");

    HarmSeverity regraded = original.withGrade("V4");

    assertThat(regraded.grade()).isEqualTo("V4");
    assertThat(regraded).isNotEqualTo(original);
    assertThat(regraded.withGrade("V3")).isEqualTo(original);
  }

  @Test
  void a_regraded_copy_is_checked_against_its_scale() {
    HarmSeverity original = HarmSeverity.nrls(NrlsGrade.LOW);

    assertThatIllegalArgumentException()
        .isThrownBy(() -> original.withGrade("V4"))
        .withMessageContaining("grade")
        .withMessageNotContaining("V4");
  }

  @Test
  void two_severities_with_the_same_scale_and_grade_are_equal() {
    assertThat(HarmSeverity.nrls(NrlsGrade.SEVERE))
        .isEqualTo(HarmSeverity.nrls(NrlsGrade.SEVERE))
        .hasSameHashCodeAs(HarmSeverity.nrls(NrlsGrade.SEVERE))
        .isNotEqualTo(HarmSeverity.dutyOfCandour(DutyOfCandourGrade.SEVERE));
  }
}
