package org.restorative.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.restorative.fhir.FhirFixtures.all;

import ca.uhn.fhir.context.FhirContext;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Provenance;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.RelatedPerson;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.Test;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.party.Party;
import org.restorative.core.privacy.PseudonymisedAction;
import org.restorative.core.privacy.PseudonymisedAgreement;
import org.restorative.core.privacy.PseudonymisedCase;
import org.restorative.core.privacy.PseudonymisedEvaluation;
import org.restorative.core.privacy.PseudonymisedMeeting;
import org.restorative.core.privacy.PseudonymisedParty;
import org.restorative.core.privacy.PseudonymisedProcess;
import org.restorative.core.privacy.Pseudonymiser;

class PseudonymisedBundleTest {

  static final Pseudonymiser PSEUDONYMISER =
      Pseudonymiser.keyed("a test key, not a secret".getBytes(StandardCharsets.UTF_8));

  private static String json(Bundle bundle) {
    return FhirContext.forR4Cached().newJsonParser().encodeResourceToString(bundle);
  }

  @Test
  void no_name_date_of_birth_free_text_or_id_of_the_case_is_in_the_bundle() {
    for (RestorativeCase c : FhirFixtures.goldenCases().values()) {
      String json = json(FhirBundles.pseudonymised(PSEUDONYMISER.pseudonymise(c, ZoneOffset.UTC)));
      List<String> personal = new ArrayList<>();
      for (Party p : c.parties()) {
        p.name().ifPresent(personal::add);
        p.preferredName().ifPresent(personal::add);
        p.dateOfBirth().map(Object::toString).ifPresent(personal::add);
        personal.add("\"" + p.id().value() + "\"");
      }
      c.harms().forEach(h -> h.narrative().ifPresent(personal::add));
      c.referral().notes().ifPresent(personal::add);
      personal.add("\"" + c.id().value() + "\"");

      assertThat(personal).isNotEmpty().allSatisfy(value -> assertThat(json).doesNotContain(value));
    }
  }

  @Test
  void the_bundle_is_labelled_pseudonymised_and_says_it_is_still_personal_data() {
    RestorativeCase c = FhirFixtures.goldenCases().get("closed-completed.json");
    PseudonymisedCase view = PSEUDONYMISER.pseudonymise(c, ZoneOffset.UTC);
    Bundle bundle = FhirBundles.pseudonymised(view);
    EpisodeOfCare episode = (EpisodeOfCare) bundle.getEntryFirstRep().getResource();

    assertThat(bundle.getMeta().getSecurity())
        .anySatisfy(s -> assertThat(s.getCode()).isEqualTo("PSEUDED"));
    assertThat(Ext.value(episode.getExtension(), "notice").map(v -> ((StringType) v).getValue()))
        .contains(PseudonymisedCase.NOTICE);
    assertThat(episode.getIdentifierFirstRep().getValue()).isEqualTo(view.casePseudonym());
    assertThat(episode.getPeriod().getStartElement().getValueAsString())
        .isEqualTo(view.referredIn().toString());
    assertThat(
            bundle.getEntry().stream()
                .filter(e -> e.getResource() instanceof Patient)
                .map(e -> ((Patient) e.getResource()).getIdentifierFirstRep().getValue())
                .toList())
        .isSubsetOf(view.parties().stream().map(p -> p.pseudonym()).toList())
        .isNotEmpty();
  }

  /** The views of the golden cases, the rare parts and a cohort of every stage. */
  private static List<PseudonymisedCase> views() {
    List<RestorativeCase> cases = new ArrayList<>(FhirFixtures.goldenCases().values());
    cases.addAll(FhirFixtures.rareParts().values());
    cases.addAll(FhirFixtures.cohort());
    return cases.stream().map(c -> PSEUDONYMISER.pseudonymise(c, ZoneOffset.UTC)).toList();
  }

  /** The pseudonym of the party a reference names: the identifier of the entry it points to. */
  private static String pseudonymAt(Bundle bundle, Reference reference) {
    Resource target =
        bundle.getEntry().stream()
            .filter(e -> e.getFullUrl().equals(reference.getReference()))
            .findFirst()
            .orElseThrow()
            .getResource();
    Identifier id =
        target instanceof Patient p
            ? p.getIdentifierFirstRep()
            : ((RelatedPerson) target).getIdentifierFirstRep();
    assertThat(id.getSystem()).isEqualTo(FhirNames.idSystem(PseudonymisedBundle.PSEUDONYM));
    return id.getValue();
  }

  private static Coding extCoding(List<Extension> ext, String name) {
    return (Coding) Ext.value(ext, name).orElseThrow();
  }

  @Test
  void each_process_meeting_agreement_action_and_evaluation_of_the_view_is_in_the_bundle() {
    int[] seen = new int[5];
    for (PseudonymisedCase view : views()) {
      Bundle bundle = FhirBundles.pseudonymised(view);

      List<Procedure> procedures = all(bundle, Procedure.class);
      assertThat(procedures).hasSameSizeAs(view.processes());
      for (int i = 0; i < procedures.size(); i++) {
        Procedure procedure = procedures.get(i);
        PseudonymisedProcess process = view.processes().get(i);
        assertThat(procedure.getCode().getCodingFirstRep().getCode())
            .isEqualTo(process.type().name());
        assertThat(extCoding(procedure.getExtension(), "medium").getCode())
            .isEqualTo(process.medium().name());
        assertThat(procedure.getPerformedPeriod().getStartElement().getValueAsString())
            .isEqualTo(process.chosenIn().toString());
        assertThat(procedure.getSubject().hasReference()).isFalse();
        assertThat(procedure.getPerformer()).isEmpty();
        seen[0]++;
      }

      List<Encounter> encounters = all(bundle, Encounter.class);
      assertThat(encounters).hasSameSizeAs(view.meetings());
      for (int i = 0; i < encounters.size(); i++) {
        Encounter encounter = encounters.get(i);
        PseudonymisedMeeting meeting = view.meetings().get(i);
        assertThat(extCoding(encounter.getExtension(), "meeting-status").getCode())
            .isEqualTo(meeting.status().name());
        assertThat(encounter.getClass_().getCode()).isEqualTo(meeting.venueType().name());
        assertThat(extCoding(encounter.getExtension(), "medium").getCode())
            .isEqualTo(meeting.medium().name());
        assertThat(Optional.ofNullable(encounter.getPeriod().getStartElement().getValueAsString()))
            .isEqualTo(meeting.month().map(Object::toString));
        assertThat(
                Ext.all(encounter.getExtension(), "attendee").stream()
                    .map(x -> (Reference) Ext.value(x.getExtension(), "party").orElseThrow())
                    .map(r -> pseudonymAt(bundle, r))
                    .toList())
            .isEqualTo(meeting.attendees());
        assertThat(
                encounter.getParticipant().stream()
                    .map(p -> p.getIndividual().getIdentifier())
                    .peek(
                        id ->
                            assertThat(id.getSystem())
                                .isEqualTo(FhirNames.idSystem(PseudonymisedBundle.PSEUDONYM)))
                    .map(Identifier::getValue)
                    .collect(Collectors.toSet()))
            .isEqualTo(meeting.facilitators());
        assertThat(encounter.getEpisodeOfCareFirstRep().getReference())
            .isEqualTo(bundle.getEntryFirstRep().getFullUrl());
        seen[1]++;
      }

      List<CarePlan> plans = all(bundle, CarePlan.class);
      assertThat(plans).hasSameSizeAs(view.agreements());
      for (int i = 0; i < plans.size(); i++) {
        CarePlan plan = plans.get(i);
        PseudonymisedAgreement agreement = view.agreements().get(i);
        assertThat(plan.getCategoryFirstRep().getCodingFirstRep().getCode())
            .isEqualTo(PlanKind.OUTCOME_AGREEMENT.name());
        assertThat(extCoding(plan.getExtension(), "agreement-status").getCode())
            .isEqualTo(agreement.status().name());
        assertThat(plan.getCreatedElement().getValueAsString())
            .isEqualTo(agreement.month().toString());
        assertThat(plan.getSubject().hasReference()).isFalse();
        seen[2]++;
      }

      List<Task> tasks = all(bundle, Task.class);
      assertThat(tasks).hasSameSizeAs(view.actions());
      for (int i = 0; i < tasks.size(); i++) {
        Task task = tasks.get(i);
        PseudonymisedAction action = view.actions().get(i);
        assertThat(task.getCode().getCodingFirstRep().getCode()).isEqualTo(action.type().name());
        assertThat(task.getBusinessStatus().getCodingFirstRep().getCode())
            .isEqualTo(action.status().name());
        assertThat(
                task.getOwner().hasReference()
                    ? Optional.of(pseudonymAt(bundle, task.getOwner()))
                    : Optional.<String>empty())
            .isEqualTo(action.ownerPseudonym());
        assertThat(Optional.ofNullable(task.getOwner().getDisplay())).isEqualTo(action.ownerRole());
        assertThat(task.getBasedOn()).isEmpty();
        seen[3]++;
      }

      List<QuestionnaireResponse> responses = all(bundle, QuestionnaireResponse.class);
      assertThat(responses).hasSameSizeAs(view.evaluations());
      for (int i = 0; i < responses.size(); i++) {
        QuestionnaireResponse response = responses.get(i);
        PseudonymisedEvaluation evaluation = view.evaluations().get(i);
        assertThat(pseudonymAt(bundle, response.getSubject())).isEqualTo(evaluation.party());
        assertThat(extCoding(response.getExtension(), "uptake").getCode())
            .isEqualTo(evaluation.uptake().name());
        assertThat(extCoding(response.getExtension(), "role-at-time").getCode())
            .isEqualTo(evaluation.role().name());
        assertThat(
                response.getItem().stream()
                    .map(QuestionnaireResponse.QuestionnaireResponseItemComponent::getLinkId)
                    .toList())
            .isSubsetOf(
                Questionnaires.SATISFACTION,
                Questionnaires.WOULD_RECOMMEND,
                Questionnaires.FELT_AFTER)
            .hasSize(
                (evaluation.satisfaction().isPresent() ? 1 : 0)
                    + (evaluation.wouldRecommend().isPresent() ? 1 : 0)
                    + (evaluation.feltAfter().isPresent() ? 1 : 0));
        assertThat(response.hasAuthored()).isFalse();
        seen[4]++;
      }
      assertThat(all(bundle, Provenance.class)).isEmpty();
    }
    assertThat(IntStream.of(seen).min().orElseThrow()).isGreaterThan(5);
  }

  @Test
  void a_party_s_mental_health_act_section_and_restriction_are_in_the_bundle() {
    int restricted = 0;
    for (PseudonymisedCase view : views()) {
      Bundle bundle = FhirBundles.pseudonymised(view);
      for (PseudonymisedParty party : view.parties()) {
        Resource resource =
            bundle.getEntry().stream()
                .map(Bundle.BundleEntryComponent::getResource)
                .filter(r -> r instanceof Patient || r instanceof RelatedPerson)
                .filter(
                    r ->
                        (r instanceof Patient p
                                ? p.getIdentifier()
                                : ((RelatedPerson) r).getIdentifier())
                            .get(0)
                            .getValue()
                            .equals(party.pseudonym()))
                .findFirst()
                .orElseThrow();
        List<Extension> ext = ((DomainResource) resource).getExtension();
        Optional<Extension> act = Ext.one(ext, MentalHealthActExtension.NAME);

        assertThat(act.isPresent()).isEqualTo(party.mhaSection().isPresent());
        if (act.isPresent()) {
          List<Extension> parts = act.get().getExtension();
          assertThat(extCoding(parts, "section").getCode())
              .isEqualTo(party.mhaSection().orElseThrow().name());
          assertThat(((BooleanType) Ext.value(parts, "restricted").orElseThrow()).booleanValue())
              .isEqualTo(party.restricted());
          assertThat(Ext.one(parts, "since")).isEmpty();
          assertThat(Ext.one(parts, "order-names-unit")).isEmpty();
          restricted += party.restricted() ? 1 : 0;
        }
      }
    }
    assertThat(restricted).isGreaterThan(0);
  }

  @Test
  void the_bundle_holds_months_never_a_day_or_a_moment() {
    Pattern day = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    Pattern month = Pattern.compile("\"\\d{4}-\\d{2}\"");
    int months = 0;
    for (PseudonymisedCase view : views()) {
      String json = json(FhirBundles.pseudonymised(view));

      assertThat(day.matcher(json).find()).as(view.casePseudonym()).isFalse();
      months += (int) month.matcher(json).results().count();
    }
    assertThat(months).isGreaterThan(100);
  }

  @Test
  void only_the_history_is_named_as_not_carried() {
    int history = 0;
    for (PseudonymisedCase view : views()) {
      List<String> expected = new ArrayList<>();
      for (int i = 0; i < view.history().size(); i++) {
        expected.add("/history/" + i);
      }

      assertThat(FhirBundles.notCarried(FhirBundles.pseudonymised(view)))
          .containsExactlyElementsOf(expected);
      history += expected.size();
    }
    assertThat(history).isGreaterThan(0);
  }

  @Test
  void the_same_view_gives_the_same_bundle() {
    RestorativeCase c = FhirFixtures.cohort().get(40);
    PseudonymisedCase view = PSEUDONYMISER.pseudonymise(c, ZoneOffset.UTC);

    assertThat(json(FhirBundles.pseudonymised(view)))
        .isEqualTo(json(FhirBundles.pseudonymised(view)));
  }
}
