package org.restorative.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.restorative.core.privacy.PrivacyFixtures.CASES;
import static org.restorative.core.privacy.PrivacyFixtures.FIXED_SEED;
import static org.restorative.core.privacy.PrivacyFixtures.LONDON;
import static org.restorative.core.privacy.PrivacyFixtures.anotherTeamsKey;
import static org.restorative.core.privacy.PrivacyFixtures.theTrustsKey;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.harm.HarmSeverity;
import org.restorative.core.harm.SeverityScale;
import org.restorative.core.outcome.PartyOrRole;
import org.restorative.core.party.Party;
import org.restorative.core.party.PartyId;
import org.restorative.core.synthetic.SyntheticCases;

/**
 * The pseudonymised view over generated cases: it holds no name, date of birth or free text, only
 * months and age bands, the same pseudonyms for the same key, and always its notice.
 */
class PseudonymisedCasePropertiesTest {

  private static final Pseudonymiser TRUST = Pseudonymiser.keyed(theTrustsKey());
  private static final Pseudonymiser AUDIT = Pseudonymiser.keyed(anotherTeamsKey());

  @Test
  void a_pseudonymised_case_holds_no_name_date_of_birth_or_free_text_of_the_case() {
    qt().withFixedSeed(FIXED_SEED)
        .withExamples(300)
        .forAll(CASES)
        .checkAssert(
            c -> {
              PseudonymisedCase pseudonymised = TRUST.pseudonymise(c, LONDON);
              List<String> personal = PrivacyFixtures.personalValues(c);
              assertThat(personal).as("the case holds personal values to look for").isNotEmpty();
              String printed = pseudonymised.toString();
              List<String> held = PrivacyFixtures.allStrings(pseudonymised);
              for (String value : personal) {
                assertThat(printed).doesNotContain(value);
                assertThat(held).noneMatch(s -> s.contains(value));
              }
            });
  }

  @Test
  void a_pseudonymised_case_holds_only_pseudonyms_codes_posts_and_its_notice_as_text() {
    qt().withFixedSeed(FIXED_SEED)
        .withExamples(300)
        .forAll(CASES)
        .checkAssert(
            c -> {
              Set<String> posts =
                  c.actions().stream()
                      .flatMap(a -> a.owner().flatMap(PartyOrRole::role).stream())
                      .collect(Collectors.toSet());
              Set<String> nationalGrades =
                  c.harms().stream()
                      .flatMap(h -> h.severity().stream())
                      .filter(s -> s.scale() != SeverityScale.LOCAL)
                      .map(HarmSeverity::grade)
                      .collect(Collectors.toSet());
              for (String text : PrivacyFixtures.allStrings(TRUST.pseudonymise(c, LONDON))) {
                assertThat(
                        text.matches("(P|C|F|PR)-[A-Z2-7]{16}")
                            || text.equals(PseudonymisedCase.NOTICE)
                            || posts.contains(text)
                            || nationalGrades.contains(text))
                    .as("an unexpected text in a pseudonymised case")
                    .isTrue();
              }
            });
  }

  @Test
  void a_pseudonymised_case_holds_months_and_never_a_date_or_a_moment() {
    qt().withFixedSeed(FIXED_SEED)
        .withExamples(300)
        .forAll(CASES)
        .checkAssert(
            c -> {
              PseudonymisedCase pseudonymised = TRUST.pseudonymise(c, LONDON);
              assertThat(PrivacyFixtures.allTemporals(pseudonymised))
                  .allSatisfy(t -> assertThat(t).isInstanceOf(YearMonth.class));
              assertThat(pseudonymised.referredIn())
                  .isEqualTo(YearMonth.from(c.referral().receivedAt().atZone(LONDON)));
              for (int i = 0; i < c.harms().size(); i++) {
                assertThat(pseudonymised.harms().get(i).occurredIn())
                    .isEqualTo(YearMonth.from(c.harms().get(i).occurred().start().atZone(LONDON)));
              }
              for (int i = 0; i < c.history().size(); i++) {
                assertThat(pseudonymised.history().get(i).month())
                    .isEqualTo(YearMonth.from(c.history().get(i).at().atZone(LONDON)));
              }
              c.parties().stream()
                  .flatMap(p -> p.dateOfBirth().stream())
                  .map(LocalDate::toString)
                  .forEach(born -> assertThat(pseudonymised.toString()).doesNotContain(born));
            });
  }

  @Test
  void each_party_has_the_age_band_on_the_day_of_referral_and_never_the_date_of_birth() {
    qt().withFixedSeed(FIXED_SEED)
        .withExamples(300)
        .forAll(CASES)
        .checkAssert(
            c -> {
              LocalDate referredOn = LocalDate.ofInstant(c.referral().receivedAt(), LONDON);
              PseudonymisedCase pseudonymised = TRUST.pseudonymise(c, LONDON);
              assertThat(pseudonymised.parties()).hasSameSizeAs(c.parties());
              for (int i = 0; i < c.parties().size(); i++) {
                Party party = c.parties().get(i);
                PseudonymisedParty shown = pseudonymised.parties().get(i);
                assertThat(shown.pseudonym()).isEqualTo(TRUST.pseudonym(party.id()));
                assertThat(shown.ageBand()).isEqualTo(party.ageBandOn(referredOn));
                assertThat(shown.role()).isEqualTo(party.role());
                assertThat(shown.restricted()).isEqualTo(party.isRestrictedPatient());
              }
            });
  }

  @Test
  void the_same_key_gives_the_same_party_the_same_pseudonym_in_two_different_cohorts() {
    List<RestorativeCase> first = SyntheticCases.seeded(11).cohort(40).toList();
    List<RestorativeCase> second = SyntheticCases.seeded(12).cohort(40).toList();
    Map<PartyId, String> seen = new HashMap<>();
    int sharedParties = 0;
    for (RestorativeCase c : concat(first, second)) {
      PseudonymisedCase pseudonymised = Pseudonymiser.keyed(theTrustsKey()).pseudonymise(c, LONDON);
      for (int i = 0; i < c.parties().size(); i++) {
        PartyId id = c.parties().get(i).id();
        String pseudonym = pseudonymised.parties().get(i).pseudonym();
        String earlier = seen.putIfAbsent(id, pseudonym);
        if (earlier != null) {
          sharedParties++;
          assertThat(pseudonym).as("pseudonym of %s", id).isEqualTo(earlier);
        }
      }
    }
    assertThat(sharedParties).as("ids met again in another case").isGreaterThan(100);
  }

  @Test
  void different_keys_give_no_pseudonym_in_common() {
    qt().withFixedSeed(FIXED_SEED)
        .withExamples(300)
        .forAll(CASES)
        .checkAssert(
            c -> {
              Set<String> trust = pseudonyms(TRUST.pseudonymise(c, LONDON));
              Set<String> audit = pseudonyms(AUDIT.pseudonymise(c, LONDON));
              assertThat(trust).isNotEmpty().doesNotContainAnyElementsOf(audit);
            });
  }

  @Test
  void every_pseudonymised_case_says_it_is_still_personal_data() {
    qt().withFixedSeed(FIXED_SEED)
        .withExamples(300)
        .forAll(CASES)
        .checkAssert(
            c -> {
              PseudonymisedCase pseudonymised = TRUST.pseudonymise(c, LONDON);
              assertThat(pseudonymised.notice()).isEqualTo(PseudonymisedCase.NOTICE);
              assertThat(pseudonymised.toString()).contains("still personal data under UK GDPR");
            });
  }

  @Test
  void a_draft_action_with_no_owner_yet_is_pseudonymised_with_no_owner() {
    qt().withFixedSeed(FIXED_SEED)
        .withExamples(30)
        .forAll(CASES)
        .assuming(c -> !c.actions().isEmpty())
        .checkAssert(
            c -> {
              RestorativeCase draft =
                  c.withActions(
                      c.actions().stream().map(a -> a.withOwner(Optional.empty())).toList());
              PseudonymisedCase p = TRUST.pseudonymise(draft, LONDON);
              assertThat(p.actions())
                  .hasSameSizeAs(c.actions())
                  .allSatisfy(
                      a -> {
                        assertThat(a.ownerPseudonym()).isEmpty();
                        assertThat(a.ownerRole()).isEmpty();
                      });
            });
  }

  @Test
  void the_parts_research_counts_are_kept() {
    qt().withFixedSeed(FIXED_SEED)
        .withExamples(300)
        .forAll(CASES)
        .checkAssert(
            c -> {
              PseudonymisedCase p = TRUST.pseudonymise(c, LONDON);
              assertThat(p.casePseudonym()).isEqualTo(TRUST.pseudonym(c.id()));
              assertThat(p.stage()).isEqualTo(c.stage());
              assertThat(p.harms()).hasSameSizeAs(c.harms());
              assertThat(p.processes()).hasSameSizeAs(c.processes());
              assertThat(p.meetings()).hasSameSizeAs(c.meetings());
              assertThat(p.agreements()).hasSameSizeAs(c.agreements());
              assertThat(p.actions()).hasSameSizeAs(c.actions());
              assertThat(p.evaluations()).hasSameSizeAs(c.evaluations());
              assertThat(p.history()).hasSameSizeAs(c.history());
              for (int i = 0; i < c.evaluations().size(); i++) {
                assertThat(p.evaluations().get(i).satisfaction())
                    .isEqualTo(c.evaluations().get(i).satisfaction());
                assertThat(p.evaluations().get(i).party())
                    .isEqualTo(TRUST.pseudonym(c.evaluations().get(i).party()));
              }
              for (int i = 0; i < c.meetings().size(); i++) {
                assertThat(p.meetings().get(i).attendees())
                    .containsExactlyElementsOf(
                        c.meetings().get(i).attendees().stream()
                            .map(a -> TRUST.pseudonym(a.party()))
                            .toList());
              }
            });
  }

  private static Set<String> pseudonyms(PseudonymisedCase pseudonymised) {
    return PrivacyFixtures.allStrings(pseudonymised).stream()
        .filter(s -> s.matches("(P|C|F|PR)-[A-Z2-7]{16}"))
        .collect(Collectors.toSet());
  }

  private static <T> List<T> concat(List<T> first, List<T> second) {
    return Stream.concat(first.stream(), second.stream()).toList();
  }
}
