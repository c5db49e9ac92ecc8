package org.restorative.core.rules;

import static org.restorative.core.rules.StandardCode.CONSENT_WITHDRAWAL_STOPS_SHARING;
import static org.restorative.core.rules.StandardCode.DISCLOSURE_HAS_BASIS;
import static org.restorative.core.rules.StandardCode.DISCLOSURE_LOGGED;
import static org.restorative.core.rules.StandardCode.DISCLOSURE_MINIMUM_NECESSARY;
import static org.restorative.core.rules.StandardCode.OUTCOME_SHARING_NEEDS_ALL_PARTIES;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.restorative.core.casefile.Stage;
import org.restorative.core.consent.Consent;
import org.restorative.core.consent.ConsentId;
import org.restorative.core.consent.DisclosedItem;
import org.restorative.core.consent.Disclosure;
import org.restorative.core.consent.RecipientType;
import org.restorative.core.consent.Withdrawal;
import org.restorative.core.consent.WithdrawalScope;
import org.restorative.core.outcome.OutcomeAgreement;
import org.restorative.core.outcome.PartyAgreement;
import org.restorative.core.party.PartyId;

/** Rules 37–41 of the domain brief §8: information sharing (brief §4.8). */
final class SharingRules {

  private static final String DISCLOSURES = "disclosures";

  private SharingRules() {}

  static List<Rule> rules() {
    return List.of(
        everyDisclosureRestsOnTheSubjectsConsentOrALawfulBasis(),
        onlyTheMinimumNecessaryIsShared(),
        theDisclosureLogIsOnlyEverAppendedTo(),
        aWithdrawnConsentStopsFurtherSharing(),
        anOutcomeIsSharedOutsideOnlyWithEveryPartysConsent());
  }

  /** Rule 37. */
  static Rule everyDisclosureRestsOnTheSubjectsConsentOrALawfulBasis() {
    return Rule.define(DISCLOSURE_HAS_BASIS)
        .severity(Severity.ERROR)
        .appliesFrom(Stage.REFERRAL)
        .source(
            "ICO, How should we obtain, record and manage consent? (named controllers); Scottish Government Policy and Practice"
                + " Framework §25.2 (Scottish; granular, named third parties); Caldicott principles 1"
                + " and 6")
        .meaning(
            "Each disclosure names its basis, a consent or a lawful basis; one that relies on consent"
                + " names a data-processing or disclosure consent of the person whose information it is,"
                + " obtained by the time of the disclosure, that covers the recipient and the purpose."
                + " (Whether it was withdrawn by then is rule CONSENT_WITHDRAWAL_STOPS_SHARING.)")
        .check(
            context -> {
              List<Finding> findings = new ArrayList<>();
              List<Disclosure> disclosures = context.restorativeCase().disclosures();
              for (int i = 0; i < disclosures.size(); i++) {
                Disclosure disclosure = disclosures.get(i);
                Optional<ConsentId> named = disclosure.consent();
                if (named.isEmpty()) {
                  if (disclosure.lawfulBasis().isEmpty()) {
                    findings.add(
                        Finding.at(
                            Pointer.of(DISCLOSURES, i, "consent"),
                            "The disclosure names neither a consent nor a lawful basis."));
                  }
                  continue;
                }
                Optional<String> problem = basisProblem(disclosure, context.consent(named.get()));
                if (problem.isPresent()) {
                  findings.add(Finding.at(Pointer.of(DISCLOSURES, i, "consent"), problem.get()));
                }
              }
              return findings;
            })
        .withLimitations(
            "Whether the recipient was in truth the one named, and whether an alternative"
                + " lawful basis really applies, are for information governance; the rule checks"
                + " what the disclosure names.");
  }

  /**
   * What is wrong with the consent a disclosure relies on, if anything: it is missing, someone
   * else's, not a consent to sharing, obtained after the disclosure, or does not cover the
   * recipient and purpose.
   */
  private static Optional<String> basisProblem(Disclosure disclosure, Optional<Consent> found) {
    if (found.isEmpty()) {
      return Optional.of("The disclosure relies on a consent the case does not hold.");
    }
    Consent consent = found.get();
    if (!consent.party().equals(disclosure.subject())) {
      return Optional.of(
          "The disclosure relies on a consent of someone other than the person it is about.");
    }
    if (!consent.kind().isSharing()) {
      return Optional.of("The disclosure relies on a consent that is not a consent to sharing.");
    }
    if (!isAtOrBefore(consent.obtainedAt(), disclosure.disclosedAt())) {
      return Optional.of("The disclosure was made before the consent it relies on was obtained.");
    }
    if (!consent.coversSharing(disclosure.recipient(), disclosure.purpose())) {
      return Optional.of("The consent does not cover this recipient and purpose.");
    }
    return Optional.empty();
  }

  /** Whether a moment is recorded and at or before another. */
  private static boolean isAtOrBefore(Optional<Instant> moment, Instant other) {
    return moment.isPresent() && !moment.get().isAfter(other);
  }

  /** Rule 38. */
  static Rule onlyTheMinimumNecessaryIsShared() {
    return Rule.define(DISCLOSURE_MINIMUM_NECESSARY)
        .severity(Severity.WARNING)
        .appliesFrom(Stage.REFERRAL)
        .source("Caldicott principles 2 to 4")
        .meaning(
            "Each disclosure carries a justification of what was shared, or comes from a minimum dataset"
                + " approved for that purpose.")
        .check(
            context -> {
              List<Finding> findings = new ArrayList<>();
              List<Disclosure> disclosures = context.restorativeCase().disclosures();
              for (int i = 0; i < disclosures.size(); i++) {
                if (!disclosures.get(i).isMinimumNecessaryShown()) {
                  findings.add(
                      Finding.at(
                          Pointer.of(DISCLOSURES, i, "justification"),
                          "The disclosure has no justification and is not from a minimum dataset."));
                }
              }
              return findings;
            })
        .withLimitations(
            "Whether a justification is adequate is a judgement; the rule checks that one is"
                + " given.");
  }

  /** Rule 39. */
  static Rule theDisclosureLogIsOnlyEverAppendedTo() {
    return Rule.define(DISCLOSURE_LOGGED)
        .severity(Severity.ERROR)
        .appliesFrom(Stage.REFERRAL)
        .source("Scottish Government Policy and Practice Framework §25.2 (Scottish)")
        .meaning(
            "The disclosure log is append-only: its entries are in time order. Who disclosed, to whom,"
                + " when, how and what are required attributes of every disclosure, so an entry cannot be"
                + " recorded without them; an entry without its basis is recorded and reported by rule"
                + " DISCLOSURE_HAS_BASIS.")
        .check(
            context -> {
              List<Disclosure> disclosures = context.restorativeCase().disclosures();
              for (int i = 1; i < disclosures.size(); i++) {
                Instant previous = disclosures.get(i - 1).disclosedAt();
                if (disclosures.get(i).disclosedAt().isBefore(previous)) {
                  return List.of(
                      Finding.at(
                          Pointer.of(DISCLOSURES, i),
                          "The disclosure log is out of time order: an entry was inserted or changed."));
                }
              }
              return List.of();
            })
        .withLimitations(
            "A log that was edited in place cannot be told from the record; the rule checks"
                + " that entries are in time order and complete.");
  }

  /** Rule 40. */
  static Rule aWithdrawnConsentStopsFurtherSharing() {
    return Rule.define(CONSENT_WITHDRAWAL_STOPS_SHARING)
        .severity(Severity.ERROR)
        .appliesFrom(Stage.REFERRAL)
        .source("ICO, How should we obtain, record and manage consent? (withdrawal)")
        .meaning(
            "No disclosure relies on a consent withdrawn at or before it, nor on a consent obtained before"
                + " the person withdrew from information sharing, when the disclosure came at or after that"
                + " withdrawal.")
        .check(
            context -> {
              Map<PartyId, List<Instant>> sharingWithdrawals = sharingWithdrawalTimes(context);
              List<Finding> findings = new ArrayList<>();
              List<Disclosure> disclosures = context.restorativeCase().disclosures();
              for (int i = 0; i < disclosures.size(); i++) {
                Disclosure disclosure = disclosures.get(i);
                if (disclosure.consent().isEmpty()) {
                  continue;
                }
                Instant at = disclosure.disclosedAt();
                Optional<Consent> consent = context.consent(disclosure.consent().get());
                boolean consentWithdrawn = consent.isPresent() && isWithdrawnBy(consent.get(), at);
                Optional<Instant> obtained =
                    consent.isPresent() ? consent.get().obtainedAt() : Optional.empty();
                boolean sharingWithdrawn =
                    withdrewSinceObtained(
                        sharingWithdrawals.getOrDefault(disclosure.subject(), List.of()),
                        at,
                        obtained);
                if (consentWithdrawn || sharingWithdrawn) {
                  findings.add(
                      Finding.at(
                          Pointer.of(DISCLOSURES, i),
                          "The disclosure relies on a consent that had been withdrawn."));
                }
              }
              return findings;
            })
        .withLimitations("Disclosures made outside the log cannot be seen.");
  }

  /** The moments each party withdrew from information sharing, in record order. */
  private static Map<PartyId, List<Instant>> sharingWithdrawalTimes(CheckContext context) {
    Map<PartyId, List<Instant>> times = new HashMap<>();
    List<Withdrawal> withdrawals = context.restorativeCase().withdrawals();
    for (int i = 0; i < withdrawals.size(); i++) {
      Withdrawal withdrawal = withdrawals.get(i);
      if (withdrawal.scope() == WithdrawalScope.INFORMATION_SHARING) {
        List<Instant> ofParty = times.get(withdrawal.party());
        if (ofParty == null) {
          ofParty = new ArrayList<>();
          times.put(withdrawal.party(), ofParty);
        }
        ofParty.add(withdrawal.at());
      }
    }
    return times;
  }

  /** Whether a consent records a withdrawal at or before a moment. */
  private static boolean isWithdrawnBy(Consent consent, Instant moment) {
    Optional<Withdrawal> withdrawal = consent.withdrawal();
    return withdrawal.isPresent() && !withdrawal.get().at().isAfter(moment);
  }

  /**
   * Whether a withdrawal from information sharing came at or before a moment and after a consent
   * was obtained (or the consent was never obtained).
   */
  private static boolean withdrewSinceObtained(
      List<Instant> withdrawals, Instant moment, Optional<Instant> obtained) {
    for (int i = 0; i < withdrawals.size(); i++) {
      Instant withdrawn = withdrawals.get(i);
      if (!withdrawn.isAfter(moment)
          && (obtained.isEmpty() || obtained.get().isBefore(withdrawn))) {
        return true;
      }
    }
    return false;
  }

  /** Rule 41. */
  static Rule anOutcomeIsSharedOutsideOnlyWithEveryPartysConsent() {
    return Rule.define(OUTCOME_SHARING_NEEDS_ALL_PARTIES)
        .severity(Severity.ERROR)
        .appliesFrom(Stage.REFERRAL)
        .source(
            "Scottish Government Policy and Practice Framework §24.3 (Scottish; the same logic applies"
                + " in England and Wales, practice consensus)")
        .meaning(
            "An outcome agreement shared outside the parties on consent needs a sharing consent, in force"
                + " at the time and covering the recipient and purpose, from every party who agreed an"
                + " agreement of the case. (The consent the disclosure names, of the person it is about,"
                + " is rules DISCLOSURE_HAS_BASIS and CONSENT_WITHDRAWAL_STOPS_SHARING.)")
        .check(
            context -> {
              Set<PartyId> agreed = partiesWhoAgreed(context);
              Map<PartyId, List<Consent>> sharingConsents = sharingConsentsOf(context, agreed);
              List<Finding> findings = new ArrayList<>();
              List<Disclosure> disclosures = context.restorativeCase().disclosures();
              for (int i = 0; i < disclosures.size(); i++) {
                Disclosure disclosure = disclosures.get(i);
                boolean outside =
                    disclosure.items().contains(DisclosedItem.OUTCOME_AGREEMENT)
                        && disclosure.recipient().type() != RecipientType.PARTY
                        && disclosure.reliesOnConsent();
                if (outside && !everyOtherPartyConsented(disclosure, agreed, sharingConsents)) {
                  findings.add(
                      Finding.at(
                          Pointer.of(DISCLOSURES, i),
                          "Not every party to the agreement has consented to sharing it with this"
                              + " recipient."));
                }
              }
              return findings;
            })
        .withLimitations(
            "Sharing that is not logged as a disclosure of the agreement cannot be seen.");
  }

  /** The parties who agreed any agreement of the case, in record order. */
  private static Set<PartyId> partiesWhoAgreed(CheckContext context) {
    Set<PartyId> agreed = new LinkedHashSet<>();
    List<OutcomeAgreement> agreements = context.restorativeCase().agreements();
    for (int i = 0; i < agreements.size(); i++) {
      List<PartyAgreement> records = agreements.get(i).partyAgreements();
      for (int j = 0; j < records.size(); j++) {
        if (records.get(j).agreed()) {
          agreed.add(records.get(j).party());
        }
      }
    }
    return agreed;
  }

  /** The sharing consents of some parties, by party, in record order. */
  private static Map<PartyId, List<Consent>> sharingConsentsOf(
      CheckContext context, Set<PartyId> parties) {
    Map<PartyId, List<Consent>> byParty = new HashMap<>();
    List<Consent> consents = context.restorativeCase().consents();
    for (int i = 0; i < consents.size(); i++) {
      Consent consent = consents.get(i);
      if (consent.kind().isSharing() && parties.contains(consent.party())) {
        List<Consent> ofParty = byParty.get(consent.party());
        if (ofParty == null) {
          ofParty = new ArrayList<>();
          byParty.put(consent.party(), ofParty);
        }
        ofParty.add(consent);
      }
    }
    return byParty;
  }

  /**
   * Whether every party who agreed, other than the person a disclosure is about, has a sharing
   * consent in force at the disclosure that covers its recipient and purpose.
   */
  private static boolean everyOtherPartyConsented(
      Disclosure disclosure, Set<PartyId> agreed, Map<PartyId, List<Consent>> sharingConsents) {
    for (PartyId party : agreed) {
      if (party.equals(disclosure.subject())) {
        continue;
      }
      if (!anyConsentCovers(sharingConsents.getOrDefault(party, List.of()), disclosure)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether any of the consents was in force at a disclosure and covers its recipient and purpose.
   */
  private static boolean anyConsentCovers(List<Consent> consents, Disclosure disclosure) {
    for (int i = 0; i < consents.size(); i++) {
      Consent consent = consents.get(i);
      if (CheckContext.wasActiveAt(consent, disclosure.disclosedAt())
          && consent.coversSharing(disclosure.recipient(), disclosure.purpose())) {
        return true;
      }
    }
    return false;
  }
}
