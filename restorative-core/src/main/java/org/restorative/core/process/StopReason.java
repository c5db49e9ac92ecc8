package org.restorative.core.process;

/**
 * Why a meeting was adjourned or abandoned (domain brief §1.2 S3: "stopped for safety, or because a
 * party withdrew").
 */
public enum StopReason {
  /** Stopped because someone's safety was at risk. */
  SAFETY,
  /** Stopped because a participant was too distressed to continue. */
  DISTRESS,
  /** A party withdrew, as they may at any time and without giving a reason. */
  PARTY_WITHDREW,
  /** Ran out of time. */
  TIME,
  /** Another reason. */
  OTHER
}
