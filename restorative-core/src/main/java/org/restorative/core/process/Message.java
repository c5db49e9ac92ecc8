package org.restorative.core.process;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.restorative.core.internal.Invariants;
import org.restorative.core.party.PartyId;

/**
 * One message of an indirect process: a letter, a message carried in shuttle communication, or a
 * recording (domain brief §1.2 S3, §6). The facilitator reviews it before it is passed on.
 */
@Value.Immutable
public abstract class Message implements WithMessage {

  Message() {}

  /**
   * The message's identifier.
   *
   * @return the id
   */
  public abstract MessageId id();

  /**
   * The indirect process the message belongs to.
   *
   * @return the process
   */
  public abstract ProcessId process();

  /**
   * The party who sends the message.
   *
   * @return the sender
   */
  public abstract PartyId sender();

  /**
   * The parties the message is for; never the sender.
   *
   * @return the recipients, at least one
   */
  public abstract Set<PartyId> recipients();

  /**
   * How the message is carried: in writing, by telephone, or as a recording.
   *
   * @return the medium
   */
  public abstract Medium medium();

  /**
   * Which round of the exchange the message belongs to, from 1.
   *
   * @return the round
   */
  public abstract int round();

  /**
   * Where the message stands.
   *
   * @return the status
   */
  public abstract MessageStatus status();

  /**
   * When the message was drafted, or received by the facilitator.
   *
   * @return the moment of drafting
   */
  public abstract Instant draftedAt();

  /**
   * The facilitator's review.
   *
   * @return the review: required once the message is reviewed or withheld; a delivered message
   *     without an approving review can be recorded, and rule {@code
   *     MESSAGE_REVIEWED_BEFORE_DELIVERY} reports it
   */
  public abstract Optional<MessageReview> review();

  /**
   * When the message was passed on.
   *
   * @return the delivery, present exactly when the status is {@link
   *     MessageStatus#MESSAGE_DELIVERED}
   */
  public abstract Optional<Instant> deliveredAt();

  /**
   * What the message says, or a transcript. Redacted from {@code toString()}.
   *
   * @return the content, if held
   */
  @Value.Redacted
  public abstract Optional<String> content();

  @Value.Check
  void check() {
    Invariants.require(!recipients().isEmpty(), "message recipients must name at least one party");
    Invariants.require(
        !recipients().contains(sender()), "message recipients must not include the sender");
    Invariants.inRange(round(), 1, Integer.MAX_VALUE, "message round");
    boolean delivered = status() == MessageStatus.MESSAGE_DELIVERED;
    Invariants.require(
        deliveredAt().isPresent() == delivered,
        "message deliveredAt must be set exactly when status is MESSAGE_DELIVERED");
    Invariants.require(
        status() != MessageStatus.MESSAGE_REVIEWED_BY_FACILITATOR
            || review().filter(MessageReview::isApproved).isPresent(),
        "message review decision must be APPROVED when status is MESSAGE_REVIEWED_BY_FACILITATOR");
    boolean withheldDecision =
        review().filter(r -> r.decision() == ReviewDecision.WITHHELD).isPresent();
    Invariants.require(
        withheldDecision == (status() == MessageStatus.WITHHELD),
        "message review decision must be WITHHELD exactly when status is WITHHELD");
    Optional<Instant> reviewedAt = review().map(MessageReview::reviewedAt);
    Invariants.inOrder(
        Optional.of(draftedAt()), reviewedAt, "message draftedAt", "message reviewedAt");
    Invariants.inOrder(reviewedAt, deliveredAt(), "message reviewedAt", "message deliveredAt");
    Invariants.nonBlank(content(), "message content");
  }

  /**
   * Whether the message has been passed on.
   *
   * @return true when delivered
   */
  public boolean isDelivered() {
    return status() == MessageStatus.MESSAGE_DELIVERED;
  }

  /**
   * Whether the message waits for the facilitator's review: drafted and not yet reviewed, or
   * redrafted after being returned for changes.
   *
   * @return true when drafted
   */
  public boolean isAwaitingReview() {
    return status() == MessageStatus.MESSAGE_DRAFTED;
  }

  /**
   * Whether a party is one of the message's recipients.
   *
   * @param party the party
   * @return true when the message is for that party
   */
  public boolean isAddressedTo(PartyId party) {
    return recipients().contains(party);
  }

  /** Builds a {@link Message}. */
  public static final class Builder extends ImmutableMessage.Builder {
    /** An empty builder. */
    public Builder() {}
  }
}
