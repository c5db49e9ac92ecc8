package org.restorative.core.party;

/**
 * The kind of condition attached to a conditional discharge (domain brief §3.2, §3.3; GOVUK-MHT-VR,
 * MAPPA-MH). Victims may ask the tribunal for no-contact conditions and exclusion zones.
 */
public enum DischargeConditionType {
  /** No contact with a named person, usually the person harmed. */
  NO_CONTACT,
  /** Not to enter an area. */
  EXCLUSION_ZONE,
  /** To live at a named place. */
  RESIDENCE,
  /** To accept supervision by a clinical or social supervisor. */
  SUPERVISION,
  /** To accept treatment. */
  TREATMENT,
  /** Another condition, described in its description. */
  OTHER
}
