package org.restorative.core.rules;

import java.util.Optional;
import java.util.function.Function;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.casefile.Stage;

/**
 * A "broken by one" generator: takes a valid synthetic case at a stage and breaks exactly one thing,
 * so that the standard rules report exactly one new code.
 *
 * @param code the code the break must produce, and no other
 * @param stage the stage of the synthetic cases it starts from
 * @param breaks the break; empty when the case has no shape this break applies to
 */
record Breaker(
    StandardCode code, Stage stage, Function<RestorativeCase, Optional<RestorativeCase>> breaks) {

  static Breaker of(
      StandardCode code, Stage stage, Function<RestorativeCase, Optional<RestorativeCase>> breaks) {
    return new Breaker(code, stage, breaks);
  }
}
