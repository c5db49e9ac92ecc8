package org.restorative.core.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.restorative.core.process.ProcessFixtures.LETTER_DELIVERED_AT;
import static org.restorative.core.process.ProcessFixtures.LETTER_DRAFTED_AT;
import static org.restorative.core.process.ProcessFixtures.LETTER_REVIEWED_AT;
import static org.restorative.core.process.ProcessFixtures.ZEBEDEE;
import static org.restorative.core.process.ProcessFixtures.aDeliveredLetter;
import static org.restorative.core.process.ProcessFixtures.aDraftLetter;
import static org.restorative.core.process.ProcessFixtures.aLeadFacilitator;
import static org.restorative.core.process.ProcessFixtures.aLetterExchangeId;
import static org.restorative.core.process.ProcessFixtures.aLetterReviewed;
import static org.restorative.core.process.ProcessFixtures.aPersonHarmed;
import static org.restorative.core.process.ProcessFixtures.aRestrictedPatient;
import static org.restorative.core.process.ProcessFixtures.aSupporterOfTheHarmed;
import static org.restorative.core.process.ProcessFixtures.assertRejected;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MessageTest {

  @Test
  void a_letter_reviewed_by_the_facilitator_and_delivered() {
    Message letter = aDeliveredLetter();

    assertThat(letter.process()).isEqualTo(aLetterExchangeId());
    assertThat(letter.sender()).isEqualTo(aRestrictedPatient());
    assertThat(letter.recipients()).containsExactly(aPersonHarmed());
    assertThat(letter.medium()).isEqualTo(Medium.WRITTEN);
    assertThat(letter.round()).isEqualTo(1);
    assertThat(letter.draftedAt()).isEqualTo(LETTER_DRAFTED_AT);
    assertThat(letter.review())
        .hasValueSatisfying(
            review -> {
              assertThat(review.reviewer()).isEqualTo(aLeadFacilitator());
              assertThat(review.reviewedAt()).isEqualTo(LETTER_REVIEWED_AT);
              assertThat(review.decision()).isEqualTo(ReviewDecision.APPROVED);
            });
    assertThat(letter.deliveredAt()).contains(LETTER_DELIVERED_AT);
    assertThat(letter.isDelivered()).isTrue();
    assertThat(letter.isAwaitingReview()).isFalse();
  }

  @Test
  void a_draft_letter_waits_for_review() {
    Message draft = aDraftLetter();

    assertThat(draft.review()).isEmpty();
    assertThat(draft.isAwaitingReview()).isTrue();
    assertThat(draft.isDelivered()).isFalse();
  }

  @Test
  void a_reviewed_letter_waiting_to_be_delivered() {
    Message reviewed =
        aLetterReviewed(MessageStatus.MESSAGE_REVIEWED_BY_FACILITATOR, ReviewDecision.APPROVED);

    assertThat(reviewed.isAwaitingReview()).isFalse();
    assertThat(reviewed.isDelivered()).isFalse();
  }

  @Test
  void a_letter_returned_for_changes_is_drafted_again() {
    Message returned =
        aDraftLetter()
            .withReview(
                MessageReview.of(
                    aLeadFacilitator(), LETTER_REVIEWED_AT, ReviewDecision.RETURNED_FOR_CHANGES));

    assertThat(returned.isAwaitingReview()).isTrue();
  }

  @Test
  void a_withheld_letter_records_the_decision_to_withhold() {
    Message withheld = aLetterReviewed(MessageStatus.WITHHELD, ReviewDecision.WITHHELD);

    assertThat(withheld.isDelivered()).isFalse();
    assertThat(withheld.review().map(MessageReview::isApproved)).contains(false);
  }

  @Test
  void changing_the_round_changes_only_the_round() {
    Message letter = aDeliveredLetter();
    Message second = letter.withRound(2);

    assertThat(second.round()).isEqualTo(2);
    assertThat(second).usingRecursiveComparison().ignoringFields("round").isEqualTo(letter);
  }

  @Test
  void equal_messages_are_equal_and_share_a_hash_code() {
    assertThat(aDeliveredLetter())
        .isEqualTo(aDeliveredLetter())
        .hasSameHashCodeAs(aDeliveredLetter());
    assertThat(aDeliveredLetter()).isNotEqualTo(aDraftLetter());
  }

  @Test
  void a_message_is_for_at_least_one_recipient() {
    assertRejected(() -> aDraftLetter().withRecipients(List.of()), "message recipients");
  }

  @Test
  void a_message_is_not_sent_to_its_sender() {
    assertRejected(
        () -> aDraftLetter().withRecipients(aPersonHarmed(), aRestrictedPatient()),
        "message recipients must not include the sender",
        aRestrictedPatient().value());
  }

  @Test
  void the_round_counts_from_one() {
    assertRejected(() -> aDraftLetter().withRound(0), "message round");
  }

  @Test
  void a_reviewed_message_needs_its_review() {
    assertRejected(
        () -> aDraftLetter().withStatus(MessageStatus.MESSAGE_REVIEWED_BY_FACILITATOR),
        "message review");
    assertRejected(() -> aDraftLetter().withStatus(MessageStatus.WITHHELD), "message review");
  }

  @Test
  void a_delivered_message_says_when_it_was_delivered() {
    assertRejected(
        () -> aDeliveredLetter().withDeliveredAt(Optional.empty()), "message deliveredAt");
  }

  @Test
  void an_undelivered_message_has_no_delivery_time() {
    assertRejected(
        () -> aDeliveredLetter().withStatus(MessageStatus.MESSAGE_REVIEWED_BY_FACILITATOR),
        "message deliveredAt",
        "2025-03-14");
  }

  @Test
  void a_message_delivered_without_approval_can_be_recorded_for_the_rules_to_report() {
    Message returned =
        aDeliveredLetter()
            .withReview(
                MessageReview.of(
                    aLeadFacilitator(), LETTER_REVIEWED_AT, ReviewDecision.RETURNED_FOR_CHANGES));
    Message unreviewed = aDeliveredLetter().withReview(Optional.empty());

    assertThat(returned.isDelivered()).isTrue();
    assertThat(unreviewed.review()).isEmpty();
  }

  @Test
  void only_an_approved_message_stands_as_reviewed() {
    assertRejected(
        () ->
            aLetterReviewed(
                MessageStatus.MESSAGE_REVIEWED_BY_FACILITATOR, ReviewDecision.RETURNED_FOR_CHANGES),
        "message review decision must be APPROVED");
  }

  @Test
  void a_withheld_message_needs_a_decision_to_withhold() {
    assertRejected(
        () -> aLetterReviewed(MessageStatus.WITHHELD, ReviewDecision.APPROVED),
        "message review decision must be WITHHELD");
    assertRejected(
        () ->
            aLetterReviewed(MessageStatus.MESSAGE_REVIEWED_BY_FACILITATOR, ReviewDecision.WITHHELD),
        "message review decision");
    assertRejected(
        () ->
            aDraftLetter()
                .withReview(
                    MessageReview.of(
                        aLeadFacilitator(), LETTER_REVIEWED_AT, ReviewDecision.WITHHELD)),
        "message review decision must be WITHHELD");
  }

  @Test
  void a_message_is_not_reviewed_before_it_was_drafted() {
    Instant tooEarly = Instant.parse("2025-03-01T08:00:00Z");
    assertRejected(
        () ->
            aDeliveredLetter()
                .withReview(
                    MessageReview.of(aLeadFacilitator(), tooEarly, ReviewDecision.APPROVED)),
        "message reviewedAt must not be before message draftedAt",
        "2025-03-01");
  }

  @Test
  void a_message_is_not_delivered_before_it_was_reviewed() {
    Instant tooEarly = Instant.parse("2025-03-13T10:00:00Z");
    assertRejected(
        () -> aDeliveredLetter().withDeliveredAt(tooEarly),
        "message deliveredAt must not be before message reviewedAt",
        "2025-03-13");
  }

  @Test
  void content_must_not_be_blank_when_given() {
    assertRejected(() -> aDraftLetter().withContent(" "), "message content");
  }

  @Test
  void the_content_is_redacted() {
    Message letter = aDeliveredLetter().withContent("Dear " + ZEBEDEE);

    assertThat(letter.toString()).doesNotContain(ZEBEDEE).contains("***");
  }

  @Test
  void a_message_is_addressed_to_its_recipients_only() {
    Message letter = aDeliveredLetter().withRecipients(aPersonHarmed(), aSupporterOfTheHarmed());

    assertThat(letter.isAddressedTo(aSupporterOfTheHarmed())).isTrue();
    assertThat(letter.isAddressedTo(aRestrictedPatient())).isFalse();
  }

  @Test
  void a_message_is_reviewed_once_past_drafting() {
    assertThat(EnumSet.allOf(MessageStatus.class))
        .filteredOn(MessageStatus::isReviewed)
        .containsExactlyInAnyOrder(
            MessageStatus.MESSAGE_REVIEWED_BY_FACILITATOR,
            MessageStatus.MESSAGE_DELIVERED,
            MessageStatus.WITHHELD);
  }
}
