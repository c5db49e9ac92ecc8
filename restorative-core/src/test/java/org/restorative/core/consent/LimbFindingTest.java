package org.restorative.core.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.restorative.core.consent.ConsentFixtures.ZEBEDEE;
import static org.restorative.core.consent.ConsentFixtures.assertOnlyChanged;
import static org.restorative.core.consent.ConsentFixtures.assertRejected;

import org.junit.jupiter.api.Test;

class LimbFindingTest {

  @Test
  void a_finding_records_the_ability_and_the_evidence() {
    LimbFinding finding = LimbFinding.of(Ability.UNABLE, "Could not say what would happen next");

    assertThat(finding.ability()).isEqualTo(Ability.UNABLE);
    assertThat(finding.evidence()).contains("Could not say what would happen next");
    assertThat(finding.isUnable()).isTrue();
  }

  @Test
  void an_able_finding_is_not_a_failure() {
    assertThat(LimbFinding.of(Ability.ABLE).isUnable()).isFalse();
    assertThat(LimbFinding.of(Ability.ABLE).evidence()).isEmpty();
  }

  @Test
  void copying_with_the_opposite_ability_changes_only_the_ability() {
    LimbFinding finding = LimbFinding.of(Ability.ABLE, "Repeated it back");

    assertOnlyChanged(LimbFinding.class, finding, finding.withAbility(Ability.UNABLE), "ability");
  }

  @Test
  void two_identical_findings_are_equal() {
    assertThat(LimbFinding.of(Ability.ABLE, "Repeated it back"))
        .isEqualTo(LimbFinding.of(Ability.ABLE, "Repeated it back"))
        .hasSameHashCodeAs(LimbFinding.of(Ability.ABLE, "Repeated it back"))
        .isNotEqualTo(LimbFinding.of(Ability.ABLE));
  }

  @Test
  void evidence_when_given_cannot_be_blank() {
    assertRejected(() -> LimbFinding.of(Ability.ABLE, ""), "limb finding evidence");
  }

  @Test
  void the_evidence_is_redacted() {
    assertThat(LimbFinding.of(Ability.UNABLE, ZEBEDEE).toString())
        .doesNotContain(ZEBEDEE)
        .contains("***");
  }
}
