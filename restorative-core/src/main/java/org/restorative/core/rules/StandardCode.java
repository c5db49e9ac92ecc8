package org.restorative.core.rules;

/**
 * The codes of the standard rules: the 55 rules of the domain brief §8, numbered as there, the
 * stage gates of its §1.2, and the codes a transition gives to a move it refuses. A trust's own
 * rules have {@link TrustCode}s, which can never take one of these names.
 */
public enum StandardCode implements RuleCode {
  // Acknowledgement and eligibility
  /** Rule 1 of the domain brief §8. */
  RESPONSIBILITY_ACKNOWLEDGED_BEFORE_PREPARATION,
  /** Rule 2 of the domain brief §8. */
  CORE_PARTIES_PRESENT,
  // Consent
  /** Rule 3 of the domain brief §8. */
  CONSENT_REQUIRED_BEFORE_MEETING,
  /** Rule 4 of the domain brief §8. */
  CONSENT_IN_WRITING,
  /** Rule 5 of the domain brief §8. */
  CONSENT_RECONFIRMED_BEFORE_MEETING,
  /** Rule 6 of the domain brief §8. */
  CONSENT_SCOPE_MATCHES_PROCESS,
  /** Rule 7 of the domain brief §8. */
  INFORMATION_GIVEN_BEFORE_CONSENT,
  /** Rule 8 of the domain brief §8. */
  WITHDRAWAL_ALWAYS_ACCEPTED,
  /** Rule 9 of the domain brief §8. */
  WITHDRAWAL_OF_CORE_PARTY_HALTS_PROCESS,
  /** Rule 10 of the domain brief §8. */
  VOLUNTARINESS_CONFIRMED,
  // Capacity and competence
  /** Rule 11 of the domain brief §8. */
  CAPACITY_ASSESSED_WHEN_DOUBTED,
  /** Rule 12 of the domain brief §8. */
  CAPACITY_DECISION_SPECIFIC,
  /** Rule 13 of the domain brief §8. */
  CAPACITY_CURRENT_BEFORE_MEETING,
  /** Rule 14 of the domain brief §8. */
  CAPACITY_FINDING_COMPLETE,
  /** Rule 15 of the domain brief §8. */
  NO_SUBSTITUTE_CONSENT_TO_PARTICIPATE,
  /** Rule 16 of the domain brief §8. */
  INCAPACITY_NOT_FROM_STATUS_ALONE,
  /** Rule 17 of the domain brief §8. */
  CHILD_COMPETENCE_RECORDED,
  // Risk and safety
  /** Rule 18 of the domain brief §8. */
  RISK_ASSESSMENT_BEFORE_DIRECT_CONTACT,
  /** Rule 19 of the domain brief §8. */
  RISK_ASSESSMENT_FOR_INDIRECT,
  /** Rule 20 of the domain brief §8. */
  RISK_REVIEWED_AFTER_CHANGE,
  /** Rule 21 of the domain brief §8. */
  SAFETY_PLAN_FOR_DIRECT_MEETING,
  /** Rule 22 of the domain brief §8. */
  SENSITIVE_CASE_ESCALATION,
  /** Rule 23 of the domain brief §8. */
  CLINICAL_TEAM_CONSULTED,
  // Facilitator
  /** Rule 24 of the domain brief §8. */
  FACILITATOR_TRAINED,
  /** Rule 25 of the domain brief §8. */
  FACILITATOR_SUPERVISION_CURRENT,
  /** Rule 26 of the domain brief §8. */
  FACILITATOR_IMPARTIAL,
  /** Rule 27 of the domain brief §8. */
  MEETING_HAS_FACILITATOR,
  // Supporters, vulnerability and communication
  /** Rule 28 of the domain brief §8. */
  SUPPORTER_LINKED_TO_PARTY,
  /** Rule 29 of the domain brief §8. */
  SUPPORTER_ASSESSED_AND_CONSENTED,
  /** Rule 30 of the domain brief §8. */
  SUPPORTER_AGREED_IN_PREPARATION,
  /** Rule 31 of the domain brief §8. */
  ADJUSTMENTS_IN_PLACE,
  /** Rule 32 of the domain brief §8. */
  INTERPRETER_INDEPENDENT,
  // Detention, leave and legal constraints
  /** Rule 33 of the domain brief §8. */
  RESTRICTED_PATIENT_LEAVE_APPROVED,
  /** Rule 34 of the domain brief §8. */
  DETAINED_PATIENT_LEAVE_GRANTED,
  /** Rule 35 of the domain brief §8. */
  CONTACT_RESTRICTIONS_RESPECTED,
  /** Rule 36 of the domain brief §8. */
  CLINICAL_INFO_NOT_SHARED_TO_HARMED,
  // Information sharing
  /** Rule 37 of the domain brief §8. */
  DISCLOSURE_HAS_BASIS,
  /** Rule 38 of the domain brief §8. */
  DISCLOSURE_MINIMUM_NECESSARY,
  /** Rule 39 of the domain brief §8. */
  DISCLOSURE_LOGGED,
  /** Rule 40 of the domain brief §8. */
  CONSENT_WITHDRAWAL_STOPS_SHARING,
  /** Rule 41 of the domain brief §8. */
  OUTCOME_SHARING_NEEDS_ALL_PARTIES,
  // Outcome agreement and actions
  /** Rule 42 of the domain brief §8. */
  OUTCOME_AGREED_BY_ALL_PARTIES,
  /** Rule 43 of the domain brief §8. */
  ACTION_HAS_OWNER,
  /** Rule 44 of the domain brief §8. */
  ACTION_HAS_DUE_DATE,
  /** Rule 45 of the domain brief §8. */
  ACTION_HAS_MONITORING,
  /** Rule 46 of the domain brief §8. */
  ACTION_PROPORTIONALITY_REVIEW,
  /** Rule 47 of the domain brief §8. */
  HARMED_PARTY_INFORMED_OF_COMPLETION,
  // Dates and lifecycle integrity
  /** Rule 48 of the domain brief §8. */
  DATES_IN_ORDER,
  /** Rule 49 of the domain brief §8. */
  CLOSURE_REQUIRES_TERMINAL_ACTIONS,
  /** Rule 50 of the domain brief §8. */
  QUESTION_SET_VERSION_RECORDED,
  /** Rule 51 of the domain brief §8. */
  TERMINAL_STATUS_IMMUTABLE,
  /** Rule 52 of the domain brief §8. */
  NOT_PROCEEDING_REASON_REQUIRED,
  /** Rule 53 of the domain brief §8. */
  PREPARATION_CONTACT_PER_ATTENDEE,
  /** Rule 54 of the domain brief §8. */
  EVALUATION_OFFERED_AT_CLOSURE,
  /** Rule 55 of the domain brief §8. */
  SAFEGUARDING_CONCERN_PAUSES,

  // Stage gates: the exit criteria of the domain brief §1.2 that no rule of §8 states
  /** Referral to assessment: the referral is accepted (brief §1.2 S0). */
  REFERRAL_ACCEPTED,
  /** Referral to assessment: a case owner or facilitator is allocated (brief §1.2 S0). */
  CASE_OWNER_ALLOCATED,
  /** Assessment to preparation: a process that can go ahead is chosen (brief §1.2 S1). */
  PROCESS_CHOSEN,
  /** Assessment to preparation: each process names the parties who take part (brief §1.2 S1). */
  PROCESS_PARTICIPANTS_NAMED,
  /** Preparation to intervention: a meeting or a message is arranged (brief §1.2 S2). */
  INTERVENTION_ARRANGED,
  /** Intervention onwards: a meeting was held or a message delivered (brief §1.2 S3). */
  INTERVENTION_HELD,
  /** Outcome agreement onwards: the agreement was agreed, not left a draft (brief §1.2 S4). */
  AGREEMENT_AGREED,

  // Record gaps: what a draft may leave out and the practice needs; once refused when
  // the record was built, now rules so that a draft with gaps is recorded and told what is missing
  /** A referral names at least one harm (brief §1.2 S0, entry). */
  REFERRAL_LINKED_TO_HARM,
  /** A risk assessment that lets the process go ahead on conditions lists them. */
  RISK_CONDITIONS_RECORDED,
  /** A scheduled meeting has its start and a held meeting its end (brief §1.2 S2, S3). */
  MEETING_DATED,
  /** A delivered message was reviewed and approved by the facilitator (brief §1.2 S3). */
  MESSAGE_REVIEWED_BEFORE_DELIVERY,

  /** A move between stages that the stage model (domain brief §1.4) does not allow. */
  ILLEGAL_TRANSITION,
  /**
   * A withdrawal that names a party or a meeting the case does not hold (domain brief §1.5): the
   * withdrawal is refused with this code, never with an exception, and can be recorded once it
   * names the case's own party and meeting.
   */
  WITHDRAWAL_REFERENCE_UNKNOWN;

  /**
   * Whether the code is a rule's, checked by {@link RuleSet#check} on a case, rather than a code of
   * the transitions alone ({@link #ILLEGAL_TRANSITION}, {@link #WITHDRAWAL_REFERENCE_UNKNOWN}),
   * which only a refused move reports. The transition codes come last.
   *
   * @return true for the codes of the standard rules
   */
  public boolean isRule() {
    return ordinal() < ILLEGAL_TRANSITION.ordinal();
  }

  /**
   * The rule's number in the domain brief §8, or 0 for a code the brief's §8 does not number (the
   * stage gates of §1.2 and the transition codes).
   *
   * @return the number, from 1 to 55, or 0
   */
  public int number() {
    return ordinal() < SAFEGUARDING_CONCERN_PAUSES.ordinal() + 1 ? ordinal() + 1 : 0;
  }
}
