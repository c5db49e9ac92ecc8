package org.restorative.core.rules;

import java.util.List;

/** Breakers for rules 29 to 55. */
final class LateBreakers {

  private LateBreakers() {}

  static List<Breaker> all() {
    return List.of();
  }
}
