package org.restorative.core.harm;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.restorative.core.internal.Invariants;
import org.restorative.core.party.PartyId;
import org.restorative.core.party.Place;

/**
 * An order, condition or plan that restricts contact between two people (domain brief §2.3 {@code
 * contactRestrictions}): a restraining order, a bail condition, a no-contact condition of a
 * conditional discharge, an exclusion zone, a leave condition or a ward separation plan
 * [GOVUK-MHT-VR][VANDENDEREN2020].
 *
 * <p>While a restriction is active, no direct process and no message delivery may be arranged
 * between the two people unless the restriction records a permitted exception (rule 35); an
 * exclusion zone keeps the restricted person from venues within its {@link #place()}.
 */
@Value.Immutable
public abstract class ContactRestriction implements WithContactRestriction {

  ContactRestriction() {}

  /**
   * The kind of restriction.
   *
   * @return the type
   */
  public abstract ContactRestrictionType type();

  /**
   * The person the restriction protects.
   *
   * @return the protected party
   */
  public abstract PartyId protectedParty();

  /**
   * The person whose contact is restricted.
   *
   * @return the restricted party, never the protected party
   */
  public abstract PartyId restrictedParty();

  /**
   * The reference of the order or condition, such as a court order number or the care plan that
   * holds a ward separation plan.
   *
   * @return the order or condition reference
   */
  public abstract Optional<String> source();

  /**
   * The first day the restriction applies.
   *
   * @return the first day
   */
  public abstract LocalDate startsOn();

  /**
   * The last day the restriction applies, when it has an end.
   *
   * @return the last day, not before {@link #startsOn()}
   */
  public abstract Optional<LocalDate> endsOn();

  /**
   * The area of an exclusion zone: a venue within it is out of bounds for the restricted party
   * (rule 35). Read only for an {@link ContactRestrictionType#EXCLUSION_ZONE}. Redacted: the area
   * can say where the protected party lives.
   *
   * @return the zone's place, when recorded
   */
  @Value.Redacted
  public abstract Optional<Place> place();

  /**
   * What contact the order or plan still allows, for example indirect contact through a
   * facilitator.
   *
   * @return the permitted exception, in free text
   */
  @Value.Redacted
  public abstract Optional<String> permittedException();

  /**
   * Whether the restriction applies on a day: on or after its first day and, when it has an end, on
   * or before its last day.
   *
   * @param date the day
   * @return true when the restriction is in force that day
   */
  public boolean isActiveOn(LocalDate date) {
    return !date.isBefore(startsOn()) && endsOn().map(end -> !date.isAfter(end)).orElse(true);
  }

  /**
   * Whether the restriction records a permitted exception (rule 35).
   *
   * @return true when {@link #permittedException()} is present
   */
  public boolean hasPermittedException() {
    return permittedException().isPresent();
  }

  /**
   * Whether the restriction is between two people, whichever way round they are given.
   *
   * @param one one person
   * @param other the other person
   * @return true when one is the protected party and the other the restricted party
   */
  public boolean restricts(PartyId one, PartyId other) {
    return (protectedParty().equals(one) && restrictedParty().equals(other))
        || (protectedParty().equals(other) && restrictedParty().equals(one));
  }

  @Value.Check
  void check() {
    Invariants.require(
        !protectedParty().equals(restrictedParty()),
        "contactRestriction restrictedParty must differ from protectedParty");
    Invariants.datesInOrder(
        Optional.of(startsOn()),
        endsOn(),
        "contactRestriction startsOn",
        "contactRestriction endsOn");
    Invariants.nonBlank(source(), "contactRestriction source");
    Invariants.nonBlank(permittedException(), "contactRestriction permittedException");
  }

  /** Builds a {@link ContactRestriction}. */
  public static final class Builder extends ImmutableContactRestriction.Builder {
    /** An empty builder. */
    public Builder() {}
  }
}
