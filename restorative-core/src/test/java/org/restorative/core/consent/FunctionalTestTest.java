package org.restorative.core.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.restorative.core.consent.ConsentFixtures.ZEBEDEE;
import static org.restorative.core.consent.ConsentFixtures.aFunctionalTestFailing;
import static org.restorative.core.consent.ConsentFixtures.assertOnlyChanged;

import org.junit.jupiter.api.Test;

class FunctionalTestTest {

  @Test
  void a_person_able_on_every_limb_failed_none() {
    FunctionalTest test = aFunctionalTestFailing();

    assertThat(test.failedLimbs()).isEmpty();
    assertThat(test.isComplete()).isTrue();
  }

  @Test
  void the_failed_limbs_are_those_found_unable() {
    FunctionalTest test =
        aFunctionalTestFailing(FunctionalLimb.USE_OR_WEIGH, FunctionalLimb.UNDERSTAND);

    assertThat(test.failedLimbs())
        .containsExactly(FunctionalLimb.UNDERSTAND, FunctionalLimb.USE_OR_WEIGH);
  }

  @Test
  void a_limb_not_considered_has_not_failed() {
    FunctionalTest test =
        new FunctionalTest.Builder().communicate(LimbFinding.of(Ability.UNABLE)).build();

    assertThat(test.failedLimbs()).containsExactly(FunctionalLimb.COMMUNICATE);
    assertThat(test.isComplete()).isFalse();
    assertThat(test.finding(FunctionalLimb.RETAIN)).isEmpty();
  }

  @Test
  void each_limb_finding_can_be_read_by_limb() {
    FunctionalTest test = aFunctionalTestFailing(FunctionalLimb.RETAIN);

    assertThat(test.finding(FunctionalLimb.UNDERSTAND)).isEqualTo(test.understand());
    assertThat(test.finding(FunctionalLimb.RETAIN)).isEqualTo(test.retain());
    assertThat(test.finding(FunctionalLimb.USE_OR_WEIGH)).isEqualTo(test.useOrWeigh());
    assertThat(test.finding(FunctionalLimb.COMMUNICATE)).isEqualTo(test.communicate());
    assertThat(test.finding(FunctionalLimb.RETAIN).orElseThrow().isUnable()).isTrue();
  }

  @Test
  void the_failed_limbs_cannot_be_changed_by_the_caller() {
    FunctionalTest test = aFunctionalTestFailing(FunctionalLimb.RETAIN);

    assertThatThrownBy(() -> test.failedLimbs().add(FunctionalLimb.COMMUNICATE))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void copying_with_another_retain_finding_changes_only_that_limb() {
    FunctionalTest test = aFunctionalTestFailing();

    FunctionalTest copy = test.withRetain(LimbFinding.of(Ability.UNABLE));

    assertOnlyChanged(FunctionalTest.class, test, copy, "retain");
    assertThat(copy.failedLimbs()).containsExactly(FunctionalLimb.RETAIN);
  }

  @Test
  void two_identical_tests_are_equal() {
    assertThat(aFunctionalTestFailing(FunctionalLimb.RETAIN))
        .isEqualTo(aFunctionalTestFailing(FunctionalLimb.RETAIN))
        .hasSameHashCodeAs(aFunctionalTestFailing(FunctionalLimb.RETAIN))
        .isNotEqualTo(aFunctionalTestFailing());
  }

  @Test
  void the_evidence_on_each_limb_is_redacted() {
    FunctionalTest test =
        new FunctionalTest.Builder().understand(LimbFinding.of(Ability.ABLE, ZEBEDEE)).build();

    assertThat(test.toString()).doesNotContain(ZEBEDEE).contains("***");
  }
}
