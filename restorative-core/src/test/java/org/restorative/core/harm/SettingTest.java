package org.restorative.core.harm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SettingTest {

  @Test
  void the_inpatient_settings_are_the_wards_and_secure_units() {
    assertThat(Arrays.stream(Setting.values()).filter(Setting::isInpatient))
        .containsExactlyInAnyOrder(
            Setting.INPATIENT_ACUTE,
            Setting.PICU,
            Setting.LOW_SECURE,
            Setting.MEDIUM_SECURE,
            Setting.HIGH_SECURE,
            Setting.LD_AUTISM_INPATIENT,
            Setting.CAMHS_INPATIENT);
  }

  @Test
  void community_settings_are_not_inpatient() {
    assertThat(Setting.CMHT.isInpatient()).isFalse();
    assertThat(Setting.COMMUNITY_FORENSIC.isInpatient()).isFalse();
    assertThat(Setting.PATIENT_HOME.isInpatient()).isFalse();
  }

  @Test
  void the_secure_settings_are_low_medium_and_high_secure() {
    assertThat(Arrays.stream(Setting.values()).filter(Setting::isSecure))
        .containsExactlyInAnyOrder(Setting.LOW_SECURE, Setting.MEDIUM_SECURE, Setting.HIGH_SECURE);
  }
}
