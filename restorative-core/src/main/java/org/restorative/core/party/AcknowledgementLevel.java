package org.restorative.core.party;

/**
 * What a person responsible has acknowledged (domain brief §3.2; SCOT-GUID2017 A1.1–A1.3). Each
 * level is recorded with its date. Acknowledging one's part in the harm need not mean accepting
 * legal culpability.
 */
public enum AcknowledgementLevel {
  /** Accepts the basic facts of what happened. */
  FACTS,
  /** Accepts their own part in it. */
  OWN_PART,
  /** Recognises the harm it caused. */
  HARM_CAUSED,
  /** Expresses remorse. */
  REMORSE,
  /** Is willing to repair the harm. */
  WILLING_TO_REPAIR
}
