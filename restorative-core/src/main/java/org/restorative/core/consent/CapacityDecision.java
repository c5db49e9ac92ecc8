package org.restorative.core.consent;

import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.restorative.core.internal.Invariants;
import org.restorative.core.party.PartyId;
import org.restorative.core.process.ProcessType;

/**
 * The decision a capacity assessment is about, such as "take part in a face-to-face conference with
 * the nurse I hurt": free text plus the process type and counterparties (domain brief §4.5).
 * Capacity is decision-specific (MCA 2005 s2(1) "in relation to the matter"; Explanatory Notes §21;
 * rule 12).
 */
@Value.Immutable
public abstract class CapacityDecision implements WithCapacityDecision {

  CapacityDecision() {}

  /**
   * The decision in words.
   *
   * @return the description
   */
  @Value.Redacted
  public abstract String description();

  /**
   * The process type the decision is about.
   *
   * @return the process type, if the decision is about one
   */
  public abstract Optional<ProcessType> processType();

  /**
   * The other parties the person would take part with.
   *
   * @return the counterparties; empty when none were named
   */
  public abstract Set<PartyId> counterparties();

  /**
   * Whether this decision is the one needed: the same process type, and every given counterparty
   * named (rule 12). A decision without a process type matches nothing.
   *
   * @param processType the process type of the consent
   * @param counterparties the counterparties of the consent
   * @return true when the process type is the same and all counterparties are named
   */
  public boolean matches(ProcessType processType, Set<PartyId> counterparties) {
    return processType().equals(Optional.of(processType))
        && counterparties().containsAll(counterparties);
  }

  @Value.Check
  void check() {
    Invariants.nonBlank(description(), "capacity decision description");
  }

  /** Builds a {@link CapacityDecision}. */
  public static final class Builder extends ImmutableCapacityDecision.Builder {
    /** An empty builder. */
    public Builder() {}
  }
}
