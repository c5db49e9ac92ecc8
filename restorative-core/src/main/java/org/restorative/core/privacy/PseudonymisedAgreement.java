package org.restorative.core.privacy;

import java.time.YearMonth;
import org.immutables.value.Value;
import org.restorative.core.outcome.AgreementStatus;

/** An outcome agreement in a {@link PseudonymisedCase}: its status and the month it was made. */
@Value.Immutable
public abstract class PseudonymisedAgreement implements WithPseudonymisedAgreement {

  PseudonymisedAgreement() {}

  /**
   * Where the agreement has got to.
   *
   * @return the status
   */
  public abstract AgreementStatus status();

  /**
   * The month the agreement was created.
   *
   * @return the month
   */
  public abstract YearMonth month();

  /** Builds a {@link PseudonymisedAgreement}. */
  public static final class Builder extends ImmutablePseudonymisedAgreement.Builder {
    /** An empty builder. */
    public Builder() {}
  }
}
