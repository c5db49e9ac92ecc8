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
import org.restorative.core.consent.DisclosedItem;
import org.restorative.core.consent.Disclosure;
import org.restorative.core.consent.RecipientType;
import org.restorative.core.consent.Withdrawal;
import org.restorative.core.consent.WithdrawalScope;
import org.restorative.core.outcome.OutcomeAgreement;
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
                String path = Pointer.of(DISCLOSURES, i, "consent");
                if (disclosure.consent().isEmpty()) {
                  if (disclosure.lawfulBasis().isEmpty()) {
                    findings.add(
                        Finding.at(
                            path, "The disclosure names neither a consent nor a lawful basis."));
                  }
                  continue;
                }
                basisProblem(disclosure, context.consent(disclosure.consent().get()))
                    .ifPresent(message -> findings.add(Finding.at(path, message)));
              }
              return findings;
            })
        .withLimitations(
            "Whether the recipient was in truth the one named, and whether an alternative"
                + " lawful basis really applies, are for information governance; the rule checks"
                + " what the disclosure names.");
  }

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
    if (consent.obtainedAt().filter(at -> !at.isAfter(disclosure.disclosedAt())).isEmpty()) {
      return Optional.of("The disclosure was made before the consent it relies on was obtained.");
    }
    if (!consent.coversSharing(disclosure.recipient(), disclosure.purpose())) {
      return Optional.of("The consent does not cover this recipient and purpose.");
    }
    return Optional.empty();
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
              Map<PartyId, List<Instant>> sharingWithdrawals = new HashMap<>();
              for (Withdrawal withdrawal : context.restorativeCase().withdrawals()) {
                if (withdrawal.scope() == WithdrawalScope.INFORMATION_SHARING) {
                  sharingWithdrawals
                      .computeIfAbsent(withdrawal.party(), p -> new ArrayList<>())
                      .add(withdrawal.at());
                }
              }
              List<Finding> findings = new ArrayList<>();
              List<Disclosure> disclosures = context.restorativeCase().disclosures();
              for (int i = 0; i < disclosures.size(); i++) {
                Disclosure disclosure = disclosures.get(i);
                if (disclosure.consent().isEmpty()) {
                  continue;
                }
                Instant at = disclosure.disclosedAt();
                Optional<Consent> consent = context.consent(disclosure.consent().get());
                boolean consentWithdrawn =
                    consent
                        .flatMap(Consent::withdrawal)
                        .filter(w -> !w.at().isAfter(at))
                        .isPresent();
                Optional<Instant> obtained = consent.flatMap(Consent::obtainedAt);
                boolean sharingWithdrawn =
                    sharingWithdrawals.getOrDefault(disclosure.subject(), List.of()).stream()
                        .anyMatch(
                            w -> !w.isAfter(at) && obtained.filter(o -> !o.isBefore(w)).isEmpty());
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
              Set<PartyId> agreed = new LinkedHashSet<>();
              for (OutcomeAgreement agreement : context.restorativeCase().agreements()) {
                agreed.addAll(agreement.agreedParties());
              }
              Map<PartyId, List<Consent>> sharingConsents = new HashMap<>();
              for (Consent consent : context.restorativeCase().consents()) {
                if (consent.kind().isSharing() && agreed.contains(consent.party())) {
                  sharingConsents
                      .computeIfAbsent(consent.party(), p -> new ArrayList<>())
                      .add(consent);
                }
              }
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

  private static boolean everyOtherPartyConsented(
      Disclosure disclosure, Set<PartyId> agreed, Map<PartyId, List<Consent>> sharingConsents) {
    for (PartyId party : agreed) {
      if (party.equals(disclosure.subject())) {
        continue;
      }
      boolean consented =
          sharingConsents.getOrDefault(party, List.of()).stream()
              .anyMatch(
                  c ->
                      CheckContext.wasActiveAt(c, disclosure.disclosedAt())
                          && c.coversSharing(disclosure.recipient(), disclosure.purpose()));
      if (!consented) {
        return false;
      }
    }
    return true;
  }
}
