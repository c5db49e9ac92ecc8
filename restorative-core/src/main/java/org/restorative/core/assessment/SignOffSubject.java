package org.restorative.core.assessment;

/**
 * What a case supervisor signs off (domain brief §1.2 S1 exit conditions, rules 22 and 46; RJC Best
 * Practice Guidance section E on case supervisors [RJC-BPG2011]).
 */
public enum SignOffSubject {
  /** A sensitive or complex case may go on to preparation (rule 22; [RJC-SPCoP D]). */
  SENSITIVE_CASE_PROCEEDS,
  /** An action of an outcome agreement is proportionate (rule 46). */
  PROPORTIONALITY_CHECK,
  /** The case is co-facilitated, as in serious or complex cases [SCOT-GUID2017 B]. */
  CO_FACILITATION,
  /** An external facilitator, independent of the trust, leads the case [POWER2017]. */
  EXTERNAL_FACILITATOR,
  /** The case may be closed. */
  CASE_CLOSURE,
  /** Anything else a supervisor signs off, described in the notes. */
  OTHER
}
