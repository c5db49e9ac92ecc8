package org.restorative.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.restorative.core.assessment.SafeguardingConcern;
import org.restorative.core.assessment.SafeguardingConcernId;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.casefile.Stage;
import org.restorative.core.consent.Consent;
import org.restorative.core.consent.ConsentKind;
import org.restorative.core.party.ActorId;
import org.restorative.core.party.Facilitator;
import org.restorative.core.party.FacilitatorRole;
import org.restorative.core.party.Party;
import org.restorative.core.party.Professional;
import org.restorative.core.party.ProfessionalId;
import org.restorative.core.party.ProfessionalRole;
import org.restorative.core.synthetic.SyntheticCases;

/** Independent defects are all reported at once: nothing stops at the first. */
class FiveDefectsTest {

  static final Instant AS_OF = Instant.parse("2030-01-01T00:00:00Z");

  @Test
  void a_case_with_five_independent_defects_yields_all_five_violations_in_one_report() {
    RestorativeCase valid = SyntheticCases.seeded(4).caseAt(Stage.PREPARATION, 2);
    assertThat(RuleSet.standard().check(valid, Policy.standard(), AS_OF).violations()).isEmpty();

    int responsible = indexOf(valid.parties(), p -> p.role().isResponsible());
    int consent = indexOf(valid.consents(), c -> c.kind() == ConsentKind.PARTICIPATION);
    int lead = indexOf(valid.facilitators(), f -> f.role() == FacilitatorRole.FACILITATOR_LEAD);
    Party harmed =
        valid.parties().stream().filter(p -> p.role().isHarmed()).findFirst().orElseThrow();

    List<Party> parties = new ArrayList<>(valid.parties());
    parties.set(responsible, parties.get(responsible).withAcknowledgements(List.of()));
    List<Consent> consents = new ArrayList<>(valid.consents());
    consents.set(
        consent,
        new Consent.Builder()
            .from(consents.get(consent))
            .informationProvided(java.util.Optional.empty())
            .build());
    List<Facilitator> facilitators = new ArrayList<>(valid.facilitators());
    facilitators.set(
        lead, facilitators.get(lead).withConflictDeclaration(java.util.Optional.empty()));
    List<Professional> professionals = new ArrayList<>(valid.professionals());
    professionals.add(
        new Professional.Builder()
            .id(ProfessionalId.of("prof-cousin-interpreter"))
            .role(ProfessionalRole.INTERPRETER)
            .language("Polish")
            .addRelatedParty(harmed.id())
            .build());
    SafeguardingConcern undecided =
        new SafeguardingConcern.Builder()
            .id(SafeguardingConcernId.of("sg-undecided"))
            .raisedAt(valid.history().get(valid.history().size() - 1).at())
            .raisedBy(ActorId.of("staff-nurse"))
            .addAbout(harmed.id())
            .build();

    RestorativeCase broken =
        new RestorativeCase.Builder()
            .from(valid)
            .parties(parties)
            .consents(consents)
            .facilitators(facilitators)
            .professionals(professionals)
            .addSafeguardingConcern(undecided)
            .build();

    Report report = RuleSet.standard().check(broken, Policy.standard(), AS_OF);

    assertThat(report.violations())
        .extracting(Violation::code, Violation::path)
        .containsExactlyInAnyOrder(
            tuple(
                "RESPONSIBILITY_ACKNOWLEDGED_BEFORE_PREPARATION",
                "/parties/" + responsible + "/acknowledgements"),
            tuple(
                "INFORMATION_GIVEN_BEFORE_CONSENT",
                "/consents/" + consent + "/informationProvided"),
            tuple("FACILITATOR_IMPARTIAL", "/facilitators/" + lead + "/conflictDeclaration"),
            tuple(
                "INTERPRETER_INDEPENDENT",
                "/professionals/" + (professionals.size() - 1) + "/relatedParties"),
            tuple(
                "SAFEGUARDING_CONCERN_PAUSES",
                "/safeguardingConcerns/"
                    + (broken.safeguardingConcerns().size() - 1)
                    + "/pauseDecision"));
    assertThat(report.errors()).hasSize(3);
    assertThat(report.warnings()).hasSize(2);
  }

  private static <T> int indexOf(List<T> items, java.util.function.Predicate<T> test) {
    for (int i = 0; i < items.size(); i++) {
      if (test.test(items.get(i))) {
        return i;
      }
    }
    throw new AssertionError("no such element");
  }
}
