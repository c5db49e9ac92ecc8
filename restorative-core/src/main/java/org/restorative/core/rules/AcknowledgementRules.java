package org.restorative.core.rules;

import static org.restorative.core.rules.StandardCode.CORE_PARTIES_PRESENT;
import static org.restorative.core.rules.StandardCode.RESPONSIBILITY_ACKNOWLEDGED_BEFORE_PREPARATION;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.casefile.Stage;
import org.restorative.core.harm.Harm;
import org.restorative.core.harm.HarmContext;
import org.restorative.core.party.Acknowledgement;
import org.restorative.core.party.AcknowledgementLevel;
import org.restorative.core.party.Party;
import org.restorative.core.party.PartyRole;
import org.restorative.core.process.ContactMode;
import org.restorative.core.process.RestorativeProcess;

/**
 * Rules 1–2 of the domain brief §8: acknowledgement and eligibility.
 *
 * <p>The organisation can be the responsible party (brief §2.1 {@code ORGANISATION_ON_PERSON},
 * §3.1, §6 {@code RESTORATIVE_JUST_CULTURE_REVIEW}): as a {@code PERSON_RESPONSIBLE} whose person
 * type is {@code ORGANISATION}, or in the role {@code ORGANISATION} when it answers for a harm of
 * the case (the harm is organisational, or names it as responsible). Either way it counts on the
 * responsible side of rule 2, and rule 1 asks for its acknowledgement, made through the person who
 * speaks for it.
 */
final class AcknowledgementRules {

  private AcknowledgementRules() {}

  static List<Rule> rules() {
    return List.of(responsibilityAcknowledgedBeforePreparation(), corePartiesPresent());
  }

  /** Rule 1. */
  static Rule responsibilityAcknowledgedBeforePreparation() {
    return Rule.define(RESPONSIBILITY_ACKNOWLEDGED_BEFORE_PREPARATION)
        .severity(Severity.ERROR)
        .appliesFrom(Stage.PREPARATION)
        .source(
            "RJC Service Provider Code B; Scottish Government Guidance 2017 A1; IIRP conference"
                + " script; an organisation speaks through a person (RJC restorative just culture"
                + " checklist, domain brief §2.1, §3.1)")
        .meaning(
            "Every person responsible (and each party of a mutual harm, and an organisation that"
                + " answers for the harm) has dated acknowledgements of the facts and of their own"
                + " part before preparation; each acknowledgement of an organisation names the"
                + " spokesperson who made it.")
        .check(
            context -> {
              RestorativeCase c = context.restorativeCase();
              List<Finding> findings = new ArrayList<>();
              List<Party> parties = c.parties();
              for (int i = 0; i < parties.size(); i++) {
                Party party = parties.get(i);
                if (answersForHarm(c, party)
                    && !(party.hasAcknowledged(AcknowledgementLevel.FACTS)
                        && party.hasAcknowledged(AcknowledgementLevel.OWN_PART))) {
                  findings.add(
                      Finding.at(
                          Pointer.of("parties", i, "acknowledgements"),
                          "A responsible party has not acknowledged the facts and their own part."));
                }
                if (party.isOrganisation()) {
                  List<Acknowledgement> acknowledgements = party.acknowledgements();
                  for (int k = 0; k < acknowledgements.size(); k++) {
                    if (acknowledgements.get(k).spokesperson().isEmpty()) {
                      findings.add(
                          Finding.at(
                              Pointer.of("parties", i, "acknowledgements", k, "spokesperson"),
                              "An organisation's acknowledgement names no one who spoke for it."));
                    }
                  }
                }
              }
              return findings;
            })
        .withLimitations(
            "Whether the spokesperson had the authority to speak for the organisation is recorded"
                + " as text and not checked.");
  }

  /** Rule 2. */
  static Rule corePartiesPresent() {
    return Rule.define(CORE_PARTIES_PRESENT)
        .severity(Severity.ERROR)
        .appliesFrom(Stage.ASSESSMENT)
        .source(
            "Practice consensus; definition of restorative justice, Scottish Government Guidance 2017"
                + " Part A §2; the organisation as a responsible party (RJC restorative just culture"
                + " checklist)")
        .meaning(
            "Outside referral a case has a party in a harmed role and one in a responsible role (an"
                + " organisation that answers for the harm counts); mutual harm counts for both only"
                + " with two such parties.")
        .check(
            context -> {
              boolean present =
                  formBothSides(context.restorativeCase(), context.restorativeCase().parties());
              return present
                  ? List.of()
                  : List.of(
                      Finding.at(
                          Pointer.of("parties"),
                          "The case lacks a party in a harmed role or one in a responsible role."));
            });
  }

  /**
   * Whether these parties of a case make up both sides of a harm (rule 2; brief §1.5), by {@link
   * PartyRole#formBothSides}: one person harmed and responsible counts for both sides only with two
   * or more, and an organisation that answers for a harm of the case stands on the responsible
   * side. Rule 2 asks it of every party; a withdrawal asks it of the participants left in a
   * process.
   *
   * @param c the case
   * @param parties the parties to weigh
   * @return true when both sides are present
   */
  static boolean formBothSides(RestorativeCase c, Collection<Party> parties) {
    List<PartyRole> roles = new ArrayList<>(parties.size());
    for (Party p : parties) {
      roles.add(
          !p.role().isResponsible() && answersForHarm(c, p)
              ? PartyRole.PERSON_RESPONSIBLE
              : p.role());
    }
    return PartyRole.formBothSides(roles);
  }

  /**
   * Whether these participants are enough for a process to go on (brief §1.2 S1 and §1.5): a
   * process that brings the parties into contact needs both sides ({@link #formBothSides}); work
   * with one party needs someone harmed, or someone who answers for the harm. The participants
   * gate, the halting of a process when a party withdraws, and rule
   * WITHDRAWAL_OF_CORE_PARTY_HALTS_PROCESS ask this.
   *
   * @param c the case
   * @param process the process
   * @param participants the participants to weigh
   * @return true when the process can go on with them
   */
  static boolean canGoOnWith(
      RestorativeCase c, RestorativeProcess process, Collection<Party> participants) {
    return process.type().contactMode() == ContactMode.NONE
        ? participants.stream().anyMatch(p -> p.role().isHarmed() || answersForHarm(c, p))
        : formBothSides(c, participants);
  }

  /**
   * Whether a party is on the responsible side: a responsible role, or the role {@code
   * ORGANISATION} when the organisation answers for a harm of the case (an organisational harm, or
   * a harm that names it responsible).
   */
  static boolean answersForHarm(RestorativeCase c, Party party) {
    if (party.role().isResponsible()) {
      return true;
    }
    if (party.role() != PartyRole.ORGANISATION) {
      return false;
    }
    for (Harm harm : c.harms()) {
      if (harm.context() == HarmContext.ORGANISATION_ON_PERSON
          || harm.responsibleParties().contains(party.id())) {
        return true;
      }
    }
    return false;
  }
}
