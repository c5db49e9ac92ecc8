package org.restorative.fhir;

import java.util.Optional;
import org.hl7.fhir.r4.model.Basic;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.consent.Withdrawal;
import org.restorative.core.party.PartyId;
import org.restorative.core.rules.Pointer;

/**
 * Family A, withdrawals: each withdrawal the case records — a party leaving the whole process, a
 * process type or a meeting — as a {@code Basic} coded {@code WITHDRAWAL} ({@link RecordKind}), its
 * subject the party's resource, its attributes the same {@code withdrawal} extension a Consent
 * carries for its own withdrawal. R4 has no resource for a withdrawal: a Consent withdrawn is a
 * consent's state, not a party's leaving a process or a meeting, and the case's withdrawals need
 * not name a consent.
 */
final class WithdrawalResources {

  private WithdrawalResources() {}

  static final String WITHDRAWAL = "withdrawal";

  static void write(Assembly a) {
    RestorativeCase c = a.restorativeCase();
    for (int i = 0; i < c.withdrawals().size(); i++) {
      Withdrawal withdrawal = c.withdrawals().get(i);
      Basic basic = new Basic();
      basic.setCode(new CodeableConcept(CodeSystems.coding(RecordKind.WITHDRAWAL)));
      basic.setSubject(a.party(withdrawal.party()));
      ConsentResources.withdrawal(basic.getExtension(), withdrawal, Pointer.of("withdrawals", i));
      a.add(WITHDRAWAL, Integer.toString(i), basic);
    }
  }

  static void read(Reading r, RestorativeCase.Builder c) {
    int i = 0;
    for (Basic basic : r.all(Basic.class)) {
      if (isWithdrawal(basic)) {
        read(r, basic, Pointer.of("withdrawals", i++)).ifPresent(c::addWithdrawals);
      }
    }
  }

  private static boolean isWithdrawal(Basic basic) {
    String system = CodeSystems.url(RecordKind.class);
    for (Coding coding : basic.getCode().getCoding()) {
      if (system.equals(coding.getSystem())
          && RecordKind.WITHDRAWAL.name().equals(coding.getCode())) {
        return true;
      }
    }
    return false;
  }

  private static Optional<Withdrawal> read(Reading r, Basic basic, String path) {
    Optional<PartyId> party = Optional.empty();
    if (basic.hasSubject()) {
      party = r.party(basic.getSubject(), path + "/party");
    } else {
      r.missing(path + "/party", "subject");
    }
    if (Ext.one(basic.getExtension(), WITHDRAWAL).isEmpty()) {
      r.missing(path + "/at", "withdrawal");
      return Optional.empty();
    }
    return party.flatMap(
        p ->
            ConsentResources.readWithdrawal(
                r, Ext.one(basic.getExtension(), WITHDRAWAL).get().getExtension(), p, path));
  }
}
