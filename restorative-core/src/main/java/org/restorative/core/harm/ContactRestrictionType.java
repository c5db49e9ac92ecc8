package org.restorative.core.harm;

/**
 * The kind of order, condition or plan that restricts contact between two people (domain brief §2.3
 * {@code contactRestrictions}; [GOVUK-MHT-VR], [VANDENDEREN2020]).
 */
public enum ContactRestrictionType {
  /** A court's restraining order. */
  RESTRAINING_ORDER,
  /** A bail condition not to contact the person harmed. */
  BAIL_CONDITION,
  /**
   * A no-contact condition of a restricted patient's conditional discharge, which the victim may
   * ask for [GOVUK-MHT-VR].
   */
  DISCHARGE_CONDITION_NO_CONTACT,
  /** An exclusion zone the restricted person must not enter. */
  EXCLUSION_ZONE,
  /** A condition of a patient's section 17 leave. */
  LEAVE_CONDITION,
  /** A ward's plan keeping two people apart on the ward. */
  WARD_SEPARATION_PLAN
}
