package org.restorative.core.questions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.restorative.core.questions.QuestionsFixtures.ZEBEDEE;
import static org.restorative.core.questions.QuestionsFixtures.aPersonHarmed;
import static org.restorative.core.questions.QuestionsFixtures.aPersonResponsible;
import static org.restorative.core.questions.QuestionsFixtures.assertRejected;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ResponseTest {

  @Test
  void an_answer_records_who_answered_which_question_and_what_they_said() {
    Response response = Response.of(aPersonResponsible(), 1, "I pushed her");

    assertThat(response.respondent()).isEqualTo(aPersonResponsible());
    assertThat(response.questionOrdinal()).isEqualTo(1);
    assertThat(response.answer()).contains("I pushed her");
    assertThat(response.checked()).isEmpty();
    assertThat(response.declined()).isFalse();
    assertThat(response.isAnswered()).isTrue();
  }

  @Test
  void a_checklist_item_is_answered_yes_or_no() {
    Response response = Response.of(aPersonHarmed(), 5, true);

    assertThat(response.checked()).contains(true);
    assertThat(response.answer()).isEmpty();
    assertThat(response.isAnswered()).isTrue();
  }

  @Test
  void a_party_may_decline_to_answer() {
    Response response = Response.declinedBy(aPersonResponsible(), 3);

    assertThat(response.declined()).isTrue();
    assertThat(response.isAnswered()).isFalse();
  }

  @Test
  void changing_the_answer_changes_only_the_answer() {
    Response response = Response.of(aPersonResponsible(), 1, "I pushed her");
    Response changed = response.withAnswer("I shoved her");

    assertThat(changed.answer()).contains("I shoved her");
    assertThat(changed).usingRecursiveComparison().ignoringFields("answer").isEqualTo(response);
  }

  @Test
  void equal_responses_are_equal_and_share_a_hash_code() {
    assertThat(Response.of(aPersonHarmed(), 2, "Scared"))
        .isEqualTo(Response.of(aPersonHarmed(), 2, "Scared"))
        .hasSameHashCodeAs(Response.of(aPersonHarmed(), 2, "Scared"));
    assertThat(Response.of(aPersonHarmed(), 2, "Scared"))
        .isNotEqualTo(Response.of(aPersonHarmed(), 3, "Scared"));
  }

  @Test
  void the_question_ordinal_counts_from_one() {
    assertRejected(() -> Response.of(aPersonHarmed(), 0, "Scared"), "response questionOrdinal");
  }

  @Test
  void an_answer_must_not_be_blank_when_given() {
    assertRejected(() -> Response.of(aPersonHarmed(), 1, " "), "response answer");
  }

  @Test
  void a_declined_response_holds_no_answer() {
    assertRejected(
        () -> Response.declinedBy(aPersonHarmed(), 1).withAnswer(ZEBEDEE),
        "response answer and checked must be empty when declined",
        ZEBEDEE);
    assertRejected(
        () -> Response.declinedBy(aPersonHarmed(), 1).withChecked(Optional.of(true)),
        "response answer and checked");
  }

  @Test
  void the_answer_is_redacted() {
    Response response = Response.of(aPersonHarmed(), 1, ZEBEDEE + " hit me");

    assertThat(response.toString()).doesNotContain(ZEBEDEE).contains("***");
  }
}
