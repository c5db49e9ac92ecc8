package org.restorative.core.process;

import java.time.Instant;
import org.immutables.value.Value;
import org.restorative.core.party.FacilitatorId;

/**
 * A facilitator's review of a message before it is passed on (domain brief §1.2 S3: "the
 * facilitator reviews every letter before passing it on", STAFFS-TYPES).
 */
@Value.Immutable
public abstract class MessageReview implements WithMessageReview {

  MessageReview() {}

  /**
   * The facilitator who reviewed the message.
   *
   * @return the reviewer
   */
  public abstract FacilitatorId reviewer();

  /**
   * When the review was made.
   *
   * @return the moment of review
   */
  public abstract Instant reviewedAt();

  /**
   * The decision.
   *
   * @return the decision
   */
  public abstract ReviewDecision decision();

  /**
   * A review.
   *
   * @param reviewer the facilitator
   * @param reviewedAt when
   * @param decision the decision
   * @return the review
   */
  public static MessageReview of(
      FacilitatorId reviewer, Instant reviewedAt, ReviewDecision decision) {
    return new Builder().reviewer(reviewer).reviewedAt(reviewedAt).decision(decision).build();
  }

  /**
   * Whether the message may be passed on.
   *
   * @return true when approved
   */
  public boolean isApproved() {
    return decision() == ReviewDecision.APPROVED;
  }

  /** Builds a {@link MessageReview}. */
  public static final class Builder extends ImmutableMessageReview.Builder {
    /** An empty builder. */
    public Builder() {}
  }
}
