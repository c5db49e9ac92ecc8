package org.restorative.core.consent;

/**
 * What the information given before consent covered (domain brief §4.2, rule 7; RJC Service
 * Provider Code A: full, impartial information on the process, potential outcomes and how any
 * outcome agreement is monitored).
 */
public enum InformationTopic {
  /** What the process is, who will be there and what they may hear. */
  PROCESS,
  /** The possible outcomes, including an outcome agreement. */
  POSSIBLE_OUTCOMES,
  /** How any outcome agreement is monitored. */
  MONITORING_OF_OUTCOMES,
  /** That taking part is voluntary and the person may withdraw at any time. */
  RIGHT_TO_WITHDRAW,
  /** The limits of confidentiality, such as risk of harm or reporting a crime. */
  CONFIDENTIALITY_LIMITS,
  /** What will be recorded and shared, with whom, and why. */
  DATA_USE;

  /**
   * Whether rule 7 asks for this topic before a participation consent.
   *
   * @return true for every topic except {@link #DATA_USE}
   */
  public boolean isParticipationEssential() {
    return this != DATA_USE;
  }
}
