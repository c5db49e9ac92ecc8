package org.restorative.core.party;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.restorative.core.Invariants;

/**
 * A condition of a patient's conditional discharge, such as no contact with the person harmed or an
 * exclusion zone (domain brief §3.2, §3.3; GOVUK-MHT-VR, MAPPA-MH). A no-contact condition stops
 * direct processes and message delivery between the two parties (brief Rule 35).
 */
@Value.Immutable
public abstract class DischargeCondition implements WithDischargeCondition {

  DischargeCondition() {}

  /**
   * The kind of condition.
   *
   * @return the type
   */
  public abstract DischargeConditionType type();

  /**
   * The party the condition protects, such as the person harmed under a no-contact condition.
   *
   * @return the protected party, when the condition protects a party of the case
   */
  public abstract Optional<PartyId> protectedParty();

  /**
   * The condition in the tribunal's or Secretary of State's words.
   *
   * @return the description, non-blank when present
   */
  @Value.Redacted
  public abstract Optional<String> description();

  /**
   * The day the condition took effect.
   *
   * @return the first day of the condition, when known
   */
  public abstract Optional<LocalDate> since();

  /**
   * Whether the condition forbids contact with a party.
   *
   * @param party the party
   * @return true for a {@link DischargeConditionType#NO_CONTACT} condition protecting {@code party}
   */
  public boolean forbidsContactWith(PartyId party) {
    return type() == DischargeConditionType.NO_CONTACT
        && protectedParty().equals(Optional.of(party));
  }

  @Value.Check
  void check() {
    Invariants.nonBlank(description(), "discharge condition description");
  }

  /** Builds a {@link DischargeCondition}. */
  public static final class Builder extends ImmutableDischargeCondition.Builder {
    /** An empty builder. */
    public Builder() {}
  }
}
