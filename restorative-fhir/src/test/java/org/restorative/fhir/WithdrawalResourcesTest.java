package org.restorative.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hl7.fhir.r4.model.Basic;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Test;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.consent.Withdrawal;
import org.restorative.core.consent.WithdrawalScope;
import org.restorative.core.party.ActorId;
import org.restorative.core.process.ProcessType;

class WithdrawalResourcesTest {

  private static RestorativeCase withdrawn() {
    return FhirFixtures.goldenCases().get("closed-withdrawn.json");
  }

  @Test
  void a_withdrawal_of_every_scope_comes_back_equal_as_a_basic_about_the_party() {
    RestorativeCase c = withdrawn();
    Withdrawal first = c.withdrawals().get(0);
    List<Withdrawal> all = new java.util.ArrayList<>();
    for (WithdrawalScope scope : WithdrawalScope.values()) {
      Withdrawal.Builder one =
          new Withdrawal.Builder()
              .party(first.party())
              .at(first.at())
              .scope(scope)
              .recordedBy(ActorId.of("staff-3"))
              .reason("Said it was too soon");
      if (scope == WithdrawalScope.PROCESS_TYPE) {
        one.processType(ProcessType.values()[0]);
      }
      if (scope == WithdrawalScope.MEETING) {
        one.meeting(org.restorative.core.process.MeetingId.of("m-withdrawn"));
      }
      all.add(one.build());
    }
    RestorativeCase every = c.withWithdrawals(all);
    Bundle bundle = FhirBundles.collection(every);

    FhirReadResult read = FhirBundles.read(bundle);

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
