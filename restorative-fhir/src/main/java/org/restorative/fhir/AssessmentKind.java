package org.restorative.fhir;

/**
 * What an assessment {@code Observation} of this library records: its {@code Observation.code}, a
 * code of the library's {@code assessment-kind} code system. No SNOMED CT concept is used: none
 * names these assessments as the model records them.
 */
public enum AssessmentKind {
  /** A mental capacity assessment under the Mental Capacity Act 2005, for one decision. */
  CAPACITY_ASSESSMENT,
  /** A Gillick competence assessment of a participant under 16. */
  COMPETENCE_ASSESSMENT
}
