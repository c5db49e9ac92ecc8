package org.restorative.core.assessment;

import java.util.Optional;
import org.immutables.value.Value;
import org.restorative.core.internal.Invariants;
import org.restorative.core.party.PartyId;

/**
 * What a risk and strengths assessment found for one possible attendee, supporters included (domain
 * brief §1.2 S1 activity 4, §3.6; rule 18, rule 29).
 */
@Value.Immutable
public abstract class AttendeeFinding implements WithAttendeeFinding {

  AttendeeFinding() {}

  /**
   * The attendee assessed.
   *
   * @return the party
   */
  public abstract PartyId party();

  /**
   * The level of risk found.
   *
   * @return the risk level
   */
  public abstract RiskLevel riskLevel();

  /**
   * The risks identified, in free text.
   *
   * @return the risks
   */
  @Value.Redacted
  public abstract Optional<String> risks();

  /**
   * The strengths identified, in free text.
   *
   * @return the strengths
   */
  @Value.Redacted
  public abstract Optional<String> strengths();

  /**
   * A finding with a risk level and no free text.
   *
   * @param party the attendee
   * @param riskLevel the level of risk found
   * @return the finding
   */
  public static AttendeeFinding of(PartyId party, RiskLevel riskLevel) {
    return new Builder().party(party).riskLevel(riskLevel).build();
  }

  @Value.Check
  void check() {
    Invariants.nonBlank(risks(), "attendeeFinding risks");
    Invariants.nonBlank(strengths(), "attendeeFinding strengths");
  }

  /** Builds an {@link AttendeeFinding}. */
  public static final class Builder extends ImmutableAttendeeFinding.Builder {
    /** An empty builder. */
    public Builder() {}
  }
}
