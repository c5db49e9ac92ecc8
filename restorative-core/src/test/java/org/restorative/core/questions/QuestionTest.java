package org.restorative.core.questions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.restorative.core.questions.QuestionsFixtures.assertRejected;

import org.junit.jupiter.api.Test;

class QuestionTest {

  private static Question aFollowUp() {
    return new Question.Builder()
        .ordinal(3)
        .text("Who could help with that?")
        .optional(true)
        .followUpOf(2)
        .build();
  }

  @Test
  void a_question_is_required_and_ungrouped_by_default() {
    Question question = Question.of(1, "What happened?");

    assertThat(question.ordinal()).isEqualTo(1);
    assertThat(question.text()).isEqualTo("What happened?");
    assertThat(question.optional()).isFalse();
    assertThat(question.followUpOf()).isEmpty();
    assertThat(question.group()).isEmpty();
  }

  @Test
  void an_optional_follow_up_names_the_question_it_follows() {
    assertThat(aFollowUp().optional()).isTrue();
    assertThat(aFollowUp().followUpOf()).contains(2);
  }

  @Test
  void a_checklist_item_belongs_to_a_group() {
    Question item =
        new Question.Builder().ordinal(1).text("Community").group("WHO_IS_HURT").build();

    assertThat(item.group()).contains("WHO_IS_HURT");
  }

  @Test
  void making_a_question_optional_changes_only_that() {
    Question question = Question.of(4, "How do you involve the community in this conversation?");
    Question optional = question.withOptional(true);

    assertThat(optional.optional()).isTrue();
    assertThat(optional).usingRecursiveComparison().ignoringFields("optional").isEqualTo(question);
  }

  @Test
  void equal_questions_are_equal_and_share_a_hash_code() {
    assertThat(aFollowUp()).isEqualTo(aFollowUp()).hasSameHashCodeAs(aFollowUp());
    assertThat(aFollowUp()).isNotEqualTo(aFollowUp().withOptional(false));
  }

  @Test
  void the_catalogue_wording_is_not_personal_and_is_printed() {
    assertThat(Question.of(1, "What happened?").toString()).contains("What happened?");
  }

  @Test
  void the_ordinal_counts_from_one() {
    assertRejected(() -> Question.of(0, "What happened?"), "question ordinal");
  }

  @Test
  void the_text_must_not_be_blank() {
    assertRejected(() -> Question.of(1, "  "), "question text");
  }

  @Test
  void a_follow_up_follows_an_earlier_question() {
    assertRejected(() -> aFollowUp().withFollowUpOf(3), "question followUpOf");
    assertRejected(() -> aFollowUp().withFollowUpOf(5), "question followUpOf");
    assertRejected(() -> aFollowUp().withFollowUpOf(0), "question followUpOf");
  }

  @Test
  void a_group_name_must_not_be_blank() {
    assertRejected(() -> aFollowUp().withGroup(""), "question group");
  }
}
