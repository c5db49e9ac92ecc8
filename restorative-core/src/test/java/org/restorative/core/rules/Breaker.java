package org.restorative.core.rules;

import java.util.Optional;
import java.util.function.Function;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.casefile.Stage;
import org.restorative.core.synthetic.SyntheticCases;

/**
 * A "broken by one" generator: takes a valid synthetic case at a stage and breaks exactly one
 * thing, so that the standard rules report exactly one new code.
 *
 * @param code the code the break must produce, and no other
 * @param stage the stage of the synthetic cases it starts from
 * @param cases the generator of the valid cases it starts from
 * @param breaks the break; empty when the case has no shape this break applies to
 */
record Breaker(
    StandardCode code,
    Stage stage,
    SyntheticCases cases,
    Function<RestorativeCase, Optional<RestorativeCase>> breaks) {

  /** The generator most breakers start from: every harm context, in its usual share. */
  static final SyntheticCases USUAL_CASES = SyntheticCases.seeded(17);

  static Breaker of(
      StandardCode code, Stage stage, Function<RestorativeCase, Optional<RestorativeCase>> breaks) {
    return new Breaker(code, stage, USUAL_CASES, breaks);
  }

  /** A breaker that starts from cases of other generators, such as one kind of harm only. */
  static Breaker of(
      StandardCode code,
      Stage stage,
      SyntheticCases cases,
      Function<RestorativeCase, Optional<RestorativeCase>> breaks) {
    return new Breaker(code, stage, cases, breaks);
  }

  /** Names the breaker in test reports by its code and stage. */
  @Override
  public String toString() {
    return code + " at " + stage + (cases == USUAL_CASES ? "" : " (other cases)");
  }
}
