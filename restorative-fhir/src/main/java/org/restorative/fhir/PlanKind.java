package org.restorative.fhir;

/**
 * What a {@code CarePlan} of this library is: its {@code CarePlan.category}, a code of the
 * library's {@code plan-kind} code system. No SNOMED CT concept is used: none names these plans as
 * the model records them.
 */
public enum PlanKind {
  /** The safety plan agreed for a meeting: the measures that keep the parties safe. */
  SAFETY_PLAN,
  /** An outcome agreement: what the parties agreed, its actions Tasks based on it. */
  OUTCOME_AGREEMENT
}
