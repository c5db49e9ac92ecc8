package org.restorative.core.process;

/** How a process type brings the parties into contact with each other (domain brief §6). */
public enum ContactMode {
  /** The person harmed and the person responsible meet, in person or by video. */
  DIRECT,
  /** A group process such as a circle. */
  GROUP,
  /** The parties do not meet; the facilitator carries messages, letters or recordings. */
  INDIRECT,
  /** Work with one party, or a programme, with no contact between the parties. */
  NONE,
  /**
   * Contact depends on how the process is run (restorative conversations, just-culture reviews).
   */
  VARIES
}
