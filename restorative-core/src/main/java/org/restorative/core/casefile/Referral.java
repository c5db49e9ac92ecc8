package org.restorative.core.casefile;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.restorative.core.harm.HarmId;
import org.restorative.core.internal.Invariants;
import org.restorative.core.party.ActorId;

/**
 * The referral that opened a case (domain brief §1.2 S0): its source, when it was received, and the
 * harm records it is about.
 */
@Value.Immutable
public abstract class Referral implements WithReferral {

  Referral() {}

  /**
   * When the referral was received.
   *
   * @return the moment of receipt
   */
  public abstract Instant receivedAt();

  /**
   * Who made the referral.
   *
   * @return the source
   */
  public abstract ReferralSource source();

  /**
   * The harm records the referral is about. A draft may name none yet; rule {@code
   * REFERRAL_LINKED_TO_HARM} asks for at least one.
   *
   * @return the harms, in the order recorded
   */
  public abstract List<HarmId> harms();

  /**
   * When the referral was accepted and a case owner allocated, if it has been.
   *
   * @return the moment of acceptance
   */
  public abstract Optional<Instant> acceptedAt();

  /**
   * The member of staff who owns the case.
   *
   * @return the case owner
   */
  public abstract Optional<ActorId> caseOwner();

  /**
   * Free-text notes on the referral.
   *
   * @return the notes; never printed by {@code toString()}
   */
  @Value.Redacted
  public abstract Optional<String> notes();

  @Value.Check
  void check() {
    Invariants.unique(harms(), h -> h, "referral harms");
    Invariants.inOrder(Optional.of(receivedAt()), acceptedAt(), "receivedAt", "acceptedAt");
    Invariants.nonBlank(notes(), "referral notes");
  }

  /** Builds a {@link Referral}. */
  public static final class Builder extends ImmutableReferral.Builder {
    /** An empty builder. */
    public Builder() {}
  }
}
