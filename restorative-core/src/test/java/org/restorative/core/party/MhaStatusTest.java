package org.restorative.core.party;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MhaStatusTest {

  private static Set<MhaStatus> statusesThat(Predicate<MhaStatus> predicate) {
    return Arrays.stream(MhaStatus.values())
        .filter(predicate)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(MhaStatus.class)));
  }

  @Test
  void the_codes_are_those_of_the_brief() {
    assertThat(MhaStatus.values())
        .extracting(Enum::name)
        .containsExactly(
            "INFORMAL",
            "S2",
            "S3",
            "S4",
            "S5_2",
            "S5_4",
            "S135",
            "S136",
            "S35",
            "S36",
            "S38",
            "S37",
            "S37_41",
            "S45A",
            "S47",
            "S47_49",
            "S48_49",
            "CTO_S17A",
            "CONDITIONALLY_DISCHARGED",
            "GUARDIANSHIP_S7",
            "DOLS_OR_LPS");
  }

  @Test
  void informal_community_guardianship_and_dols_patients_are_not_detained() {
    assertThat(statusesThat(s -> !s.isDetained()))
        .containsExactlyInAnyOrder(
            MhaStatus.INFORMAL,
            MhaStatus.CTO_S17A,
            MhaStatus.CONDITIONALLY_DISCHARGED,
            MhaStatus.GUARDIANSHIP_S7,
            MhaStatus.DOLS_OR_LPS);
  }

  @Test
  void holding_powers_admissions_remands_and_hospital_orders_detain() {
    assertThat(MhaStatus.S2.isDetained()).isTrue();
    assertThat(MhaStatus.S3.isDetained()).isTrue();
    assertThat(MhaStatus.S5_2.isDetained()).isTrue();
    assertThat(MhaStatus.S136.isDetained()).isTrue();
    assertThat(MhaStatus.S36.isDetained()).isTrue();
    assertThat(MhaStatus.S37.isDetained()).isTrue();
    assertThat(MhaStatus.S37_41.isDetained()).isTrue();
    assertThat(MhaStatus.S48_49.isDetained()).isTrue();
  }

  @Test
  void restriction_orders_directions_and_conditional_discharge_imply_restriction() {
    assertThat(statusesThat(MhaStatus::impliesRestriction))
        .containsExactlyInAnyOrder(
            MhaStatus.S37_41,
            MhaStatus.S45A,
            MhaStatus.S47_49,
            MhaStatus.S48_49,
            MhaStatus.CONDITIONALLY_DISCHARGED);
  }

  @Test
  void an_unrestricted_hospital_order_or_prison_transfer_does_not_imply_restriction() {
    assertThat(MhaStatus.S37.impliesRestriction()).isFalse();
    assertThat(MhaStatus.S47.impliesRestriction()).isFalse();
  }

  @Test
  void practice_usually_defers_during_emergency_holding_and_police_powers() {
    assertThat(statusesThat(MhaStatus::usuallyDefer))
        .containsExactlyInAnyOrder(
            MhaStatus.S4, MhaStatus.S5_2, MhaStatus.S5_4, MhaStatus.S135, MhaStatus.S136);
  }

  @Test
  void admission_for_assessment_is_not_an_automatic_deferral() {
    assertThat(MhaStatus.S2.usuallyDefer()).isFalse();
  }

  @Test
  void remands_and_interim_orders_need_the_court_to_agree_to_leave() {
    assertThat(statusesThat(MhaStatus::leaveNeedsTheCourt))
        .containsExactlyInAnyOrder(MhaStatus.S35, MhaStatus.S36, MhaStatus.S38);
  }
}
