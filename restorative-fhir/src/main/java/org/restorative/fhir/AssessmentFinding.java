package org.restorative.fhir;

/**
 * The yes-or-no findings of a capacity or competence assessment, each an {@code
 * Observation.component} whose code is one of these and whose value is a boolean.
 */
public enum AssessmentFinding {
  /** Capacity: the relevant information was provided in a way the person could understand. */
  RELEVANT_INFORMATION_PROVIDED,
  /** Capacity: an impairment of, or disturbance in, the mind or brain was identified. */
  IMPAIRMENT_IDENTIFIED,
  /** Capacity: the inability is because of the impairment. */
  CAUSAL_LINK_ESTABLISHED,
  /** Capacity: the person's capacity fluctuates. */
  FLUCTUATING,
  /** Capacity: the finding rests on more than a diagnosis, age or appearance. */
  NOT_BASED_SOLELY_ON_STATUS,
  /** Competence: understands the issues. */
  UNDERSTANDS_ISSUES,
  /** Competence: understands the risks and the options. */
  UNDERSTANDS_RISKS_AND_OPTIONS,
  /** Competence: can give reasons. */
  CAN_GIVE_REASONS,
  /** Competence: maturity was considered. */
  MATURITY_CONSIDERED
}
