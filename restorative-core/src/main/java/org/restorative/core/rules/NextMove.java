package org.restorative.core.rules;

import java.util.List;
import org.immutables.value.Value;
import org.restorative.core.casefile.Stage;

/**
 * One move the stage model allows a case now, with what its gate says: what a screen offers, and
 * why it is closed when it is. {@link CaseTransitions#options} gives every one of them; {@link
 * CaseTransitions#apply} carries out a move through the very same gate, so an open move is accepted
 * when applied at the same moment (with its reason, when it needs one).
 *
 * <pre>{@code
 * for (NextMove next : transitions.options(c, now)) {
 *   if (next.isOpen()) offer(next.target(), next.needsReason());
 *   else explain(next.target(), next.blockedBy());
 * }
 * }</pre>
 */
@Value.Immutable
public abstract class NextMove implements WithNextMove {

  NextMove() {}

  /**
   * The stage the move goes to.
   *
   * @return the target stage
   */
  public abstract Stage target();

  /**
   * The report of the target's gate: every rule that applies at the target, checked as if the case
   * were in it ({@link RuleSet#checkEntry}). A pause, a decision not to proceed and a close as
   * withdrawn pass no gate, so their report is empty.
   *
   * @return the gate's report, warnings included
   */
  public abstract Report gate();

  /**
   * Whether the move needs a reason: a pause needs its {@link
   * org.restorative.core.casefile.PauseReason} and a decision not to proceed its {@link
   * org.restorative.core.casefile.NotProceedingReason}. A close as withdrawn never does (rule 8).
   *
   * @return true for {@link Stage#PAUSED} and {@link Stage#CLOSED_NOT_PROCEEDING}
   */
  public abstract boolean needsReason();

  /**
   * Whether the gate lets the case through: its report holds no error.
   *
   * @return true when the move can be made now
   */
  public boolean isOpen() {
    return !gate().hasErrors();
  }

  /**
   * The codes of the errors that block the move, each once, in the order the gate found them.
   *
   * @return the blocking codes; empty when the move is open
   */
  public List<String> blockedBy() {
    return gate().errors().stream().map(Violation::code).distinct().toList();
  }

  /**
   * A next move.
   *
   * @param target the stage the move goes to
   * @param gate the report of its gate
   * @param needsReason whether the move needs a reason
   * @return the next move
   */
  static NextMove of(Stage target, Report gate, boolean needsReason) {
    return new Builder().target(target).gate(gate).needsReason(needsReason).build();
  }

  /** Builds a {@link NextMove}. */
  public static final class Builder extends ImmutableNextMove.Builder {
    /** An empty builder. */
    public Builder() {}
  }
}
