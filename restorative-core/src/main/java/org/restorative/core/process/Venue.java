package org.restorative.core.process;

import java.util.Optional;
import org.immutables.value.Value;
import org.restorative.core.internal.Invariants;
import org.restorative.core.party.Place;

/**
 * Where a meeting takes place (domain brief §1.2 S2 logistics). The type decides whether a detained
 * patient needs leave; the description says which room or building; the place says where it is, for
 * exclusion zones and leave that names places.
 */
@Value.Immutable
public abstract class Venue implements WithVenue {

  Venue() {}

  /**
   * The kind of venue.
   *
   * @return the venue type
   */
  public abstract VenueType type();

  /**
   * Which room, building or address. Redacted from {@code toString()}: an address can identify a
   * party.
   *
   * @return the description, if recorded
   */
  @Value.Redacted
  public abstract Optional<String> description();

  /**
   * Where the venue is, as the trust codes places: what an exclusion zone or a grant of leave is
   * compared with (rules 33–35). Redacted from {@code toString()}: a place can identify a party.
   *
   * @return the place, if recorded
   */
  @Value.Redacted
  public abstract Optional<Place> place();

  /**
   * A venue with no description.
   *
   * @param type the kind of venue
   * @return the venue
   */
  public static Venue of(VenueType type) {
    return new Builder().type(type).build();
  }

  /**
   * A venue with a description.
   *
   * @param type the kind of venue
   * @param description which room, building or address
   * @return the venue
   */
  public static Venue of(VenueType type, String description) {
    return new Builder().type(type).description(description).build();
  }

  @Value.Check
  void check() {
    Invariants.nonBlank(description(), "venue description");
  }

  /**
   * Whether a detained patient would need s17 leave to attend here.
   *
   * @return true on hospital grounds or off site
   */
  public boolean requiresLeave() {
    return type().requiresLeave();
  }

  /** Builds a {@link Venue}. */
  public static final class Builder extends ImmutableVenue.Builder {
    /** An empty builder. */
    public Builder() {}
  }
}
