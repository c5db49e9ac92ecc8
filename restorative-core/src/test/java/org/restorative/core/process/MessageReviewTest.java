package org.restorative.core.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.restorative.core.process.ProcessFixtures.LETTER_REVIEWED_AT;
import static org.restorative.core.process.ProcessFixtures.aCoFacilitator;
import static org.restorative.core.process.ProcessFixtures.aLeadFacilitator;
import static org.restorative.core.process.ProcessFixtures.anApproval;

import org.junit.jupiter.api.Test;

class MessageReviewTest {

  @Test
  void a_review_records_who_decided_what_and_when() {
    MessageReview review = anApproval();

    assertThat(review.reviewer()).isEqualTo(aLeadFacilitator());
    assertThat(review.reviewedAt()).isEqualTo(LETTER_REVIEWED_AT);
    assertThat(review.decision()).isEqualTo(ReviewDecision.APPROVED);
  }

  @Test
  void changing_the_reviewer_changes_only_the_reviewer() {
    MessageReview review = anApproval();
    MessageReview byCo = review.withReviewer(aCoFacilitator());

    assertThat(byCo.reviewer()).isEqualTo(aCoFacilitator());
    assertThat(byCo).usingRecursiveComparison().ignoringFields("reviewer").isEqualTo(review);
  }

  @Test
  void equal_reviews_are_equal_and_share_a_hash_code() {
    assertThat(anApproval()).isEqualTo(anApproval()).hasSameHashCodeAs(anApproval());
    assertThat(anApproval()).isNotEqualTo(anApproval().withDecision(ReviewDecision.WITHHELD));
  }

  @Test
  void only_an_approval_lets_the_message_be_passed_on() {
    assertThat(anApproval().isApproved()).isTrue();
    assertThat(anApproval().withDecision(ReviewDecision.RETURNED_FOR_CHANGES).isApproved())
        .isFalse();
    assertThat(anApproval().withDecision(ReviewDecision.WITHHELD).isApproved()).isFalse();
  }
}
