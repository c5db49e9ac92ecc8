/**
 * restorative-core: the framework-free domain of restorative practice in mental-health services in
 * England and Wales. Its runtime dependencies are vavr (validation and transition results) and
 * JSpecify (nullness annotations); Immutables is used at compile time only.
 */
module org.restorative.core {
  requires transitive io.vavr;
  requires static transitive org.jspecify;
  requires static org.immutables.value.annotations;

  exports org.restorative.core;
  exports org.restorative.core.assessment;
  exports org.restorative.core.casefile;
  exports org.restorative.core.consent;
  exports org.restorative.core.harm;
  exports org.restorative.core.metrics;
  exports org.restorative.core.outcome;
  exports org.restorative.core.party;
  exports org.restorative.core.privacy;
  exports org.restorative.core.process;
  exports org.restorative.core.questions;
  exports org.restorative.core.rules;
  exports org.restorative.core.synthetic;
}
