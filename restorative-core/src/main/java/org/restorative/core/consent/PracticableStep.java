package org.restorative.core.consent;

import java.util.Optional;
import org.immutables.value.Value;
import org.restorative.core.internal.Invariants;

/**
 * A step taken to help the person make the decision themselves before any conclusion that they
 * cannot (domain brief §4.5; MCA 2005 s1(3): not unable unless all practicable steps have failed).
 */
@Value.Immutable
public abstract class PracticableStep implements WithPracticableStep {

  PracticableStep() {}

  /**
   * The kind of step.
   *
   * @return the type
   */
  public abstract PracticableStepType type();

  /**
   * What was done, in free text.
   *
   * @return the detail, if recorded
   */
  @Value.Redacted
  public abstract Optional<String> detail();

  /**
   * A step without detail.
   *
   * @param type the kind of step
   * @return the step
   */
  public static PracticableStep of(PracticableStepType type) {
    return new Builder().type(type).build();
  }

  /**
   * A step with what was done.
   *
   * @param type the kind of step
   * @param detail what was done, in free text
   * @return the step
   */
  public static PracticableStep of(PracticableStepType type, String detail) {
    return new Builder().type(type).detail(detail).build();
  }

  @Value.Check
  void check() {
    Invariants.nonBlank(detail(), "practicable step detail");
  }

  /** Builds a {@link PracticableStep}. */
  public static final class Builder extends ImmutablePracticableStep.Builder {
    /** An empty builder. */
    public Builder() {}
  }
}
