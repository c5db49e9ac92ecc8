package org.restorative.core.party;

/** A reasonable adjustment agreed with a participant (domain brief §3.2, §3.4; MCA s3(2)). */
public enum AdjustmentType {
  /** Pictures, symbols or other visual aids. */
  VISUAL_AIDS,
  /** Plain, simple language. */
  SIMPLE_LANGUAGE,
  /** Easy-read information and forms. */
  EASY_READ_MATERIALS,
  /** Shorter sessions. */
  SHORTER_SESSIONS,
  /** Planned breaks. */
  BREAKS,
  /** A preferred time of day, such as afternoon appointments. */
  TIME_OF_DAY,
  /** Extra time to process information and respond. */
  EXTRA_PROCESSING_TIME,
  /** A quiet, low-stimulus room. */
  QUIET_ENVIRONMENT,
  /** A spoken-language interpreter, booked. */
  INTERPRETER_BOOKED,
  /** A British Sign Language interpreter, booked. */
  BSL_INTERPRETER_BOOKED,
  /** A registered or other intermediary. */
  INTERMEDIARY,
  /** An advocate present (IMHA or IMCA). */
  ADVOCATE_PRESENT,
  /** An online option instead of attending in person. */
  ONLINE_OPTION,
  /** Another adjustment, described in its detail. */
  OTHER
}
