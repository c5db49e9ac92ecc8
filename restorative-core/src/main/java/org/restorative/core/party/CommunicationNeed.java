package org.restorative.core.party;

/**
 * A communication need to be met before a participant can understand and be understood (domain
 * brief §3.2, §3.4; RJC-PR2020 Accessibility, Victims' Code Right 1, MCA s3(2)). When a participant
 * has a need, the meeting plan lists the adjustments and books any interpreter before scheduling
 * (brief Rule 31).
 */
public enum CommunicationNeed {
  /** A spoken-language interpreter; the language is the party's {@link Party#language()}. */
  INTERPRETER,
  /** A British Sign Language interpreter. */
  BSL,
  /** Easy-read information. */
  EASY_READ,
  /** A learning disability. */
  LEARNING_DISABILITY,
  /** Autism. */
  AUTISM,
  /** An acquired brain injury. */
  ACQUIRED_BRAIN_INJURY,
  /** A hearing impairment. */
  HEARING,
  /** A visual impairment. */
  VISION,
  /** Difficulty reading or writing. */
  LITERACY,
  /** Needs extra time to process information and respond. */
  PROCESSING_TIME,
  /** Sensitive to the sensory environment, such as noise or light. */
  SENSORY_ENVIRONMENT,
  /** Another need, described in an adjustment's detail. */
  OTHER
}
