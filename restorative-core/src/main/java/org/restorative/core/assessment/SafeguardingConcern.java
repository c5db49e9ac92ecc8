package org.restorative.core.assessment;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.restorative.core.internal.Invariants;
import org.restorative.core.party.ActorId;
import org.restorative.core.party.PartyId;

/**
 * A safeguarding concern raised during a case (domain brief rule 55). Safeguarding is an exception
 * to the confidentiality of restorative work [RESTCLEV-CONSENT][BCRJP-CONF]; recording a concern
 * during an active case must prompt a decision, recorded either way, whether to pause the case for
 * a safeguarding enquiry.
 */
@Value.Immutable
public abstract class SafeguardingConcern implements WithSafeguardingConcern {

  SafeguardingConcern() {}

  /**
   * The concern's identifier.
   *
   * @return the id
   */
  public abstract SafeguardingConcernId id();

  /**
   * When the concern was raised.
   *
   * @return the moment raised
   */
  public abstract Instant raisedAt();

  /**
   * Who raised the concern.
   *
   * @return the person who raised it
   */
  public abstract ActorId raisedBy();

  /**
   * The parties the concern is about.
   *
   * @return the parties
   */
  public abstract Set<PartyId> about();

  /**
   * The reference of the safeguarding referral made.
   *
   * @return the referral reference
   */
  public abstract Optional<String> referralRef();

  /**
   * The concern, in free text.
   *
   * @return the description
   */
  @Value.Redacted
  public abstract Optional<String> description();

  /**
   * The decision whether to pause the case (rule 55).
   *
   * @return the pause decision, once made
   */
  public abstract Optional<PauseDecision> pauseDecision();

  /**
   * Whether a pause decision has been recorded, either way (rule 55).
   *
   * @return true when {@link #pauseDecision()} is present
   */
  public boolean hasPauseDecision() {
    return pauseDecision().isPresent();
  }

  /**
   * Whether the case is paused because of the concern.
   *
   * @return true when a pause decision was made and it pauses the case
   */
  public boolean pausesCase() {
    return pauseDecision().map(PauseDecision::pause).orElse(false);
  }

  @Value.Check
  void check() {
    Invariants.nonBlank(referralRef(), "safeguardingConcern referralRef");
    Invariants.nonBlank(description(), "safeguardingConcern description");
    Invariants.inOrder(
        Optional.of(raisedAt()),
        pauseDecision().map(PauseDecision::decidedAt),
        "safeguardingConcern raisedAt",
        "safeguardingConcern pauseDecision decidedAt");
  }

  /** Builds a {@link SafeguardingConcern}. */
  public static final class Builder extends ImmutableSafeguardingConcern.Builder {
    /** An empty builder. */
    public Builder() {}
  }
}
