package org.restorative.core.party;

/**
 * Who keeps a person harmed informed about a patient (domain brief §3.2, §3.3, §3.8; HFV-Q144,
 * DH-2008-VICTIMS, VC2020-R11). Under Victims' Code Right 11 a victim is referred to the Victim
 * Contact Scheme whether or not the patient is restricted, and a probation Victim Liaison Officer
 * makes the first contact in either case; the route says who keeps the victim informed after that.
 */
public enum VcsRoute {
  /**
   * A probation Victim Liaison Officer, who keeps the victim of a restricted patient informed and
   * passes on their representations.
   */
  VLO,
  /**
   * The hospital managers, who since 3 November 2008 give the victim of an unrestricted patient the
   * information about discharge and community treatment and take their representations; the VLO
   * still makes the scheme's first contact and passes the victim's wishes to them.
   */
  HOSPITAL_MANAGERS
}
