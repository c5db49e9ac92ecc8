package org.restorative.core.rules;

import java.util.List;

/** Work in progress: this family's rules are being written. */
final class SharingRules {

  private SharingRules() {}

  static List<Rule> rules() {
    return List.of();
  }
}
