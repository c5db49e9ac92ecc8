package org.restorative.core.process;

/**
 * The medium through which a process, meeting, contact or message takes place (domain brief §6).
 */
public enum Medium {
  /** In the same room. */
  IN_PERSON,
  /** By video call. */
  VIDEO,
  /** By telephone. */
  PHONE,
  /** In writing, such as a letter. */
  WRITTEN,
  /** As an audio or video recording. */
  RECORDED
}
