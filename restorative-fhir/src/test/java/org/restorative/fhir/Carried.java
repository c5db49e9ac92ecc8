package org.restorative.fhir;

import java.util.List;
import java.util.Optional;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.outcome.OutcomeAgreement;
import org.restorative.core.party.Party;

/**
 * What the Bundle carries of a case, written out apart from the mapping: the case with every
 * attribute docs/fhir.md lists as not mapped taken away. The round trip must give exactly this.
 */
final class Carried {

  private Carried() {}

  static RestorativeCase view(RestorativeCase c) {
    RestorativeCase carried =
        c.withParties(c.parties().stream().map(Carried::party).toList())
            .withWithdrawals(List.of())
            .withSafetyPlans(
                c.safetyPlans().stream().map(s -> s.withNotes(Optional.empty())).toList())
            .withConsultations(List.of())
            .withSignOffs(List.of())
            .withProcesses(List.of())
            .withPreparationContacts(List.of())
            .withMeetings(c.meetings().stream().map(m -> m.withNotes(Optional.empty())).toList())
            .withAgreements(c.agreements().stream().map(Carried::agreement).toList())
            .withActions(
                c.actions().stream()
                    .map(
                        x ->
                            x.withSuccessCriteria(Optional.empty())
                                .withEvidenceNotes(Optional.empty()))
                    .toList());
    return carried;
  }

  private static Party party(Party p) {
    if (p.isOrganisation()) {
      return p.withDateOfBirth(Optional.empty()).withLanguage(Optional.empty());
    }
    return p;
  }

  private static OutcomeAgreement agreement(OutcomeAgreement a) {
    OutcomeAgreement carried = a.withNotes(Optional.empty());
    if (a.confidentiality().isPresent()) {
      carried = carried.withConfidentiality(a.confidentiality().get().withNote(Optional.empty()));
    }
    return carried;
  }

}
