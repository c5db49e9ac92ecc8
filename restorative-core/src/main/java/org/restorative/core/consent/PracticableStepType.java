package org.restorative.core.consent;

/**
 * A kind of step taken to help a person decide before concluding they cannot (domain brief §4.5,
 * MCA 2005 s1(3), s3(2)).
 */
public enum PracticableStepType {
  /** Communication aids. */
  COMMUNICATION_AIDS,
  /** Simple language, such as an easy-read explanation. */
  SIMPLE_LANGUAGE,
  /** Pictures, diagrams or other visual aids. */
  VISUAL_AIDS,
  /** An interpreter, including a BSL interpreter. */
  INTERPRETER,
  /**
   * Choosing a better time, such as when the person is least affected by medication or distress.
   */
  TIMING,
  /** A quieter or more familiar place. */
  ENVIRONMENT,
  /** A trusted person, advocate or intermediary present to support. */
  SUPPORT_PERSON,
  /** Another step. */
  OTHER
}
