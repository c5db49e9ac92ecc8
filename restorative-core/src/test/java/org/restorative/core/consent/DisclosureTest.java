package org.restorative.core.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.restorative.core.consent.ConsentFixtures.THE_FACILITATOR;
import static org.restorative.core.consent.ConsentFixtures.THE_NURSE;
import static org.restorative.core.consent.ConsentFixtures.THE_PATIENT;
import static org.restorative.core.consent.ConsentFixtures.ZEBEDEE;
import static org.restorative.core.consent.ConsentFixtures.aDisclosureOnLawfulBasis;
import static org.restorative.core.consent.ConsentFixtures.aDisclosureUnderConsent;
import static org.restorative.core.consent.ConsentFixtures.assertOnlyChanged;
import static org.restorative.core.consent.ConsentFixtures.assertRejected;
import static org.restorative.core.consent.ConsentFixtures.daysAfterConsent;
import static org.restorative.core.consent.ConsentFixtures.thePolice;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.restorative.core.process.Medium;

class DisclosureTest {

  @Test
  void a_disclosure_under_consent_logs_who_to_whom_when_how_what_and_why() {
    Disclosure disclosure = aDisclosureUnderConsent();

    assertThat(disclosure.subject()).isEqualTo(THE_PATIENT);
    assertThat(disclosure.recipient()).isEqualTo(Recipient.party(THE_NURSE));
    assertThat(disclosure.disclosedAt()).isEqualTo(daysAfterConsent(3));
    assertThat(disclosure.by()).isEqualTo(THE_FACILITATOR);
    assertThat(disclosure.medium()).isEqualTo(Medium.IN_PERSON);
    assertThat(disclosure.items()).containsExactly(DisclosedItem.RISK_INFORMATION);
    assertThat(disclosure.purpose()).isEqualTo(SharingPurpose.SAFETY_AND_RISK_MANAGEMENT);
    assertThat(disclosure.consent()).contains(ConsentId.of("c-data"));
    assertThat(disclosure.lawfulBasis()).isEmpty();
    assertThat(disclosure.reliesOnConsent()).isTrue();
  }

  @Test
  void a_disclosure_to_the_police_on_a_statute_does_not_rely_on_consent() {
    Disclosure disclosure = aDisclosureOnLawfulBasis(LawfulBasisType.STATUTE);

    assertThat(disclosure.recipient()).isEqualTo(thePolice());
    assertThat(disclosure.lawfulBasis().orElseThrow().type()).isEqualTo(LawfulBasisType.STATUTE);
    assertThat(disclosure.consent()).isEmpty();
    assertThat(disclosure.reliesOnConsent()).isFalse();
  }

  @Test
  void a_justified_disclosure_shows_it_used_the_minimum_necessary() {
    assertThat(aDisclosureUnderConsent().isMinimumNecessaryShown()).isTrue();
  }

  @Test
  void a_disclosure_from_the_minimum_dataset_needs_no_justification() {
    Disclosure disclosure = aDisclosureOnLawfulBasis(LawfulBasisType.SAFEGUARDING);

    assertThat(disclosure.justification()).isEmpty();
    assertThat(disclosure.fromMinimumDataset()).isTrue();
    assertThat(disclosure.isMinimumNecessaryShown()).isTrue();
  }

  @Test
  void a_disclosure_neither_justified_nor_from_the_minimum_dataset_does_not_show_it() {
    Disclosure disclosure = aDisclosureUnderConsent().withJustification(Optional.empty());

    assertThat(disclosure.fromMinimumDataset()).isFalse();
    assertThat(disclosure.isMinimumNecessaryShown()).isFalse();
  }

  @Test
  void copying_with_another_medium_changes_only_the_medium() {
    Disclosure disclosure = aDisclosureUnderConsent();

    assertOnlyChanged(Disclosure.class, disclosure, disclosure.withMedium(Medium.PHONE), "medium");
  }

  @Test
  void copying_with_more_items_changes_only_the_items() {
    Disclosure disclosure = aDisclosureUnderConsent();

    assertOnlyChanged(
        Disclosure.class,
        disclosure,
        disclosure.withItems(DisclosedItem.RISK_INFORMATION, DisclosedItem.LEAVE_OR_DISCHARGE),
        "items");
  }

  @Test
  void two_identical_log_entries_are_equal() {
    assertThat(aDisclosureUnderConsent())
        .isEqualTo(aDisclosureUnderConsent())
        .hasSameHashCodeAs(aDisclosureUnderConsent())
        .isNotEqualTo(aDisclosureUnderConsent().withId(DisclosureId.of("d-9")));
  }

  @Test
  void a_disclosure_must_say_what_was_disclosed() {
    assertRejected(() -> aDisclosureUnderConsent().withItems(List.of()), "disclosure items");
  }

  @Test
  void a_disclosure_made_on_no_recorded_basis_is_still_logged_for_the_rules_to_report() {
    Disclosure noBasis = aDisclosureUnderConsent().withConsent(Optional.empty());

    assertThat(noBasis.consent()).isEmpty();
    assertThat(noBasis.lawfulBasis()).isEmpty();
    assertThat(noBasis.reliesOnConsent()).isFalse();
  }

  @Test
  void a_disclosure_cannot_rest_on_both_a_consent_and_a_lawful_basis() {
    assertRejected(
        () ->
            aDisclosureUnderConsent()
                .withLawfulBasis(LawfulBasis.of(LawfulBasisType.COURT_ORDER, "Order 1234")),
        "disclosure must name at most one of consent and lawfulBasis",
        "Order 1234",
        "c-data");
  }

  @Test
  void a_justification_when_given_cannot_be_blank() {
    assertRejected(
        () -> aDisclosureUnderConsent().withJustification(" "), "disclosure justification");
  }

  @Test
  void the_justification_is_redacted() {
    Disclosure disclosure = aDisclosureUnderConsent().withJustification(ZEBEDEE);

    assertThat(disclosure.toString()).doesNotContain(ZEBEDEE).contains("***");
  }
}
