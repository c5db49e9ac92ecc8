package org.restorative.core.party;

/**
 * The criminal responsibility context of a person responsible (domain brief §3.2; VANDENDEREN2023).
 * Forensic patients may bear no or diminished criminal responsibility, yet the benefits of meeting
 * were comparable; acknowledging one's part in the harm need not mean accepting legal culpability.
 */
public enum CriminalResponsibility {
  /** Fully responsible in law. */
  FULL,
  /** Diminished responsibility. */
  DIMINISHED,
  /** Not guilty by reason of insanity: no criminal responsibility. */
  NONE_NGRI,
  /** No criminal proceedings or not a crime. */
  NOT_APPLICABLE
}
