package org.restorative.core.party;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.restorative.core.internal.Invariants;

/**
 * A facilitator's completed training at one level, ideally from an RJC-registered training provider
 * (domain brief §3.7; RJC Practitioner Code of Practice B, D).
 */
@Value.Immutable
public abstract class TrainingRecord implements WithTrainingRecord {

  TrainingRecord() {}

  /**
   * The level of the training.
   *
   * @return the level
   */
  public abstract TrainingLevel level();

  /**
   * The day the training was completed.
   *
   * @return the day
   */
  public abstract LocalDate completedOn();

  /**
   * Who provided the training.
   *
   * @return the provider's name, non-blank when present
   */
  public abstract Optional<String> provider();

  /**
   * Whether the provider is on the RJC's register of training providers.
   *
   * @return true for an RJC-registered provider; false by default
   */
  @Value.Default
  public boolean rjcRegisteredProvider() {
    return false;
  }

  /**
   * A training record of a level completed on a day.
   *
   * @param level the level
   * @param completedOn the day completed
   * @return the record
   */
  public static TrainingRecord of(TrainingLevel level, LocalDate completedOn) {
    return new Builder().level(level).completedOn(completedOn).build();
  }

  @Value.Check
  void check() {
    Invariants.nonBlank(provider(), "training record provider");
  }

  /** Builds a {@link TrainingRecord}. */
  public static final class Builder extends ImmutableTrainingRecord.Builder {
    /** An empty builder. */
    public Builder() {}
  }
}
