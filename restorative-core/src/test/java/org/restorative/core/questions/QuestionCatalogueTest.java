package org.restorative.core.questions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.restorative.core.questions.QuestionsFixtures.aTrustsOwnCircleSet;
import static org.restorative.core.questions.QuestionsFixtures.anEasyReadAdaptationOfIirpHarmed;
import static org.restorative.core.questions.QuestionsFixtures.assertRejected;
import static org.restorative.core.questions.QuestionsFixtures.iirpHarmedV1;
import static org.restorative.core.questions.QuestionsFixtures.iirpResponsibleV1;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.restorative.core.process.ProcessType;

class QuestionCatalogueTest {

  private static final QuestionCatalogue STANDARD = QuestionCatalogue.standard();

  private static QuestionSet iirpResponsibleV2() {
    QuestionSet v1 = STANDARD.find(iirpResponsibleV1()).orElseThrow();
    return v1.withVersion(2)
        .withQuestions(
            Question.of(1, "What happened?"),
            Question.of(2, "What were you thinking at the time?"));
  }

  @Test
  void the_standard_catalogue_is_one_and_the_same() {
    assertThat(QuestionCatalogue.standard()).isSameAs(STANDARD).isEqualTo(STANDARD);
  }

  @Test
  void a_set_is_found_by_id_and_version() {
    assertThat(STANDARD.find(iirpResponsibleV1()))
        .hasValueSatisfying(s -> assertThat(s.title()).contains("When challenging behavior"));
    assertThat(STANDARD.find(QuestionSetRef.of(QuestionCatalogue.IIRP_RESPONSIBLE, 2))).isEmpty();
    assertThat(STANDARD.find(QuestionSetRef.of("NOT_A_SET", 1))).isEmpty();
  }

  @Test
  void the_latest_version_of_a_set_is_the_highest_held() {
    assertThat(STANDARD.latest(QuestionCatalogue.IIRP_RESPONSIBLE).map(QuestionSet::version))
        .contains(1);

    QuestionCatalogue withV2 = STANDARD.with(iirpResponsibleV2());

    assertThat(withV2.latest(QuestionCatalogue.IIRP_RESPONSIBLE).map(QuestionSet::version))
        .contains(2);
    assertThat(withV2.find(iirpResponsibleV1())).isPresent();
    assertThat(STANDARD.latest(QuestionSetId.of("NOT_A_SET"))).isEmpty();
  }

  @Test
  void sets_are_chosen_by_audience() {
    assertThat(STANDARD.forAudience(Audience.PERSON_HARMED))
        .extracting(QuestionSet::id)
        .containsExactly(QuestionCatalogue.IIRP_HARMED, QuestionCatalogue.THORSBORNE_HARMED);
    assertThat(STANDARD.forAudience(Audience.ORGANISATION))
        .extracting(QuestionSet::id)
        .containsExactly(
            QuestionCatalogue.DEKKER_RESTORATIVE_JUST_CULTURE,
            QuestionCatalogue.DEKKER_RETRIBUTIVE_REFERENCE,
            QuestionCatalogue.RESTORATIVE_JUST_CULTURE_CHECKLIST);
    assertThat(STANDARD.forAudience(Audience.SUPPORTER_OF_HARMED)).isEmpty();
  }

  @Test
  void sets_are_chosen_by_phase() {
    assertThat(STANDARD.forPhase(Phase.AGREEMENT))
        .extracting(QuestionSet::id)
        .containsExactly(QuestionCatalogue.AGREEMENT_PHASE_ALL);
  }

  @Test
  void a_just_culture_review_may_use_dekkers_restorative_questions_and_the_checklist() {
    assertThat(STANDARD.usableFor(ProcessType.RESTORATIVE_JUST_CULTURE_REVIEW))
        .extracting(QuestionSet::id)
        .contains(
            QuestionCatalogue.DEKKER_RESTORATIVE_JUST_CULTURE,
            QuestionCatalogue.RESTORATIVE_JUST_CULTURE_CHECKLIST)
        .doesNotContain(
            QuestionCatalogue.DEKKER_RETRIBUTIVE_REFERENCE, QuestionCatalogue.AGREEMENT_PHASE_ALL);
  }

  @Test
  void a_letter_exchange_may_use_the_iirp_and_thorsborne_sets_but_not_the_just_culture_sets() {
    assertThat(STANDARD.usableFor(ProcessType.LETTER_EXCHANGE))
        .extracting(QuestionSet::id)
        .containsExactly(
            QuestionCatalogue.IIRP_RESPONSIBLE,
            QuestionCatalogue.IIRP_HARMED,
            QuestionCatalogue.THORSBORNE_RESPONSIBLE,
            QuestionCatalogue.THORSBORNE_HARMED,
            QuestionCatalogue.THORSBORNE_DEEPER);
  }

  @Test
  void a_trust_can_add_its_own_set_without_changing_the_standard_catalogue() {
    QuestionCatalogue trust = STANDARD.with(aTrustsOwnCircleSet());

    assertThat(trust.sets()).hasSize(STANDARD.sets().size() + 1).endsWith(aTrustsOwnCircleSet());
    assertThat(trust.find(aTrustsOwnCircleSet().ref())).contains(aTrustsOwnCircleSet());
    assertThat(trust.usableFor(ProcessType.RESTORATIVE_CIRCLE)).contains(aTrustsOwnCircleSet());
    assertThat(STANDARD.find(aTrustsOwnCircleSet().ref())).isEmpty();
    assertThat(trust).isNotEqualTo(STANDARD);
  }

  @Test
  void a_trust_can_add_an_easy_read_adaptation_naming_the_set_it_adapts() {
    QuestionCatalogue trust = STANDARD.with(anEasyReadAdaptationOfIirpHarmed());

    QuestionSet easyRead = trust.find(anEasyReadAdaptationOfIirpHarmed().ref()).orElseThrow();
    assertThat(easyRead.adaptationOf()).contains(iirpHarmedV1());
    assertThat(easyRead.isAdaptation()).isTrue();
    assertThat(trust.adaptationsOf(iirpHarmedV1())).containsExactly(easyRead);
    assertThat(trust.find(iirpHarmedV1()).map(QuestionSet::wording))
        .isEqualTo(STANDARD.find(iirpHarmedV1()).map(QuestionSet::wording));
    assertThat(STANDARD.adaptationsOf(iirpHarmedV1())).isEmpty();
  }

  @Test
  void an_adaptation_must_adapt_a_set_the_catalogue_holds() {
    QuestionSet adaptsAnUnknownSet =
        anEasyReadAdaptationOfIirpHarmed().withAdaptationOf(QuestionSetRef.of("IIRP_HARMED", 7));

    assertRejected(() -> STANDARD.with(adaptsAnUnknownSet), "question catalogue adaptationOf");
  }

  @Test
  void a_trust_can_deprecate_a_set_by_replacing_it_with_the_same_wording() {
    QuestionSet deprecated =
        STANDARD.find(iirpResponsibleV1()).orElseThrow().withStatus(QuestionSetStatus.DEPRECATED);

    QuestionCatalogue trust = STANDARD.with(deprecated);

    assertThat(trust.sets()).hasSameSizeAs(STANDARD.sets());
    assertThat(trust.sets().get(0)).isEqualTo(deprecated);
    assertThat(trust.usableFor(ProcessType.FACE_TO_FACE_CONFERENCE)).doesNotContain(deprecated);
  }

  @Test
  void a_conference_may_use_the_script_but_not_the_model_summary_nor_the_unchecked_agreement_set() {
    assertThat(STANDARD.usableFor(ProcessType.FACE_TO_FACE_CONFERENCE))
        .extracting(QuestionSet::id)
        .contains(QuestionCatalogue.IIRP_CONFERENCE_SCRIPT)
        .doesNotContain(
            QuestionCatalogue.IIRP_CONFERENCE_MODEL_SUMMARY, QuestionCatalogue.AGREEMENT_PHASE_ALL);
  }

  @Test
  void a_trust_that_checked_the_agreement_set_for_adults_makes_it_active_with_the_same_wording() {
    QuestionSet checked =
        STANDARD
            .find(QuestionSetRef.of(QuestionCatalogue.AGREEMENT_PHASE_ALL, 1))
            .orElseThrow()
            .withStatus(QuestionSetStatus.ACTIVE);

    QuestionCatalogue trust = STANDARD.with(checked);

    assertThat(trust.usableFor(ProcessType.FACE_TO_FACE_CONFERENCE)).contains(checked);
  }

  @Test
  void a_set_is_never_silently_reworded_within_a_version() {
    QuestionSet reworded =
        STANDARD
            .find(iirpHarmedV1())
            .orElseThrow()
            .withQuestions(Question.of(1, "How are you feeling?"));

    assertRejected(
        () -> STANDARD.with(reworded),
        "question catalogue must not change a set's questions",
        "How are you feeling?");
  }

  @Test
  void a_catalogue_holds_each_id_and_version_once() {
    assertRejected(
        () -> QuestionCatalogue.of(List.of(aTrustsOwnCircleSet(), aTrustsOwnCircleSet())),
        "question catalogue sets");
  }

  @Test
  void a_trust_may_ship_a_catalogue_of_its_own_sets_only() {
    QuestionCatalogue own = QuestionCatalogue.of(List.of(aTrustsOwnCircleSet()));

    assertThat(own.sets()).containsExactly(aTrustsOwnCircleSet());
    assertThat(own.find(iirpResponsibleV1())).isEmpty();
  }

  @Test
  void catalogues_of_equal_sets_are_equal() {
    QuestionCatalogue a = QuestionCatalogue.of(List.of(aTrustsOwnCircleSet()));
    QuestionCatalogue b = QuestionCatalogue.of(List.of(aTrustsOwnCircleSet()));

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(STANDARD);
  }

  @Test
  void a_catalogue_prints_the_references_it_holds() {
    assertThat(STANDARD.toString())
        .startsWith("QuestionCatalogue[IIRP_RESPONSIBLE@1, IIRP_HARMED@1")
        .endsWith("RESTORATIVE_JUST_CULTURE_CHECKLIST@1]");
  }

  @Test
  void the_sets_cannot_be_changed_from_outside() {
    assertThatThrownBy(() -> STANDARD.sets().add(aTrustsOwnCircleSet()))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
