package org.restorative.core.consent;

/** The kind of person or body information may be shared with or was disclosed to. */
public enum RecipientType {
  /** Another party of the case. */
  PARTY,
  /** The patient's treating clinical team. */
  CLINICAL_TEAM,
  /** The police. */
  POLICE,
  /** Probation, including a Victim Liaison Officer. */
  PROBATION_VLO,
  /** The Ministry of Justice Mental Health Casework Section. */
  MHCS,
  /** The First-tier Tribunal (Mental Health). */
  TRIBUNAL,
  /** An employer's human resources function. */
  HR,
  /** Safeguarding services of a local authority. */
  SAFEGUARDING_SERVICE,
  /** A commissioner of the service, for reporting. */
  COMMISSIONER,
  /** A researcher or evaluator. */
  RESEARCHER,
  /** Another named organisation. */
  OTHER_ORGANISATION
}
