package org.restorative.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The five sensitivity classes of the issue. */
class SensitivityTest {

  @Test
  void there_are_the_five_classes_of_the_issue() {
    assertThat(Sensitivity.values())
        .containsExactly(
            Sensitivity.NONE,
            Sensitivity.PERSONAL,
            Sensitivity.SPECIAL_CATEGORY,
            Sensitivity.CLINICAL_CONFIDENTIAL,
            Sensitivity.PARTYS_OWN_ACCOUNT);
  }

  @Test
  void every_class_but_none_needs_care_of_its_own() {
    assertThat(Sensitivity.NONE.isSensitive()).isFalse();
    assertThat(Arrays.stream(Sensitivity.values()).filter(Sensitivity::isSensitive))
        .containsExactly(
            Sensitivity.PERSONAL,
            Sensitivity.SPECIAL_CATEGORY,
            Sensitivity.CLINICAL_CONFIDENTIAL,
            Sensitivity.PARTYS_OWN_ACCOUNT);
  }
}
