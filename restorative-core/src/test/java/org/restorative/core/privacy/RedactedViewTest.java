package org.restorative.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.restorative.core.privacy.PrivacyFixtures.AS_OF;
import static org.restorative.core.privacy.PrivacyFixtures.CASES;
import static org.restorative.core.privacy.PrivacyFixtures.FIXED_SEED;
import static org.restorative.core.privacy.PrivacyFixtures.LONDON;
import static org.restorative.core.privacy.PrivacyFixtures.aCompletedCase;

import java.time.LocalDate;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.restorative.core.Identifier;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.party.AgeBand;
import org.restorative.core.party.DischargeCondition;
import org.restorative.core.party.DischargeConditionType;
import org.restorative.core.party.Party;
import org.restorative.core.party.Place;
import org.restorative.core.rules.Policy;
import org.restorative.core.rules.Report;
import org.restorative.core.rules.RuleSet;

/**
 * The redacted view: a case with its structure and without its people, still a case that the rules
 * judge exactly as they judge the original.
 */
class RedactedViewTest {

  @Test
  void every_sensitive_text_of_a_redacted_case_is_gone_or_marked_redacted() {
    qt().withFixedSeed(FIXED_SEED)
        .withExamples(300)
        .forAll(CASES)
        .checkAssert(
            c -> {
              RestorativeCase redacted = RedactedView.redactedCopyOf(c);
              List<String> leaks = new ArrayList<>();
              PrivacyFixtures.walk(
                  redacted,
                  (type, attribute, value) -> {
                    if (FieldSensitivity.of(type, attribute).isSensitive()) {
                      for (String text : PrivacyFixtures.directStrings(value)) {
                        if (!text.equals(RedactedView.REDACTED)) {
                          leaks.add(type.getSimpleName() + "." + attribute);
                        }
                      }
                    }
                  });
              assertThat(leaks).as("sensitive texts left in the redacted case").isEmpty();
            });
  }

  @Test
  void the_fields_classed_personal_or_own_account_hold_no_personal_value() {
    qt().withFixedSeed(FIXED_SEED)
        .withExamples(300)
        .forAll(CASES)
        .checkAssert(
            c -> {
              RestorativeCase redacted = RedactedView.redactedCopyOf(c);
              List<String> personal = PrivacyFixtures.personalValues(c);
              assertThat(personal).isNotEmpty();
              List<String> held = new ArrayList<>();
              PrivacyFixtures.walk(
                  redacted,
                  (type, attribute, value) -> {
                    Sensitivity sensitivity = FieldSensitivity.of(type, attribute);
                    if (sensitivity == Sensitivity.PERSONAL
                        || sensitivity == Sensitivity.PARTYS_OWN_ACCOUNT) {
                      held.addAll(PrivacyFixtures.directStrings(value));
                    }
                  });
              for (String value : personal) {
                assertThat(held).noneMatch(s -> s.contains(value));
              }
            });
  }

  @Test
  void no_name_date_of_birth_or_free_text_of_the_case_is_left_anywhere_in_it() {
    qt().withFixedSeed(FIXED_SEED)
        .withExamples(300)
        .forAll(CASES)
        .checkAssert(
            c -> {
              RestorativeCase redacted = RedactedView.redactedCopyOf(c);
              List<String> held = PrivacyFixtures.allStrings(redacted);
              for (String value : PrivacyFixtures.personalValues(c)) {
                assertThat(held).noneMatch(s -> s.contains(value));
              }
              assertThat(redacted.parties())
                  .allSatisfy(
                      p -> {
                        assertThat(p.name()).isEmpty();
                        assertThat(p.preferredName()).isEmpty();
                        assertThat(p.pronouns()).isEmpty();
                        assertThat(p.dateOfBirth()).isEmpty();
                      });
              assertThat(redacted.facilitators()).allSatisfy(f -> assertThat(f.name()).isEmpty());
              assertThat(redacted.professionals()).allSatisfy(p -> assertThat(p.name()).isEmpty());
            });
  }

  @Test
  void a_redacted_case_is_still_a_case_that_satisfies_every_structural_invariant() {
    qt().withFixedSeed(FIXED_SEED)
        .withExamples(300)
        .forAll(CASES)
        .checkAssert(
            c -> {
              RestorativeCase redacted = RedactedView.redactedCopyOf(c);
              RestorativeCase rebuilt = new RestorativeCase.Builder().from(redacted).build();
              assertThat(rebuilt).isEqualTo(redacted).hasSameHashCodeAs(redacted);
              assertThat(RedactedView.redactedCopyOf(redacted))
                  .as("redacting twice")
                  .isEqualTo(redacted);
            });
  }

  @Test
  void the_standard_rules_report_nothing_more_on_a_redacted_case_than_on_the_original() {
    qt().withFixedSeed(FIXED_SEED)
        .withExamples(300)
        .forAll(CASES, integers().between(0, DAMAGES.size() - 1))
        .checkAssert(
            (c, damage) -> {
              RestorativeCase original = DAMAGES.get(damage).apply(c);
              Set<String> before = findings(original);
              Set<String> after = findings(RedactedView.redactedCopyOf(original));
              assertThat(before).as("the original's findings").containsAll(after);
              assertThat(after).as("the redacted case's findings").containsAll(before);
            });
  }

  @Test
  void a_damaged_case_still_reports_its_findings_when_redacted() {
    RestorativeCase damaged = aCompletedCase().withConsents(List.of());
    assertThat(findings(damaged)).isNotEmpty();
    assertThat(findings(RedactedView.redactedCopyOf(damaged))).isEqualTo(findings(damaged));
  }

  @Test
  void places_become_tokens_that_keep_which_lies_within_which() {
    RestorativeCase c = aCompletedCase();
    Party first = c.parties().get(0);
    RestorativeCase placed =
        c.withMeetings(
                c.meetings().stream()
                    .map(m -> m.withVenue(m.venue().withPlace(Place.of("leeds/ls6/hall"))))
                    .toList())
            .withParties(
                replaceFirst(
                    c.parties(),
                    first.withDischargeConditions(
                        new DischargeCondition.Builder()
                            .type(DischargeConditionType.EXCLUSION_ZONE)
                            .place(Place.of("leeds/ls6"))
                            .build())));

    RestorativeCase redacted = RedactedView.redactedCopyOf(placed);

    Place zone = redacted.parties().get(0).dischargeConditions().get(0).place().orElseThrow();
    assertThat(zone.code()).doesNotContain("leeds").doesNotContain("ls6");
    for (var meeting : redacted.meetings()) {
      Place venue = meeting.venue().place().orElseThrow();
      assertThat(venue.code()).doesNotContain("hall");
      assertThat(zone.contains(venue)).isTrue();
    }
    assertThat(findings(redacted)).isEqualTo(findings(placed));
    assertThat(RedactedView.redactedCopyOf(redacted)).as("redacting twice").isEqualTo(redacted);
  }

  @Test
  void ids_codes_and_moments_are_kept() {
    qt().withFixedSeed(FIXED_SEED)
        .withExamples(300)
        .forAll(CASES)
        .checkAssert(
            c -> assertThat(structure(RedactedView.redactedCopyOf(c))).isEqualTo(structure(c)));
  }

  @Test
  void a_date_of_birth_becomes_the_age_band_on_the_day_of_first_consent_or_else_of_referral() {
    qt().withFixedSeed(FIXED_SEED)
        .withExamples(300)
        .forAll(CASES)
        .checkAssert(
            c -> {
              LocalDate referredOn = LocalDate.ofInstant(c.referral().receivedAt(), LONDON);
              RestorativeCase redacted = RedactedView.redactedCopyOf(c);
              for (int i = 0; i < c.parties().size(); i++) {
                Party original = c.parties().get(i);
                LocalDate day =
                    c.consentsOf(original.id()).stream()
                        .filter(
                            x -> x.kind() == org.restorative.core.consent.ConsentKind.PARTICIPATION)
                        .flatMap(x -> x.obtainedAt().stream())
                        .min(java.util.Comparator.naturalOrder())
                        .map(at -> LocalDate.ofInstant(at, LONDON))
                        .orElse(referredOn);
                Party shown = redacted.parties().get(i);
                assertThat(shown.ageBand()).isEqualTo(original.ageBandOn(day));
              }
            });
  }

  @Test
  void a_fifteen_year_old_at_referral_is_recorded_as_a_child() {
    RestorativeCase c = aCompletedCase();
    LocalDate referredOn = LocalDate.ofInstant(c.referral().receivedAt(), LONDON);
    Party first = c.parties().get(0);
    Party child =
        new Party.Builder()
            .from(first)
            .ageBand(Optional.empty())
            .dateOfBirth(referredOn.minusYears(15).minusDays(10))
            .build();
    RestorativeCase withChild = c.withParties(replaceFirst(c.parties(), child));
    Party shown = RedactedView.redactedCopyOf(withChild).parties().get(0);
    assertThat(shown.dateOfBirth()).isEmpty();
    assertThat(shown.ageBand()).contains(AgeBand.CHILD_UNDER_16);
  }

  @Test
  void required_texts_are_replaced_and_present_texts_are_marked() {
    RestorativeCase redacted = RedactedView.redactedCopyOf(aCompletedCase());
    assertThat(redacted.actions())
        .isNotEmpty()
        .allSatisfy(a -> assertThat(a.description()).isEqualTo(RedactedView.REDACTED));
    assertThat(aCompletedCase().harms()).anySatisfy(h -> assertThat(h.narrative()).isPresent());
    assertThat(redacted.harms())
        .allSatisfy(h -> h.narrative().ifPresent(n -> assertThat(n).isEqualTo("[redacted]")))
        .anySatisfy(h -> assertThat(h.narrative()).contains("[redacted]"));
    assertThat(redacted.toString()).contains("***");
  }

  @Test
  void a_symptom_score_is_removed() {
    RestorativeCase c = aCompletedCase();
    RestorativeCase scored =
        c.withEvaluations(
            c.evaluations().stream().map(e -> e.isCompleted() ? e.withIesRScore(31) : e).toList());
    assertThat(scored.evaluations()).anySatisfy(e -> assertThat(e.iesRScore()).contains(31));
    assertThat(RedactedView.redactedCopyOf(scored).evaluations())
        .allSatisfy(e -> assertThat(e.iesRScore()).isEmpty());
  }

  @Test
  void the_standard_zone_is_london() {
    RestorativeCase c = aCompletedCase();
    assertThat(RedactedView.redactedCopyOf(c)).isEqualTo(RedactedView.redactedCopyOf(c, LONDON));
  }

  // ---------------------------------------------------------------- helpers

  /**
   * Structural damage that makes the rules report something, to compare findings on. A part taken
   * out is no longer named: a disclosure keeps no consent, a consent no capacity assessment, and
   * the questions asked in a preparation contact go with it.
   */
  private static final List<UnaryOperator<RestorativeCase>> DAMAGES =
      List.of(
          c -> c,
          c ->
              c.withDisclosures(
                      c.disclosures().stream().map(d -> d.withConsent(Optional.empty())).toList())
                  .withConsents(List.of()),
          c -> c.withRiskAssessments(List.of()),
          c -> c.withSafetyPlans(List.of()),
          c ->
              c.withQuestionSetUses(
                      c.questionSetUses().stream()
                          .filter(u -> u.preparationContact().isEmpty())
                          .toList())
                  .withPreparationContacts(List.of()),
          c ->
              c.withConsents(
                      c.consents().stream()
                          .map(
                              k ->
                                  k.capacityBasis().flatMap(b -> b.assessment()).isPresent()
                                      ? k.withCapacityBasis(Optional.empty())
                                      : k)
                          .toList())
                  .withCapacityAssessments(List.of()),
          c -> c.withEvaluations(List.of()),
          c -> c.withFacilitators(List.of()),
          c -> c.withQuestionSetUses(List.of()));

  private static Set<String> findings(RestorativeCase c) {
    Report report = RuleSet.standard().check(c, Policy.standard(), AS_OF);
    return report.violations().stream()
        .map(v -> v.code() + " " + v.severity() + " " + v.path() + " " + v.message())
        .collect(Collectors.toSet());
  }

  /**
   * Every id, code, number, flag and moment of the case, in order, with where it is: all that a
   * redaction must keep. The recorded age band is left out, as redaction fills it in.
   */
  private static List<String> structure(RestorativeCase c) {
    List<String> kept = new ArrayList<>();
    PrivacyFixtures.walk(
        c,
        (type, attribute, value) -> {
          if (FieldSensitivity.of(type, attribute).isSensitive()
              || (type == Party.class && attribute.equals("ageBand"))) {
            return;
          }
          Object leaf = value instanceof Optional<?> o ? o.orElse(null) : value;
          if (leaf instanceof Enum<?>
              || leaf instanceof Number
              || leaf instanceof Boolean
              || leaf instanceof TemporalAccessor
              || leaf instanceof Identifier
              || leaf instanceof String) {
            kept.add(type.getSimpleName() + "." + attribute + "=" + leaf);
          }
        });
    return kept;
  }

  private static List<Party> replaceFirst(List<Party> parties, Party first) {
    List<Party> replaced = new ArrayList<>(parties);
    replaced.set(0, first);
    return replaced;
  }
}
