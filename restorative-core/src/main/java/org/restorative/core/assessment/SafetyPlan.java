package org.restorative.core.assessment;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.restorative.core.internal.Invariants;
import org.restorative.core.process.MeetingId;

/**
 * The safety plan agreed for a direct meeting (domain brief §1.2 S2, rule 21): separate arrival and
 * waiting, staff presence, a way to leave and to stop, and support afterwards, so that the parties
 * are never left alone together [STAFFS-TYPES][RJC-PR2020].
 */
@Value.Immutable
public abstract class SafetyPlan implements WithSafetyPlan {

  SafetyPlan() {}

  /**
   * The plan's identifier.
   *
   * @return the id
   */
  public abstract SafetyPlanId id();

  /**
   * The meeting the plan is for.
   *
   * @return the meeting
   */
  public abstract MeetingId meeting();

  /**
   * When the plan was agreed.
   *
   * @return the moment agreed
   */
  public abstract Instant agreedAt();

  /**
   * The measures the plan puts in place.
   *
   * @return the measures
   */
  public abstract Set<SafetyMeasure> measures();

  /**
   * The plan's details in free text, such as the arrival times and the room.
   *
   * @return the notes
   */
  @Value.Redacted
  public abstract Optional<String> notes();

  /**
   * Whether the plan holds every essential measure of rule 21: separate arrival, separate waiting
   * areas, staff present, an exit and stop procedure and post-meeting support.
   *
   * @return true when no essential measure is missing
   */
  public boolean coversEssentials() {
    return missingEssentials().isEmpty();
  }

  /**
   * The essential measures of rule 21 the plan does not hold.
   *
   * @return the missing essential measures
   */
  public Set<SafetyMeasure> missingEssentials() {
    Set<SafetyMeasure> missing = EnumSet.noneOf(SafetyMeasure.class);
    Arrays.stream(SafetyMeasure.values())
        .filter(SafetyMeasure::isEssential)
        .filter(m -> !measures().contains(m))
        .forEach(missing::add);
    return Collections.unmodifiableSet(missing);
  }

  @Value.Check
  void check() {
    Invariants.nonBlank(notes(), "safetyPlan notes");
  }

  /** Builds a {@link SafetyPlan}. */
  public static final class Builder extends ImmutableSafetyPlan.Builder {
    /** An empty builder. */
    public Builder() {}
  }
}
