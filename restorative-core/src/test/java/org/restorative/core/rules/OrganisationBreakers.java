package org.restorative.core.rules;

import static org.restorative.core.rules.StandardCode.CORE_PARTIES_PRESENT;
import static org.restorative.core.rules.StandardCode.RESPONSIBILITY_ACKNOWLEDGED_BEFORE_PREPARATION;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.casefile.Stage;
import org.restorative.core.harm.HarmContext;
import org.restorative.core.party.Acknowledgement;
import org.restorative.core.party.Party;
import org.restorative.core.party.PartyRole;
import org.restorative.core.synthetic.SyntheticCases;

/**
 * Breakers for organisational harm (domain brief §2.1 {@code ORGANISATION_ON_PERSON}, §6 {@code
 * RESTORATIVE_JUST_CULTURE_REVIEW}): each starts from generated organisational cases, where the
 * trust answers for the harm and acknowledges through its spokesperson, and takes one thing away.
 */
final class OrganisationBreakers {

  /** Generated cases of organisational harm only. */
  static final SyntheticCases ORGANISATIONAL =
      SyntheticCases.seeded(17).withContextWeights(Map.of(HarmContext.ORGANISATION_ON_PERSON, 1));

  private OrganisationBreakers() {}

  static List<Breaker> all() {
    return List.of(
        Breaker.of(
            RESPONSIBILITY_ACKNOWLEDGED_BEFORE_PREPARATION,
            Stage.PREPARATION,
            ORGANISATIONAL,
            OrganisationBreakers::theTrustAcknowledgedWithoutASpokesperson),
        Breaker.of(
            CORE_PARTIES_PRESENT,
            Stage.ASSESSMENT,
            ORGANISATIONAL,
            OrganisationBreakers::theTrustRecordedOnlyAsAffected));
  }

  /** Rule 1: the organisation's first acknowledgement names no one who spoke for it. */
  private static Optional<RestorativeCase> theTrustAcknowledgedWithoutASpokesperson(
      RestorativeCase c) {
    List<Party> parties = new ArrayList<>(c.parties());
    for (int i = 0; i < parties.size(); i++) {
      Party party = parties.get(i);
      if (party.isOrganisation() && !party.acknowledgements().isEmpty()) {
        List<Acknowledgement> acknowledgements = new ArrayList<>(party.acknowledgements());
        acknowledgements.set(0, acknowledgements.get(0).withSpokesperson(Optional.empty()));
        parties.set(i, party.withAcknowledgements(acknowledgements));
        return Optional.of(c.withParties(parties));
      }
    }
    return Optional.empty();
  }

  /**
   * Rule 2: the trust, which answered for the harm in the organisation's own role, is recorded as
   * an affected other, so no one answers for the harm.
   */
  private static Optional<RestorativeCase> theTrustRecordedOnlyAsAffected(RestorativeCase c) {
    List<Party> parties = new ArrayList<>(c.parties());
    for (int i = 0; i < parties.size(); i++) {
      Party party = parties.get(i);
      if (party.role() == PartyRole.ORGANISATION) {
        parties.set(i, party.withRole(PartyRole.AFFECTED_OTHER));
        return Optional.of(c.withParties(parties));
      }
    }
    return Optional.empty();
  }
}
