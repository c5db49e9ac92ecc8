package org.restorative.core.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.restorative.core.party.PartyFixtures.onlyThatAttributeChanged;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class VictimContactSchemeTest {

  @Test
  void a_victim_of_a_restricted_patient_opts_in_through_a_victim_liaison_officer() {
    VictimContactScheme scheme = VictimContactScheme.of(VcsStatus.OPTED_IN, VcsRoute.VLO);
    assertThat(scheme.status()).isEqualTo(VcsStatus.OPTED_IN);
    assertThat(scheme.route()).contains(VcsRoute.VLO);
    assertThat(scheme.isOptedIn()).isTrue();
  }

  @Test
  void a_victim_who_opted_out_or_never_opted_in_is_not_in_the_scheme() {
    assertThat(VictimContactScheme.of(VcsStatus.OPTED_OUT, VcsRoute.HOSPITAL_MANAGERS).isOptedIn())
        .isFalse();
    assertThat(VictimContactScheme.of(VcsStatus.ELIGIBLE_NOT_OPTED_IN).isOptedIn()).isFalse();
    assertThat(VictimContactScheme.of(VcsStatus.NOT_ELIGIBLE).isOptedIn()).isFalse();
  }

  @Test
  void everyone_but_the_not_eligible_is_eligible() {
    assertThat(VcsStatus.NOT_ELIGIBLE.isEligible()).isFalse();
    assertThat(VcsStatus.ELIGIBLE_NOT_OPTED_IN.isEligible()).isTrue();
    assertThat(VcsStatus.OPTED_IN.isEligible()).isTrue();
    assertThat(VcsStatus.OPTED_OUT.isEligible()).isTrue();
  }

  @Test
  void a_person_not_eligible_has_no_route() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> VictimContactScheme.of(VcsStatus.NOT_ELIGIBLE, VcsRoute.VLO))
        .withMessageContaining("route")
        .withMessageNotContaining("VLO");
  }

  @Test
  void with_copies_change_only_one_attribute() {
    VictimContactScheme original = VictimContactScheme.of(VcsStatus.OPTED_IN, VcsRoute.VLO);

    VictimContactScheme optedOut = original.withStatus(VcsStatus.OPTED_OUT);
    assertThat(optedOut.status()).isEqualTo(VcsStatus.OPTED_OUT);
    onlyThatAttributeChanged(original, optedOut, c -> c.withStatus(original.status()));

    VictimContactScheme managers = original.withRoute(VcsRoute.HOSPITAL_MANAGERS);
    assertThat(managers.route()).contains(VcsRoute.HOSPITAL_MANAGERS);
    onlyThatAttributeChanged(original, managers, c -> c.withRoute(original.route()));

    VictimContactScheme noRoute = original.withRoute(Optional.empty());
    assertThat(noRoute.route()).isEmpty();
    onlyThatAttributeChanged(original, noRoute, c -> c.withRoute(original.route()));
  }

  @Test
  void equal_statuses_are_equal_and_share_a_hash_code() {
    assertThat(VictimContactScheme.of(VcsStatus.OPTED_IN, VcsRoute.VLO))
        .isEqualTo(VictimContactScheme.of(VcsStatus.OPTED_IN, VcsRoute.VLO))
        .hasSameHashCodeAs(VictimContactScheme.of(VcsStatus.OPTED_IN, VcsRoute.VLO));
    assertThat(VictimContactScheme.of(VcsStatus.OPTED_IN))
        .isNotEqualTo(VictimContactScheme.of(VcsStatus.OPTED_IN, VcsRoute.VLO));
  }
}
