package org.restorative.core.assessment;

/**
 * What the treating team was consulted on before a patient takes part (domain brief §1.2 S1
 * activity 6, rule 23; [POWER2017], [VANDENDEREN2020], [IRP2024]).
 */
public enum ConsultationTopic {
  /** The patient's current mental state. */
  MENTAL_STATE,
  /** Risk to and from the patient. */
  RISK,
  /** Whether the timing is right for the patient. */
  TIMING,
  /** Whether the patient's capacity to consent may need assessing. */
  CAPACITY,
  /** Section 17 leave needed to attend. */
  LEAVE
}
