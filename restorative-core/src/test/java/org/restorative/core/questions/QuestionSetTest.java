package org.restorative.core.questions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.restorative.core.questions.QuestionsFixtures.aTrustsOwnCircleSet;
import static org.restorative.core.questions.QuestionsFixtures.anEasyReadAdaptationOfIirpHarmed;
import static org.restorative.core.questions.QuestionsFixtures.assertRejected;
import static org.restorative.core.questions.QuestionsFixtures.iirpHarmedV1;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.restorative.core.process.ProcessType;

class QuestionSetTest {

  @Test
  void a_trusts_own_set_for_a_ward_circle() {
    QuestionSet set = aTrustsOwnCircleSet();

    assertThat(set.id()).isEqualTo(QuestionSetId.of("RIVERSIDE_WARD_CIRCLE"));
    assertThat(set.version()).isEqualTo(1);
    assertThat(set.audience()).isEqualTo(Audience.ALL);
    assertThat(set.phase()).isEqualTo(Phase.MEETING);
    assertThat(set.processTypes()).containsExactly(ProcessType.RESTORATIVE_CIRCLE);
    assertThat(set.questions()).hasSize(3);
    assertThat(set.status()).isEqualTo(QuestionSetStatus.ACTIVE);
    assertThat(set.adaptationOf()).isEmpty();
  }

  @Test
  void a_set_is_referred_to_by_id_and_version() {
    assertThat(aTrustsOwnCircleSet().ref())
        .isEqualTo(QuestionSetRef.of("RIVERSIDE_WARD_CIRCLE", 1));
    assertThat(aTrustsOwnCircleSet().withVersion(3).ref())
        .isEqualTo(QuestionSetRef.of("RIVERSIDE_WARD_CIRCLE", 3));
  }

  @Test
  void a_question_is_found_by_its_ordinal() {
    QuestionSet set = aTrustsOwnCircleSet();

    assertThat(set.question(2).map(Question::text))
        .contains("What would help you feel safe on the ward again?");
    assertThat(set.question(0)).isEmpty();
    assertThat(set.question(4)).isEmpty();
  }

  @Test
  void the_wording_lists_every_question_in_order() {
    assertThat(aTrustsOwnCircleSet().wording())
        .containsExactly(
            "How has what happened on the ward affected you?",
            "What would help you feel safe on the ward again?",
            "Who could help with that?");
  }

  @Test
  void an_ungrouped_set_has_no_groups() {
    assertThat(aTrustsOwnCircleSet().groups()).isEmpty();
    assertThat(aTrustsOwnCircleSet().questionsIn("WHO_IS_HURT")).isEmpty();
  }

  @Test
  void only_an_active_set_is_usable_in_a_process() {
    assertThat(aTrustsOwnCircleSet().isUsableInProcess()).isTrue();
    for (QuestionSetStatus status :
        List.of(
            QuestionSetStatus.DEPRECATED,
            QuestionSetStatus.REFERENCE_ONLY,
            QuestionSetStatus.UNVERIFIED)) {
      assertThat(aTrustsOwnCircleSet().withStatus(status).isUsableInProcess())
          .as(status.name())
          .isFalse();
    }
  }

  @Test
  void a_set_applies_to_the_process_types_it_lists_or_to_any_when_it_lists_none() {
    QuestionSet circle = aTrustsOwnCircleSet();

    assertThat(circle.appliesTo(ProcessType.RESTORATIVE_CIRCLE)).isTrue();
    assertThat(circle.appliesTo(ProcessType.LETTER_EXCHANGE)).isFalse();
    assertThat(circle.withProcessTypes(List.of()).appliesTo(ProcessType.LETTER_EXCHANGE)).isTrue();
  }

  @Test
  void an_easy_read_adaptation_names_the_set_it_adapts() {
    QuestionSet easyRead = anEasyReadAdaptationOfIirpHarmed();

    assertThat(easyRead.isAdaptation()).isTrue();
    assertThat(easyRead.adaptationOf()).contains(iirpHarmedV1());
    assertThat(aTrustsOwnCircleSet().isAdaptation()).isFalse();
  }

  @Test
  void changing_the_status_changes_only_the_status() {
    QuestionSet set = aTrustsOwnCircleSet();
    QuestionSet deprecated = set.withStatus(QuestionSetStatus.DEPRECATED);

    assertThat(deprecated.status()).isEqualTo(QuestionSetStatus.DEPRECATED);
    assertThat(deprecated).usingRecursiveComparison().ignoringFields("status").isEqualTo(set);
  }

  @Test
  void equal_sets_are_equal_and_share_a_hash_code() {
    assertThat(aTrustsOwnCircleSet())
        .isEqualTo(aTrustsOwnCircleSet())
        .hasSameHashCodeAs(aTrustsOwnCircleSet());
    assertThat(aTrustsOwnCircleSet()).isNotEqualTo(aTrustsOwnCircleSet().withVersion(2));
  }

  @Test
  void the_version_counts_from_one() {
    assertRejected(() -> aTrustsOwnCircleSet().withVersion(0), "question set version");
  }

  @Test
  void the_title_must_not_be_blank() {
    assertRejected(() -> aTrustsOwnCircleSet().withTitle(" "), "question set title");
  }

  @Test
  void the_licence_note_must_not_be_blank() {
    assertRejected(() -> aTrustsOwnCircleSet().withLicenceNote(""), "question set licenceNote");
  }

  @Test
  void a_set_has_at_least_one_question() {
    assertRejected(() -> aTrustsOwnCircleSet().withQuestions(List.of()), "question set questions");
  }

  @Test
  void the_ordinals_run_from_one_in_order() {
    assertRejected(
        () ->
            aTrustsOwnCircleSet()
                .withQuestions(Question.of(2, "What happened?"), Question.of(1, "Who is hurt?")),
        "question set questions must have ordinals 1 to n in order",
        "What happened?");
    assertRejected(
        () -> aTrustsOwnCircleSet().withQuestions(Question.of(1, "A?"), Question.of(3, "B?")),
        "question set questions");
  }

  @Test
  void an_adaptation_names_another_set() {
    assertRejected(
        () -> aTrustsOwnCircleSet().withAdaptationOf(QuestionSetRef.of("RIVERSIDE_WARD_CIRCLE", 1)),
        "question set adaptationOf",
        "RIVERSIDE_WARD_CIRCLE");
  }
}
