package org.restorative.core.party;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.restorative.core.internal.Invariants;

/**
 * A restorative facilitator with their training, supervision and CPD (domain brief §3.7; RJC
 * Practitioner Code of Practice A–D). A facilitator is not a party: they keep the process focused
 * without taking part in it (BLOOMFIELD), must be impartial (RJC-PR2020), are supervised at least
 * every 12 weeks and observed in practice at least once a year (RJC-PCoP C). An external
 * facilitator is recommended in forensic mental health (POWER2017).
 */
@Value.Immutable
public abstract class Facilitator implements WithFacilitator {

  Facilitator() {}

  /**
   * The facilitator's identifier.
   *
   * @return the id
   */
  public abstract FacilitatorId id();

  /**
   * Lead or co-facilitator.
   *
   * @return the role
   */
  public abstract FacilitatorRole role();

  /**
   * The facilitator's name.
   *
   * @return the name, non-blank when present
   */
  @Value.Redacted
  public abstract Optional<String> name();

  /**
   * The facilitator's completed training.
   *
   * @return the training records
   */
  public abstract List<TrainingRecord> trainingRecords();

  /**
   * The day of the facilitator's last case supervision.
   *
   * @return the day, when known
   */
  public abstract Optional<LocalDate> lastSupervisionOn();

  /**
   * The day the facilitator's practice was last observed.
   *
   * @return the day, when known
   */
  public abstract Optional<LocalDate> lastObservedPracticeOn();

  /**
   * The facilitator's CPD, one record per year.
   *
   * @return the CPD records, at most one per year
   */
  public abstract List<CpdRecord> cpd();

  /**
   * The facilitator's RJC registration number.
   *
   * @return the registration, non-blank when present
   */
  public abstract Optional<String> rjcRegistration();

  /**
   * Whether the facilitator is independent of the trust.
   *
   * @return true for an external facilitator; false by default
   */
  @Value.Default
  public boolean external() {
    return false;
  }

  /**
   * The facilitator's declaration of conflicts of interest for the case (brief Rule 26).
   *
   * @return the declaration, when made
   */
  public abstract Optional<ConflictDeclaration> conflictDeclaration();

  /**
   * The highest level the facilitator is trained to.
   *
   * @return the highest level among the training records, empty when there is none
   */
  public Optional<TrainingLevel> trainingLevel() {
    return trainingRecords().stream().map(TrainingRecord::level).max(Comparator.naturalOrder());
  }

  /**
   * Whether the facilitator is trained to a level or above (brief Rule 24).
   *
   * @param level the level required
   * @return true when the highest level trained to is at least {@code level}
   */
  public boolean isTrainedTo(TrainingLevel level) {
    return trainingLevel().map(l -> l.isAtLeast(level)).orElse(false);
  }

  /**
   * The facilitator's CPD in a year.
   *
   * @param year the calendar year
   * @return the record for that year, empty when none is held
   */
  public Optional<CpdRecord> cpdIn(int year) {
    return cpd().stream().filter(c -> c.year() == year).findFirst();
  }

  @Value.Check
  void check() {
    Invariants.nonBlank(name(), "facilitator name");
    Invariants.nonBlank(rjcRegistration(), "facilitator rjcRegistration");
    Invariants.unique(cpd(), CpdRecord::year, "facilitator cpd");
  }

  /** Builds a {@link Facilitator}. */
  public static final class Builder extends ImmutableFacilitator.Builder {
    /** An empty builder. */
    public Builder() {}
  }
}
