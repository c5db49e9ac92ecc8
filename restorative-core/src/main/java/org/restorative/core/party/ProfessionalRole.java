package org.restorative.core.party;

/**
 * The role of a professional who takes part in a case without being a party (domain brief §3.1).
 */
public enum ProfessionalRole {
  /** Gives case supervision, at least every 12 weeks (RJC Practitioner Code of Practice C). */
  CASE_SUPERVISOR,
  /**
   * The responsible clinician or a treatment team member consulted on mental state, risk and timing
   * (POWER2017, VANDENDEREN2020).
   */
  CLINICAL_CONSULTEE,
  /** A spoken-language or sign-language interpreter (Victims' Code Right 1). */
  INTERPRETER,
  /** A communication intermediary. */
  INTERMEDIARY,
  /**
   * An independent advocate: covers both the Independent Mental Health Advocate (IMHA) and the
   * Independent Mental Capacity Advocate (IMCA).
   */
  ADVOCATE,
  /** A probation Victim Liaison Officer, for restricted patients (HFV-Q144). */
  VICTIM_LIAISON_OFFICER,
  /**
   * A caseworker of the Ministry of Justice Mental Health Casework Section, for restricted patients
   * (MHLO-MOJ).
   */
  MHCS_CASEWORKER
}
