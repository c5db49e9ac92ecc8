package org.restorative.fhir;

import java.util.List;
import org.restorative.core.casefile.RestorativeCase;
import org.restorative.core.rules.Pointer;

/**
 * The parts of a case whose families are not mapped yet: each one held is named as not carried, so
 * the Bundle says what it lacks and reading it back reports each, never a silent loss. A family
 * that gets mapped takes its lists out of here.
 */
final class NotYetMapped {

  private NotYetMapped() {}

  static void write(Assembly a) {
    RestorativeCase c = a.restorativeCase();
    each(a, "withdrawals", c.withdrawals());
  }

  private static void each(Assembly a, String list, List<?> parts) {
    for (int i = 0; i < parts.size(); i++) {
      a.notCarried(Pointer.of(list, i), parts.get(i));
    }
  }
}
