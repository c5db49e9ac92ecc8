package org.restorative.core.privacy;

import java.time.YearMonth;
import org.immutables.value.Value;
import org.restorative.core.process.Medium;
import org.restorative.core.process.ProcessStatus;
import org.restorative.core.process.ProcessType;

/** A restorative process in a {@link PseudonymisedCase}: its type, medium, status and month. */
@Value.Immutable
public abstract class PseudonymisedProcess implements WithPseudonymisedProcess {

  PseudonymisedProcess() {}

  /**
   * The type of process.
   *
   * @return the type
   */
  public abstract ProcessType type();

  /**
   * How the process is carried out.
   *
   * @return the medium
   */
  public abstract Medium medium();

  /**
   * Where the process has got to.
   *
   * @return the status
   */
  public abstract ProcessStatus status();

  /**
   * The month the process was chosen.
   *
   * @return the month
   */
  public abstract YearMonth chosenIn();

  /** Builds a {@link PseudonymisedProcess}. */
  public static final class Builder extends ImmutablePseudonymisedProcess.Builder {
    /** An empty builder. */
    public Builder() {}
  }
}
