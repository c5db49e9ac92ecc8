package org.restorative.core.questions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.restorative.core.questions.QuestionsFixtures.USED_AT;
import static org.restorative.core.questions.QuestionsFixtures.ZEBEDEE;
import static org.restorative.core.questions.QuestionsFixtures.aPersonHarmed;
import static org.restorative.core.questions.QuestionsFixtures.aPersonResponsible;
import static org.restorative.core.questions.QuestionsFixtures.assertRejected;
import static org.restorative.core.questions.QuestionsFixtures.iirpHarmedV1;
import static org.restorative.core.questions.QuestionsFixtures.iirpResponsibleV1;
import static org.restorative.core.questions.QuestionsFixtures.theConference;
import static org.restorative.core.questions.QuestionsFixtures.theIirpQuestionsUsedInTheConference;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.restorative.core.process.MessageId;
import org.restorative.core.process.PreparationContactId;

class QuestionSetUseTest {

  private static QuestionSet iirpResponsible() {
    return QuestionCatalogue.standard().find(iirpResponsibleV1()).orElseThrow();
  }

  @Test
  void a_meeting_records_the_set_and_version_it_used_with_the_responses() {
    QuestionSetUse use = theIirpQuestionsUsedInTheConference();

    assertThat(use.questionSet()).isEqualTo(iirpResponsibleV1());
    assertThat(use.usedAt()).isEqualTo(USED_AT);
    assertThat(use.meeting()).contains(theConference());
    assertThat(use.preparationContact()).isEmpty();
    assertThat(use.message()).isEmpty();
    assertThat(use.responses()).hasSize(3);
  }

  @Test
  void a_set_may_be_used_in_a_preparation_contact_or_for_a_message() {
    QuestionSetUse inPreparation =
        new QuestionSetUse.Builder()
            .id(QuestionSetUseId.of("use-0"))
            .questionSet(iirpResponsibleV1())
            .usedAt(USED_AT)
            .preparationContact(PreparationContactId.of("prep-1"))
            .addResponse(Response.of(aPersonResponsible(), 1, "I pushed her"))
            .build();
    QuestionSetUse forALetter =
        new QuestionSetUse.Builder()
            .id(QuestionSetUseId.of("use-2"))
            .questionSet(iirpResponsibleV1())
            .usedAt(USED_AT)
            .message(MessageId.of("letter-1"))
            .build();

    assertThat(inPreparation.preparationContact()).contains(PreparationContactId.of("prep-1"));
    assertThat(forALetter.message()).contains(MessageId.of("letter-1"));
    assertThat(forALetter.responses()).isEmpty();
  }

  @Test
  void changing_the_time_of_use_changes_only_the_time() {
    QuestionSetUse use = theIirpQuestionsUsedInTheConference();
    QuestionSetUse later = use.withUsedAt(USED_AT.plusSeconds(600));

    assertThat(later.usedAt()).isEqualTo(USED_AT.plusSeconds(600));
    assertThat(later).usingRecursiveComparison().ignoringFields("usedAt").isEqualTo(use);
  }

  @Test
  void equal_uses_are_equal_and_share_a_hash_code() {
    assertThat(theIirpQuestionsUsedInTheConference())
        .isEqualTo(theIirpQuestionsUsedInTheConference())
        .hasSameHashCodeAs(theIirpQuestionsUsedInTheConference());
    assertThat(theIirpQuestionsUsedInTheConference())
        .isNotEqualTo(theIirpQuestionsUsedInTheConference().withQuestionSet(iirpHarmedV1()));
  }

  @Test
  void a_use_names_exactly_one_meeting_contact_or_message() {
    assertRejected(
        () -> theIirpQuestionsUsedInTheConference().withMeeting(Optional.empty()),
        "question set use must name exactly one");
    assertRejected(
        () ->
            theIirpQuestionsUsedInTheConference()
                .withPreparationContact(PreparationContactId.of("prep-1")),
        "question set use must name exactly one",
        "prep-1");
  }

  @Test
  void a_party_answers_each_question_once_per_use() {
    assertRejected(
        () ->
            theIirpQuestionsUsedInTheConference()
                .withResponses(
                    Response.of(aPersonResponsible(), 1, "I pushed her"),
                    Response.of(aPersonResponsible(), 1, ZEBEDEE)),
        "question set use responses",
        ZEBEDEE,
        aPersonResponsible().value());
  }

  @Test
  void two_parties_may_answer_the_same_question() {
    QuestionSetUse use =
        theIirpQuestionsUsedInTheConference()
            .withResponses(
                Response.of(aPersonResponsible(), 1, "I pushed her"),
                Response.of(aPersonHarmed(), 1, "He pushed me"));

    assertThat(use.respondents()).containsExactly(aPersonResponsible(), aPersonHarmed());
  }

  @Test
  void the_answers_are_redacted() {
    QuestionSetUse use =
        theIirpQuestionsUsedInTheConference()
            .withResponses(Response.of(aPersonResponsible(), 1, ZEBEDEE + " started it"));

    assertThat(use.toString()).doesNotContain(ZEBEDEE).contains("***");
  }

  @Test
  void a_partys_responses_are_found_in_the_order_recorded() {
    QuestionSetUse use = theIirpQuestionsUsedInTheConference();

    assertThat(use.responsesOf(aPersonResponsible()))
        .extracting(Response::questionOrdinal)
        .containsExactly(1, 2, 3);
    assertThat(use.responsesOf(aPersonHarmed())).isEmpty();
    assertThat(use.response(aPersonResponsible(), 3).map(Response::declined)).contains(true);
    assertThat(use.response(aPersonResponsible(), 4)).isEmpty();
    assertThat(use.respondents()).containsExactly(aPersonResponsible());
  }

  @Test
  void a_use_matches_the_set_and_version_it_names() {
    QuestionSetUse use = theIirpQuestionsUsedInTheConference();

    assertThat(use.matches(iirpResponsible())).isTrue();
    assertThat(use.matches(iirpResponsible().withVersion(2))).isFalse();
    assertThat(use.matches(QuestionCatalogue.standard().find(iirpHarmedV1()).orElseThrow()))
        .isFalse();
  }

  @Test
  void a_use_does_not_match_a_set_without_the_questions_answered() {
    QuestionSetUse use =
        theIirpQuestionsUsedInTheConference()
            .withResponses(Response.of(aPersonResponsible(), 7, "An answer to no question"));

    assertThat(use.matches(iirpResponsible())).isFalse();
  }
}
