package org.restorative.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.casefile.Stage;
import org.restorative.core.harm.Harm;
import org.restorative.core.harm.HarmContext;
import org.restorative.core.harm.InvolvedPerson;
import org.restorative.core.harm.RoleInHarm;
import org.restorative.core.party.Acknowledgement;
import org.restorative.core.party.AcknowledgementLevel;
import org.restorative.core.party.Party;
import org.restorative.core.party.PartyId;
import org.restorative.core.party.PartyRole;
import org.restorative.core.party.PersonType;
import org.restorative.core.synthetic.SyntheticCases;

/** Rules 1–2: acknowledgement and eligibility. */
class AcknowledgementRulesTest {

  static final Instant AS_OF = Instant.parse("2030-01-01T00:00:00Z");
  static final RuleSet FAMILY = RuleSet.of(AcknowledgementRules.rules());

  static RestorativeCase preparedCase() {
    SyntheticCases synthetic = SyntheticCases.seeded(21);
    for (int i = 0; ; i++) {
      RestorativeCase c = synthetic.caseAt(Stage.PREPARATION, i);
      if (c.parties().stream().anyMatch(p -> p.role() == PartyRole.PERSON_RESPONSIBLE)) {
        return c;
      }
    }
  }

  static int responsibleIndex(RestorativeCase c) {
    for (int i = 0; i < c.parties().size(); i++) {
      if (c.parties().get(i).role() == PartyRole.PERSON_RESPONSIBLE) {
        return i;
      }
    }
    throw new AssertionError("no responsible party");
  }

  static RestorativeCase withParty(RestorativeCase c, int index, Party party) {
    return c.with(party);
  }

  @Test
  void a_case_cannot_be_prepared_while_the_person_responsible_has_only_acknowledged_the_facts() {
    RestorativeCase c = preparedCase();
    int i = responsibleIndex(c);
    Party responsible = c.parties().get(i);
    Party factsOnly =
        responsible.withAcknowledgements(
            Acknowledgement.of(AcknowledgementLevel.FACTS, LocalDate.of(2025, 1, 10)));

    Report report = FAMILY.check(withParty(c, i, factsOnly), Policy.standard(), AS_OF);

    assertThat(report.violations())
        .extracting(Violation::code, Violation::severity, Violation::path)
        .containsExactly(
            tuple(
                "RESPONSIBILITY_ACKNOWLEDGED_BEFORE_PREPARATION",
                Severity.ERROR,
                "/parties/" + i + "/acknowledgements"));
  }

  @Test
  void acknowledging_the_facts_and_their_own_part_is_enough_to_prepare() {
    Report report = FAMILY.check(preparedCase(), Policy.standard(), AS_OF);

    assertThat(report.codes()).doesNotContain("RESPONSIBILITY_ACKNOWLEDGED_BEFORE_PREPARATION");
  }

  @Test
  void a_missing_acknowledgement_blocks_the_gate_into_preparation_but_not_the_assessment_itself() {
    RestorativeCase assessed = SyntheticCases.seeded(21).caseAt(Stage.ASSESSMENT, 0);
    RestorativeCase unacknowledged =
        assessed.withParties(
            assessed.parties().stream().map(p -> p.withAcknowledgements(List.of())).toList());

    assertThat(FAMILY.check(unacknowledged, Policy.standard(), AS_OF).codes())
        .doesNotContain("RESPONSIBILITY_ACKNOWLEDGED_BEFORE_PREPARATION");
    assertThat(
            FAMILY.checkEntry(unacknowledged, Stage.PREPARATION, Policy.standard(), AS_OF).codes())
        .contains("RESPONSIBILITY_ACKNOWLEDGED_BEFORE_PREPARATION");
  }

  @Test
  void an_assessed_case_needs_someone_harmed_and_someone_responsible() {
    RestorativeCase c = preparedCase();
    RestorativeCase onlyHarmed = WholeCases.withoutParties(c, p -> p.role().isResponsible());

    Report report = FAMILY.check(onlyHarmed, Policy.standard(), AS_OF);

    assertThat(report.violations())
        .extracting(Violation::code, Violation::severity, Violation::path)
        .containsExactly(tuple("CORE_PARTIES_PRESENT", Severity.ERROR, "/parties"));
  }

  @Test
  void a_referral_may_name_only_one_party_so_far() {
    RestorativeCase c = SyntheticCases.seeded(21).caseAt(Stage.REFERRAL, 0);
    RestorativeCase onlyHarmed = WholeCases.withoutParties(c, p -> p.role().isResponsible());

    assertThat(FAMILY.check(onlyHarmed, Policy.standard(), AS_OF).codes())
        .doesNotContain("CORE_PARTIES_PRESENT");
  }

  @Test
  void mutual_harm_counts_for_both_roles_only_between_two_such_parties() {
    Party first = mutualParty("p-1");
    Party second = mutualParty("p-2");
    RestorativeCase noParties = WholeCases.withoutParties(preparedCase(), p -> true);
    RestorativeCase twoMutual = noParties.withParties(first, second);
    RestorativeCase oneMutual = noParties.withParties(first);

    assertThat(FAMILY.check(twoMutual, Policy.standard(), AS_OF).codes())
        .doesNotContain("CORE_PARTIES_PRESENT");
    assertThat(FAMILY.check(oneMutual, Policy.standard(), AS_OF).codes())
        .contains("CORE_PARTIES_PRESENT");
  }

  static RestorativeCase organisationalCase(Stage stage, PartyRole trustRole) {
    SyntheticCases synthetic =
        SyntheticCases.seeded(21).withContextWeights(Map.of(HarmContext.ORGANISATION_ON_PERSON, 1));
    for (int i = 0; ; i++) {
      RestorativeCase c = synthetic.caseAt(stage, i);
      if (c.parties().stream().anyMatch(p -> p.isOrganisation() && p.role() == trustRole)) {
        return c;
      }
    }
  }

  static int organisationIndex(RestorativeCase c) {
    for (int i = 0; i < c.parties().size(); i++) {
      if (c.parties().get(i).isOrganisation()) {
        return i;
      }
    }
    throw new AssertionError("no organisation");
  }

  @ParameterizedTest
  @EnumSource(
      value = PartyRole.class,
      names = {"PERSON_RESPONSIBLE", "ORGANISATION"})
  void an_organisation_that_acknowledged_through_its_spokesperson_answers_for_organisational_harm(
      PartyRole trustRole) {
    RestorativeCase c = organisationalCase(Stage.PREPARATION, trustRole);

    Report report = FAMILY.check(c, Policy.standard(), AS_OF);

    assertThat(report.violations()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(
      value = PartyRole.class,
      names = {"PERSON_RESPONSIBLE", "ORGANISATION"})
  void
      an_organisations_acknowledgement_without_a_spokesperson_is_reported_where_the_speaker_belongs(
          PartyRole trustRole) {
    RestorativeCase c = organisationalCase(Stage.PREPARATION, trustRole);
    int i = organisationIndex(c);
    Party trust = c.parties().get(i);
    List<Acknowledgement> acknowledgements = new java.util.ArrayList<>(trust.acknowledgements());
    acknowledgements.set(1, acknowledgements.get(1).withSpokesperson(java.util.Optional.empty()));

    Report report =
        FAMILY.check(
            withParty(c, i, trust.withAcknowledgements(acknowledgements)),
            Policy.standard(),
            AS_OF);

    assertThat(report.violations())
        .extracting(Violation::code, Violation::severity, Violation::path)
        .containsExactly(
            tuple(
                "RESPONSIBILITY_ACKNOWLEDGED_BEFORE_PREPARATION",
                Severity.ERROR,
                "/parties/" + i + "/acknowledgements/1/spokesperson"));
  }

  @Test
  void an_organisation_in_its_own_role_must_acknowledge_organisational_harm_before_preparation() {
    RestorativeCase c = organisationalCase(Stage.PREPARATION, PartyRole.ORGANISATION);
    int i = organisationIndex(c);

    Report report =
        FAMILY.check(
            withParty(c, i, c.parties().get(i).withAcknowledgements(List.of())),
            Policy.standard(),
            AS_OF);

    assertThat(report.violations())
        .extracting(Violation::code, Violation::path)
        .containsExactly(
            tuple(
                "RESPONSIBILITY_ACKNOWLEDGED_BEFORE_PREPARATION",
                "/parties/" + i + "/acknowledgements"));
  }

  @Test
  void an_organisation_in_its_own_role_is_the_responsible_side_of_organisational_harm() {
    RestorativeCase c = organisationalCase(Stage.ASSESSMENT, PartyRole.ORGANISATION);
    RestorativeCase withoutTrust = WholeCases.withoutParties(c, Party::isOrganisation);

    assertThat(FAMILY.check(c, Policy.standard(), AS_OF).codes())
        .doesNotContain("CORE_PARTIES_PRESENT");
    assertThat(FAMILY.check(withoutTrust, Policy.standard(), AS_OF).violations())
        .extracting(Violation::code, Violation::path)
        .containsExactly(tuple("CORE_PARTIES_PRESENT", "/parties"));
  }

  @Test
  void
      an_organisation_holding_obligations_in_another_harm_answers_for_it_only_when_the_harm_names_it() {
    RestorativeCase c =
        SyntheticCases.seeded(21)
            .withContextWeights(Map.of(HarmContext.PATIENT_ON_STAFF, 1))
            .caseAt(Stage.PREPARATION, 0);
    Party trust =
        new Party.Builder()
            .id(PartyId.of("party-trust"))
            .role(PartyRole.ORGANISATION)
            .personType(PersonType.ORGANISATION)
            .build();
    RestorativeCase trustInsteadOfResponsible =
        WholeCases.withoutParties(c, p -> p.role().isResponsible()).with(trust);
    Harm harm = trustInsteadOfResponsible.harms().get(0);
    RestorativeCase namedResponsible =
        trustInsteadOfResponsible.withHarms(
            harm.withInvolvedPersons(
                java.util.stream.Stream.concat(
                        harm.involvedPersons().stream(),
                        java.util.stream.Stream.of(
                            InvolvedPerson.of(trust.id(), RoleInHarm.RESPONSIBLE)))
                    .toList()));
    int trustIndex = namedResponsible.parties().size() - 1;

    assertThat(FAMILY.check(trustInsteadOfResponsible, Policy.standard(), AS_OF).violations())
        .extracting(Violation::code, Violation::path)
        .containsExactly(tuple("CORE_PARTIES_PRESENT", "/parties"));
    assertThat(FAMILY.check(namedResponsible, Policy.standard(), AS_OF).violations())
        .extracting(Violation::code, Violation::path)
        .containsExactly(
            tuple(
                "RESPONSIBILITY_ACKNOWLEDGED_BEFORE_PREPARATION",
                "/parties/" + trustIndex + "/acknowledgements"));
  }

  static Party mutualParty(String id) {
    return new Party.Builder()
        .id(org.restorative.core.party.PartyId.of(id))
        .role(PartyRole.PERSON_HARMED_AND_RESPONSIBLE)
        .personType(org.restorative.core.party.PersonType.PATIENT)
        .addAcknowledgement(
            Acknowledgement.of(AcknowledgementLevel.FACTS, LocalDate.of(2025, 1, 2)))
        .addAcknowledgement(
            Acknowledgement.of(AcknowledgementLevel.OWN_PART, LocalDate.of(2025, 1, 2)))
        .build();
  }
}
