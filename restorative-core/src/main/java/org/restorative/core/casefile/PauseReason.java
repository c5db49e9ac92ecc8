package org.restorative.core.casefile;

/** Why a case is paused (domain brief §1.7), with reasons specific to mental-health settings. */
public enum PauseReason {
  /** The party's mental state has changed. */
  MENTAL_STATE_CHANGE,
  /** The party has temporarily lost capacity for the decision (MCA 2005 s2(2)). */
  CAPACITY_TEMPORARILY_LOST,
  /** A conditionally discharged patient has been recalled to hospital (MHA s42(3)). */
  RECALLED_TO_HOSPITAL,
  /** The patient is moving between hospitals. */
  TRANSFER_BETWEEN_HOSPITALS,
  /** The patient's s17 leave has been suspended or revoked. */
  LEAVE_SUSPENDED_OR_REVOKED,
  /** Waiting for the Ministry of Justice to decide on leave for a restricted patient. */
  AWAITING_MOJ_LEAVE_DECISION,
  /** Criminal proceedings about the harm are pending. */
  PENDING_CRIMINAL_PROCEEDINGS,
  /** A safeguarding enquiry is under way. */
  SAFEGUARDING_ENQUIRY,
  /** A party is unavailable for now. */
  PARTY_UNAVAILABLE,
  /** A Mental Health Tribunal hearing is pending. */
  TRIBUNAL_PENDING;

  /**
   * Whether the reason changes risk or capacity, so that the case resumes into assessment rather
   * than into the stage it was paused from (domain brief §1.4).
   *
   * @return true for mental state, capacity, recall, leave and safeguarding reasons
   */
  public boolean changesRiskOrCapacity() {
    return this == MENTAL_STATE_CHANGE
        || this == CAPACITY_TEMPORARILY_LOST
        || this == RECALLED_TO_HOSPITAL
        || this == LEAVE_SUSPENDED_OR_REVOKED
        || this == SAFEGUARDING_ENQUIRY;
  }
}
