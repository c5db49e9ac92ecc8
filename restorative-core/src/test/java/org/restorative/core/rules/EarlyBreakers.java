package org.restorative.core.rules;

import java.util.List;

/** Breakers for rules 1 to 28. */
final class EarlyBreakers {

  private EarlyBreakers() {}

  static List<Breaker> all() {
    return List.of();
  }
}
