package org.restorative.fhir;

import java.util.Optional;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.party.Party;

/**
 * What the Bundle carries of a case, written out apart from the mapping: the case with every
 * attribute docs/fhir.md lists as not mapped taken away. The round trip must give exactly this.
 */
final class Carried {

  private Carried() {}

  static RestorativeCase view(RestorativeCase c) {
    return c.withParties(c.parties().stream().map(Carried::party).toList());
  }

  private static Party party(Party p) {
    if (p.isOrganisation()) {
      return p.withDateOfBirth(Optional.empty()).withLanguage(Optional.empty());
    }
    return p;
  }
}
