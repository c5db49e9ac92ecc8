package org.restorative.core.consent;

import java.time.Instant;
import org.immutables.value.Value;
import org.restorative.core.party.ActorId;

/**
 * A moment at which a person confirmed again that they still consent (domain brief §4.3, rule 5).
 * Consent is "open, informed and ongoing" (RJC principles, voluntarism) and is kept under review
 * and refreshed (SCOT-FW §25.2).
 */
@Value.Immutable
public abstract class Reconfirmation implements WithReconfirmation {

  Reconfirmation() {}

  /**
   * When the person reconfirmed.
   *
   * @return the moment
   */
  public abstract Instant at();

  /**
   * Who recorded the reconfirmation.
   *
   * @return the actor
   */
  public abstract ActorId by();

  /**
   * How the reconfirmation was recorded.
   *
   * @return the method
   */
  public abstract ConsentMethod method();

  /**
   * A reconfirmation.
   *
   * @param at when the person reconfirmed
   * @param by who recorded it
   * @param method how it was recorded
   * @return the reconfirmation
   */
  public static Reconfirmation of(Instant at, ActorId by, ConsentMethod method) {
    return new Builder().at(at).by(by).method(method).build();
  }

  /** Builds a {@link Reconfirmation}. */
  public static final class Builder extends ImmutableReconfirmation.Builder {
    /** An empty builder. */
    public Builder() {}
  }
}
