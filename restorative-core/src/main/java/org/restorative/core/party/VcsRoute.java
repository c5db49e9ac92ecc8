package org.restorative.core.party;

/**
 * Who keeps a person harmed informed about a patient (domain brief §3.2, §3.3, §3.8; HFV-Q144,
 * DH-2008-VICTIMS).
 */
public enum VcsRoute {
  /** A probation Victim Liaison Officer, for restricted patients. */
  VLO,
  /** The hospital managers, for unrestricted patients (since 3 November 2008). */
  HOSPITAL_MANAGERS
}
