package org.restorative.core.process;

import java.util.Optional;
import org.immutables.value.Value;
import org.restorative.core.party.AdjustmentType;
import org.restorative.core.party.PartyId;
import org.restorative.core.party.ProfessionalId;

/**
 * A reasonable adjustment arranged for one participant of a meeting, such as a booked interpreter
 * or planned breaks (domain brief §1.2 S2, §3.4; MCA 2005 s3(2); rule 31).
 */
@Value.Immutable
public abstract class ArrangedAdjustment implements WithArrangedAdjustment {

  ArrangedAdjustment() {}

  /**
   * The participant the adjustment is for.
   *
   * @return the party
   */
  public abstract PartyId party();

  /**
   * The adjustment.
   *
   * @return the adjustment type
   */
  public abstract AdjustmentType type();

  /**
   * The professional who provides it, such as the interpreter or intermediary booked.
   *
   * @return the provider, if any
   */
  public abstract Optional<ProfessionalId> provider();

  /**
   * An adjustment with no named provider.
   *
   * @param party the participant
   * @param type the adjustment
   * @return the arranged adjustment
   */
  public static ArrangedAdjustment of(PartyId party, AdjustmentType type) {
    return new Builder().party(party).type(type).build();
  }

  /**
   * An adjustment provided by a named professional.
   *
   * @param party the participant
   * @param type the adjustment
   * @param provider the professional booked
   * @return the arranged adjustment
   */
  public static ArrangedAdjustment of(PartyId party, AdjustmentType type, ProfessionalId provider) {
    return new Builder().party(party).type(type).provider(provider).build();
  }

  /** Builds an {@link ArrangedAdjustment}. */
  public static final class Builder extends ImmutableArrangedAdjustment.Builder {
    /** An empty builder. */
    public Builder() {}
  }
}
