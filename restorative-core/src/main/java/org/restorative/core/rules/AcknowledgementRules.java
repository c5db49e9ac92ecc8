package org.restorative.core.rules;

import static org.restorative.core.rules.StandardCode.CORE_PARTIES_PRESENT;
import static org.restorative.core.rules.StandardCode.RESPONSIBILITY_ACKNOWLEDGED_BEFORE_PREPARATION;

import java.util.ArrayList;
import java.util.List;
import org.restorative.core.casefile.Stage;
import org.restorative.core.party.AcknowledgementLevel;
import org.restorative.core.party.Party;
import org.restorative.core.party.PartyRole;

/** Rules 1–2 of the domain brief §8: acknowledgement and eligibility. */
final class AcknowledgementRules {

  private static final PartyRole MUTUAL = PartyRole.PERSON_HARMED_AND_RESPONSIBLE;

  private AcknowledgementRules() {}

  static List<Rule> rules() {
    return List.of(responsibilityAcknowledgedBeforePreparation(), corePartiesPresent());
  }

  /** Rule 1. */
  static Rule responsibilityAcknowledgedBeforePreparation() {
    return Rule.of(
        RESPONSIBILITY_ACKNOWLEDGED_BEFORE_PREPARATION.name(),
        Severity.ERROR,
        Stage.PREPARATION,
        "RJC Service Provider Code B; Scottish Government Guidance 2017 A1; IIRP conference script",
        "Every person responsible (and each party of a mutual harm) has dated acknowledgements of"
            + " the facts and of their own part before preparation.",
        context -> {
          List<Finding> findings = new ArrayList<>();
          List<Party> parties = context.restorativeCase().parties();
          for (int i = 0; i < parties.size(); i++) {
            Party party = parties.get(i);
            if (party.role().isResponsible()
                && !(party.hasAcknowledged(AcknowledgementLevel.FACTS)
                    && party.hasAcknowledged(AcknowledgementLevel.OWN_PART))) {
              findings.add(
                  Finding.at(
                      Pointer.of("parties", i, "acknowledgements"),
                      "A responsible party has not acknowledged the facts and their own part."));
            }
          }
          return findings;
        });
  }

  /** Rule 2. */
  static Rule corePartiesPresent() {
    return Rule.of(
        CORE_PARTIES_PRESENT.name(),
        Severity.ERROR,
        Stage.ASSESSMENT,
        "Practice consensus; definition of restorative justice, Scottish Government Guidance 2017"
            + " Part A §2",
        "Outside referral a case has a party in a harmed role and one in a responsible role; mutual"
            + " harm counts for both only with two such parties.",
        context -> {
          List<Party> parties = context.restorativeCase().parties();
          long mutual = parties.stream().filter(p -> p.role() == MUTUAL).count();
          boolean harmed = parties.stream().anyMatch(p -> p.role().isHarmed() && p.role() != MUTUAL);
          boolean responsible =
              parties.stream().anyMatch(p -> p.role().isResponsible() && p.role() != MUTUAL);
          boolean present =
              mutual >= 2 || (harmed && responsible) || (mutual == 1 && (harmed || responsible));
          return present
              ? List.of()
              : List.of(
                  Finding.at(
                      Pointer.of("parties"),
                      "The case lacks a party in a harmed role or one in a responsible role."));
        });
  }
}
