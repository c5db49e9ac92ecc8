package org.restorative.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.restorative.fhir.FhirFixtures.readBack;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.junit.jupiter.api.Test;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.outcome.Evaluation;
import org.restorative.core.questions.QuestionCatalogue;
import org.restorative.core.questions.QuestionSetUse;

class QuestionnaireResourcesTest {

  private static RestorativeCase first(Predicate<RestorativeCase> holds) {
    return FhirFixtures.cohort().stream()
        .filter(holds)
        .findFirst()
        .orElseThrow(() -> new AssertionError("the cohort holds no such case"));
  }

  private static List<QuestionnaireResponse> responses(Bundle bundle) {
    return bundle.getEntry().stream()
        .map(Bundle.BundleEntryComponent::getResource)
        .filter(QuestionnaireResponse.class::isInstance)
        .map(QuestionnaireResponse.class::cast)
        .toList();
  }

  @Test
  void uses_of_question_sets_and_evaluations_come_back_equal() {
    RestorativeCase uses =
        first(x -> x.questionSetUses().stream().anyMatch(u -> !u.responses().isEmpty()));
    RestorativeCase evaluations =
        first(x -> x.evaluations().stream().anyMatch(e -> e.satisfaction().isPresent()));

    assertThat(readBack(uses).questionSetUses()).isEqualTo(uses.questionSetUses());
    assertThat(readBack(evaluations).evaluations()).isEqualTo(evaluations.evaluations());
  }

  @Test
  void a_use_names_the_questionnaire_of_its_question_set_and_version() {
    RestorativeCase c =
        first(x -> x.questionSetUses().stream().anyMatch(u -> !u.responses().isEmpty()));
    QuestionSetUse use = c.questionSetUses().get(0);
    QuestionnaireResponse response = responses(FhirBundles.collection(c)).get(0);

    assertThat(response.getQuestionnaire())
        .isEqualTo(
            "urn:restorative:fhir:Questionnaire:"
                + use.questionSet().id().value()
                + "|"
                + use.questionSet().version());
    assertThat(response.getItem()).hasSameSizeAs(use.responses());
  }

  @Test
  void every_standard_question_set_is_published_as_a_questionnaire() {
    List<Questionnaire> all = Questionnaires.all();

    assertThat(all).hasSize(QuestionCatalogue.standard().sets().size() + 1);
    assertThat(all.get(0).getItem())
        .hasSameSizeAs(QuestionCatalogue.standard().sets().get(0).questions());
    assertThat(all.get(all.size() - 1).getUrl())
        .isEqualTo("urn:restorative:fhir:Questionnaire:evaluation");
  }

  @Test
  void a_would_recommend_answer_with_only_an_extension_is_read_as_not_given() {
    RestorativeCase c = first(x -> x.evaluations().stream().anyMatch(answersWouldRecommend()));
    int index = 0;
    while (!answersWouldRecommend().test(c.evaluations().get(index))) {
      index++;
    }
    Bundle bundle = FhirBundles.collection(c);
    QuestionnaireResponse response =
        responses(bundle).stream()
            .filter(
                r ->
                    Reading.idValue(List.of(r.getIdentifier()), QuestionnaireResources.EVALUATION)
                        .isPresent())
            .toList()
            .get(index);
    BooleanType answer =
        (BooleanType)
            response.getItem().stream()
                .filter(i -> i.getLinkId().equals(Questionnaires.WOULD_RECOMMEND))
                .findFirst()
                .orElseThrow()
                .getAnswerFirstRep()
                .getValue();
    // As another system sends an answer the participant declined: no value, only the reason.
    answer.setValue(null);
    answer.addExtension(CaseResources.DATA_ABSENT_REASON, new CodeType("asked-declined"));
    IParser json = FhirContext.forR4Cached().newJsonParser();
    String sent = json.encodeResourceToString(bundle);

    FhirReadResult read = FhirBundles.read(json.parseResource(Bundle.class, sent));

    assertThat(sent).contains("\"_valueBoolean\":{\"extension\"");
    assertThat(read.problems()).isEmpty();
    Evaluation back = read.restorativeCase().orElseThrow().evaluations().get(index);
    assertThat(back.wouldRecommend()).isEmpty();
    assertThat(back).isEqualTo(c.evaluations().get(index).withWouldRecommend(Optional.empty()));
  }

  private static Predicate<Evaluation> answersWouldRecommend() {
    return e -> e.wouldRecommend().isPresent();
  }

  @Test
  void a_response_whose_link_id_is_no_ordinal_is_reported_without_the_value() {
    RestorativeCase c =
        first(x -> x.questionSetUses().stream().anyMatch(u -> !u.responses().isEmpty()));
    int index = 0;
    while (c.questionSetUses().get(index).responses().isEmpty()) {
      index++;
    }
    Bundle bundle = FhirBundles.collection(c);
    responses(bundle).get(index).getItemFirstRep().setLinkId("SECRET");

    FhirReadResult read = FhirBundles.read(bundle);

    assertThat(read.isRead()).isFalse();
    assertThat(read.errors())
        .extracting(v -> v.code() + " " + v.path())
        .containsExactly(
            "FHIR_INVALID_VALUE /questionSetUses/" + index + "/responses/0/questionOrdinal");
    assertThat(read.problems()).noneMatch(p -> p.message().contains("SECRET"));
  }
}
