package org.restorative.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.restorative.core.rules.LegalSharingOutcomeFixtures.aCase;
import static org.restorative.core.rules.LegalSharingOutcomeFixtures.disclosure;
import static org.restorative.core.rules.LegalSharingOutcomeFixtures.plus;
import static org.restorative.core.rules.LegalSharingOutcomeFixtures.sharingConsent;
import static org.restorative.core.rules.LegalSharingOutcomeFixtures.violations;
import static org.restorative.core.rules.StandardCode.CONSENT_WITHDRAWAL_STOPS_SHARING;
import static org.restorative.core.rules.StandardCode.DISCLOSURE_HAS_BASIS;
import static org.restorative.core.rules.StandardCode.DISCLOSURE_LOGGED;
import static org.restorative.core.rules.StandardCode.DISCLOSURE_MINIMUM_NECESSARY;
import static org.restorative.core.rules.StandardCode.OUTCOME_SHARING_NEEDS_ALL_PARTIES;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.casefile.Stage;
import org.restorative.core.casefile.UnknownReferenceException;
import org.restorative.core.casefile.UnknownReferenceException.UnknownReference;
import org.restorative.core.consent.Consent;
import org.restorative.core.consent.ConsentId;
import org.restorative.core.consent.ConsentKind;
import org.restorative.core.consent.DisclosedItem;
import org.restorative.core.consent.Disclosure;
import org.restorative.core.consent.DisclosureId;
import org.restorative.core.consent.LawfulBasis;
import org.restorative.core.consent.LawfulBasisType;
import org.restorative.core.consent.Recipient;
import org.restorative.core.consent.RecipientType;
import org.restorative.core.consent.SharingPurpose;
import org.restorative.core.consent.Withdrawal;
import org.restorative.core.consent.WithdrawalScope;
import org.restorative.core.outcome.AgreementStatus;
import org.restorative.core.party.PartyId;

/** Rules 37–41: every disclosure has a basis, is minimal, is logged, stops on withdrawal. */
class SharingRulesTest {

  private static final List<Rule> RULES = SharingRules.rules();

  private static final Recipient POLICE =
      Recipient.organisation(RecipientType.POLICE, "County police, public protection unit");

  private static final Recipient HR =
      Recipient.organisation(RecipientType.HR, "Trust human resources");

  // ---------------------------------------------------------------- rule 37

  @Test
  void a_disclosure_to_the_treating_team_on_the_patients_own_consent_has_a_basis() {
    assertThat(violations(RULES, aDisclosedCase(), DISCLOSURE_HAS_BASIS)).isEmpty();
  }

  @Test
  void a_consent_to_share_with_the_treating_team_does_not_cover_the_police() {
    RestorativeCase c = aDisclosedCase();
    RestorativeCase toPolice = withDisclosure(c, theDisclosure(c).withRecipient(POLICE));

    assertThat(violations(RULES, toPolice, DISCLOSURE_HAS_BASIS))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.severity()).isEqualTo(Severity.ERROR);
              assertThat(v.path()).isEqualTo("/disclosures/0/consent");
            });
  }

  @Test
  void a_disclosure_must_rest_on_the_consent_of_the_person_it_is_about() {
    RestorativeCase c = aDisclosedCase();
    Disclosure shared = theDisclosure(c);
    PartyId someoneElse =
        c.parties().stream()
            .map(p -> p.id())
            .filter(id -> !id.equals(shared.subject()))
            .findFirst()
            .orElseThrow();
    Consent theirs =
        sharingConsent(
            "consent-someone-else",
            someoneElse,
            ConsentKind.DISCLOSURE_CONFIDENTIALITY,
            shared.recipient(),
            shared.purpose(),
            shared.disclosedAt().minus(Duration.ofHours(1)));
    RestorativeCase onTheirConsent =
        withDisclosure(c.withConsents(plus(c.consents(), theirs)), shared.withConsent(theirs.id()));

    assertThat(violations(RULES, onTheirConsent, DISCLOSURE_HAS_BASIS))
        .singleElement()
        .satisfies(v -> assertThat(v.path()).isEqualTo("/disclosures/0/consent"));
  }

  @Test
  void sharing_before_the_consent_was_obtained_has_no_basis() {
    RestorativeCase c = aDisclosedCase();
    Consent consent = consentOf(c);
    RestorativeCase early =
        withDisclosure(
            c,
            theDisclosure(c).withDisclosedAt(consent.obtainedAt().orElseThrow().minusSeconds(60)));

    assertThat(violations(RULES, early, DISCLOSURE_HAS_BASIS))
        .singleElement()
        .satisfies(v -> assertThat(v.path()).isEqualTo("/disclosures/0/consent"));
  }

  @Test
  void consent_to_take_part_is_no_consent_to_share() {
    RestorativeCase c = aDisclosedCase();
    Disclosure shared = theDisclosure(c);
    ConsentId participation =
        c.consents().stream()
            .filter(
                k -> k.party().equals(shared.subject()) && k.kind() == ConsentKind.PARTICIPATION)
            .findFirst()
            .orElseThrow()
            .id();

    assertThat(
            violations(
                RULES, withDisclosure(c, shared.withConsent(participation)), DISCLOSURE_HAS_BASIS))
        .singleElement()
        .satisfies(v -> assertThat(v.path()).isEqualTo("/disclosures/0/consent"));
  }

  @Test
  void a_disclosure_citing_a_consent_the_case_does_not_hold_is_refused_with_the_case() {
    RestorativeCase c = aDisclosedCase();
    Disclosure unknown = theDisclosure(c).withConsent(ConsentId.of("consent-not-on-file"));

    assertThatThrownBy(() -> withDisclosure(c, unknown))
        .isInstanceOfSatisfying(
            UnknownReferenceException.class,
            e ->
                assertThat(e.references())
                    .containsExactly(new UnknownReference("/disclosures/0/consent", "/consents")));
  }

  @Test
  void a_disclosure_to_the_police_on_a_recorded_lawful_basis_needs_no_consent() {
    RestorativeCase c = aDisclosedCase();
    Disclosure onBasis =
        new Disclosure.Builder()
            .from(theDisclosure(c))
            .recipient(POLICE)
            .consent(Optional.empty())
            .lawfulBasis(LawfulBasis.of(LawfulBasisType.COURT_ORDER, "Production order"))
            .build();

    assertThat(violations(RULES, withDisclosure(c, onBasis), DISCLOSURE_HAS_BASIS)).isEmpty();
  }

  @Test
  void a_disclosure_logged_on_neither_a_consent_nor_a_lawful_basis_has_no_basis() {
    RestorativeCase c = aDisclosedCase();
    Disclosure noBasis = theDisclosure(c).withConsent(Optional.empty());

    assertThat(violations(RULES, withDisclosure(c, noBasis), DISCLOSURE_HAS_BASIS))
        .singleElement()
        .satisfies(v -> assertThat(v.path()).isEqualTo("/disclosures/0/consent"));
    assertThat(violations(RULES, withDisclosure(c, noBasis), DISCLOSURE_LOGGED)).isEmpty();
  }

  // ---------------------------------------------------------------- rule 38

  @Test
  void sharing_beyond_the_minimum_dataset_needs_a_justification() {
    RestorativeCase c = aDisclosedCase();
    Disclosure unjustified = theDisclosure(c).withFromMinimumDataset(false);

    assertThat(violations(RULES, withDisclosure(c, unjustified), DISCLOSURE_MINIMUM_NECESSARY))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.severity()).isEqualTo(Severity.WARNING);
              assertThat(v.path()).isEqualTo("/disclosures/0/justification");
            });
    Disclosure justified =
        unjustified.withJustification("Only the risk summary the ward needs for the meeting");
    assertThat(violations(RULES, withDisclosure(c, justified), DISCLOSURE_MINIMUM_NECESSARY))
        .isEmpty();
  }

  // ---------------------------------------------------------------- rule 39

  @Test
  void the_disclosure_log_only_ever_grows_at_its_end() {
    RestorativeCase c = aDisclosedCase();
    Disclosure first = theDisclosure(c);
    Disclosure backdated =
        first
            .withId(DisclosureId.of("disclosure-backdated"))
            .withDisclosedAt(first.disclosedAt().minusSeconds(600));

    assertThat(
            violations(
                RULES, c.withDisclosures(plus(c.disclosures(), backdated)), DISCLOSURE_LOGGED))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.severity()).isEqualTo(Severity.ERROR);
              assertThat(v.path()).isEqualTo("/disclosures/1");
            });
  }

  @Test
  void a_later_disclosure_appended_to_the_log_is_in_order() {
    RestorativeCase c = aDisclosedCase();
    Disclosure first = theDisclosure(c);
    Disclosure later =
        first
            .withId(DisclosureId.of("disclosure-later"))
            .withDisclosedAt(first.disclosedAt().plusSeconds(600));

    assertThat(
            violations(RULES, c.withDisclosures(plus(c.disclosures(), later)), DISCLOSURE_LOGGED))
        .isEmpty();
  }

  // ---------------------------------------------------------------- rule 40

  @Test
  void once_a_patient_withdraws_consent_to_share_nothing_more_is_shared_on_it() {
    RestorativeCase c = aDisclosedCase();
    Consent consent = consentOf(c);
    Instant shared = theDisclosure(c).disclosedAt();
    Consent withdrawnBefore =
        consent.withdrawnBy(sharingWithdrawal(consent.party(), between(consent, shared)));

    assertThat(violations(RULES, withConsent(c, withdrawnBefore), CONSENT_WITHDRAWAL_STOPS_SHARING))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.severity()).isEqualTo(Severity.ERROR);
              assertThat(v.path()).isEqualTo("/disclosures/0");
            });
  }

  @Test
  void a_withdrawal_after_a_disclosure_does_not_undo_it() {
    RestorativeCase c = aDisclosedCase();
    Consent consent = consentOf(c);
    Consent withdrawnAfter =
        consent.withdrawnBy(
            sharingWithdrawal(consent.party(), theDisclosure(c).disclosedAt().plusSeconds(60)));

    assertThat(violations(RULES, withConsent(c, withdrawnAfter), CONSENT_WITHDRAWAL_STOPS_SHARING))
        .isEmpty();
  }

  @Test
  void withdrawing_from_information_sharing_stops_disclosures_on_earlier_consents() {
    RestorativeCase c = aDisclosedCase();
    Consent consent = consentOf(c);
    Withdrawal fromSharing =
        sharingWithdrawal(consent.party(), between(consent, theDisclosure(c).disclosedAt()));

    assertThat(
            violations(
                RULES,
                c.withWithdrawals(plus(c.withdrawals(), fromSharing)),
                CONSENT_WITHDRAWAL_STOPS_SHARING))
        .singleElement()
        .satisfies(v -> assertThat(v.path()).isEqualTo("/disclosures/0"));
  }

  @Test
  void a_fresh_consent_given_after_withdrawing_from_sharing_may_be_relied_on() {
    RestorativeCase c = aDisclosedCase();
    Consent consent = consentOf(c);
    Instant withdrawnAt = consent.obtainedAt().orElseThrow().minusSeconds(3_600);
    Withdrawal earlier = sharingWithdrawal(consent.party(), withdrawnAt);

    assertThat(
            violations(
                RULES,
                c.withWithdrawals(plus(c.withdrawals(), earlier)),
                CONSENT_WITHDRAWAL_STOPS_SHARING))
        .isEmpty();
  }

  // ---------------------------------------------------------------- rule 41

  @Test
  void an_outcome_agreement_goes_to_hr_only_with_the_consent_of_every_party_to_it() {
    RestorativeCase agreed = anAgreedCase();
    PartyId[] parties = agreedParties(agreed);
    RestorativeCase oneConsent = outcomeSharedWithHr(agreed, parties[0]);

    assertThat(violations(RULES, oneConsent, OUTCOME_SHARING_NEEDS_ALL_PARTIES))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.severity()).isEqualTo(Severity.ERROR);
              assertThat(v.path())
                  .isEqualTo("/disclosures/" + (oneConsent.disclosures().size() - 1));
            });
  }

  @Test
  void an_outcome_agreement_every_party_agreed_to_share_may_go_to_hr() {
    RestorativeCase agreed = anAgreedCase();
    PartyId[] parties = agreedParties(agreed);
    RestorativeCase allConsent = outcomeSharedWithHr(agreed, parties);

    assertThat(violations(RULES, allConsent, OUTCOME_SHARING_NEEDS_ALL_PARTIES)).isEmpty();
  }

  @Test
  void sharing_the_outcome_with_a_party_to_it_needs_no_one_elses_consent() {
    RestorativeCase agreed = anAgreedCase();
    PartyId[] parties = agreedParties(agreed);
    RestorativeCase oneConsent = outcomeSharedWithHr(agreed, parties[0]);
    int last = oneConsent.disclosures().size() - 1;
    Disclosure toHr = oneConsent.disclosures().get(last);
    Recipient party = Recipient.party(parties[1]);
    RestorativeCase toTheParty = oneConsent.with(toHr.withRecipient(party));

    assertThat(violations(RULES, toTheParty, OUTCOME_SHARING_NEEDS_ALL_PARTIES)).isEmpty();
  }

  // ---------------------------------------------------------------- cases

  /** A case in preparation whose only disclosure is the patient's risk summary to the ward team. */
  private static RestorativeCase aDisclosedCase() {
    return aCase(Stage.PREPARATION, c -> c.disclosures().size() == 1);
  }

  /** A case in follow-up whose agreement two parties have agreed, with no disclosure yet. */
  private static RestorativeCase anAgreedCase() {
    return aCase(
        Stage.FOLLOW_UP,
        c ->
            c.disclosures().isEmpty()
                && c.agreements().size() == 1
                && c.agreements().get(0).status() == AgreementStatus.IN_MONITORING
                && c.agreements().get(0).agreedParties().size() == 2);
  }

  private static PartyId[] agreedParties(RestorativeCase c) {
    return c.agreements().get(0).agreedParties().toArray(PartyId[]::new);
  }

  /**
   * The agreement disclosed to HR on the first consenting party's consent, with a consent to that
   * sharing from each of the consenting parties.
   */
  private static RestorativeCase outcomeSharedWithHr(RestorativeCase c, PartyId... consenting) {
    Instant agreedAt = c.agreements().get(0).createdAt();
    RestorativeCase withConsents = c;
    for (PartyId party : consenting) {
      Consent consent =
          sharingConsent(
              "consent-hr-" + party.value(),
              party,
              ConsentKind.DISCLOSURE_CONFIDENTIALITY,
              HR,
              SharingPurpose.OTHER,
              agreedAt.plusSeconds(600));
      withConsents = withConsents.withConsents(plus(withConsents.consents(), consent));
    }
    Disclosure toHr =
        disclosure(
            "disclosure-outcome-hr",
            consenting[0],
            HR,
            DisclosedItem.OUTCOME_AGREEMENT,
            SharingPurpose.OTHER,
            agreedAt.plusSeconds(7_200),
            Optional.of(ConsentId.of("consent-hr-" + consenting[0].value())));
    return withConsents.withDisclosures(plus(withConsents.disclosures(), toHr));
  }

  private static Disclosure theDisclosure(RestorativeCase c) {
    return c.disclosures().get(0);
  }

  private static Consent consentOf(RestorativeCase c) {
    ConsentId id = theDisclosure(c).consent().orElseThrow();
    return c.consents().stream().filter(k -> k.id().equals(id)).findFirst().orElseThrow();
  }

  private static RestorativeCase withDisclosure(RestorativeCase c, Disclosure changed) {
    return c.with(changed);
  }

  private static RestorativeCase withConsent(RestorativeCase c, Consent changed) {
    return c.with(changed);
  }

  private static Withdrawal sharingWithdrawal(PartyId party, Instant at) {
    return new Withdrawal.Builder()
        .party(party)
        .at(at)
        .scope(WithdrawalScope.INFORMATION_SHARING)
        .build();
  }

  /** A moment strictly between a consent being obtained and a later disclosure. */
  private static Instant between(Consent consent, Instant disclosedAt) {
    Instant obtained = consent.obtainedAt().orElseThrow();
    return obtained.plus(Duration.between(obtained, disclosedAt).dividedBy(2));
  }
}
