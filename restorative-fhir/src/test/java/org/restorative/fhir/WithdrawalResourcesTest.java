package org.restorative.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hl7.fhir.r4.model.Basic;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Test;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.consent.Withdrawal;
import org.restorative.core.consent.WithdrawalScope;

class WithdrawalResourcesTest {

  @Test
  void a_withdrawal_of_every_scope_comes_back_equal_as_a_basic_about_the_party() {
    RestorativeCase every = FhirFixtures.everyWithdrawalScope();
    List<Withdrawal> all = every.withdrawals();
    Withdrawal first = all.get(0);
    Bundle bundle = FhirBundles.collection(every);

    FhirReadResult read = FhirBundles.read(bundle);

    assertThat(all).extracting(Withdrawal::scope).containsExactly(WithdrawalScope.values());
    assertThat(read.restorativeCase().orElseThrow().withdrawals()).isEqualTo(all);
    List<Basic> basics = new Reading(bundle).all(Basic.class);
    assertThat(basics)
        .filteredOn(
            b -> b.getCode().getCodingFirstRep().getCode().equals(RecordKind.WITHDRAWAL.name()))
        .hasSameSizeAs(all)
        .allSatisfy(
            b ->
                assertThat(b.getSubject().getReference())
                    .isEqualTo(
                        new Assembly(every, Bundle.BundleType.COLLECTION)
                            .fullUrl(PartyResources.PARTY, first.party().value())));
  }
}
