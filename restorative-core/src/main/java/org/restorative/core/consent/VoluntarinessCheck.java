package org.restorative.core.consent;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;
import org.restorative.core.internal.Invariants;

/**
 * A check that a person's consent is freely given: that they do not believe leave, privileges,
 * discharge, a tribunal outcome or their employment depends on taking part (domain brief §4.2,
 * §4.3, rule 10; RJC Service Provider Code C, no pressure; ICO on imbalance of power).
 */
@Value.Immutable
public abstract class VoluntarinessCheck implements WithVoluntarinessCheck {

  VoluntarinessCheck() {}

  /**
   * When the check was made.
   *
   * @return the moment of the check
   */
  public abstract Instant checkedAt();

  /**
   * Whether the check confirmed that the person holds no such belief.
   *
   * @return true when voluntariness was confirmed
   */
  public abstract boolean confirmed();

  /**
   * What was asked and said, in free text.
   *
   * @return the note, if any
   */
  @Value.Redacted
  public abstract Optional<String> note();

  /**
   * A check without a note.
   *
   * @param checkedAt when the check was made
   * @param confirmed whether voluntariness was confirmed
   * @return the check
   */
  public static VoluntarinessCheck of(Instant checkedAt, boolean confirmed) {
    return new Builder().checkedAt(checkedAt).confirmed(confirmed).build();
  }

  @Value.Check
  void check() {
    Invariants.nonBlank(note(), "voluntariness check note");
  }

  /** Builds a {@link VoluntarinessCheck}. */
  public static final class Builder extends ImmutableVoluntarinessCheck.Builder {
    /** An empty builder. */
    public Builder() {}
  }
}
