package org.restorative.core.consent;

/** The outcome of a Gillick competence assessment of a child under 16 (domain brief §3.5, §4.7). */
public enum CompetenceOutcome {
  /** The child is competent to decide for themselves. */
  COMPETENT,
  /** The child is not competent to make this decision. */
  NOT_COMPETENT,
  /** No conclusion could be reached; the assessment should be repeated. */
  INCONCLUSIVE
}
