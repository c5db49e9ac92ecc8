package org.restorative.core.party;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.restorative.core.internal.Invariants;

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
   * The area of an exclusion zone: a venue within it is out of bounds for the patient (rule 35).
   * Read only for an {@link DischargeConditionType#EXCLUSION_ZONE}. Redacted: the area can say
   * where the person harmed lives.
   *
   * @return the zone's place, when recorded
   */
  @Value.Redacted
  public abstract Optional<Place> place();

  /**
   * What contact the condition still allows, for example contact through a restorative facilitator
   * with the supervisor's agreement; a condition that records one does not stop a meeting or a
   * message (rule 35).
   *
   * @return the permitted exception, in free text
   */
  @Value.Redacted
  public abstract Optional<String> permittedException();

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

  /**
   * Whether the condition applies on a day: from the day it took effect, or always when that day is
   * not recorded.
   *
   * @param day the day
   * @return true when {@link #since()} is absent or not after {@code day}
   */
  public boolean isActiveOn(LocalDate day) {
    return since().filter(first -> first.isAfter(day)).isEmpty();
  }

  @Value.Check
  void check() {
    Invariants.nonBlank(description(), "discharge condition description");
    Invariants.nonBlank(permittedException(), "discharge condition permittedException");
  }

  /** Builds a {@link DischargeCondition}. */
  public static final class Builder extends ImmutableDischargeCondition.Builder {
    /** An empty builder. */
    public Builder() {}
  }
}
