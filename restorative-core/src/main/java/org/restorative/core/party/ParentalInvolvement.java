package org.restorative.core.party;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.restorative.core.internal.Invariants;

/**
 * The involvement of whoever has parental responsibility for a party under 18 (domain brief §3.5,
 * §4.7). Parental consent is recorded separately from the child's own consent and is not a
 * substitute for a competent child's consent.
 */
@Value.Immutable
public abstract class ParentalInvolvement implements WithParentalInvolvement {

  ParentalInvolvement() {}

  /**
   * Who has parental responsibility, such as "mother" or a named guardian.
   *
   * @return the holder, non-blank when present
   */
  @Value.Redacted
  public abstract Optional<String> holderOfResponsibility();

  /**
   * Whether the holder has been told about the restorative process.
   *
   * @return true when informed; false by default
   */
  @Value.Default
  public boolean informed() {
    return false;
  }

  /**
   * Whether the holder has consented to the child taking part.
   *
   * @return true when the holder consented; false by default
   */
  @Value.Default
  public boolean consented() {
    return false;
  }

  /**
   * The day the involvement was recorded.
   *
   * @return the day, when recorded
   */
  public abstract Optional<LocalDate> recordedOn();

  @Value.Check
  void check() {
    Invariants.nonBlank(holderOfResponsibility(), "parental involvement holderOfResponsibility");
  }

  /** Builds a {@link ParentalInvolvement}. */
  public static final class Builder extends ImmutableParentalInvolvement.Builder {
    /** An empty builder. */
    public Builder() {}
  }
}
