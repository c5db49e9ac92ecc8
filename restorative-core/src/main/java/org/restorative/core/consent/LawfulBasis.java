package org.restorative.core.consent;

import java.util.Optional;
import org.immutables.value.Value;
import org.restorative.core.internal.Invariants;

/**
 * A recorded justification other than consent for a disclosure, such as a statute or court order,
 * with its reference (domain brief §4.1, §4.8, rule 37; common-law duty of confidentiality).
 */
@Value.Immutable
public abstract class LawfulBasis implements WithLawfulBasis {

  LawfulBasis() {}

  /**
   * The kind of basis.
   *
   * @return the type
   */
  public abstract LawfulBasisType type();

  /**
   * The reference for the basis, such as the section of a statute or the court order's number.
   *
   * @return the reference, if recorded
   */
  public abstract Optional<String> reference();

  /**
   * A basis without a reference.
   *
   * @param type the kind of basis
   * @return the lawful basis
   */
  public static LawfulBasis of(LawfulBasisType type) {
    return new Builder().type(type).build();
  }

  /**
   * A basis with its reference.
   *
   * @param type the kind of basis
   * @param reference the reference
   * @return the lawful basis
   */
  public static LawfulBasis of(LawfulBasisType type, String reference) {
    return new Builder().type(type).reference(reference).build();
  }

  @Value.Check
  void check() {
    Invariants.nonBlank(reference(), "lawful basis reference");
  }

  /** Builds a {@link LawfulBasis}. */
  public static final class Builder extends ImmutableLawfulBasis.Builder {
    /** An empty builder. */
    public Builder() {}
  }
}
